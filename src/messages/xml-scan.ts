// The lexical pieces of the XML reader (xml.ts): character classes, entity decoding, the prolog,
// tag ends, and the one way it fails. Kept apart so xml.ts reads as the two readers and nothing else.
import { MessageParseError } from './errors.js';

/** Elements nested in each other, the root included. WeChat nests five; anything near this is not a push. */
export const MAX_DEPTH = 32;

export const LT = 0x3c; // <
export const GT = 0x3e; // >
export const SLASH = 0x2f; // /
export const BANG = 0x21; // !
export const QUESTION = 0x3f; // ?
const DQUOTE = 0x22;
const SQUOTE = 0x27;

export const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export function blank(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isSpace(s.charCodeAt(k))) return false;
  return true;
}

export function fail(what: string): never {
  throw new MessageParseError(`malformed XML: ${what}`);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string, at: number): string {
  let out = '';
  let from = 0;
  let amp = s.indexOf('&');
  while (amp !== -1) {
    const semi = s.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > 10) fail(`bare "&" at offset ${at + amp} (use &amp; or CDATA)`);
    const ref = s.slice(amp + 1, semi);
    let ch: string | undefined = ENTITIES[ref];
    if (ch === undefined && ref.charCodeAt(0) === 0x23 /* # */) {
      const hex = ref.charCodeAt(1) === 0x78; /* x */
      const digits = ref.slice(hex ? 2 : 1);
      const code =
        digits && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)
          ? Number.parseInt(digits, hex ? 16 : 10)
          : -1;
      const valid = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff);
      if (valid && !(code >= 0xd800 && code <= 0xdfff)) ch = String.fromCodePoint(code);
    }
    if (ch === undefined)
      fail(`unknown entity at offset ${at + amp} (only the five predefined ones are allowed)`);
    out += s.slice(from, amp) + ch;
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  return out + s.slice(from);
}

/** End of a start tag: the `>` that is not inside a quoted attribute value. */
export function tagEnd(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === GT) return k;
    if (c === LT) fail(`"<" inside a tag at offset ${k}`);
    if (c === DQUOTE || c === SQUOTE) {
      const q = text.indexOf(c === DQUOTE ? '"' : "'", k + 1);
      if (q === -1) return -1;
      k = q;
    }
  }
  return -1;
}

/** Skips a byte-order mark, whitespace, an `<?xml …?>` declaration and comments before the root. */
export function skipProlog(text: string): number {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let declared = false;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (
      !declared &&
      text.startsWith('<?xml', i) &&
      (isSpace(text.charCodeAt(i + 5)) || text.startsWith('?>', i + 5))
    ) {
      const end = text.indexOf('?>', i + 5);
      if (end === -1) fail('unterminated XML declaration');
      i = end + 2;
      declared = true;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) fail('unterminated comment');
      i = end + 3;
    } else return i;
  }
}

export function refuseMarkup(text: string, at: number): never {
  const head = text.slice(at, at + 9).toUpperCase();
  if (head.startsWith('<!DOCTYPE') || head.startsWith('<!ENTITY')) {
    fail('DOCTYPE and ENTITY declarations are refused (entities are never expanded)');
  }
  return fail(`unsupported markup "<!" at offset ${at}`);
}

export const isNameStart = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
export const isNameChar = (c: number) =>
  isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;

/** `</name>` at `at`? (The common, compact form; anything else takes the general path.) */
export const closesAt = (text: string, at: number, name: string) =>
  text.charCodeAt(at) === LT &&
  text.charCodeAt(at + 1) === SLASH &&
  text.startsWith(name, at + 2) &&
  text.charCodeAt(at + 2 + name.length) === GT;

export const isBlankAt = (text: string, from: number) => {
  for (let k = from; k < text.length; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
};
