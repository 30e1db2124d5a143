// JSON pushes (Mini Programs can be set to JSON). JSON.parse would round 64-bit ids such as MsgId to
// the nearest double, so integer literals beyond Number.MAX_SAFE_INTEGER are quoted before parsing:
// they arrive as strings, which is what int64 fields want anyway.
import { MessageParseError } from './errors.js';

const LONG_DIGITS = /\d{16}/;

function quoteLongIntegers(text: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (inString) {
      if (c === 0x5c /* \ */) k++;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      continue;
    }
    const isStart = (c >= 0x30 && c <= 0x39) || c === 0x2d; /* digit or - */
    if (!isStart) continue;
    let end = k + 1;
    while (end < text.length && /[0-9.eE+-]/.test(text[end]!)) end++;
    const token = text.slice(k, end);
    if (/^-?\d+$/.test(token) && !Number.isSafeInteger(Number(token))) {
      out += `${text.slice(from, k)}"${token}"`;
      from = end;
    }
    k = end - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Parses a JSON push body; it must be an object. Throws MessageParseError (never quoting the body). */
export function parseJson(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(LONG_DIGITS.test(text) ? quoteLongIntegers(text) : text);
  } catch {
    // The SyntaxError quotes the input, so it is not passed on.
    throw new MessageParseError('malformed JSON: the body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MessageParseError('malformed JSON: the body is not a JSON object');
  }
  return value as Record<string, unknown>;
}
