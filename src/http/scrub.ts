// Keeping secrets out of errors: upstream text (errmsg, network error messages) can echo the token,
// a `secret: true` param or the app secret. Every error the caller raises from upstream text goes
// through scrub() first.
import { maskToken } from './redact.js';

export const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** WeChat sometimes echoes the token in errmsg ("invalid credential, access_token is invalid or not latest: ACCESS_TOKEN"). */
function scrubMessage(msg: string): string {
  return msg.replace(/\b[A-Za-z0-9_-]{40,}\b/g, (t) => maskToken(t));
}

/**
 * Masks the exact secret values of this call and client (its token, its `secret: true` params, the
 * app secret) in upstream text. A value is masked where it stands as a value, never inside a longer
 * word (a one-letter ticket must not turn "credential" into "creden***ial"), and WeChat's `rid: …`
 * is kept as sent: it is what WeChat's troubleshooting tools look up.
 */
export function scrub(msg: string, sensitive: string[]): string {
  const rid = /\brid:\s*[\w-]+/.exec(msg);
  if (rid) {
    const end = rid.index + rid[0].length;
    return scrub(msg.slice(0, rid.index), sensitive) + rid[0] + scrub(msg.slice(end), sensitive);
  }
  return scrubMessage(maskValues(msg, sensitive));
}

/** The secret values masked where they stand as values, never inside a longer word. */
function maskValues(text: string, sensitive: string[]): string {
  let out = text;
  for (const s of sensitive) {
    if (!s || !out.includes(s)) continue;
    const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![A-Za-z0-9_-])${escaped}(?![A-Za-z0-9_-])`, 'g'), '***');
  }
  return out;
}

/**
 * An error answer's other fields with this call's exact secret values masked in every string (no
 * guessing at token-like words here: ids such as media_id are as long as a token).
 */
export function scrubValues<T>(value: T, sensitive: string[]): T {
  if (typeof value === 'string') return maskValues(value, sensitive) as T;
  if (Array.isArray(value)) return value.map((v) => scrubValues(v, sensitive)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValues(v, sensitive)])) as T;
  }
  return value;
}

/** Undici errors can carry the request URL (with its token); keep only name and a scrubbed message. */
export function scrubCause(err: unknown, sensitive: string[]): Error {
  const e = err as Error;
  const out = new Error(scrub(String(e?.message ?? e), sensitive));
  out.name = e?.name ?? 'Error';
  return out;
}
