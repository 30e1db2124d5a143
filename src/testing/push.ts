// Pushing like WeChat: sign (and in compat/safe mode encrypt) a message, POST it to a callback URL
// with WeChat's query string, retry as WeChat does when asked, and open the reply: check its
// signature, decrypt it, parse it.
import { MessageCrypto } from '../crypto/message-crypto.js';
import { plainSignature } from '../crypto/signatures.js';
import { cdata, parseXml } from '../messages/xml.js';
import { isWecomFamily, type Product } from '../products.js';

type Json = Record<string, unknown>;

export type PushMode = 'plain' | 'compat' | 'safe';

/** Where a push goes and how it is signed: an account's callback settings. */
export interface PushTarget {
  product: Product;
  /** The callback Token. */
  token: string;
  /** The callback EncodingAESKey (compat and safe modes). */
  encodingAESKey?: string;
  /** AppID, component AppID, CorpID or SuiteID: what the ciphertext carries and the reply must carry. */
  receiveId: string;
}

export interface PushTransportOptions {
  /** Default `safe`. */
  mode?: PushMode;
  /** Default `xml`. */
  format?: 'xml' | 'json';
  /** Retry like WeChat when the callback fails or is slow: `true` is 3 tries in all; a number is that many tries. */
  retries?: boolean | number;
  /** Time between the starts of two tries (ms, default 5000: WeChat's). */
  retryIntervalMs?: number;
  /** How long one try waits for an answer (ms, default 5000: WeChat's deadline). */
  timeoutMs?: number;
  /** Default: global fetch. */
  fetch?: typeof fetch;
}

export interface PushResult {
  /** The HTTP status of the last try. */
  status: number;
  tries: number;
  /** The fields that were pushed (plaintext). */
  message: Json;
  /** The plaintext body that was pushed (XML or JSON), before encryption. */
  plaintext: string;
  /** What went on the wire: the URL with WeChat's query string, and the (encrypted) body. */
  sent: { url: string; body: string };
  /** The raw HTTP response body. */
  body: string;
  /** Whether the reply came encrypted. */
  encrypted: boolean;
  /** The reply, decrypted and parsed; undefined for an empty body or "success". */
  reply: Json | undefined;
  /** The decrypted reply text ('' for "success"). */
  replyText: string;
}

/** The callback refused or garbled a push, or its reply did not check out. */
export class PushError extends Error {
  override readonly name = 'PushError';
  constructor(
    message: string,
    readonly status?: number,
    readonly body?: string,
  ) {
    super(message);
  }
}

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * A push body as WeChat writes it, the inverse of parseXml: text in CDATA, numbers bare, objects as
 * child elements, and an array as the same tag repeated (`<Item>…</Item><Item>…</Item>`).
 */
function element(name: string, value: unknown): string {
  if (!XML_NAME.test(name)) throw new TypeError(`push: ${JSON.stringify(name)} is not an XML element name`);
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => element(name, v)).join('');
  if (typeof value === 'object') {
    const inner = Object.entries(value as Json)
      .map(([k, v]) => element(k, v))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  const text = typeof value === 'string' ? cdata(value) : String(value);
  return `<${name}>${text}</${name}>`;
}

const toXml = (fields: Json) => element('xml', fields);

const serialise = (fields: Json, format: 'xml' | 'json') =>
  format === 'json' ? JSON.stringify(fields) : toXml(fields);

/** The outer fields of an encrypted push: who it is for, and the ciphertext. */
function envelope(fields: Json, target: PushTarget, encrypt: string): Json {
  const out: Json = {};
  if (fields.AppId !== undefined && fields.ToUserName === undefined) out.AppId = fields.AppId;
  else out.ToUserName = fields.ToUserName ?? target.receiveId;
  if (isWecomFamily(target.product)) out.AgentID = fields.AgentID ?? '';
  out.Encrypt = encrypt;
  return out;
}

