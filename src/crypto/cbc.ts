// AES-256-CBC with one pair of cipher contexts for the life of a key. Creating a context costs more
// than encrypting a whole push (OpenSSL 3 looks the cipher up each time), and a webhook would create
// two per push. Both directions produce exactly the bytes of a fresh AES-256-CBC context with `iv`:
//  - decryption runs ECB, which keeps no state between whole blocks, and chains by hand:
//    P[i] = D(C[i]) ^ C[i-1], with C[-1] = iv;
//  - encryption streams every message through one CBC context. Its chaining value after a message
//    is that message's last ciphertext block; XOR-ing (chain ^ iv) into the next message's first
//    block makes the context encrypt it as if it started from iv.
// Inputs are always whole 16-byte blocks: a partial block would stay buffered in a context. Should a
// context ever fail mid-call, it is replaced, so that no later message inherits its state.
import { type Cipher, createCipheriv, createDecipheriv, type Decipher } from 'node:crypto';

const BLOCK = 16;

export class AesCbc {
  readonly #key: Buffer;
  readonly #iv: Buffer;
  #decipher!: Decipher;
  #cipher!: Cipher;
  /** The encryption context's chaining value: the last ciphertext block it produced (iv at first). */
  readonly #chain: Buffer;

  constructor(key: Buffer, iv: Buffer) {
    this.#key = Buffer.from(key);
    this.#iv = Buffer.from(iv);
    this.#chain = Buffer.alloc(BLOCK);
    this.#resetCipher();
    this.#resetDecipher();
  }

  #resetCipher() {
    this.#cipher = createCipheriv('aes-256-cbc', this.#key, this.#iv).setAutoPadding(false);
    this.#iv.copy(this.#chain);
  }

  #resetDecipher() {
    this.#decipher = createDecipheriv('aes-256-ecb', this.#key, null).setAutoPadding(false);
  }

  /** Encrypts whole blocks. `plain` is scratch: its first block is changed. */
  encrypt(plain: Buffer): Buffer {
    if (plain.length === 0 || plain.length % BLOCK !== 0) throw new RangeError('AesCbc: not whole blocks');
    const chain = this.#chain;
    const iv = this.#iv;
    for (let i = 0; i < BLOCK; i++) plain[i]! ^= chain[i]! ^ iv[i]!;
    let out: Buffer;
    try {
      out = this.#cipher.update(plain);
    } catch (err) {
      this.#resetCipher();
      throw err;
    }
    out.copy(chain, 0, out.length - BLOCK);
    return out;
  }

  /** Decrypts whole blocks into a new buffer. */
  decrypt(data: Buffer): Buffer {
    if (data.length === 0 || data.length % BLOCK !== 0) throw new RangeError('AesCbc: not whole blocks');
    let plain: Buffer;
    try {
      plain = this.#decipher.update(data);
    } catch (err) {
      this.#resetDecipher();
      throw err;
    }
    const iv = this.#iv;
    for (let i = 0; i < BLOCK; i++) plain[i]! ^= iv[i]!;
    for (let i = BLOCK; i < plain.length; i++) plain[i]! ^= data[i - BLOCK]!;
    return plain;
  }
}
