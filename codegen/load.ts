// Loader: spec/ YAML -> validated, resolved, sorted IR. Every problem is reported as
// `file: field: problem`, all of them at once, so a bad descriptor never reaches an emitter. Over
// 300 lines because it is one pipeline whose checks belong together: one step per file kind, then the
// checks across files (see loadSpec at the bottom for the order).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  type EndpointDescriptor,
  type EndpointFile,
  ErrcodesFileSchema,
  endpointFileSchema,
  type FieldSpec,
  type KnownNames,
  type MessageFile,
  messageFileSchema,
  type ProductsFile,
  ProductsFileSchema,
  ShapesFileSchema,
  type UnionSpec,
} from './descriptor.js';
import {
  caseFields,
  childFields,
  type Ir,
  type IrEndpoint,
  type IrErrcode,
  type IrField,
  type IrLimits,
  type IrMessage,
  type IrShape,
  type IrUnion,
  someField,
} from './ir.js';
import { areaOf, REPLY_ENVELOPE } from './naming.js';
import { knownNames, resolveProducts } from './products.js';

export class SpecError extends Error {
  constructor(readonly problems: string[]) {
    super(`spec/ has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'SpecError';
  }
}

function listYaml(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(listYaml(full));
    else if (name.endsWith('.yaml')) out.push(full);
  }
  return out;
}

const posix = (p: string) => p.split(sep).join('/');

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

/** Problems of a union over `common` fields: `on` is a required string field, cases add new names. */
function unionProblems(where: string, common: IrField[], union: IrUnion): string[] {
  const out: string[] = [];
  const on = common.find((f) => f.name === union.on);
  if (on?.type !== 'string' || !on.required)
    out.push(`${where}: union.on: ${union.on} must be a required string field beside the union`);
  if (on?.enum) out.push(`${where}: union.on: ${union.on} takes its values from the cases; drop its enum`);
  for (const c of union.cases) {
    for (const f of c.fields) {
      if (common.some((x) => x.name === f.name))
        out.push(`${where}: union.cases.${c.value}.${f.name}: already a common field`);
    }
  }
  return out;
}

/** Every union nested in these fields, checked against its object's common fields. */
function nestedUnionProblems(where: string, fields: IrField[]): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const at = `${where}.${f.name}`;
    if (f.union) out.push(...unionProblems(at, f.fields ?? [], f.union));
    out.push(...nestedUnionProblems(at, childFields(f)));
  }
  return out;
}

/** A derived value is set beside a field of an inbound message itself, under a name no field has. */
function deriveProblems(at: string, m: IrMessage): string[] {
  const out: string[] = [];
  if (someField(m.fields.flatMap(childFields), (f) => f.derive !== undefined))
    out.push(`${at}: derive: only on the message's own fields, not nested ones`);
  const names = new Set(m.fields.map((f) => f.name));
  for (const f of m.fields) {
    if (!f.derive) continue;
    if (m.kind === 'reply') out.push(`${at}.${f.name}.derive: replies are written, not parsed`);
    if (names.has(f.derive.name)) out.push(`${at}.${f.name}.derive.name: ${f.derive.name} is taken`);
    names.add(f.derive.name);
  }
  return out;
}

const toIrFields = (fields: Record<string, FieldSpec> | undefined): IrField[] =>
  Object.entries(fields ?? {}).map(([name, spec]) => toIrField(name, spec));

function walkRefs(field: IrField, visit: (ref: string) => void): void {
  someField([field], (f) => {
    if (f.ref) visit(f.ref);
    return false;
  });
}

// ---------------------------------------------------------------------------------------------
// loadSpec: read products, shapes, endpoints, messages and errcodes; check each, then across
// files; resolve the products; sort. Each step is one function below, in that order.

/** What every step shares: where the spec is, the problems found so far, the hash of what was read. */
interface Load {
  specDir: string;
  /** specDir as printed in problems (relative to the working directory). */
  root: string;
  problems: string[];
  hash: ReturnType<typeof createHash>;
  shapes: IrShape[];
}

/** `spec/<path>` as it appears in problems. */
const where = (load: Load, file: string) => `${load.root}/${posix(relative(load.specDir, file))}`;

/** The first path segment under `spec/<sub>/`: the product or shared dir a file belongs to. */
const dirOf = (load: Load, sub: string, file: string) =>
  posix(relative(join(load.specDir, sub), file)).split('/')[0]!;

/** One YAML file, parsed and checked against its schema; undefined (with problems) when it is bad. */
function read<S extends z.ZodType>(load: Load, file: string, schema: S): z.infer<S> | undefined {
  const text = readFileSync(file, 'utf8');
  load.hash.update(`${posix(relative(load.specDir, file))}\0${text}\0`);
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: true });
  } catch (err) {
    load.problems.push(`${where(load, file)}: yaml: ${(err as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      load.problems.push(`${where(load, file)}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    }
    return undefined;
  }
  return result.data;
}

