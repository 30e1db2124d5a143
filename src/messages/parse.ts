// parseMessage: a decrypted push body (XML, JSON, or already an object) -> the typed message of the
// descriptor its match tags pick, validated and coerced by that descriptor's field codecs (the same
// rules as its zod schema in messageSchemas, without zod on the hot path). A push nothing
// describes is returned as its raw fields (UnknownMessage): WeChat adds events all the time, and a
// new one must reach the fallback handler, not fail the request.
import { messageCodecs, shapeCodecs } from '../../generated/messages/codecs.js';
import { inboundTable } from '../../generated/messages/table.js';
import type { ProductMessages } from '../../generated/messages/types.js';
import { PRODUCTS, type Product } from '../products.js';
import { decodeMessage } from './decode.js';
import type { InboundEntry } from './entries.js';
import { MessageParseError } from './errors.js';
import { parseJson } from './json.js';
import { parseXml } from './xml.js';

/** A push no descriptor describes: its fields as they came (XML leaves are strings). */
export interface UnknownMessage {
  MsgType?: string;
  Event?: string;
  InfoType?: string;
  [field: string]: unknown;
}

/** The messages a product receives; every product's when P is the whole `Product` union. */
export type MessageOf<P extends Product = Product> = ProductMessages[P];

export interface ParseMessageOptions<P extends Product = Product> {
  /** Default: detected from the first character (`<` XML, `{` JSON). Ignored for objects. */
  format?: 'xml' | 'json';
  /** Only consider this product's descriptors (the webhook always knows it). */
  product?: P;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

interface Index {
  /** Distinct sets of match tags, most specific (most tags) first. */
  tagSets: string[][];
  /** `Tag=value` pairs joined by NUL, in tag-set order -> the descriptors with that match. */
  byKey: Map<string, InboundEntry[]>;
}

/** One dispatch index per product (and one for all products), each built on first use. */
const indexes = new Map<Product | undefined, Index>();

function indexFor(product: Product | undefined): Index {
  let index = indexes.get(product);
  if (index) return index;
  const tagSets = new Map<string, string[]>();
  const byKey = new Map<string, InboundEntry[]>();
  for (const entry of inboundTable) {
    if (product && !entry.products.includes(product)) continue;
    const tags = Object.keys(entry.match).sort();
    tagSets.set(tags.join('\0'), tags);
    const key = tags.map((t) => `${t}=${entry.match[t]}`).join('\0');
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  index = { tagSets: [...tagSets.values()].sort((a, b) => b.length - a.length), byKey };
  indexes.set(product, index);
  return index;
}

/** Descriptors whose match tags the raw fields carry, for the most specific tag set that has any. */
function candidates(raw: Record<string, unknown>, product: Product | undefined): readonly InboundEntry[] {
  const index = indexFor(product);
  for (const tags of index.tagSets) {
    let key = '';
    for (let k = 0; k < tags.length; k++) {
      const t = tags[k]!;
      const v = raw[t];
      if (typeof v !== 'string') {
        key = '';
        break;
      }
      key += k === 0 ? `${t}=${v}` : `\0${t}=${v}`;
    }
    const found = key ? index.byKey.get(key) : undefined;
    if (found) return found;
  }
  return [];
}

/** Position of an entry's first product in PRODUCTS: the tie-break between equal candidates. */
const productRank = (e: InboundEntry) => Math.min(...e.products.map((p) => PRODUCTS.indexOf(p)));

/** Without a product, the same match can mean several descriptors: prefer the one whose fields are present. */
function rank(entries: readonly InboundEntry[], raw: Record<string, unknown>): readonly InboundEntry[] {
  if (entries.length < 2) return entries;
  const scored = entries.map((e) => {
    let present = 0;
    for (const f of e.fields) if (raw[f] !== undefined) present++;
    return { e, present, order: productRank(e) };
  });
  scored.sort((a, b) => b.present - a.present || a.order - b.order);
  return scored.map((s) => s.e);
}

function toRecord(body: string | Uint8Array | Record<string, unknown>, format?: 'xml' | 'json') {
  if (typeof body === 'object' && !(body instanceof Uint8Array)) {
    if (body === null || Array.isArray(body)) throw new MessageParseError('the body is not an object');
    return { raw: body, owned: false };
  }
  let text: string;
  if (typeof body === 'string') text = body;
  else {
    try {
      text = utf8.decode(body);
    } catch {
      throw new MessageParseError('the body is not valid UTF-8');
    }
  }
  if (!format) {
    const c = text.trimStart().charAt(0); // trimStart also drops a byte-order mark
    if (c === '<') format = 'xml';
    else if (c === '{') format = 'json';
    else throw new MessageParseError(c === '' ? 'empty body' : 'the body is neither XML nor JSON');
  }
  return { raw: format === 'xml' ? parseXml(text) : parseJson(text), owned: true };
}

/**
 * Parses a decrypted push into its typed message. Throws MessageParseError when the body is not
 * XML/JSON (or is XML with a DOCTYPE), or when it matches a descriptor but does not fit it.
 */
export function parseMessage<P extends Product = Product>(
  body: string | Uint8Array | Record<string, unknown>,
  options: ParseMessageOptions<P> = {},
): MessageOf<P> | UnknownMessage {
  const { raw, owned } = toRecord(body, options.format);
  const found = rank(candidates(raw, options.product), raw);
  if (found.length === 0) return raw as UnknownMessage;

  let firstIssues: string[] | undefined;
  for (let i = 0; i < found.length; i++) {
    // Decoding in place is only safe when no other candidate will read the raw fields after it.
    const result = decodeMessage(
      messageCodecs[found[i]!.name],
      shapeCodecs,
      raw,
      owned && found.length === 1,
    );
    if (result.ok) return result.value as unknown as MessageOf<P>;
    firstIssues ??= result.issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
  const name = found[0]!.name;
  const issues = firstIssues ?? [];
  throw new MessageParseError(`the push matched ${name} but does not fit it: ${issues.join('; ')}`, {
    messageName: name,
    issues,
  });
}
