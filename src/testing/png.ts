// A real, small PNG made with node:zlib alone: what binary endpoints (QR codes, media) answer with.
// The picture looks like a QR code (three finder squares and modules drawn from a hash of `seed`),
// so two tickets give two different images and a viewer shows something recognisable.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes an 8-bit greyscale image (one byte per pixel, row by row) as PNG. */
export function encodeGreyPng(width: number, height: number, pixels: Uint8Array): Uint8Array {
  if (pixels.length !== width * height) throw new RangeError('pixels must hold width * height bytes');
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    Buffer.from(pixels.buffer, pixels.byteOffset + y * width, width).copy(raw, y * (width + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

const MODULES = 25;
const SCALE = 6;
const QUIET = 4;

function isFinder(x: number, y: number): boolean | undefined {
  for (const [ox, oy] of [
    [0, 0],
    [MODULES - 7, 0],
    [0, MODULES - 7],
  ] as const) {
    const dx = x - ox;
    const dy = y - oy;
    if (dx >= -1 && dx <= 7 && dy >= -1 && dy <= 7) {
      if (dx === -1 || dy === -1 || dx === 7 || dy === 7) return false; // separator
      const ring = Math.min(dx, dy, 6 - dx, 6 - dy);
      return ring !== 1;
    }
  }
  return undefined;
}

/** A QR-code-looking PNG (198x198 px, about 500 bytes) whose modules depend on `seed`. */
export function qrLikePng(seed: string): Uint8Array {
  const bits = createHash('sha512').update(seed).digest();
  const size = (MODULES + 2 * QUIET) * SCALE;
  const pixels = new Uint8Array(size * size).fill(255);
  for (let my = 0; my < MODULES; my++) {
    for (let mx = 0; mx < MODULES; mx++) {
      const i = my * MODULES + mx;
      const dark = isFinder(mx, my) ?? ((bits[(i >> 3) % bits.length]! >> (i & 7)) & 1) === 1;
      if (!dark) continue;
      for (let py = 0; py < SCALE; py++) {
        const row = (QUIET + my) * SCALE + py;
        pixels.fill(0, row * size + (QUIET + mx) * SCALE, row * size + (QUIET + mx + 1) * SCALE);
      }
    }
  }
  return encodeGreyPng(size, size, pixels);
}
