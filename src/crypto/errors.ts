/**
 * Errors thrown by `wxkit/crypto`.
 *
 * Messages say what to check but never carry the token, the EncodingAESKey, the session_key or any
 * decrypted text, and no underlying error is attached as `cause` (Node's JSON.parse errors, for one,
 * quote the input they failed on).
 */
export class CryptoError extends Error {
  override name = 'CryptoError';
}

/** msg_signature / signature did not match (or was missing): the request did not come from WeChat. */
export class SignatureError extends CryptoError {
  override name = 'SignatureError';
}

/** The decrypted AppID / CorpID / SuiteID (or user-data watermark appid) is not the expected one. */
export class ReceiveIdError extends CryptoError {
  override name = 'ReceiveIdError';
}

/** Ciphertext is not valid base64, has a bad length or padding, or does not decrypt with the key. */
export class DecryptError extends CryptoError {
  override name = 'DecryptError';
  /**
   * True when the input is not ciphertext at all (not base64, not whole AES blocks): bad input,
   * whatever the key. False when it is well-formed ciphertext that the key(s) could not open.
   */
  readonly malformed: boolean;

  constructor(message: string, options: { malformed?: boolean } = {}) {
    super(message);
    this.malformed = options.malformed ?? false;
  }
}

/** A configured key or token is malformed (thrown from constructors, never on the request path). */
export class InvalidKeyError extends CryptoError {
  override name = 'InvalidKeyError';
}
