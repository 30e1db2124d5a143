// What the emulator knows about each endpoint: its operation (generated/areas) and, from
// generated/openapi.json, its example response and the types of its query parameters. openapi.json
// ships with the package, so the emulator works without spec/.
import { readFile } from 'node:fs/promises';
import type { Host, Operation } from '../http/endpoint.js';
import { allOperations } from '../http/operations.js';

type Json = Record<string, unknown>;

export interface CatalogEntry {
  /** The row and its schemas. */
  row: Operation;
  /** The official example response (JSON endpoints). */
  example?: Json;
  /** JSON Schema `type` of each query parameter, to turn query strings back into numbers and booleans. */
  queryTypes: Record<string, string | undefined>;
  /** The same for the scalar fields of a multipart form, whose values all arrive as text. */
  formTypes: Record<string, string | undefined>;
}

// From src/testing/ (tsx, vitest) or dist/chunks/, and from dist/ (the built package).
const OPENAPI_CANDIDATES = ['../../generated/openapi.json', '../generated/openapi.json'];

async function readOpenApi(): Promise<Json> {
  for (const candidate of OPENAPI_CANDIDATES) {
    try {
      return JSON.parse(await readFile(new URL(candidate, import.meta.url), 'utf8')) as Json;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  throw new Error('wxkit/testing: generated/openapi.json not found next to the package');
}

let loaded: Promise<Catalog> | undefined;

export class Catalog {
  readonly #byId = new Map<string, CatalogEntry>();
  readonly #byRoute = new Map<string, CatalogEntry[]>();

  private constructor(openapi: Json, endpoints: Operation[]) {
    const operations = new Map<string, Json>();
    for (const item of Object.values((openapi.paths ?? {}) as Record<string, Record<string, Json>>)) {
      for (const op of Object.values(item)) {
        if (typeof op?.operationId === 'string') operations.set(op.operationId, op);
      }
    }
    for (const row of endpoints) {
      const op = operations.get(row.operationId);
      const content = (op?.responses as Record<string, Json> | undefined)?.['200']?.content as
        | Record<string, Json>
        | undefined;
      const example = content?.['application/json']?.example as Json | undefined;
      const queryTypes: CatalogEntry['queryTypes'] = {};
      for (const p of (op?.parameters ?? []) as Json[]) {
        if (p.in === 'query')
          queryTypes[String(p.name)] = (p.schema as Json | undefined)?.type as string | undefined;
      }
      const form = (op?.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
      const formProps = ((form?.['multipart/form-data']?.schema as Json | undefined)?.properties ??
        {}) as Record<string, Json>;
      const formTypes: CatalogEntry['formTypes'] = {};
      for (const [name, schema] of Object.entries(formProps))
        formTypes[name] = schema.type as string | undefined;
      const entry: CatalogEntry = { row, queryTypes, formTypes, ...(example ? { example } : {}) };
      this.#byId.set(row.operationId, entry);
      const key = `${row.host}${row.path}`;
      this.#byRoute.set(key, [...(this.#byRoute.get(key) ?? []), entry]);
    }
  }

  /** Read once per process: every emulator shares it (it is never mutated). */
  static load(): Promise<Catalog> {
    loaded ??= Promise.all([readOpenApi(), allOperations()]).then(([doc, ops]) => new Catalog(doc, ops));
    loaded.catch(() => {
      loaded = undefined;
    });
    return loaded;
  }

  get(operationId: string): CatalogEntry | undefined {
    return this.#byId.get(operationId);
  }

  get size(): number {
    return this.#byId.size;
  }

  /**
   * The endpoint a request is for. `methodMismatch` when the path exists but only for the other
   * method; `undefined` when nothing is described at that path.
   */
  match(
    host: Host,
    path: string,
    method: string,
    query: URLSearchParams,
    /** Among operations on one route (a shape per product), the one this request is for. */
    prefer: (e: CatalogEntry) => boolean = () => true,
  ): CatalogEntry | { methodMismatch: 'GET' | 'POST' } | undefined {
    const candidates = (this.#byRoute.get(`${host}${path}`) ?? []).filter((e) =>
      Object.entries(e.row.fixedQuery ?? {}).every(([k, v]) => query.get(k) === v),
    );
    // The most specific fixed query wins (`?action=a` over no action).
    candidates.sort(
      (a, b) => Object.keys(b.row.fixedQuery ?? {}).length - Object.keys(a.row.fixedQuery ?? {}).length,
    );
    const hit =
      candidates.find((e) => e.row.method === method && prefer(e)) ??
      candidates.find((e) => e.row.method === method);
    if (hit) return hit;
    if (candidates[0]) return { methodMismatch: candidates[0].row.method };
    return undefined;
  }
}

/** Query strings are text; put numbers and booleans back for schema validation. */
export function coerceQueryValue(value: string, type: string | undefined): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  if ((type === 'object' || type === 'array') && /^[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}
