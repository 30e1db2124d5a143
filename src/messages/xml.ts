// A small XML reader and writer for the subset WeChat speaks: elements, text, CDATA, the five
// predefined entities and numeric character references, nesting, no mixed content. This is on the
// webhook's hot path, so it scans with indexOf instead of going through a general XML library, and
// it refuses what it does not need: DOCTYPE and ENTITY declarations (no entity is ever expanded),
// processing instructions after the prolog, unbalanced tags, nesting deeper than MAX_DEPTH.
import { clip, MessageParseError } from './errors.js';

/** Elements nested in each other, the root included. WeChat nests five; anything near this is not a push. */
export const MAX_DEPTH = 32;

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f; // /
const BANG = 0x21; // !
const QUESTION = 0x3f; // ?
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** Element names as buildXml accepts them (the reader checks the same by hand, for speed). */
const NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*$/;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function blank(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isSpace(s.charCodeAt(k))) return false;
  return true;
}

function fail(what: string): never {
  throw new MessageParseError(`malformed XML: ${what}`);
}

/** One open element. `all` is every text piece; `solid` drops whitespace-only text (used when CDATA is present). */
interface Frame {
  name: string;
  children: Record<string, unknown> | undefined;
  all: string;
  solid: string;
  hasCdata: boolean;
  hasText: boolean;
}

const frame = (name: string): Frame => ({
  name,
  children: undefined,
  all: '',
  solid: '',
  hasCdata: false,
  hasText: false,
});

function addChild(f: Frame, name: string, value: unknown): void {
  if (f.children === undefined) f.children = {};
  const children = f.children;
  const prev = children[name];
  if (prev === undefined || !Object.hasOwn(children, name)) {
    // `__proto__` must become an own key, not the object's prototype.
    if (name === '__proto__') {
      Object.defineProperty(children, name, { value, enumerable: true, writable: true, configurable: true });
    } else children[name] = value;
  } else if (Array.isArray(prev)) prev.push(value);
  // A repeated tag becomes an array of its occurrences (parsed values are never arrays otherwise).
  else children[name] = [prev, value];
}

