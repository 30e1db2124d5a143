import { AesCbc } from './cbc.js';
import { DecryptError, InvalidKeyError, ReceiveIdError, SignatureError } from './errors.js';
import { fillRandom, randomNonce, safeEqual, sha1Hex, strictBase64 } from './internal.js';

export interface MessageCryptoOptions {
  /**
   * The Token configured next to the callback URL. Leave it out for a decrypt-only instance (reading
   * a stored push): everything that signs or checks a signature then throws InvalidKeyError.
   */
  token?: string;
  /** The 43-character EncodingAESKey. */
  encodingAESKey: string;
  /**
   * AppID (Official Account / Mini Program), CorpID or SuiteID (WeCom), or component AppID (Open
   * Platform). A list accepts any member and encrypts with the first. `''` / omitted: not checked.
   */
  receiveId?: string | readonly string[];
  /** The key in use before the last rotation; tried when the current key cannot decrypt. */
  previousEncodingAESKey?: string;
}

export interface DecryptedMessage {
  message: string;
  receiveId: string;
}

export interface EncryptOptions {
  /** Defaults to the current Unix time in seconds. */
  timestamp?: string | number;
  /** Defaults to a random 10-digit string. */
  nonce?: string;
  /** The 16 random leading bytes; pass them only for reproducible output (tests). */
  random?: Buffer;
  /**
   * The receiveId to seal for. Default: the first configured one. A reply is sealed for the id its
   * push carried (a suite's data callback serves many corps).
   */
  receiveId?: string;
}

export interface EncryptedMessage {
  encrypt: string;
  msgSignature: string;
  timestamp: string;
  nonce: string;
}

/** Query string + body field of an encrypted push. */
export interface PushParams {
  msg_signature: string;
  timestamp: string | number;
  nonce: string;
  encrypt: string;
}

/** Query string of a WeCom callback URL verification (GET). */
export interface VerifyUrlParams {
  msg_signature: string;
  timestamp: string | number;
  nonce: string;
  echostr: string;
}

// 43 chars + "=" is 44 base64 chars, i.e. exactly 32 bytes. Only the alphabet is checked, not the
// unused low bits of the last character: WeCom's own sample key ends in a non-canonical "C".
const KEY_RE = /^[A-Za-z0-9+/]{43}$/;
// WXBizMsgCrypt pads with PKCS#7 using K = 32 (the key size), not the 16-byte AES block size.
const PAD_BLOCK = 32;
const AES_BLOCK = 16;
// 16 random bytes + 4-byte big-endian message length.
const HEADER = 20;
const XML_TIMESTAMP_RE = /^\d+$/;

// Failure codes of one decryption attempt; returned rather than thrown so that key rotation does
// not pay for an exception on the hot path.
const BAD_PADDING = 1;
const BAD_LENGTH = 2;
const BAD_RECEIVE_ID = 3;
type Failure = typeof BAD_PADDING | typeof BAD_LENGTH | typeof BAD_RECEIVE_ID;

const MSG = {
  missing:
    'msg_signature, timestamp, nonce and the encrypted field are required: check that the query string and body were passed',
  mismatch: 'msg_signature does not match: check the Token configured for this callback URL',
  base64:
    'could not decrypt: the encrypted field is not valid base64 (pass the raw field; URL-decode a query value exactly once)',
  blocks: 'could not decrypt: the ciphertext is not a whole number of 16-byte blocks',
  padding: 'could not decrypt: invalid padding, check the EncodingAESKey',
  length: 'could not decrypt: the message length field exceeds the plaintext, check the EncodingAESKey',
  receiveId:
    'receiveId mismatch: expected the AppID/CorpID/SuiteID configured as receiveId, check that this callback belongs to this account',
} as const;

function parseKey(value: unknown, name: string): AesCbc {
  if (typeof value !== 'string' || !KEY_RE.test(value)) {
    throw new InvalidKeyError(
      `${name} must be exactly 43 characters of [A-Za-z0-9+/]: check the EncodingAESKey copied from the admin console`,
    );
  }
  // key = base64(EncodingAESKey + "="), iv = key[0..16].
  const key = Buffer.from(`${value}=`, 'base64');
  return new AesCbc(key, key.subarray(0, AES_BLOCK));
}

