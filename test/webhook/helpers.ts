// Builds pushes the way WeChat sends them (query string + body) and opens encrypted replies, using
// MessageCrypto and plainSignature directly so the webhook is checked against the scheme, not itself.
import { createHash } from 'node:crypto';
import { MessageCrypto, plainSignature } from '../../src/crypto/index.js';

export const TOKEN = 'webhook-test-token';
export const KEY = 'kW3UqRrCpS9fYvJ0nL2hTgM5eB8aZ1xQ4oI7uD6cF3s';
export const OLD_KEY = 'Pq7Yd2Lm9Xc4Vb1Nz8Kw5Jh3Gf6Ds0Ar2Et9Wy4Ui7O';
export const OTHER_KEY = 'Zx1Cv2Bn3Mm4Ll5Kk6Jj7Hh8Gg9Ff0Dd1Ss2Aa3Qq4W';
export const APPID = 'wx1234567890abcdef';
export const ORIGINAL_ID = 'gh_1234567890ab';
export const USER = 'oUser_openid_1234567890';

export const now = () => Math.floor(Date.now() / 1000);
let nextMsgId = 7_000_000_000_000_000_000n;
export const msgId = () => String(nextMsgId++);

export interface Push {
  /** Path and query, e.g. `/wechat?signature=…`. */
  url: string;
  body: string;
}

export function textXml(
  content: string,
  opts: { id?: string; to?: string; from?: string; time?: number } = {},
) {
  return (
    `<xml><ToUserName><![CDATA[${opts.to ?? ORIGINAL_ID}]]></ToUserName>` +
    `<FromUserName><![CDATA[${opts.from ?? USER}]]></FromUserName>` +
    `<CreateTime>${opts.time ?? now()}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content><![CDATA[${content}]]></Content><MsgId>${opts.id ?? msgId()}</MsgId></xml>`
  );
}

export function eventXml(event: string, extra = '', opts: { from?: string; time?: number } = {}) {
  return (
    `<xml><ToUserName><![CDATA[${ORIGINAL_ID}]]></ToUserName>` +
    `<FromUserName><![CDATA[${opts.from ?? USER}]]></FromUserName>` +
    `<CreateTime>${opts.time ?? now()}</CreateTime><MsgType><![CDATA[event]]></MsgType>` +
    `<Event><![CDATA[${event}]]></Event>${extra}</xml>`
  );
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** A plaintext-mode push (Official Account / Mini Program). */
export function plainPush(
  xml: string,
  opts: { token?: string; timestamp?: number; path?: string } = {},
): Push {
  const timestamp = String(opts.timestamp ?? now());
  const nonce = '1234567890';
  const signature = plainSignature(opts.token ?? TOKEN, timestamp, nonce);
  return {
    url: `${opts.path ?? '/wechat'}?${query({ signature, timestamp, nonce, openid: USER })}`,
    body: xml,
  };
}

export interface SafeOptions {
  token?: string;
  key?: string;
  receiveId?: string;
  timestamp?: number;
  path?: string;
  /** Extra outer fields, e.g. `<ToUserName>` or compat-mode plaintext. */
  outer?: string;
  /** Replace the Encrypt value after signing it (or before, with `signTampered`). */
  tamper?: (encrypt: string) => string;
  signTampered?: boolean;
  json?: boolean;
  extraQuery?: Record<string, string>;
}

/** A safe-mode push: query with msg_signature, body `<xml><ToUserName/><Encrypt/></xml>` (or JSON). */
export function safePush(message: string, opts: SafeOptions = {}): Push {
  const token = opts.token ?? TOKEN;
  const crypto = new MessageCrypto({
    token,
    encodingAESKey: opts.key ?? KEY,
    receiveId: opts.receiveId ?? APPID,
  });
  const timestamp = String(opts.timestamp ?? now());
  const nonce = '987654321';
  const sealed = crypto.encrypt(message, { timestamp, nonce });
  let encrypt = sealed.encrypt;
  let msgSignature = sealed.msgSignature;
  if (opts.tamper) {
    encrypt = opts.tamper(encrypt);
    if (opts.signTampered) msgSignature = crypto.signature(timestamp, nonce, encrypt);
  }
  const signature = plainSignature(token, timestamp, nonce);
  const q = query({
    signature,
    timestamp,
    nonce,
    openid: USER,
    encrypt_type: 'aes',
    msg_signature: msgSignature,
    ...opts.extraQuery,
  });
  const body = opts.json
    ? JSON.stringify({ ToUserName: ORIGINAL_ID, Encrypt: encrypt })
    : `<xml><ToUserName><![CDATA[${ORIGINAL_ID}]]></ToUserName>${opts.outer ?? ''}<Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
  return { url: `${opts.path ?? '/wechat'}?${q}`, body };
}

/** Checks an encrypted XML reply's MsgSignature and returns the decrypted reply XML. */
export function openReply(body: string, opts: { key?: string; receiveId?: string } = {}): string {
  const crypto = new MessageCrypto({
    token: TOKEN,
    encodingAESKey: opts.key ?? KEY,
    receiveId: opts.receiveId ?? APPID,
  });
  const field = (name: string) => {
    const m = new RegExp(`<${name}>(?:<!\\[CDATA\\[)?(.*?)(?:\\]\\]>)?</${name}>`).exec(body);
    if (!m) throw new Error(`reply has no <${name}>: ${body.slice(0, 200)}`);
    return m[1]!;
  };
  return crypto.decryptPush({
    msg_signature: field('MsgSignature'),
    timestamp: field('TimeStamp'),
    nonce: field('Nonce'),
    encrypt: field('Encrypt'),
  }).message;
}

/** The text of one tag of a flat XML reply. */
export function tag(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${name}>`).exec(xml);
  return m?.[1];
}

export const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
