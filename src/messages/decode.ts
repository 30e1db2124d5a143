// The parser's fast path: turns the raw fields of a push (XML leaves are strings, JSON numbers are
// sometimes quoted) into the typed message, driven by the plain field tables in
// generated/messages/codecs.ts. Its scalar rules (coerceScalar) are the ones the zod pieces in
// coerce.ts call too; the structure (optional, objects, lists) mirrors them, and a test holds the two
// against each other on every sample and on random inputs. It keeps zod off the webhook's path and
// out of `import 'wxkit'`.
import { toItems } from './items.js';

/** One field of a message as the decoder sees it (emitted from the descriptor). */
export interface FieldCodec {
  name: string;
  type: 'string' | 'int' | 'int64' | 'number' | 'boolean' | 'any' | 'object' | 'array' | 'ref';
  required?: true;
  /** A match tag: exactly this text. */
  literal?: string;
  enum?: readonly (string | number)[];
  /** Object fields. */
  fields?: readonly FieldCodec[];
  /** Array items (their `name` is unused). */
  items?: FieldCodec;
  /** The item's own field names, for telling a wrapper element from a lone item (see toItems). */
  itemFields?: readonly string[];
  /** A shared shape, looked up in the shapes table. */
  ref?: string;
  /** A value derived from this field's text, set beside it. */
  derive?: Derivation;
}

/** How a typed value is derived from a field's text (a descriptor's `derive`). */
export interface Derivation {
  /** The property it is set under. */
  name: string;
  /** Only text that starts with this has a value: the text after it. */
  prefix?: string;
  /** The text is a list: its pieces, split on this (empty pieces dropped). */
  split?: string;
  /** The value's (or each piece's) type, by coerceScalar's rules. */
  type: ScalarType;
}

export interface DecodeIssue {
  path: string;
  message: string;
}

export type Shapes = Readonly<Record<string, FieldCodec>>;

const INTEGER = /^\s*-?\d+\s*$/;
const NUMBER = /^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** A scalar that does not fit its type. */
export const INVALID = Symbol('invalid');

export type ScalarType = 'string' | 'int' | 'number' | 'int64' | 'boolean';

/** What each scalar type expects, for issue messages. */
export const EXPECTED: Readonly<Record<ScalarType, string>> = {
  string: 'text',
  int: 'an integer',
  number: 'a number',
  int64: 'a 64-bit integer',
  boolean: 'true or false',
};

/**
 * The one set of scalar rules (the zod pieces in coerce.ts call it too): text from text, numbers or
 * booleans; int/number from a number or its text; int64 kept as its decimal text; boolean from
 * true/false, their text, or 1/0.
 */
export function coerceScalar(type: ScalarType, v: unknown): unknown {
  switch (type) {
    case 'string':
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      return INVALID;
    case 'int':
      if (typeof v === 'number' && Number.isInteger(v)) return v;
      if (typeof v === 'string' && INTEGER.test(v)) return Number(v);
      return INVALID;
    case 'number':
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      if (typeof v === 'string' && NUMBER.test(v)) return Number(v);
      return INVALID;
    case 'int64':
      if (typeof v === 'string' && INTEGER.test(v)) return v.trim();
      if (typeof v === 'number' && Number.isInteger(v)) return String(v);
      if (typeof v === 'bigint') return v.toString();
      return INVALID;
    case 'boolean':
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === '1' || v === 1) return true;
      if (v === 'false' || v === '0' || v === 0) return false;
      return INVALID;
  }
}
/**
 * The value derived from a field's text: undefined when it lacks the prefix, else the rest (split
 * into a list when `split` is set) coerced to the type. A piece that does not fit is reported with
 * where it is (`Name` or `Name.2`) and what was expected: one rule for both parsing paths.
 */
export function deriveValue(
  d: Derivation,
  text: string,
): { value: unknown } | { at: string; found: string; expected: string } {
  let rest = text;
  if (d.prefix !== undefined) {
    if (!rest.startsWith(d.prefix)) return { value: undefined };
    rest = rest.slice(d.prefix.length);
  }
  if (d.split === undefined) {
    const value = coerceScalar(d.type, rest);
    return value === INVALID ? { at: d.name, found: rest, expected: EXPECTED[d.type] } : { value };
  }
  const pieces = rest.split(d.split).filter((p) => p !== '');
  const out = new Array<unknown>(pieces.length);
  for (let i = 0; i < pieces.length; i++) {
    out[i] = coerceScalar(d.type, pieces[i]);
    if (out[i] === INVALID) return { at: `${d.name}.${i}`, found: pieces[i]!, expected: EXPECTED[d.type] };
  }
  return { value: out };
}

