import { createDecipheriv } from 'node:crypto';

/**
 * The 16 random leading bytes of a WXBizMsgCrypt ciphertext, read with node:crypto directly (the
 * public API deliberately exposes nothing but message and receiveId).
 */
export function recoverRandom(encodingAESKey: string, encrypt: string): Buffer {
  const key = Buffer.from(`${encodingAESKey}=`, 'base64');
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([decipher.update(Buffer.from(encrypt, 'base64')), decipher.final()]).subarray(0, 16);
}

/** A 43-character EncodingAESKey from arbitrary bytes (the 44th base64 char is always "="). */
export function keyFromBytes(bytes: Buffer): string {
  return bytes.toString('base64').slice(0, 43);
}