function request(fields: Json, target: PushTarget, mode: PushMode, format: 'xml' | 'json') {
  const plaintext = serialise(fields, format);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(Math.floor(Math.random() * 1e10));
  const query = new URLSearchParams();
  // WeCom signs with msg_signature alone; the Official Account family also sends `signature` (and openid).
  if (!isWecomFamily(target.product)) {
    query.set('signature', plainSignature(target.token, timestamp, nonce));
  }
  query.set('timestamp', timestamp);
  query.set('nonce', nonce);
  if (typeof fields.FromUserName === 'string' && !isWecomFamily(target.product))
    query.set('openid', fields.FromUserName);
  if (mode === 'plain') return { plaintext, body: plaintext, query, crypto: undefined };

  if (!target.encodingAESKey) throw new TypeError(`push: ${mode} mode needs the account's encodingAESKey`);
  const crypto = new MessageCrypto({
    token: target.token,
    encodingAESKey: target.encodingAESKey,
    receiveId: target.receiveId,
  });
  const sealed = crypto.encrypt(plaintext, { timestamp, nonce });
  if (!isWecomFamily(target.product)) query.set('encrypt_type', 'aes');
  query.set('msg_signature', sealed.msgSignature);
  const outer =
    mode === 'compat' ? { ...fields, Encrypt: sealed.encrypt } : envelope(fields, target, sealed.encrypt);
  return { plaintext, body: serialise(outer, format), query, crypto };
}

const sniffJson = (text: string) => text.trimStart().startsWith('{');
const parseBody = (text: string): Json => (sniffJson(text) ? (JSON.parse(text) as Json) : parseXml(text));

/** Opens a reply: "success" or empty is no reply; an Encrypt envelope is verified and decrypted. */
function openReply(body: string, mode: PushMode, crypto: MessageCrypto | undefined) {
  const text = body.trim();
  if (text === '' || text === 'success') return { encrypted: false, replyText: '', reply: undefined };
  let outer: Json;
  try {
    outer = parseBody(text);
  } catch {
    throw new PushError(`the reply is neither "success" nor XML/JSON: ${text.slice(0, 120)}`, 200, body);
  }
  if (typeof outer.Encrypt !== 'string') {
    if (mode === 'safe')
      throw new PushError('safe mode: the reply must be encrypted, but it came in plaintext', 200, body);
    return { encrypted: false, replyText: text, reply: outer };
  }
  if (!crypto)
    throw new PushError('plain mode: the reply came encrypted; WeChat would show garbage', 200, body);
  const signature = outer.MsgSignature;
  const timestamp = outer.TimeStamp;
  const nonce = outer.Nonce;
  try {
    crypto.verifySignature(String(signature), String(timestamp), String(nonce), outer.Encrypt);
    const replyText = crypto.decrypt(outer.Encrypt).message;
    return { encrypted: true, replyText, reply: parseBody(replyText) };
  } catch (err) {
    throw new PushError(`the encrypted reply does not check out: ${(err as Error).message}`, 200, body);
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Pushes `fields` to `url` as WeChat would, and returns the reply. Throws PushError when the callback fails. */
export async function sendPush(
  url: string,
  fields: Json,
  target: PushTarget,
  o: PushTransportOptions = {},
): Promise<PushResult> {
  const mode = o.mode ?? 'safe';
  const format = o.format ?? 'xml';
  const tries = o.retries === true ? 3 : typeof o.retries === 'number' ? Math.max(1, o.retries) : 1;
  const interval = o.retryIntervalMs ?? 5000;
  const timeout = o.timeoutMs ?? 5000;
  const doFetch = o.fetch ?? fetch;
  // One request, sent again on retries: same MsgId, timestamp and nonce, as WeChat's retries are.
  const req = request(fields, target, mode, format);
  const target_ = new URL(url);
  for (const [k, v] of req.query) target_.searchParams.set(k, v);

  let failure: PushError | undefined;
  for (let attempt = 1; attempt <= tries; attempt++) {
    const started = Date.now();
    try {
      const res = await doFetch(target_, {
        method: 'POST',
        headers: { 'content-type': format === 'json' ? 'application/json' : 'text/xml' },
        body: req.body,
        signal: AbortSignal.timeout(timeout),
      });
      const body = await res.text();
      if (res.status === 200) {
        return {
          status: 200,
          tries: attempt,
          message: fields,
          plaintext: req.plaintext,
          sent: { url: target_.toString(), body: req.body },
          body,
          ...openReply(body, mode, req.crypto),
        };
      }
      failure = new PushError(
        `the callback answered HTTP ${res.status}: ${body.slice(0, 200)}`,
        res.status,
        body,
      );
    } catch (err) {
      if (err instanceof PushError) throw err;
      const timedOut = (err as Error).name === 'TimeoutError';
      failure = new PushError(
        timedOut
          ? `the callback did not answer within ${timeout} ms`
          : `could not reach the callback: ${(err as Error).message}`,
      );
    }
    if (attempt < tries) await wait(Math.max(0, interval - (Date.now() - started)));
  }
  if (tries > 1) failure!.message = `${failure!.message} (after ${tries} tries)`;
  throw failure!;
}