const NON_TEXT = new Set(['int', 'int64', 'number', 'boolean']);
/** Returned by a field decoder that recorded an issue. */
const FAILED = Symbol('failed');

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class Decoder {
  issues: DecodeIssue[] | undefined;

  constructor(readonly shapes: Shapes) {}

  fail(path: string, input: unknown, expected: string): typeof FAILED {
    this.issues ??= [];
    this.issues.push({
      path: path || '(root)',
      message: input === undefined ? `required (${expected})` : `expected ${expected}`,
    });
    return FAILED;
  }

  /** The fields of an object, decoded into `out` (a copy, or the input itself when owned). */
  fields(
    codecs: readonly FieldCodec[],
    input: Record<string, unknown>,
    out: Record<string, unknown>,
    path: string,
  ) {
    for (let i = 0; i < codecs.length; i++) {
      const codec = codecs[i]!;
      const name = codec.name;
      const value = this.field(codec, input[name], path ? `${path}.${name}` : name);
      if (value === undefined) {
        if (name in out) out[name] = undefined;
      } else if (value !== FAILED) out[name] = value;
      if (codec.derive && value !== FAILED) this.derive(codec.derive, value, out, path);
    }
  }

  /** Sets a field's derived value beside it (none when the field is absent). */
  derive(d: Derivation, value: unknown, out: Record<string, unknown>, path: string) {
    const result = typeof value === 'string' ? deriveValue(d, value) : { value: undefined };
    if ('at' in result) {
      this.fail(path ? `${path}.${result.at}` : result.at, result.found, result.expected);
    } else if (result.value !== undefined) out[d.name] = result.value;
    else if (d.name in out) out[d.name] = undefined;
  }

  scalar(type: ScalarType, v: unknown, path: string): unknown {
    const value = coerceScalar(type, v);
    return value === INVALID ? this.fail(path, v, EXPECTED[type]) : value;
  }

  field(codec: FieldCodec, v: unknown, path: string): unknown {
    if (codec.type === 'any') return v;
    if (!codec.required) {
      // An optional field: absent or JSON null is undefined; so is an empty element for scalars.
      if (v === null || v === undefined || (v === '' && NON_TEXT.has(codec.type))) return undefined;
    }
    const value = this.value(codec, v, path);
    if (value === FAILED || codec.enum === undefined || codec.literal !== undefined) return value;
    if ((codec.enum as readonly unknown[]).includes(value)) return value;
    return this.fail(path, value, `one of ${codec.enum.map((x) => JSON.stringify(x)).join(', ')}`);
  }

  value(codec: FieldCodec, v: unknown, path: string): unknown {
    switch (codec.type) {
      case 'string':
        if (codec.literal !== undefined) {
          return v === codec.literal ? v : this.fail(path, v, JSON.stringify(codec.literal));
        }
        return this.scalar('string', v, path);
      case 'int':
      case 'number':
      case 'int64':
      case 'boolean':
        return this.scalar(codec.type, v, path);
      case 'any':
        return v;
      case 'ref': {
        const shape = this.shapes[codec.ref!];
        if (!shape) throw new Error(`wxkit: no codec for the shape ${codec.ref}`);
        return this.field(shape, v, path);
      }
      case 'object': {
        // An empty element (`<Info></Info>`, parsed as '') is an empty object.
        const input = v === '' ? {} : v;
        if (!isRecord(input)) return this.fail(path, v, 'an object');
        const out = { ...input };
        this.fields(codec.fields ?? [], input, out, path);
        return out;
      }
      case 'array': {
        const list = toItems(v, codec.itemFields);
        if (!Array.isArray(list)) return this.fail(path, v, 'a list');
        const out = new Array<unknown>(list.length);
        for (let i = 0; i < list.length; i++) {
          const item = this.field(codec.items!, list[i], `${path}.${i}`);
          out[i] = item === FAILED ? undefined : item;
        }
        return out;
      }
    }
  }
}

/**
 * Decodes a push's raw fields with a message's field codecs. `owned`: the input is a fresh object
 * this call may fill in place (the parser's own XML/JSON result) rather than copy.
 */
export function decodeMessage(
  codecs: readonly FieldCodec[],
  shapes: Shapes,
  raw: Record<string, unknown>,
  owned: boolean,
): { ok: true; value: Record<string, unknown> } | { ok: false; issues: DecodeIssue[] } {
  const decoder = new Decoder(shapes);
  const out = owned ? raw : { ...raw };
  decoder.fields(codecs, raw, out, '');
  return decoder.issues ? { ok: false, issues: decoder.issues } : { ok: true, value: out };
}
