// IR fields -> TypeScript type text, zod expression text (the tree-shakable `zod/mini` API) and
// OpenAPI schema objects. One table: a new field kind is one row here. `mode` matters for int64
// (accepted as number or string, returned as string), files (only in requests) and limits (enforced
// on requests only: a response that breaks a documented limit is still WeChat's answer).
import { type FieldType, type IrField, type IrUnion, someField, unionVariants } from '../ir.js';
import { fieldDocLines, jsDoc, propKey } from '../naming.js';

export type Mode = 'input' | 'output';
type Json = Record<string, unknown>;

const literal = (v: string | number) => JSON.stringify(v);

/** How each field kind is written in each output. `ns` prefixes shape names. */
interface KindRow {
  ts(f: IrField, mode: Mode, ns: string): string;
  zod(f: IrField, mode: Mode, ns: string): string;
  openapi(f: IrField, mode: Mode): Json;
}

const enumTs = (f: IrField, base: string) => (f.enum ? f.enum.map(literal).join(' | ') : base);

const KINDS: Record<FieldType, KindRow> = {
  string: {
    ts: (f) => enumTs(f, 'string'),
    zod: (f, mode) =>
      f.enum ? `z.enum([${f.enum.map(literal).join(', ')}])` : withChecks('z.string()', f, mode),
    openapi: (f) => ({ type: 'string', ...(f.enum ? { enum: f.enum } : {}) }),
  },
  int: {
    ts: (f) => enumTs(f, 'number'),
    zod: (f, mode) => (f.enum ? literals(f.enum) : withChecks('z.int()', f, mode)),
    openapi: (f) => ({ type: 'integer', ...(f.enum ? { enum: f.enum } : {}) }),
  },
  number: {
    ts: (f) => enumTs(f, 'number'),
    zod: (f, mode) => (f.enum ? literals(f.enum) : withChecks('z.number()', f, mode)),
    openapi: (f) => ({ type: 'number', ...(f.enum ? { enum: f.enum } : {}) }),
  },
  int64: {
    ts: (_f, mode) => (mode === 'input' ? 'string | number' : 'string'),
    zod: (_f, mode) => (mode === 'input' ? 'H.int64In' : 'H.int64Out'),
    openapi: (_f, mode) =>
      mode === 'input'
        ? { type: ['string', 'integer'], format: 'int64' }
        : { type: 'string', format: 'int64' },
  },
  boolean: {
    ts: () => 'boolean',
    zod: () => 'z.boolean()',
    openapi: () => ({ type: 'boolean' }),
  },
  any: {
    ts: () => 'unknown',
    zod: () => 'z.unknown()',
    openapi: () => ({}),
  },
  file: {
    ts: () => 'WechatUpload',
    zod: () => 'H.upload',
    openapi: () => ({ type: 'string', format: 'binary' }),
  },
  ref: {
    // A shape is read as `S.X`; written as `S.In.X` (its input side: int64 also as a number).
    ts: (f, mode, ns) => (mode === 'input' ? `${ns}In.${f.ref}` : `${ns}${f.ref}`),
    zod: (f, _mode, ns) => `${ns}${f.ref}`,
    openapi: (f) => ({ $ref: `#/components/schemas/${f.ref}` }),
  },
  array: {
    ts: (f, mode, ns) => `Array<${tsType(f.items!, mode, ns)}>`,
    zod: (f, mode, ns) => withChecks(`z.array(${zodExpr(f.items!, mode, ns)})`, f, mode),
    openapi: (f, mode) => ({ type: 'array', items: openapiSchema(f.items!, mode) }),
  },
  map: {
    ts: (f, mode, ns) => `Record<string, ${tsType(f.values!, mode, ns)}>`,
    zod: (f, mode, ns) => `z.record(z.string(), ${zodExpr(f.values!, mode, ns)})`,
    openapi: (f, mode) => ({ type: 'object', additionalProperties: openapiSchema(f.values!, mode) }),
  },
  object: {
    ts: (f, mode, ns) => objectType(f.fields ?? [], mode, ns, f.union),
    zod: (f, mode, ns) => zodObject(f.fields ?? [], mode, ns, f.union),
    openapi: (f, mode) => objectSchema(f.fields ?? [], mode, f.union),
  },
};