function failureError(code: Failure): DecryptError | ReceiveIdError {
  if (code === BAD_RECEIVE_ID) return new ReceiveIdError(MSG.receiveId);
  return new DecryptError(code === BAD_PADDING ? MSG.padding : MSG.length);
}

/**
 * WXBizMsgCrypt: the message encryption shared by Official Accounts, Mini Programs, the Open Platform
 * and WeCom. AES-256-CBC, key = base64(EncodingAESKey + "="), iv = key[0..16], and the plaintext is
 * random(16) + length(4, big-endian) + message + receiveId, PKCS#7-padded to 32 bytes.
 */
export class MessageCrypto {
  // Private fields keep the secrets out of console.log / util.inspect output.
  readonly #token: string | undefined;
  readonly #current: AesCbc;
  readonly #previous: AesCbc | undefined;
  readonly #receiveIds: readonly string[];
  readonly #encryptReceiveId: string;

  constructor(options: MessageCryptoOptions) {
    if (options.token !== undefined && (typeof options.token !== 'string' || options.token === '')) {
      // An empty token would let anyone compute a valid msg_signature.
      throw new InvalidKeyError(
        'token must be a non-empty string: check the Token configured for this callback URL',
      );
    }
    this.#token = options.token;
    this.#current = parseKey(options.encodingAESKey, 'encodingAESKey');
    this.#previous =
      options.previousEncodingAESKey === undefined
        ? undefined
        : parseKey(options.previousEncodingAESKey, 'previousEncodingAESKey');
    const ids = typeof options.receiveId === 'string' ? [options.receiveId] : (options.receiveId ?? []);
    this.#receiveIds = ids.filter((id) => id !== '');
    this.#encryptReceiveId = this.#receiveIds[0] ?? '';
  }

