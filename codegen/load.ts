// Loader: spec/ YAML -> validated, resolved, sorted IR. Every problem is reported as
// `file: field: problem`, all of them at once, so a bad descriptor never reaches an emitter.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  ErrcodesFileSchema,
  endpointFileSchema,
  type FieldSpec,
  messageFileSchema,
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
import { areaOf } from './naming.js';
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

export function loadSpec(specDir: string): Ir {
  const problems: string[] = [];
  const hash = createHash('sha256');
  const root = posix(relative(process.cwd(), specDir) || '.');

  function read<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
    const rel = posix(relative(specDir, file));
    const text = readFileSync(file, 'utf8');
    hash.update(`${rel}\0${text}\0`);
    let data: unknown;
    try {
      data = parseYaml(text, { uniqueKeys: true });
    } catch (err) {
      problems.push(`${root}/${rel}: yaml: ${(err as Error).message.split('\n')[0]}`);
      return undefined;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${root}/${rel}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
      }
      return undefined;
    }
    return result.data;
  }

  // Products first: they are the names every other file may use.
  const productsPath = join(specDir, 'products.yaml');
  const productsFile = existsSync(productsPath) ? read(productsPath, ProductsFileSchema) : undefined;
  if (!productsFile) {
    if (!existsSync(productsPath))
      problems.push(`${root}/products.yaml: missing: every spec declares its products`);
    throw new SpecError(problems);
  }
  const known = knownNames(productsFile);
  const EndpointFileSchema = endpointFileSchema(known);
  const MessageFileSchema = messageFileSchema(known);

  const shapes: IrShape[] = [];
  const addShapes = (file: string, map: Record<string, FieldSpec> | undefined) => {
    for (const [name, spec] of Object.entries(map ?? {})) {
      const field = toIrField(name, spec);
      if (someField([field], (f) => f.derive !== undefined))
        problems.push(`${file}: shapes.${name}: derive: only on a message's own fields`);
      if (shapes.some((s) => s.name === name)) problems.push(`${file}: shapes.${name}: defined twice`);
      else shapes.push({ name, file, field });
    }
  };

  const shapesPath = join(specDir, 'shapes.yaml');
  const shapesFile = listYaml(specDir).includes(shapesPath) ? read(shapesPath, ShapesFileSchema) : undefined;
  addShapes('spec/shapes.yaml', shapesFile?.shapes);

  // Endpoints
  const endpoints: IrEndpoint[] = [];
  for (const file of listYaml(join(specDir, 'endpoints'))) {
    const parsed = read(file, EndpointFileSchema);
    if (!parsed) continue;
    const rel = `${root}/${posix(relative(specDir, file))}`;
    const dir = posix(relative(join(specDir, 'endpoints'), file)).split('/')[0]!;
    addShapes(rel, parsed.shapes);
    for (const [id, d] of Object.entries(parsed.endpoints)) {
      const at = `${rel}: endpoints.${id}`;
      const [method, target] = d.route.split(' ') as ['GET' | 'POST', string];
      const [path, qs] = target.split('?') as [string, string | undefined];
      const fixedQuery = Object.fromEntries(new URLSearchParams(qs ?? ''));
      const responseKind = d.responseKind ?? 'json';
      const docs = Array.isArray(d.doc) ? d.doc : [d.doc];
      const ep: IrEndpoint = {
        operationId: `${dir}.${id}`,
        id,
        dir,
        typePrefix: productsFile.products[dir]?.typePrefix ?? '',
        area: areaOf(dir, id),
        file: rel,
        summary: d.summary,
        doc: docs[0]!,
        docs,
        products: d.products ?? parsed.products,
        method,
        path,
        fixedQuery,
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
      if (d.union) {
        ep.union = toIrUnion(d.union);
        problems.push(...unionProblems(`${at}: body`, ep.body, ep.union));
      }
      problems.push(
        ...nestedUnionProblems(`${at}: body`, ep.body),
        ...nestedUnionProblems(`${at}: query`, ep.query),
        ...nestedUnionProblems(`${at}: response`, ep.response ?? []),
      );
      if (d.binary) {
        if (responseKind === 'json')
          problems.push(`${at}: binary: only for responseKind binary or json-or-binary`);
        ep.binary = { contentTypes: d.binary.contentTypes, statusErrors: d.binary.statusErrors ?? {} };
      }

      if (method === 'GET' && ep.body.length > 0) problems.push(`${at}: body: a GET has no body; use query`);
      if (responseKind === 'binary' && d.response)
        problems.push(`${at}: response: a binary endpoint has no JSON fields`);
      if (responseKind !== 'binary' && !d.example?.response) {
        problems.push(`${at}: example.response: copy the example response from the official doc`);
      }
      const params = [...ep.query, ...ep.body, ...caseFields(ep.union)];
      if (someField([...params, ...(ep.response ?? [])], (f) => f.derive !== undefined))
        problems.push(`${at}: derive: only on a message's own fields`);
      const nestedFrom = params.some((f) => someField(childFields(f), (c) => c.from !== undefined));
      if (nestedFrom || someField(ep.response ?? [], (f) => f.from !== undefined))
        problems.push(`${at}: from: only top-level query and body params are filled in by the client`);
      const queryNames = new Set(ep.query.map((f) => f.name));
      for (const f of ep.body)
        if (queryNames.has(f.name)) problems.push(`${at}: body.${f.name}: also in query`);
      for (const f of [...ep.query, ...ep.body]) {
        if (f.type === 'file' && !ep.multipart)
          problems.push(`${at}: ${f.name}: type file needs multipart: true`);
      }
      const paramNames = new Set([
        ...queryNames,
        ...ep.body.map((f) => f.name),
        ...caseFields(ep.union).map((f) => f.name),
      ]);
      for (const key of Object.keys(ep.example.request ?? {})) {
        if (!paramNames.has(key)) problems.push(`${at}: example.request.${key}: not a query or body field`);
      }
      if (ep.example.request) {
        const chosen = ep.union?.cases.find((c) => c.value === ep.example.request?.[ep.union!.on]);
        if (ep.union && !chosen)
          problems.push(`${at}: example.request.${ep.union.on}: not one of the union's cases`);
        for (const f of [...ep.query, ...ep.body, ...(chosen?.fields ?? [])]) {
          if (f.required && f.type !== 'file' && !f.from && !(f.name in ep.example.request)) {
            problems.push(`${at}: example.request: missing required field ${f.name}`);
          }
        }
      }
      if (endpoints.some((e) => e.operationId === ep.operationId)) problems.push(`${at}: defined twice`);
      endpoints.push(ep);
    }
  }

  // Messages
  const messages: IrMessage[] = [];
  for (const file of listYaml(join(specDir, 'messages'))) {
    const parsed = read(file, MessageFileSchema);
    if (!parsed) continue;
    const rel = `${root}/${posix(relative(specDir, file))}`;
    const dir = posix(relative(join(specDir, 'messages'), file)).split('/')[0]!;
    addShapes(rel, parsed.shapes);
    for (const [name, m] of Object.entries(parsed.messages)) {
      const msg: IrMessage = {
        name,
        file: rel,
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
      if (someField(msg.fields, (f) => f.type === 'map' || f.union !== undefined))
        problems.push(`${rel}: messages.${name}: maps and unions are for endpoints, not messages`);
      for (const tag of Object.keys(m.match)) {
        if (!msg.fields.some((f) => f.name === tag))
          problems.push(`${rel}: messages.${name}.match.${tag}: not a field`);
      }
      if (m.kind !== 'reply' && !m.sample && !m.sampleJson) {
        problems.push(`${rel}: messages.${name}: give the official sample (sample or sampleJson)`);
      }
      problems.push(...deriveProblems(`${rel}: messages.${name}`, msg));
      if (messages.some((x) => x.name === name)) problems.push(`${rel}: messages.${name}: defined twice`);
      messages.push(msg);
    }
  }

  // Errcodes
  const errFile = join(specDir, 'errcodes.yaml');
  const errcodesSpec = listYaml(specDir).includes(errFile) ? read(errFile, ErrcodesFileSchema) : undefined;
  const errorClasses = Object.entries(errcodesSpec?.classes ?? {}).map(([name, c]) => ({ name, doc: c.doc }));
  const errcodes: IrErrcode[] = Object.entries(errcodesSpec?.errcodes ?? {}).map(([code, e]) => {
    if (e.class && !errorClasses.some((c) => c.name === e.class)) {
      problems.push(`spec/errcodes.yaml: errcodes.${code}.class: ${e.class} is not in classes`);
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

  // Cross-file checks: refs resolve, ids do not clash within a product.
  const shapeNames = new Set(shapes.map((s) => s.name));
  const checkRefs = (where: string, fields: IrField[]) => {
    for (const f of fields)
      walkRefs(f, (ref) => {
        if (!shapeNames.has(ref)) problems.push(`${where}: ${f.name}: unknown shape ${ref}`);
      });
  };
  for (const s of shapes) checkRefs(`${s.file}: shapes.${s.name}`, [s.field]);
  for (const e of endpoints) {
    checkRefs(`${e.file}: endpoints.${e.id}`, [
      ...e.query,
      ...e.body,
      ...caseFields(e.union),
      ...(e.response ?? []),
    ]);
  }
  for (const m of messages) checkRefs(`${m.file}: messages.${m.name}`, m.fields);

  // One route (method, host, path, fixed query) is one operation per product.
  const routes = new Map<string, IrEndpoint>();
  for (const e of endpoints) {
    for (const p of e.products) {
      const route = `${p} ${e.method} ${e.host}${e.path}?${new URLSearchParams(e.fixedQuery)}`;
      const other = routes.get(route);
      if (other)
        problems.push(
          `${e.file}: endpoints.${e.id}: ${e.method} ${e.path} is already ${other.id} (${other.file}) for ${p}`,
        );
      else routes.set(route, e);
    }
  }

  const byProduct = new Map<string, IrEndpoint[]>();
  for (const e of endpoints) for (const p of e.products) byProduct.set(p, [...(byProduct.get(p) ?? []), e]);
  for (const [product, list] of byProduct) {
    for (const a of list) {
      for (const b of list) {
        if (a !== b && a.id === b.id && a.operationId < b.operationId) {
          problems.push(`${b.file}: endpoints.${b.id}: ${product} already has this id in ${a.file}`);
        }
        if (b.id.startsWith(`${a.id}.`)) {
          problems.push(
            `${b.file}: endpoints.${b.id}: ${a.id} is a method in ${product}, so it cannot also be a group`,
          );
        }
      }
    }
  }

  const dirsOf = (sub: string) =>
    listYaml(join(specDir, sub)).map((f) => posix(relative(join(specDir, sub), f)).split('/')[0]!);
  const { products, problems: productProblems } = resolveProducts(productsFile, `${root}/products.yaml`, {
    endpoints,
    errcodes,
    dirs: [...new Set([...dirsOf('endpoints'), ...dirsOf('messages')])],
  });
  problems.push(...productProblems);

  if (problems.length > 0) throw new SpecError(problems);

  const byKey =
    <T>(key: (t: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  return {
    products,
    endpoints: endpoints.sort(byKey((e) => e.operationId)),
    shapes: shapes.sort(byKey((s) => s.name)),
    errorClasses: errorClasses.sort(byKey((c) => c.name)),
    errcodes: errcodes.sort((a, b) => a.code - b.code),
    messages: messages.sort(byKey((m) => m.name)),
    specHash: hash.digest('hex'),
  };
}
