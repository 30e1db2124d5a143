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

interface Issue {
  code?: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  values?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  discriminator?: string;
  options?: unknown[];
}

/**
 * zod/mini ships no messages ("Invalid input"): say what was expected, from the issue's own facts.
 * Custom messages (int64, upload) are kept.
 */
export function issueMessage(issue: Issue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${String(issue.expected)}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}${unit}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}${unit}`;
    case 'invalid_union':
      return issue.discriminator
        ? `expected ${issue.discriminator} to be one of ${(issue.options ?? []).map((v) => JSON.stringify(v)).join(', ')}`
        : 'matches none of the allowed shapes';
    case 'unrecognized_keys':
      return 'unknown keys';
    default:
      return issue.message || 'invalid';
  }
}

/** Issues as `{ path, message }`, paths dotted. */
export const issuesOf = (error: { issues: readonly Issue[] }) =>
  error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: issueMessage(i) }));
