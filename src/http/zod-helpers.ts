// Small zod pieces the generated schemas share, in zod's tree-shakable `zod/mini` API (a program
// that calls one endpoint bundles only the zod it uses).
import * as z from 'zod/mini';
import { isUpload, type WechatUpload } from './upload.js';

/** A 64-bit id in a request: number or string. */
export const int64In = z.union([z.string().check(z.regex(/^-?\d+$/, 'expected an integer')), z.int()]);

/** A 64-bit id in a response: always a string (the JSON parser keeps big integers as strings). */
export const int64Out = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v) => String(v)),
);

/** A multipart file field. */
export const upload = z.custom<WechatUpload>(
  isUpload,
  'expected a file: Blob, Uint8Array, Buffer, stream or { data, filename }',
);