function close(f: Frame): unknown {
  if (f.children !== undefined) {
    if (f.hasText || f.hasCdata) fail(`text mixed with child elements in <${clip(f.name)}>`);
    return f.children;
  }
  return f.hasCdata ? f.solid : f.all;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string, at: number): string {
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
function tagEnd(text: string, from: number): number {
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
function skipProlog(text: string): number {
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

function refuseMarkup(text: string, at: number): never {
  const head = text.slice(at, at + 9).toUpperCase();
  if (head.startsWith('<!DOCTYPE') || head.startsWith('<!ENTITY')) {
    fail('DOCTYPE and ENTITY declarations are refused (entities are never expanded)');
  }
  return fail(`unsupported markup "<!" at offset ${at}`);
}

const isNameStart = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;

/** `</name>` at `at`? (The common, compact form; anything else takes the general path.) */
const closesAt = (text: string, at: number, name: string) =>
  text.charCodeAt(at) === LT &&
  text.charCodeAt(at + 1) === SLASH &&
  text.startsWith(name, at + 2) &&
  text.charCodeAt(at + 2 + name.length) === GT;

/**
 * Parses a WeChat XML body into the root element's children: text elements become strings,
 * elements with children become objects, a repeated tag becomes an array of its occurrences,
 * an empty element becomes ''. Attributes are ignored. Throws MessageParseError.
 */
export function parseXml(text: string): Record<string, unknown> {
  return readFlat(text) ?? readTree(text);
}

const isBlankAt = (text: string, from: number) => {
  for (let k = from; k < text.length; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
};

/** Where the leaf leafAt last read ends (just past its `</name>`): a number, not an object per leaf. */
let leafEnd = 0;

/**
 * The value of a leaf in compact form, which is nearly every element WeChat sends: at `from` (just
 * past `<name>`), `<![CDATA[…]]></name>`, `text</name>` or `</name>`. Entities in text are decoded.
 * Undefined for anything else (nested elements, mixed content, whitespace in the closing tag).
 */
function leafAt(text: string, from: number, name: string): string | undefined {
  if (text.startsWith('<![CDATA[', from)) {
    const end = text.indexOf(']]>', from + 9);
    if (end === -1 || !closesAt(text, end + 3, name)) return undefined;
    leafEnd = end + 6 + name.length;
    return text.slice(from + 9, end);
  }
  const lt = text.indexOf('<', from);
  if (lt === -1 || !closesAt(text, lt, name)) return undefined;
  leafEnd = lt + 3 + name.length;
  const raw = text.slice(from, lt);
  return raw.includes('&') ? decodeEntities(raw, from) : raw;
}

/**
 * The shape nearly every push has: `<xml>` and a flat list of distinct leaves, `<Name><![CDATA[…]]></Name>`
 * or `<Name>text</Name>`, whitespace between them. Read in one pass without frames; undefined as soon
 * as anything else shows up (a prolog, an attribute, an entity, nesting, a repeated or inherited name),
 * and readTree reads the document instead. When it answers, it answers what readTree would.
 */
export function readFlat(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('<xml>')) return undefined;
  const out: Record<string, unknown> = {};
  let i = 5;
  for (;;) {
    while (isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== LT) return undefined;
    if (text.charCodeAt(i + 1) === SLASH) {
      return text.startsWith('</xml>', i) && isBlankAt(text, i + 6) ? out : undefined;
    }
    if (!isNameStart(text.charCodeAt(i + 1))) return undefined;
    let j = i + 2;
    while (isNameChar(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== GT) return undefined;
    const name = text.slice(i + 1, j);
    // An inherited name (constructor, __proto__, …) needs readTree's own-key handling.
    if (out[name] !== undefined) return undefined;
    const value = leafAt(text, j + 1, name);
    if (value === undefined) return undefined;
    out[name] = value;
    i = leafEnd;
  }
}

/** The general reader: any document of the subset, or a MessageParseError saying what is wrong. */
export function readTree(text: string): Record<string, unknown> {
  let i = skipProlog(text);
  if (i >= text.length) fail('empty body');
  if (text.charCodeAt(i) !== LT) fail(`expected "<" at offset ${i}`);

  const stack: Frame[] = [];
  let root: Record<string, unknown> | undefined;
  for (;;) {
    const lt = text.indexOf('<', i);
    const top = stack[stack.length - 1];
    if (lt === -1) {
      if (top) fail(`unexpected end of input inside <${clip(top.name)}>`);
      if (!blank(text.slice(i))) fail('text after the root element');
      break;
    }
    if (lt > i) {
      const piece = text.slice(i, lt);
      if (top) {
        const decoded = piece.includes('&') ? decodeEntities(piece, i) : piece;
        top.all += decoded;
        if (!blank(decoded)) {
          top.solid += decoded;
          top.hasText = true;
        }
      } else if (!blank(piece)) fail(`text outside the root element at offset ${i}`);
    }
    const c = text.charCodeAt(lt + 1);

    if (c === SLASH) {
      if (!top) fail(`closing tag without an open element at offset ${lt}`);
      let gt = lt + 2 + top.name.length;
      if (text.startsWith(top.name, lt + 2)) while (isSpace(text.charCodeAt(gt))) gt++;
      if (gt >= text.length) fail('unexpected end of input in a closing tag');
      if (text.charCodeAt(gt) !== GT || !text.startsWith(top.name, lt + 2)) {
        const other = text.slice(lt + 2, Math.max(lt + 2, text.indexOf('>', lt)));
        fail(`<${clip(top.name)}> closed by </${clip(other)}>`);
      }
      stack.pop();
      const value = close(top);
      const parent = stack[stack.length - 1];
      if (parent) addChild(parent, top.name, value);
      else if (typeof value === 'string') {
        if (!blank(value)) fail('the root element holds text, not elements');
        root = {};
      } else root = value as Record<string, unknown>;
      i = gt + 1;
      continue;
    }

    if (c === BANG) {
      if (text.startsWith('<![CDATA[', lt)) {
        if (!top) fail(`CDATA outside the root element at offset ${lt}`);
        const end = text.indexOf(']]>', lt + 9);
        if (end === -1) fail('unterminated CDATA section');
        const data = text.slice(lt + 9, end);
        top.all += data;
        top.solid += data;
        top.hasCdata = true;
        i = end + 3;
      } else if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end === -1) fail('unterminated comment');
        i = end + 3;
      } else refuseMarkup(text, lt);
      continue;
    }

    if (c === QUESTION)
      fail(`processing instruction at offset ${lt} (only <?xml …?> at the start is allowed)`);
    if (root !== undefined) fail(`a second root element at offset ${lt}`);

    // Start tag: the name, then `>`, `/>` or attributes (ignored).
    if (!isNameStart(c))
      fail(lt + 1 >= text.length ? 'unexpected end of input' : `bad element name at offset ${lt}`);
    let j = lt + 2;
    while (isNameChar(text.charCodeAt(j))) j++;
    const name = text.slice(lt + 1, j);
    let gt: number;
    const after = text.charCodeAt(j);
    if (after === GT) gt = j;
    else if (after === SLASH || isSpace(after)) gt = tagEnd(text, j);
    else gt = j >= text.length ? -1 : fail(`bad element name at offset ${lt}`);
    if (gt === -1) fail('unexpected end of input in a start tag');

    if (text.charCodeAt(gt - 1) === SLASH) {
      if (top) addChild(top, name, '');
      else root = {};
      i = gt + 1;
      continue;
    }

    if (stack.length >= MAX_DEPTH) fail(`elements nested deeper than ${MAX_DEPTH} levels`);
    // A leaf in compact form needs no frame.
    if (top) {
      const value = leafAt(text, gt + 1, name);
      if (value !== undefined) {
        addChild(top, name, value);
        i = leafEnd;
        continue;
      }
    }
    stack.push(frame(name));
    i = gt + 1;
  }
  return root ?? fail('no root element');
}

// ---------------------------------------------------------------------------------------------
// Writing

/** A CDATA section; `]]>` inside the text is split across two sections. */
export function cdata(s: string): string {
  return `<![CDATA[${s.includes(']]>') ? s.replaceAll(']]>', ']]]]><![CDATA[>') : s}]]>`;
}

function checkName(name: string): void {
  if (!NAME.test(name)) throw new TypeError(`not an XML element name: ${JSON.stringify(clip(name))}`);
}

/**
 * One element: strings as CDATA, numbers/booleans/bigints bare, objects as child elements, arrays
 * as repeated `<item>` children. `undefined` and `null` write nothing.
 */
export function xmlElement(name: string, value: unknown, depth = 0): string {
  if (value === undefined || value === null) return '';
  checkName(name);
  if (depth > MAX_DEPTH) throw new RangeError(`buildXml: nested deeper than ${MAX_DEPTH} levels (a cycle?)`);
  switch (typeof value) {
    case 'string':
      return `<${name}>${cdata(value)}</${name}>`;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`buildXml: ${name} is not a finite number`);
      return `<${name}>${value}</${name}>`;
    case 'bigint':
    case 'boolean':
      return `<${name}>${value}</${name}>`;
    case 'object': {
      let inner = '';
      if (Array.isArray(value)) for (const item of value) inner += xmlElement('item', item, depth + 1);
      else for (const [key, v] of Object.entries(value)) inner += xmlElement(key, v, depth + 1);
      return `<${name}>${inner}</${name}>`;
    }
    default:
      throw new TypeError(`buildXml: ${name} is a ${typeof value}, which has no XML form`);
  }
}

/** Writes `obj` as `<rootName>…</rootName>`; see xmlElement for how values are written. */
export function buildXml(obj: Record<string, unknown>, rootName = 'xml'): string {
  checkName(rootName);
  let inner = '';
  for (const [key, v] of Object.entries(obj)) inner += xmlElement(key, v, 1);
  return `<${rootName}>${inner}</${rootName}>`;
}
