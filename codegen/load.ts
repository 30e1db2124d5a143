// Loader: spec/ YAML -> validated, resolved, sorted IR. Every problem is reported as
// `file: field: problem`, all of them at once, so a bad descriptor never reaches an emitter. This
// file reads and assembles, one step per file kind (see loadSpec at the bottom for the order); the
// checks it runs are rules.ts, the field conversion to-ir.ts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  ErrcodesFileSchema,
  endpointFileSchema,
  type FieldSpec,
  type KnownNames,
  messageFileSchema,
  type ProductsFile,
  ProductsFileSchema,
  ShapesFileSchema,
} from './descriptor.js';
import { type Ir, type IrEndpoint, type IrErrcode, type IrMessage, type IrShape, someField } from './ir.js';
import { knownNames, resolveProducts } from './products.js';
import {
  duplicateMatchProblems,
  endpointProblems,
  idProblems,
  MESSAGE_RULES,
  refProblems,
  routeProblems,
} from './rules.js';
import { toIrEndpoint, toIrField, toIrMessage } from './to-ir.js';

export { toIrField, toIrUnion } from './to-ir.js';

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