  /** msg_signature: SHA-1 of the lexicographically sorted [token, timestamp, nonce, encrypt], joined. */
  signature(timestamp: string | number, nonce: string, encrypt: string): string {
    if (this.#token === undefined) {
      throw new InvalidKeyError(
        'this MessageCrypto has no token, so it only decrypts: pass the callback Token to sign or check signatures',
      );
    }
    // Default sort compares UTF-16 code units, like the official Java sample; all inputs are ASCII in practice.
    return sha1Hex([this.#token, String(timestamp), nonce, encrypt].sort().join(''));
  }

  /** Throws SignatureError unless `msgSignature` matches (compared in constant time). */
  verifySignature(msgSignature: string, timestamp: string | number, nonce: string, encrypt: string): void {
    if (
      typeof msgSignature !== 'string' ||
      (typeof timestamp !== 'string' && typeof timestamp !== 'number') ||
      typeof nonce !== 'string' ||
      typeof encrypt !== 'string'
    ) {
      throw new SignatureError(MSG.missing);
    }
    if (!safeEqual(msgSignature, this.signature(timestamp, nonce, encrypt))) {
      throw new SignatureError(MSG.mismatch);
    }
  }

  /**
   * Decrypts an `Encrypt` / `echostr` value. Does not check the signature: use decryptPush or
   * verifyUrl for anything that arrived over the network.
   */
  decrypt(encrypt: string): DecryptedMessage {
    const data = typeof encrypt === 'string' && encrypt !== '' ? strictBase64(encrypt) : undefined;
    if (data === undefined) throw new DecryptError(MSG.base64, { malformed: true });
    // The smallest valid plaintext (20-byte header + 1 pad byte) already takes two AES blocks.
    if (data.length < 2 * AES_BLOCK || data.length % AES_BLOCK !== 0) {
      throw new DecryptError(MSG.blocks, { malformed: true });
    }
    const first = this.#open(this.#current, data);
    if (typeof first === 'object') return first;
    if (this.#previous === undefined) throw failureError(first);
    // Rotation: WeChat may still be sending messages encrypted with the previous key.
    const second = this.#open(this.#previous, data);
    if (typeof second === 'object') return second;
    // A structurally valid plaintext under either key means the key was right and the id was not.
    throw failureError(first === BAD_RECEIVE_ID || second === BAD_RECEIVE_ID ? BAD_RECEIVE_ID : first);
  }

  /** Encrypts a reply (always with the current key; for the first receiveId unless told) and signs it. */
  encrypt(message: string, opts: EncryptOptions = {}): EncryptedMessage {
    const random = opts.random;
    if (random !== undefined && (!Buffer.isBuffer(random) || random.length !== AES_BLOCK)) {
      throw new RangeError('random must be a Buffer of exactly 16 bytes');
    }
    const receiveId = opts.receiveId ?? this.#encryptReceiveId;
    if (typeof receiveId !== 'string') throw new TypeError('receiveId must be a string');
    const msgLength = Buffer.byteLength(message, 'utf8');
    const idLength = Buffer.byteLength(receiveId, 'utf8');
    const contentLength = HEADER + msgLength + idLength;
    const pad = PAD_BLOCK - (contentLength % PAD_BLOCK); // 1..32, never 0
    // One buffer for the whole padded plaintext: no concatenation copies.
    const plain = Buffer.allocUnsafe(contentLength + pad);
    if (random) random.copy(plain, 0);
    else fillRandom(plain, 0, AES_BLOCK);
    plain.writeUInt32BE(msgLength, AES_BLOCK);
    plain.write(message, HEADER, msgLength, 'utf8');
    plain.write(receiveId, HEADER + msgLength, idLength, 'utf8');
    plain.fill(pad, contentLength);

    const encrypt = this.#current.encrypt(plain).toString('base64');
    const timestamp =
      opts.timestamp === undefined ? String(Math.floor(Date.now() / 1000)) : String(opts.timestamp);
    const nonce = opts.nonce ?? randomNonce();
    return { encrypt, msgSignature: this.signature(timestamp, nonce, encrypt), timestamp, nonce };
  }

  /** Verifies msg_signature first, then decrypts: nothing is decrypted when the signature is bad. */
  decryptPush(params: PushParams): DecryptedMessage {
    this.verifySignature(params.msg_signature, params.timestamp, params.nonce, params.encrypt);
    return this.decrypt(params.encrypt);
  }

  /** WeCom URL verification: checks the signature over echostr, returns the decrypted echostr to echo back. */
  verifyUrl(params: VerifyUrlParams): string {
    this.verifySignature(params.msg_signature, params.timestamp, params.nonce, params.echostr);
    return this.decrypt(params.echostr).message;
  }

  /** Encrypts `replyXml` into the passive-reply envelope WeChat expects. */
  buildReplyXml(replyXml: string, opts: EncryptOptions = {}): string {
    // timestamp and nonce are interpolated into XML, so refuse anything that could break out of it.
    if (opts.timestamp !== undefined && !XML_TIMESTAMP_RE.test(String(opts.timestamp))) {
      throw new RangeError('timestamp must be a non-negative integer');
    }
    if (opts.nonce?.includes(']]>')) {
      throw new RangeError('nonce must not contain "]]>"');
    }
    const { encrypt, msgSignature, timestamp, nonce } = this.encrypt(replyXml, opts);
    return (
      `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt>` +
      `<MsgSignature><![CDATA[${msgSignature}]]></MsgSignature>` +
      `<TimeStamp>${timestamp}</TimeStamp>` +
      `<Nonce><![CDATA[${nonce}]]></Nonce></xml>`
    );
  }

  #open(aes: AesCbc, data: Buffer): DecryptedMessage | Failure {
    const plain = aes.decrypt(data);

    const end = plain.length;
    const pad = plain[end - 1] ?? 0;
    if (pad < 1 || pad > PAD_BLOCK) return BAD_PADDING;
    for (let i = end - pad; i < end - 1; i++) {
      if (plain[i] !== pad) return BAD_PADDING;
    }
    const contentEnd = end - pad;
    if (contentEnd < HEADER) return BAD_LENGTH;
    const msgLength = plain.readUInt32BE(AES_BLOCK);
    if (msgLength > contentEnd - HEADER) return BAD_LENGTH;

    const receiveId = plain.toString('utf8', HEADER + msgLength, contentEnd);
    if (this.#receiveIds.length > 0 && !this.#receiveIds.includes(receiveId)) return BAD_RECEIVE_ID;
    return { message: plain.toString('utf8', HEADER, HEADER + msgLength), receiveId };
  }
}
