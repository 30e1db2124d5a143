// An answer's bytes on the wire: headers, and in safe / compatible mode the encryption. Turning a
// handler's result into a reply needs the message tables: that is in message-kit.ts.
import type { MessageCrypto } from '../crypto/message-crypto.js';
import type { WebhookResponse } from './types.js';

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
