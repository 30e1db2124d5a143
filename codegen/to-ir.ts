// Descriptors (YAML, as descriptor.ts parses them) -> IR: fields with defaults filled in, limits
// gathered, unions and nested fields converted; endpoints and messages with what they inherit from
// their file and products.yaml. No checks here: those are rules.ts.
import type {
  EndpointDescriptor,
  EndpointFile,
  FieldSpec,
  KnownNames,
  MessageFile,
  ProductsFile,
  UnionSpec,
} from './descriptor.js';
import type { IrEndpoint, IrField, IrLimits, IrMessage, IrUnion } from './ir.js';
import { areaOf } from './naming.js';

export function toIrField(name: string, spec: FieldSpec): IrField {
  const field: IrField = {
    name,
    type: spec.ref ? 'ref' : (spec.type ?? 'any'),
    required: spec.required ?? false,
  };
  if (spec.doc) field.doc = spec.doc;
  if (spec.enum) field.enum = spec.enum;
  if (spec.ref) field.ref = spec.ref;
  if (spec.secret) field.secret = true;
  if (spec.deprecated) field.deprecated = spec.deprecated;
  if (spec.fields) field.fields = toIrFields(spec.fields);
  if (spec.union) field.union = toIrUnion(spec.union);
  if (spec.items) field.items = { ...toIrField('items', spec.items), required: true }; // an element is never absent
  if (spec.values) field.values = { ...toIrField('values', spec.values), required: true };
  const limits: IrLimits = {};
  for (const key of LIMIT_KEYS) if (spec[key] !== undefined) limits[key] = spec[key];
  if (Object.keys(limits).length) field.limits = limits;
  if (spec.default !== undefined) field.default = spec.default;
  if (spec.from) field.from = spec.from;
  if (spec.derive) {
    const { name, prefix, split, type } = spec.derive;
    field.derive = {
      name,
      ...(prefix ? { prefix } : {}),
      ...(split ? { split } : {}),
      type: type ?? 'string',
    };
  }
  return field;
}

const LIMIT_KEYS = ['minItems', 'maxItems', 'minLength', 'maxLength', 'minimum', 'maximum'] as const;

export const toIrUnion = (u: UnionSpec): IrUnion => ({
  on: u.on,
  cases: Object.entries(u.cases).map(([value, fields]) => ({ value, fields: toIrFields(fields) })),
});

export const toIrFields = (fields: Record<string, FieldSpec> | undefined): IrField[] =>
  Object.entries(fields ?? {}).map(([name, spec]) => toIrField(name, spec));

export function toIrEndpoint(
  d: EndpointDescriptor,
  at: { id: string; dir: string; file: string; parsed: EndpointFile },
  productsFile: ProductsFile,
  known: KnownNames,
): IrEndpoint {
  const { id, dir, file, parsed } = at;
  const [method, target] = d.route.split(' ') as ['GET' | 'POST', string];
  const [path, qs] = target.split('?') as [string, string | undefined];
  const responseKind = d.responseKind ?? 'json';
  const docs = Array.isArray(d.doc) ? d.doc : [d.doc];
  const ep: IrEndpoint = {
    operationId: `${dir}.${id}`,
    id,
    dir,
    typePrefix: productsFile.products[dir]?.typePrefix ?? '',
    area: areaOf(dir, id),
    file,
    summary: d.summary,
    doc: docs[0]!,
    docs,
    products: d.products ?? parsed.products,
    method,
    path,
    fixedQuery: Object.fromEntries(new URLSearchParams(qs ?? '')),
    host: d.host ?? parsed.host ?? known.hosts[0]!,
    token: d.token ?? parsed.token ?? known.tokens[0]!,
    idempotent: d.idempotent ?? false,
    multipart: d.multipart ?? false,
    responseKind,
    query: toIrFields(d.query),
    body: toIrFields(d.body),
    example: d.example ?? {},
  };
  if (d.deprecated) ep.deprecated = d.deprecated;
  const tokenParam = d.tokenParam ?? parsed.tokenParam;
  if (tokenParam) ep.tokenParam = tokenParam;
  if (responseKind !== 'binary') ep.response = toIrFields(d.response);
  if (d.union) ep.union = toIrUnion(d.union);
  if (d.binary)
    ep.binary = { contentTypes: d.binary.contentTypes, statusErrors: d.binary.statusErrors ?? {} };
  return ep;
}

export function toIrMessage(
  name: string,
  m: MessageFile['messages'][string],
  file: string,
  dir: string,
  parsed: MessageFile,
) {
  const msg: IrMessage = {
    name,
    file,
    dir,
    summary: m.summary,
    doc: m.doc,
    kind: m.kind,
    products: m.products ?? parsed.products,
    match: m.match,
    fields: toIrFields(m.fields),
  };
  if (m.sample) msg.sample = m.sample;
  if (m.sampleJson) msg.sampleJson = m.sampleJson;
  return msg;
}
