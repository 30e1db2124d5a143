// Authenticating a push before anything else looks at it: the timestamp window, the signature
// (plain `signature`, or `msg_signature` over the Encrypt field), then decryption with the current
// or previous key and the receiveId check. Every refusal is a WebhookError with its HTTP status.
import { DecryptError, type MessageCrypto, ReceiveIdError, SignatureError } from '../crypto/index.js';
import { verifyPlainSignature } from '../crypto/signatures.js';
import { MessageParseError } from '../messages/errors.js';
import { parseXml } from '../messages/xml.js';
import { alwaysEncrypted, isWecomFamily, type Product } from '../products.js';
import { WebhookError } from './errors.js';
import type { WebhookMode } from './types.js';

export interface InboundConfig {
  product: Product;
  token: string;
  crypto: MessageCrypto | undefined;
  windowSeconds: number;
  /** Accept a plaintext push although a key is configured (the plain -> safe migration). */
  allowPlaintext?: boolean;
}

export interface OpenedPush {
  mode: WebhookMode;
  format: 'xml' | 'json';
  /** The plaintext body. */
  raw: string;
  /** The decrypted receiveId; undefined in plain mode. */
  receiveId: string | undefined;
}

const TIMESTAMP_RE = /^\d{1,12}$/;

const refuse = (status: number, reason: WebhookError['reason'], message: string) =>
  new WebhookError(status, reason, message);

export function checkTimestamp(timestamp: string | null, windowSeconds: number): void {
  if (timestamp === null || !TIMESTAMP_RE.test(timestamp)) {
    throw refuse(401, 'timestamp', 'timestamp is missing from the query string or not a number');
  }
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > windowSeconds) {
    throw refuse(
      401,
      'timestamp',
      `timestamp is more than ${windowSeconds} s from this server's clock: a replay, or check the clock`,
    );
  }
}

/** GET: URL verification. Returns the text to echo. */
export function verifyEcho(config: InboundConfig, query: URLSearchParams): string {
  const timestamp = query.get('timestamp');
  checkTimestamp(timestamp, config.windowSeconds);
  const nonce = query.get('nonce') ?? '';
  // A raw "+" in echostr arrives as a space after query decoding; base64 has no spaces.
  const echostr = query.get('echostr')?.replaceAll(' ', '+');
  if (!echostr) throw refuse(400, 'malformed', 'echostr is missing from the query string');
  const msgSignature = query.get('msg_signature');
  if (msgSignature !== null) {
    // WeCom: echostr is encrypted and signed with msg_signature.
    if (!config.crypto) throw missingKey(config.product);
    return openCiphertext(config.crypto, msgSignature, timestamp!, nonce, echostr).message;
  }
  if (isWecomFamily(config.product)) {
    throw refuse(401, 'not-encrypted', 'WeCom URL verification must carry msg_signature');
  }
  if (!verifyPlainSignature(query.get('signature') ?? '', config.token, timestamp!, nonce)) {
    throw refuse(401, 'signature', 'signature does not match: check the Token configured for this URL');
  }
  return echostr;
}

/** POST: authenticates and, when encrypted, decrypts a push body. */
export function openPush(config: InboundConfig, query: URLSearchParams, body: string): OpenedPush {
  const timestamp = query.get('timestamp');
  checkTimestamp(timestamp, config.windowSeconds);
  const nonce = query.get('nonce') ?? '';
  const msgSignature = query.get('msg_signature');

  if (msgSignature === null) {
    if (query.get('encrypt_type') === 'aes') {
      throw refuse(401, 'signature', 'encrypt_type=aes without msg_signature');
    }
    if (alwaysEncrypted(config.product)) {
      throw refuse(
        401,
        'not-encrypted',
        `${config.product} pushes must be encrypted (msg_signature missing)`,
      );
    }
    // With a key configured, WeChat encrypts every push (safe and compatible mode): a plaintext one
    // signed with the Token alone is a forgery or a misconfiguration, never WeChat.
    if (config.crypto && !config.allowPlaintext) {
      throw refuse(
        401,
        'not-encrypted',
        'this webhook has an encodingAESKey, so pushes must be encrypted (msg_signature missing); set allowPlaintext while switching from plain to safe mode',
      );
    }
    if (!verifyPlainSignature(query.get('signature') ?? '', config.token, timestamp!, nonce)) {
      throw refuse(401, 'signature', 'signature does not match: check the Token configured for this URL');
    }
    return { mode: 'plain', format: sniffFormat(body), raw: body, receiveId: undefined };
  }

  if (!config.crypto) throw missingKey(config.product);
  const envelope = readEnvelope(body);
  const encrypt = envelope.Encrypt;
  if (typeof encrypt !== 'string' || encrypt === '') {
    throw refuse(400, 'malformed', 'the body has no Encrypt field');
  }
  const opened = openCiphertext(config.crypto, msgSignature, timestamp!, nonce, encrypt);
  // Compatible mode sends the plaintext fields next to Encrypt; only the encrypted copy is trusted.
  const mode: WebhookMode =
    envelope.MsgType !== undefined || envelope.InfoType !== undefined ? 'compat' : 'safe';
  return { mode, format: sniffFormat(opened.message), raw: opened.message, receiveId: opened.receiveId };
}

/** The outer fields (ToUserName, AgentID, AppId, Encrypt, …) of a push, before decryption. */
export function readEnvelope(body: string, format = sniffFormat(body)): Record<string, unknown> {
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      throw refuse(400, 'malformed', 'the body is not valid JSON');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw refuse(400, 'malformed', 'the JSON body is not an object');
    }
    return value as Record<string, unknown>;
  }
  try {
    return parseXml(body);
  } catch (err) {
    throw refuse(
      400,
      'malformed',
      err instanceof MessageParseError ? err.message : 'the body is not valid XML',
    );
  }
}

export function sniffFormat(body: string): 'xml' | 'json' {
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x3c /* < */) return 'xml';
    if (c === 0x7b /* { */) return 'json';
    // Skip whitespace and a UTF-8 BOM; anything else is neither.
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) break;
  }
  throw refuse(400, 'malformed', 'the body is neither XML nor JSON');
}

function openCiphertext(
  crypto: MessageCrypto,
  msgSignature: string,
  timestamp: string,
  nonce: string,
  encrypt: string,
) {
  try {
    crypto.verifySignature(msgSignature, timestamp, nonce, encrypt);
  } catch (err) {
    if (err instanceof SignatureError) throw refuse(401, 'signature', err.message);
    throw err;
  }
  try {
    return crypto.decrypt(encrypt);
  } catch (err) {
    if (err instanceof ReceiveIdError) throw refuse(401, 'receive-id', err.message);
    if (err instanceof DecryptError) {
      // Signed but not even well-formed ciphertext (e.g. truncated) is bad input whatever the key;
      // well-formed ciphertext that does not open means neither key is the one it was sealed with.
      if (err.malformed)
        throw refuse(400, 'malformed', 'the Encrypt field is not whole AES blocks of base64');
      throw refuse(401, 'decrypt', err.message);
    }
    throw err;
  }
}

function missingKey(product: Product) {
  return refuse(
    401,
    'decrypt',
    `an encrypted ${product} push arrived but no encodingAESKey is configured for this webhook`,
  );
}
