import { WxkitError } from '../errors.js';

/** Why a push was turned away (or a reply dropped); stable strings, safe to use as metric labels. */
export type WebhookRejection =
  | 'method' // not GET or POST
  | 'too-large' // body over maxBodyBytes
  | 'slow-body' // the body did not arrive within bodyTimeoutMs
  | 'empty' // no body
  | 'malformed' // not XML/JSON of the expected shape, DOCTYPE/ENTITY, bad ciphertext encoding
  | 'signature' // signature / msg_signature missing or wrong
  | 'timestamp' // timestamp missing or outside the window
  | 'decrypt' // the ciphertext does not open with the current or previous key
  | 'receive-id' // the push is addressed to another AppID / CorpID / SuiteID
  | 'not-encrypted' // a plaintext push where the product only sends encrypted ones
  | 'unknown-account'; // a gateway found no account for the push

/**
 * A push the webhook refused, with the HTTP status it answered. The message names what to check and
 * never carries the token, the EncodingAESKey or any part of the body.
 */
export class WebhookError extends WxkitError {
  override readonly name: string = 'WebhookError';
  constructor(
    readonly status: number,
    readonly reason: WebhookRejection,
    message: string,
  ) {
    super(message);
  }
}

/** A handler answered after the deadline and no onLateReply hook took the reply. */
export class LateReplyError extends WxkitError {
  override readonly name: string = 'LateReplyError';
}