/** An optional top-level file (shapes.yaml, errcodes.yaml). */
function readOptional<S extends z.ZodType>(load: Load, name: string, schema: S): z.infer<S> | undefined {
  const file = join(load.specDir, name);
  return listYaml(load.specDir).includes(file) ? read(load, file, schema) : undefined;
}

/** products.yaml first: it holds the names every other file may use. Without it nothing else is read. */
function readProducts(load: Load): ProductsFile {
  const file = join(load.specDir, 'products.yaml');
  const parsed = existsSync(file) ? read(load, file, ProductsFileSchema) : undefined;
  if (!parsed) {
    if (!existsSync(file))
      load.problems.push(`${load.root}/products.yaml: missing: every spec declares its products`);
    throw new SpecError(load.problems);
  }
  return parsed;
}

/** Shared shapes, from shapes.yaml or a `shapes:` block in an endpoint or message file. */
function addShapes(load: Load, file: string, map: Record<string, FieldSpec> | undefined): void {
  for (const [name, spec] of Object.entries(map ?? {})) {
    const field = toIrField(name, spec);
    if (someField([field], (f) => f.derive !== undefined))
      load.problems.push(`${file}: shapes.${name}: derive: only on a message's own fields`);
    if (load.shapes.some((s) => s.name === name))
      load.problems.push(`${file}: shapes.${name}: defined twice`);
    else load.shapes.push({ name, file, field });
  }
}

// Endpoints ------------------------------------------------------------------------------------

function toIrEndpoint(
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
  if (responseKind !== 'binary') ep.response = toIrFields(d.response);
  if (d.union) ep.union = toIrUnion(d.union);
  if (d.binary)
    ep.binary = { contentTypes: d.binary.contentTypes, statusErrors: d.binary.statusErrors ?? {} };
  return ep;
}

/** Problems within one endpoint: its unions, route, params, response and example. */
function endpointProblems(at: string, ep: IrEndpoint, d: EndpointDescriptor): string[] {
  const out: string[] = [];
  if (ep.union) out.push(...unionProblems(`${at}: body`, ep.body, ep.union));
  out.push(
    ...nestedUnionProblems(`${at}: body`, ep.body),
    ...nestedUnionProblems(`${at}: query`, ep.query),
    ...nestedUnionProblems(`${at}: response`, ep.response ?? []),
  );
  if (d.binary && ep.responseKind === 'json')
    out.push(`${at}: binary: only for responseKind binary or json-or-binary`);
  if (ep.method === 'GET' && ep.body.length > 0) out.push(`${at}: body: a GET has no body; use query`);
  if (ep.responseKind === 'binary' && d.response)
    out.push(`${at}: response: a binary endpoint has no JSON fields`);
  if (ep.responseKind !== 'binary' && !d.example?.response)
    out.push(`${at}: example.response: copy the example response from the official doc`);
  const params = [...ep.query, ...ep.body, ...caseFields(ep.union)];
  if (someField([...params, ...(ep.response ?? [])], (f) => f.derive !== undefined))
    out.push(`${at}: derive: only on a message's own fields`);
  const nestedFrom = params.some((f) => someField(childFields(f), (c) => c.from !== undefined));
  if (nestedFrom || someField(ep.response ?? [], (f) => f.from !== undefined))
    out.push(`${at}: from: only top-level query and body params are filled in by the client`);
  const queryNames = new Set(ep.query.map((f) => f.name));
  for (const f of ep.body) if (queryNames.has(f.name)) out.push(`${at}: body.${f.name}: also in query`);
  for (const f of [...ep.query, ...ep.body]) {
    if (f.type === 'file' && !ep.multipart) out.push(`${at}: ${f.name}: type file needs multipart: true`);
  }
  out.push(...exampleProblems(at, ep, new Set(params.map((f) => f.name))));
  return out;
}

/** The example request names only params and gives every required one (of its union case). */
function exampleProblems(at: string, ep: IrEndpoint, paramNames: Set<string>): string[] {
  const out: string[] = [];
  const request = ep.example.request;
  if (!request) return out;
  for (const key of Object.keys(request)) {
    if (!paramNames.has(key)) out.push(`${at}: example.request.${key}: not a query or body field`);
  }
  const chosen = ep.union?.cases.find((c) => c.value === request[ep.union!.on]);
  if (ep.union && !chosen) out.push(`${at}: example.request.${ep.union.on}: not one of the union's cases`);
  for (const f of [...ep.query, ...ep.body, ...(chosen?.fields ?? [])]) {
    if (f.required && f.type !== 'file' && !f.from && !(f.name in request))
      out.push(`${at}: example.request: missing required field ${f.name}`);
  }
  return out;
}

