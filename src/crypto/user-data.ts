import { createDecipheriv } from 'node:crypto';
import { DecryptError, ReceiveIdError } from './errors.js';
import { isStrictBase64, sha1Hex } from './internal.js';

export interface DecryptUserDataParams {
  /** session_key from code2Session (base64, 16 bytes). */
  sessionKey: string;
  encryptedData: string;
  /** iv returned next to encryptedData (base64, 16 bytes). */
  iv: string;
  /** When given, `watermark.appid` of the decrypted data must equal it. */
  appId?: string;
}

const AES_BLOCK = 16;
const KEY_MESSAGE =
  'could not decrypt user data: check the session_key (it changes on every wx.login) and the iv sent with encryptedData';

/** Base64 as the official sample prints it may carry spaces and line breaks: those are not data. */
const unwrap = (value: unknown): unknown => (typeof value === 'string' ? value.replace(/\s+/g, '') : value);

function decodeBlock(raw: unknown): Buffer | undefined {
  const value = unwrap(raw);
  if (typeof value !== 'string' || !isStrictBase64(value)) return undefined;
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === AES_BLOCK ? bytes : undefined;
}

/**
 * Decrypts Mini Program open data (wx.getUserInfo, getPhoneNumber, …): AES-128-CBC with
 * key = base64(session_key), iv = base64(iv), PKCS#7 padding, then JSON.
 */
export function decryptUserData(params: DecryptUserDataParams): Record<string, unknown> {
  const key = decodeBlock(params.sessionKey);
  const iv = decodeBlock(params.iv);
  if (key === undefined || iv === undefined) throw new DecryptError(KEY_MESSAGE);
  const encryptedData = unwrap(params.encryptedData);
  if (typeof encryptedData !== 'string' || encryptedData === '' || !isStrictBase64(encryptedData)) {
    throw new DecryptError('could not decrypt user data: encryptedData is not valid base64', {
      malformed: true,
    });
  }
  const data = Buffer.from(encryptedData, 'base64');
  if (data.length === 0 || data.length % AES_BLOCK !== 0) {
    throw new DecryptError(
      'could not decrypt user data: encryptedData is not a whole number of 16-byte blocks',
    );
  }

  let text: string;
  try {
    const decipher = createDecipheriv('aes-128-cbc', key, iv);
    text = Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  } catch {
    // Bad padding: wrong session_key or iv. The OpenSSL error is not kept (no cause).
    throw new DecryptError(KEY_MESSAGE);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the input, i.e. the plaintext, so it must not escape.
    throw new DecryptError(KEY_MESSAGE);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new DecryptError(KEY_MESSAGE);
  }
  const result = parsed as Record<string, unknown>;

  if (params.appId !== undefined) {
    const watermark = result.watermark;
    const appid =
      typeof watermark === 'object' && watermark !== null
        ? (watermark as Record<string, unknown>).appid
        : undefined;
    if (appid !== params.appId) {
      throw new ReceiveIdError(
        'watermark.appid mismatch: expected the AppID of this Mini Program, check that the data was issued for it',
      );
    }
  }
  return result;
}

/** Open-data `signature`: SHA-1 hex of rawData + session_key. */
export function userDataSignature(rawData: string, sessionKey: string): string {
  return sha1Hex(rawData + sessionKey);
}
