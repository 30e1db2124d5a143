// From a handler's result to the bytes on the wire: a string becomes a text reply, a Reply is
// rendered addressed back to the sender, and in safe / compatible mode the answer is encrypted.
import type { MessageCrypto } from '../crypto/message-crypto.js';
import type { Reply } from '../messages/index.js';
import { renderReply, renderReplyJson, reply as replies } from '../messages/reply.js';
import type { HandlerResult, WebhookContext, WebhookResponse } from './types.js';

/** An answer before encryption and headers. */
export interface HttpAnswer {
  status: number;
  type: 'text' | 'xml' | 'json';
  body: string;
  /** Encrypt the body for this receiveId (safe / compatible mode: the one the push carried). */
  sealFor?: string;
  /** 405: the methods allowed. */
  allow?: string;
  /** Close the connection after answering (413: the rest of the upload is not read). */
  close?: boolean;
}

const CONTENT_TYPE = {
  text: 'text/plain; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

export function toReply(result: HandlerResult): Reply | undefined {
  if (result === undefined || result === null || result === '') return undefined;
  if (typeof result === 'string') return replies.text(result);
  if (typeof result === 'object' && typeof (result as { MsgType?: unknown }).MsgType === 'string')
    return result;
  throw new TypeError(
    `a handler returned ${typeof result}: return a Reply (reply.text(…)), a string, or nothing`,
  );
}

/** The plaintext reply to a push, addressed back to its sender. */
export function renderReplyFor(reply: Reply, ctx: WebhookContext<any>): string {
  const m = ctx.message as Record<string, unknown>;
  if (typeof m.FromUserName !== 'string' || typeof m.ToUserName !== 'string') {
    throw new TypeError(
      'this push has no sender to reply to (a notification): its handler must return nothing ("success")',
    );
  }
  const address = { ToUserName: m.FromUserName, FromUserName: m.ToUserName };
  return ctx.format === 'json' ? renderReplyJson(reply, address) : renderReply(reply, address);
}

export function renderAnswer(answer: HttpAnswer, crypto: MessageCrypto | undefined): WebhookResponse {
  let body = answer.body;
  if (answer.sealFor !== undefined && crypto) {
    const sealing = { receiveId: answer.sealFor };
    if (answer.type === 'json') {
      const e = crypto.encrypt(body, sealing);
      body = JSON.stringify({
        Encrypt: e.encrypt,
        MsgSignature: e.msgSignature,
        TimeStamp: Number(e.timestamp),
        Nonce: e.nonce,
      });
    } else {
      body = crypto.buildReplyXml(body, sealing);
    }
  }
  const headers: Record<string, string> = { 'content-type': CONTENT_TYPE[answer.type] };
  if (answer.allow) headers.allow = answer.allow;
  if (answer.close) headers.connection = 'close';
  return { status: answer.status, headers, body };
}
