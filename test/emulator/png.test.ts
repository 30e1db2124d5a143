// The PNG binary endpoints answer with: a real image that any decoder accepts.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeGreyPng, qrLikePng } from '../../src/testing/png.js';

function chunks(png: Uint8Array) {
  const buf = Buffer.from(png);
  const out: Array<{ type: string; data: Buffer; crc: string }> = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    out.push({
      type: buf.toString('ascii', at + 4, at + 8),
      data: buf.subarray(at + 8, at + 8 + length),
      crc: buf.subarray(at + 8 + length, at + 12 + length).toString('hex'),
    });
    at += 12 + length;
  }
  return out;
}

describe('png', () => {
  it('is a well-formed greyscale PNG whose pixels decode back', () => {
    const pixels = Uint8Array.from([0, 64, 128, 255, 10, 20]);
    const png = encodeGreyPng(3, 2, pixels);
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    const [ihdr, idat, iend] = chunks(png);
    expect(ihdr?.type).toBe('IHDR');
    expect(ihdr?.data.readUInt32BE(0)).toBe(3);
    expect(ihdr?.data.readUInt32BE(4)).toBe(2);
    expect([...ihdr!.data.subarray(8)]).toEqual([8, 0, 0, 0, 0]);
    // Each row: filter byte 0, then the pixels.
    expect([...inflateSync(idat!.data)]).toEqual([0, 0, 64, 128, 0, 255, 10, 20]);
    // The CRC of an empty IEND is fixed by the PNG spec: AE 42 60 82.
    expect(iend).toEqual({ type: 'IEND', data: Buffer.alloc(0), crc: 'ae426082' });
  });

  it('draws a QR-code-like picture that depends on its seed', () => {
    const a = qrLikePng('ticket-a');
    expect(qrLikePng('ticket-a')).toEqual(a);
    expect(qrLikePng('ticket-b')).not.toEqual(a);
    const [ihdr, idat] = chunks(a);
    const side = ihdr!.data.readUInt32BE(0);
    const raw = inflateSync(idat!.data);
    expect(raw.length).toBe((side + 1) * side);
    // The quiet zone is white; the top-left finder square starts black right after it.
    expect(raw[1]).toBe(255);
    const row = 4 * 6 + 1; // first row of modules
    expect(raw[row * (side + 1) + 1 + 4 * 6]).toBe(0);
    expect(a.length).toBeLessThan(2048);
  });

  it('refuses a pixel buffer of the wrong size', () => {
    expect(() => encodeGreyPng(2, 2, new Uint8Array(3))).toThrow(RangeError);
  });
});