function loadEndpoints(load: Load, productsFile: ProductsFile, known: KnownNames): IrEndpoint[] {
  const schema = endpointFileSchema(known);
  const endpoints: IrEndpoint[] = [];
  for (const path of listYaml(join(load.specDir, 'endpoints'))) {
    const parsed = read(load, path, schema);
    if (!parsed) continue;
    const file = where(load, path);
    const dir = dirOf(load, 'endpoints', path);
    addShapes(load, file, parsed.shapes);
    for (const [id, d] of Object.entries(parsed.endpoints)) {
      const at = `${file}: endpoints.${id}`;
      const ep = toIrEndpoint(d, { id, dir, file, parsed }, productsFile, known);
      load.problems.push(...endpointProblems(at, ep, d));
      if (endpoints.some((e) => e.operationId === ep.operationId)) load.problems.push(`${at}: defined twice`);
      endpoints.push(ep);
    }
  }
  return endpoints;
}

// Messages -------------------------------------------------------------------------------------

/** One check on one message; `at` is `file: messages.Name`. */
type MessageRule = (at: string, m: IrMessage) => string[];

/** Every check on a single message, in the order its problems are reported. */
const MESSAGE_RULES: readonly MessageRule[] = [
  (at, m) =>
    someField(m.fields, (f) => f.type === 'map' || f.union !== undefined)
      ? [`${at}: maps and unions are for endpoints, not messages`]
      : [],
  (at, m) =>
    Object.keys(m.match).flatMap((tag) => {
      const f = m.fields.find((x) => x.name === tag);
      if (!f) return [`${at}.match.${tag}: not a field`];
      return f.type === 'string' ? [] : [`${at}: ${tag}: a match tag must be type string`];
    }),
  (at, m) =>
    m.kind !== 'reply' && !m.sample && !m.sampleJson
      ? [`${at}: give the official sample (sample or sampleJson)`]
      : [],
  // A reply is rendered with the envelope and looked up by its MsgType.
  (at, m) =>
    m.kind !== 'reply'
      ? []
      : [
          ...[...REPLY_ENVELOPE, 'MsgType']
            .filter((e) => !m.fields.some((f) => f.name === e))
            .map((e) => `${at}: a reply needs the field ${e}`),
          ...('MsgType' in m.match ? [] : [`${at}: a reply is matched by MsgType`]),
        ],
  deriveProblems,
];

/** Two inbound messages (or two replies) of one product may not share their match tags. */
function duplicateMatchProblems(messages: IrMessage[]): string[] {
  const out: string[] = [];
  const seen = new Map<string, IrMessage>();
  for (const m of [...messages].sort(byKey((x) => x.name))) {
    const matchKey = Object.entries(m.match)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    for (const p of m.products) {
      const key = `${m.kind !== 'reply'}|${p}|${matchKey}`;
      const other = seen.get(key);
      if (other)
        out.push(`${m.file}: messages.${m.name}: ${p} already has ${other.name} with the same match`);
      else seen.set(key, m);
    }
  }
  return out;
}

