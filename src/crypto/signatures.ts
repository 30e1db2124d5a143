import { safeEqual, sha1Hex } from './internal.js';

/**
 * `signature` of plaintext-mode pushes and of the URL verification GET (Official Accounts, Mini
 * Programs): SHA-1 of the lexicographically sorted [token, timestamp, nonce], joined.
 */
export function plainSignature(token: string, timestamp: string | number, nonce: string): string {
  return sha1Hex([token, String(timestamp), nonce].sort().join(''));
}

/** Constant-time check of a plaintext-mode `signature`. */
export function verifyPlainSignature(
  signature: string,
  token: string,
  timestamp: string | number,
  nonce: string,
): boolean {
  // A missing signature or an unconfigured (empty) token must never verify.
  if (typeof signature !== 'string' || typeof token !== 'string' || token === '') return false;
  if ((typeof timestamp !== 'string' && typeof timestamp !== 'number') || typeof nonce !== 'string')
    return false;
  return safeEqual(signature, plainSignature(token, timestamp, nonce));
}

export interface JssdkSignatureParams {
  jsapi_ticket: string;
  noncestr: string;
  timestamp: string | number;
  /** The page URL; any `#fragment` is dropped, as the signature covers only what the server sees. */
  url: string;
}

/** JS-SDK `wx.config` signature: SHA-1 of `jsapi_ticket=…&noncestr=…&timestamp=…&url=…` (no URL escaping). */
export function jssdkSignature(params: JssdkSignatureParams): string {
  const hash = params.url.indexOf('#');
  const url = hash === -1 ? params.url : params.url.slice(0, hash);
  return sha1Hex(
    `jsapi_ticket=${params.jsapi_ticket}&noncestr=${params.noncestr}&timestamp=${params.timestamp}&url=${url}`,
  );
}

/**
 * Card (卡券) signature / cardSign: SHA-1 of the values (api_ticket, timestamp, nonce_str, card_id,
 * code, openid, …) as strings, sorted lexicographically and joined. Omit empty optional values.
 */
export function cardSignature(values: ReadonlyArray<string | number>): string {
  return sha1Hex(values.map(String).sort().join(''));
}
