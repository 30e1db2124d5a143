// The XML writer for replies and emulated pushes: values to elements, strings as CDATA. Apart from
// the reader (xml.ts), which is on the webhook's hot path and shares only MAX_DEPTH with it.
import { clip } from './errors.js';
import { MAX_DEPTH } from './xml-scan.js';

/** Element names as buildXml accepts them (the reader checks the same by hand, for speed). */
const NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*$/;

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
