// The XML reader for the subset WeChat speaks: elements, text, CDATA, the five predefined entities
// and numeric character references, nesting, no mixed content. This is on the webhook's hot path,
// so it scans with indexOf instead of going through a general XML library, and it refuses what it
// does not need: DOCTYPE and ENTITY declarations (no entity is ever expanded), processing
// instructions after the prolog, unbalanced tags, nesting deeper than MAX_DEPTH. Its lexical pieces
// are in xml-scan.ts; the writer (buildXml, re-exported here) in xml-write.ts.
import { clip } from './errors.js';
import {
  BANG,
  blank,
  closesAt,
  decodeEntities,
  fail,
  GT,
  isBlankAt,
  isNameChar,
  isNameStart,
  isSpace,
  LT,
  MAX_DEPTH,
  QUESTION,
  refuseMarkup,
  SLASH,
  skipProlog,
  tagEnd,
} from './xml-scan.js';

export { MAX_DEPTH } from './xml-scan.js';
export { buildXml, cdata, xmlElement } from './xml-write.js';

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

/**
 * Parses a WeChat XML body into the root element's children: text elements become strings,
 * elements with children become objects, a repeated tag becomes an array of its occurrences,
 * an empty element becomes ''. Attributes are ignored. Throws MessageParseError.
 */
export function parseXml(text: string): Record<string, unknown> {
  return readFlat(text) ?? readTree(text);
}

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