const literals = (values: Array<string | number>) =>
  values.length === 1
    ? `z.literal(${literal(values[0]!)})`
    : `z.union([${values.map((v) => `z.literal(${literal(v)})`).join(', ')}])`;

/** zod/mini checks for the field's limits (requests only). */
function withChecks(expr: string, f: IrField, mode: Mode): string {
  const l = f.limits;
  if (!l || mode === 'output') return expr;
  const checks = [
    l.minItems !== undefined ? `z.minLength(${l.minItems})` : '',
    l.maxItems !== undefined ? `z.maxLength(${l.maxItems})` : '',
    l.minLength !== undefined ? `z.minLength(${l.minLength})` : '',
    l.maxLength !== undefined ? `z.maxLength(${l.maxLength})` : '',
    l.minimum !== undefined ? `z.gte(${l.minimum})` : '',
    l.maximum !== undefined ? `z.lte(${l.maximum})` : '',
  ].filter(Boolean);
  return checks.length ? `${expr}.check(${checks.join(', ')})` : expr;
}

export function tsType(f: IrField, mode: Mode, shapeNs = ''): string {
  return KINDS[f.type].ts(f, mode, shapeNs);
}

/** Required in this mode: a param the client fills in from its own credentials (`from`) may be left out. */
export const isRequired = (f: IrField, mode: Mode) => f.required && !(mode === 'input' && f.from);

function propsType(fields: IrField[], mode: Mode, shapeNs: string): string[] {
  return fields.map(
    (f) =>
      `${jsDoc(fieldDocLines(f))}${propKey(f.name)}${isRequired(f, mode) ? '' : '?'}: ${tsType(f, mode, shapeNs)};`,
  );
}

/** An object type; with a union, one object per case (common fields, `on` narrowed to the case). */
export function objectType(fields: IrField[], mode: Mode, shapeNs = '', union?: IrUnion): string {
  if (union) {
    return unionVariants(fields, union)
      .map((fs) => `{\n${propsType(fs, mode, shapeNs).join('\n')}\n}`)
      .join(' | ');
  }
  if (fields.length === 0) return 'Record<string, never>';
  return `{\n${propsType(fields, mode, shapeNs).join('\n')}\n}`;
}

export function zodExpr(f: IrField, mode: Mode, shapeNs = ''): string {
  const e = KINDS[f.type].zod(f, mode, shapeNs);
  // z.unknown() accepts undefined, but only z.optional makes the key optional in zod's input type.
  return isRequired(f, mode) ? e : `z.optional(${e})`;
}

/** Requests are checked with z.object (unknown keys still go out as given); responses keep unknown keys. */
export function zodObject(fields: IrField[], mode: Mode, shapeNs = '', union?: IrUnion): string {
  const ctor = mode === 'input' ? 'z.object' : 'z.looseObject';
  const obj = (fs: IrField[]) =>
    fs.length === 0
      ? `${ctor}({})`
      : `${ctor}({\n${fs.map((f) => `${propKey(f.name)}: ${zodExpr(f, mode, shapeNs)},`).join('\n')}\n})`;
  if (!union) return obj(fields);
  const variants = unionVariants(fields, union).map(obj);
  return `z.discriminatedUnion(${literal(union.on)}, [\n${variants.join(',\n')}\n])`;
}

export function openapiSchema(f: IrField, mode: Mode): Json {
  const s = KINDS[f.type].openapi(f, mode);
  if (s.$ref) return s;
  const l = f.limits ?? {};
  for (const [key, value] of Object.entries(l)) if (value !== undefined) s[key] = value;
  if (f.default !== undefined) s.default = f.default;
  if (f.doc) s.description = f.doc;
  if (f.deprecated) s.deprecated = true;
  return s;
}

export function objectSchema(fields: IrField[], mode: Mode, union?: IrUnion): Json {
  const plain = (fs: IrField[]): Json => {
    const required = fs.filter((f) => f.required).map((f) => f.name);
    return {
      type: 'object',
      properties: Object.fromEntries(fs.map((f) => [f.name, openapiSchema(f, mode)])),
      ...(required.length ? { required } : {}),
      additionalProperties: mode === 'output',
    };
  };
  if (!union) return plain(fields);
  return {
    oneOf: unionVariants(fields, union).map(plain),
    discriminator: { propertyName: union.on },
  };
}

export const usesFile = (fields: IrField[]): boolean => someField(fields, (f) => f.type === 'file');