function toIrMessage(
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

function loadMessages(load: Load, known: KnownNames): IrMessage[] {
  const schema = messageFileSchema(known);
  const messages: IrMessage[] = [];
  for (const path of listYaml(join(load.specDir, 'messages'))) {
    const parsed = read(load, path, schema);
    if (!parsed) continue;
    const file = where(load, path);
    addShapes(load, file, parsed.shapes);
    for (const [name, m] of Object.entries(parsed.messages)) {
      const msg = toIrMessage(name, m, file, dirOf(load, 'messages', path), parsed);
      const at = `${file}: messages.${name}`;
      for (const rule of MESSAGE_RULES) load.problems.push(...rule(at, msg));
      if (messages.some((x) => x.name === name)) load.problems.push(`${at}: defined twice`);
      messages.push(msg);
    }
  }
  load.problems.push(...duplicateMatchProblems(messages));
  return messages;
}

// Errcodes -------------------------------------------------------------------------------------

function loadErrcodes(load: Load): { errorClasses: Ir['errorClasses']; errcodes: IrErrcode[] } {
  const spec = readOptional(load, 'errcodes.yaml', ErrcodesFileSchema);
  const errorClasses = Object.entries(spec?.classes ?? {}).map(([name, c]) => ({ name, doc: c.doc }));
  const errcodes = Object.entries(spec?.errcodes ?? {}).map(([code, e]) => {
    if (e.class && !errorClasses.some((c) => c.name === e.class)) {
      load.problems.push(`spec/errcodes.yaml: errcodes.${code}.class: ${e.class} is not in classes`);
    }
    const out: IrErrcode = {
      code: Number(code),
      name: e.name,
      meaning: e.meaning,
      retryable: e.retryable ?? false,
      tokenInvalid: e.tokenInvalid ?? false,
    };
    if (e.class) out.className = e.class;
    return out;
  });
  return { errorClasses, errcodes };
}

// Across files ---------------------------------------------------------------------------------

/** Every `ref` names a shape. */
function refProblems(shapes: IrShape[], endpoints: IrEndpoint[], messages: IrMessage[]): string[] {
  const out: string[] = [];
  const shapeNames = new Set(shapes.map((s) => s.name));
  const check = (at: string, fields: IrField[]) => {
    for (const f of fields)
      walkRefs(f, (ref) => {
        if (!shapeNames.has(ref)) out.push(`${at}: ${f.name}: unknown shape ${ref}`);
      });
  };
  for (const s of shapes) check(`${s.file}: shapes.${s.name}`, [s.field]);
  for (const e of endpoints)
    check(`${e.file}: endpoints.${e.id}`, [
      ...e.query,
      ...e.body,
      ...caseFields(e.union),
      ...(e.response ?? []),
    ]);
  for (const m of messages) check(`${m.file}: messages.${m.name}`, m.fields);
  return out;
}

/** One route (method, host, path, fixed query) is one operation per product. */
function routeProblems(endpoints: IrEndpoint[]): string[] {
  const out: string[] = [];
  const routes = new Map<string, IrEndpoint>();
  for (const e of endpoints) {
    for (const p of e.products) {
      const route = `${p} ${e.method} ${e.host}${e.path}?${new URLSearchParams(e.fixedQuery)}`;
      const other = routes.get(route);
      if (other)
        out.push(
          `${e.file}: endpoints.${e.id}: ${e.method} ${e.path} is already ${other.id} (${other.file}) for ${p}`,
        );
      else routes.set(route, e);
    }
  }
  return out;
}

/** Within a product an id is used once, and a method is not also a group of methods. */
function idProblems(endpoints: IrEndpoint[]): string[] {
  const out: string[] = [];
  const byProduct = new Map<string, IrEndpoint[]>();
  for (const e of endpoints) for (const p of e.products) byProduct.set(p, [...(byProduct.get(p) ?? []), e]);
  for (const [product, list] of byProduct) {
    for (const a of list) {
      for (const b of list) {
        if (a !== b && a.id === b.id && a.operationId < b.operationId) {
          out.push(`${b.file}: endpoints.${b.id}: ${product} already has this id in ${a.file}`);
        }
        if (b.id.startsWith(`${a.id}.`)) {
          out.push(
            `${b.file}: endpoints.${b.id}: ${a.id} is a method in ${product}, so it cannot also be a group`,
          );
        }
      }
    }
  }
  return out;
}

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

export function loadSpec(specDir: string): Ir {
  const load: Load = {
    specDir,
    root: posix(relative(process.cwd(), specDir) || '.'),
    problems: [],
    hash: createHash('sha256'),
    shapes: [],
  };
  const productsFile = readProducts(load);
  const known = knownNames(productsFile);
  addShapes(load, 'spec/shapes.yaml', readOptional(load, 'shapes.yaml', ShapesFileSchema)?.shapes);
  const endpoints = loadEndpoints(load, productsFile, known);
  const messages = loadMessages(load, known);
  const { errorClasses, errcodes } = loadErrcodes(load);
  const { shapes, problems } = load;
  problems.push(
    ...refProblems(shapes, endpoints, messages),
    ...routeProblems(endpoints),
    ...idProblems(endpoints),
  );

  const dirsOf = (sub: string) => listYaml(join(specDir, sub)).map((f) => dirOf(load, sub, f));
  const resolved = resolveProducts(productsFile, `${load.root}/products.yaml`, {
    endpoints,
    errcodes,
    dirs: [...new Set([...dirsOf('endpoints'), ...dirsOf('messages')])],
  });
  problems.push(...resolved.problems);
  if (problems.length > 0) throw new SpecError(problems);

  return {
    products: resolved.products,
    endpoints: endpoints.sort(byKey((e) => e.operationId)),
    shapes: shapes.sort(byKey((s) => s.name)),
    errorClasses: errorClasses.sort(byKey((c) => c.name)),
    errcodes: errcodes.sort((a, b) => a.code - b.code),
    messages: messages.sort(byKey((m) => m.name)),
    specHash: load.hash.digest('hex'),
  };
}
