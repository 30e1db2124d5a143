// Contract tests, walking the spec: every message descriptor's official sample (XML, and JSON where
// given) goes through parseMessage, and every field must come out as the sample's text converted to
// the field's type. Expected values are read from the sample independently, with fast-xml-parser
// (XML) and JSON.parse, not with wxkit's own reader. Then the right guard says yes, and every other
// guard of that product says no.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { IrField, IrMessage } from '../../codegen/ir.js';
import { loadSpec } from '../../codegen/load.js';
import { guardName } from '../../codegen/naming.js';
import { inboundTable } from '../../generated/messages/table.js';
import * as messages from '../../src/messages/index.js';
import { buildXml, parseMessage } from '../../src/messages/index.js';
import type { Product } from '../../src/products.js';

const ir = loadSpec('spec');
const shapes = new Map(ir.shapes.map((s) => [s.name, s.field]));
const inbound = ir.messages.filter((m) => m.kind !== 'reply');
const fxp = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
});

type Guard = (m: unknown) => boolean;
const guard = (m: IrMessage) => (messages as unknown as Record<string, Guard>)[guardName(m)]!;
const resolve = (f: IrField): IrField => (f.type === 'ref' ? { ...shapes.get(f.ref!)!, name: f.name } : f);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** fast-xml-parser's node for a leaf -> its text. */
const leafText = (node: unknown): string =>
  isRecord(node) ? String(node['#cdata'] ?? '') : String(node ?? '');

/** The list items of `node` by the descriptor rules (repeated tag, `<item>` wrapper, lone element). */
function itemsOf(node: unknown, items: IrField): unknown[] {
  if (Array.isArray(node)) return node;
  if (node === '') return [];
  const ownFields = (resolve(items).fields ?? []).map((f) => f.name);
  if (isRecord(node) && !('#cdata' in node)) {
    const keys = Object.keys(node);
    if (keys.length === 1 && !ownFields.includes(keys[0]!)) {
      const inner = node[keys[0]!];
      return Array.isArray(inner) ? inner : [inner];
    }
  }
  return [node];
}

/** The value a field must have, computed from fast-xml-parser's view of the sample. */
function expectedFromXml(f: IrField, node: unknown): unknown {
  const field = resolve(f);
  switch (field.type) {
    case 'string':
      return leafText(node);
    case 'int':
    case 'number':
      return Number(leafText(node));
    case 'int64':
      return leafText(node).trim();
    case 'boolean':
      return leafText(node) === 'true' || leafText(node) === '1';
    case 'object':
      return expectedObject(field.fields ?? [], isRecord(node) ? node : {}, expectedFromXml);
    case 'array':
      return itemsOf(node, field.items!).map((item) => expectedFromXml(field.items!, item));
    default:
      return node;
  }
}

/** The value a field must have, from JSON.parse of the sample (numbers may be quoted). */
function expectedFromJson(f: IrField, value: unknown): unknown {
  const field = resolve(f);
  switch (field.type) {
    case 'string':
      return String(value);
    case 'int':
    case 'number':
      return Number(value);
    case 'int64':
      return String(value);
    case 'object':
      return expectedObject(field.fields ?? [], isRecord(value) ? value : {}, expectedFromJson);
    case 'array':
      return (Array.isArray(value) ? value : [value]).map((item) => expectedFromJson(field.items!, item));
    default:
      return value;
  }
}

function expectedObject(
  fields: IrField[],
  source: Record<string, unknown>,
  convert: (f: IrField, v: unknown) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f.name in source) out[f.name] = convert(f, source[f.name]);
  return out;
}

/** Drops keys the descriptor does not describe (looseObject keeps them; they are checked separately). */
function described(fields: IrField[], value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (!(f.name in value)) continue;
    const field = resolve(f);
    const v = value[f.name];
    if (field.type === 'object' && isRecord(v)) out[f.name] = described(field.fields ?? [], v);
    else if (field.type === 'array' && Array.isArray(v)) {
      const item = resolve(field.items!);
      out[f.name] = v.map((x) =>
        item.type === 'object' && isRecord(x) ? described(item.fields ?? [], x) : x,
      );
    } else out[f.name] = v;
  }
  return out;
}

function checkGuards(m: IrMessage, product: (typeof m.products)[number], parsed: unknown) {
  expect(guard(m)(parsed), `${guardName(m)} on its own sample`).toBe(true);
  for (const other of inbound) {
    if (other === m || !other.products.includes(product)) continue;
    expect(guard(other)(parsed), `${guardName(other)} on ${m.name}'s sample`).toBe(false);
  }
}

describe('message descriptors', () => {
  it('every inbound descriptor is in the dispatch table, and none of the replies is', () => {
    expect(inboundTable.map((e) => e.name)).toEqual(inbound.map((m) => m.name));
    expect(inbound.length).toBeGreaterThanOrEqual(60);
  });

  for (const m of inbound) {
    describe(m.name, () => {
      if (m.sample) {
        const sample = m.sample;
        const tree = fxp.parse(sample) as { xml: Record<string, unknown> };
        const expected = expectedObject(m.fields, tree.xml, expectedFromXml);

        it('the XML sample holds only described fields, and every required one', () => {
          const names = m.fields.map((f) => f.name);
          expect(Object.keys(tree.xml).filter((k) => !names.includes(k))).toEqual([]);
          const missing = m.fields.filter((f) => f.required && !(f.name in tree.xml)).map((f) => f.name);
          expect(missing).toEqual([]);
        });

        for (const product of m.products as Product[]) {
          it(`XML sample parses to its fields (${product})`, () => {
            const parsed = parseMessage(sample, { product }) as Record<string, unknown>;
            expect(described(m.fields, parsed)).toEqual(expected);
            for (const [tag, value] of Object.entries(m.match)) expect(parsed[tag]).toBe(value);
            checkGuards(m, product, parsed);
          });
        }

        it('re-written with buildXml (as the emulator does), parses to the same message', () => {
          const product = m.products[0] as Product;
          const parsed = parseMessage(sample, { product }) as Record<string, unknown>;
          expect(parseMessage(buildXml(parsed), { product })).toEqual(parsed);
        });

        it('XML sample parses without a product to the same match', () => {
          const parsed = parseMessage(sample) as Record<string, unknown>;
          for (const [tag, value] of Object.entries(m.match)) expect(parsed[tag]).toBe(value);
        });
      }

      if (m.sampleJson) {
        const sampleJson = m.sampleJson;
        const json = JSON.parse(sampleJson) as Record<string, unknown>;
        const expected = expectedObject(m.fields, json, expectedFromJson);

        it('the JSON sample holds only described fields, and every required one', () => {
          const names = m.fields.map((f) => f.name);
          expect(Object.keys(json).filter((k) => !names.includes(k))).toEqual([]);
          const missing = m.fields.filter((f) => f.required && !(f.name in json)).map((f) => f.name);
          expect(missing).toEqual([]);
        });

        for (const product of m.products as Product[]) {
          it(`JSON sample parses to its fields (${product})`, () => {
            const parsed = parseMessage(sampleJson, { product }) as Record<string, unknown>;
            expect(described(m.fields, parsed)).toEqual(expected);
            checkGuards(m, product, parsed);
            // The same, handed over as an object (a framework that already parsed the JSON).
            expect(parseMessage(json, { product })).toEqual(parsed);
          });
        }
      }
    });
  }
});
