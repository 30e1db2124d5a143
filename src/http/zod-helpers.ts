// Small zod pieces the generated schemas share.
import { z } from 'zod';
import { isUpload, type WechatUpload } from './upload.js';

/** A 64-bit id in a request: number or string. */
export const int64In = z.union([z.string().regex(/^-?\d+$/, 'expected an integer'), z.number().int()]);

/** A 64-bit id in a response: always a string (the JSON parser keeps big integers as strings). */
export const int64Out = z.union([z.string(), z.number()]).transform((v) => String(v));

/** A multipart file field. */
export const upload = z.custom<WechatUpload>(
  isUpload,
  'expected a file: Blob, Uint8Array, Buffer, stream or { data, filename }',
);
