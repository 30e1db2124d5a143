// A synthetic spec of N endpoints, for bench/scale.ts and test/scale. It keeps the real endpoints the
// runtime calls by operationId (token endpoints, ...) and the bench's user calls; the rest are replicas
// of the real descriptors under spec/endpoints (renamed ids, unique paths), spread over the product
// dirs in the proportions of the endpoint inventory and over area files of 10-25 endpoints each, as
// the full spec will be. Descriptors that bring a kind of shape (nesting, arrays, enums, refs, binary,
// multipart, `?action=` routes, unions, maps) are replicated first, so every size has each kind.
// spec/messages, shapes.yaml and errcodes.yaml are copied as they are. Also: the throwaway copy of
// the project that a synthetic spec is generated into.
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Share of each spec dir in the full API: ../shared/endpoints.tsv without Channels (2,045 rows:
 * miniprogram 630, oa 412, open 201, shared 44, work 679, work-suite 79).
 */
export const DIR_SHARE: Record<string, number> = {
  miniprogram: 630 / 2045,
  oa: 412 / 2045,
  open: 201 / 2045,
  shared: 44 / 2045,
  work: 679 / 2045,
  'work-suite': 79 / 2045,
};

type Descriptor = Record<string, unknown> & {
  route: string;
  products?: string[];
  host?: string;
  token?: string;
};
type EndpointFile = {
  products: string[];
  host?: string;
  token?: string;
  shapes?: Record<string, unknown>;
  endpoints: Record<string, Descriptor>;
};

interface Template {
  dir: string;
  id: string;
  descriptor: Descriptor;
  products: string[];
  host: string;
  token: string;
}

export interface SyntheticSpec {
  dir: string;
  endpoints: number;
  /** Real endpoints kept as they are (the runtime calls them by operationId, or the bench does). */
  core: number;
  files: number;
  perDir: Record<string, number>;
  /** How many endpoints carry each kind of shape (replicas and real ones together). */
  features: Record<string, number>;
}

/** mulberry32: the same synthetic spec for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function listYaml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listYaml(full));
    else if (name.endsWith('.yaml')) out.push(full);
  }
  return out;
}

const pascal = (id: string) =>
  id
    .split('.')
    .map((s) => s[0]!.toUpperCase() + s.slice(1))
    .join('');

/** Kinds of shape in one descriptor, for the summary (and to show that the sample keeps them). */
function featuresOf(d: Descriptor): Set<string> {
  const found = new Set<string>();
  const walk = (f: unknown) => {
    if (!f || typeof f !== 'object') return;
    const field = f as Record<string, unknown>;
    if (field.type === 'object') found.add('nested object');
    if (field.type === 'array') found.add('array');
    if (field.type === 'map') found.add('map');
    if (field.type === 'file') found.add('file part');
    if (field.enum) found.add('enum');
    if (field.ref) found.add('ref');
    if (field.union) found.add('union');
    for (const key of ['fields', 'values', 'items', 'union'] as const) {
      const v = field[key];
      if (key === 'items' || key === 'values') walk(v);
      else if (key === 'union' && v) {
        for (const c of Object.values((v as { cases: Record<string, unknown> }).cases ?? {}))
          for (const sub of Object.values(c as object)) walk(sub);
      } else if (v) for (const sub of Object.values(v as object)) walk(sub);
    }
  };
  for (const part of ['query', 'body', 'response'] as const) {
    for (const f of Object.values((d[part] as object | undefined) ?? {})) walk(f);
  }
  if (d.union) found.add('union');
  if (d.multipart) found.add('multipart');
  if (d.responseKind === 'binary' || d.responseKind === 'json-or-binary') found.add('binary');
  if (d.route.includes('?')) found.add('?action= route');
  return found;
}

/** The one method per product that the bench's user programs call (bench/scale.ts). */
export const USER_CALLS: Record<string, string> = {
  oa: 'user.info',
  miniprogram: 'auth.code2Session',
  open: 'component.getAuthorizerInfo',
  work: 'user.get',
  'work-suite': 'suite.getPreAuthCode',
};

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listTs(full));
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

/**
 * Writes a spec of `endpoints` endpoints into `outDir` from the real one in `specDir`. It keeps, with
 * their ids and routes, the real endpoints the runtime calls by operationId (a quoted
 * `'<dir>.<id>'` anywhere in `srcDir`) and those of USER_CALLS; every other endpoint is a replica.
 */
export function buildSyntheticSpec(options: {
  endpoints: number;
  outDir: string;
  specDir?: string;
  srcDir?: string;
  seed?: number;
}): SyntheticSpec {
  const specDir = options.specDir ?? join(ROOT, 'spec');
  const srcText = listTs(options.srcDir ?? join(ROOT, 'src'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const rand = random(options.seed ?? 9);
  const out = options.outDir;
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(specDir)) {
    if (name !== 'endpoints') cpSync(join(specDir, name), join(out, name), { recursive: true });
  }

  const idsByProduct = new Map<string, Set<string>>();
  const groupsByProduct = new Map<string, Set<string>>();
  const typeNames = new Set<string>();
  const paths = new Set<string>();
  const features: Record<string, number> = {};
  const perDir: Record<string, number> = {};
  const count = (d: Descriptor, dir: string) => {
    perDir[dir] = (perDir[dir] ?? 0) + 1;
    for (const f of featuresOf(d)) features[f] = (features[f] ?? 0) + 1;
  };
  const register = (id: string, products: string[]) => {
    for (const p of products) {
      if (!idsByProduct.has(p)) idsByProduct.set(p, new Set());
      if (!groupsByProduct.has(p)) groupsByProduct.set(p, new Set());
      idsByProduct.get(p)!.add(id);
      const segs = id.split('.');
      for (let i = 1; i < segs.length; i++) groupsByProduct.get(p)!.add(segs.slice(0, i).join('.'));
    }
    typeNames.add(pascal(id));
  };
  /** Free: no id or group of that name, no method on a prefix of it, its type name unused in every dir. */
  const free = (id: string, products: string[]) => {
    if (typeNames.has(pascal(id))) return false;
    const segs = id.split('.');
    return products.every((p) => {
      const ids = idsByProduct.get(p) ?? new Set();
      if (ids.has(id) || groupsByProduct.get(p)?.has(id)) return false;
      for (let i = 1; i < segs.length; i++) if (ids.has(segs.slice(0, i).join('.'))) return false;
      return true;
    });
  };

  // The real descriptors: templates for replicas; the core ones are kept as they are.
  const templates: Template[] = [];
  const docs = new Map<string, { dir: string; doc: EndpointFile }>();
  const localShapes = new Map<string, Record<string, unknown>>();
  const endpointsDir = join(specDir, 'endpoints');
  for (const file of listYaml(endpointsDir)) {
    const rel = relative(endpointsDir, file).split(/[\\/]/);
    const dir = rel[0]!;
    const parsed = parseYaml(readFileSync(file, 'utf8')) as EndpointFile;
    if (parsed.shapes) localShapes.set(dir, { ...localShapes.get(dir), ...parsed.shapes });
    for (const [id, descriptor] of Object.entries(parsed.endpoints ?? {})) {
      const t: Template = {
        dir,
        id,
        descriptor,
        products: descriptor.products ?? parsed.products,
        host: descriptor.host ?? parsed.host ?? 'api.weixin.qq.com',
        token: descriptor.token ?? parsed.token ?? 'access_token',
      };
      templates.push(t);
      if (USER_CALLS[dir] === id || srcText.includes(`'${dir}.${id}'`)) {
        const { shapes: _, endpoints: __, ...head } = parsed;
        const key = join(dir, rel.slice(1).join('/'));
        if (!docs.has(key)) docs.set(key, { dir, doc: { ...head, endpoints: {} } });
        docs.get(key)!.doc.endpoints[id] = descriptor;
        register(id, t.products);
        paths.add(descriptor.route.split(' ')[1]!.split('?')[0]!);
        count(descriptor, dir);
      }
    }
  }
  const core = Object.values(perDir).reduce((a, b) => a + b, 0);
  if (options.endpoints < core) {
    throw new Error(`the runtime calls ${core} real endpoints by operationId; ask for at least that many`);
  }

  // How many replicas each dir gets: N split by DIR_SHARE, less the core endpoints already there.
  const dirs = Object.keys(DIR_SHARE).filter((d) => templates.some((t) => t.dir === d));
  const totalShare = dirs.reduce((s, d) => s + DIR_SHARE[d]!, 0);
  const extra = options.endpoints - core;
  const wanted = dirs.map((d) => ({
    dir: d,
    want: Math.max(0, (options.endpoints * DIR_SHARE[d]!) / totalShare - (perDir[d] ?? 0)),
  }));
  const wantSum = wanted.reduce((s, w) => s + w.want, 0) || 1;
  const alloc = wanted.map((w) => {
    const exact = (w.want / wantSum) * extra;
    return { dir: w.dir, n: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = extra - alloc.reduce((s, a) => s + a.n, 0);
  for (const a of [...alloc].sort((x, y) => y.rest - x.rest)) {
    if (left-- <= 0) break;
    a.n++;
  }

  let serial = 0;
  for (const { dir, n } of alloc) {
    if (n === 0) continue;
    // The dir's real descriptors in turn: first those that bring a kind of shape not yet taken
    // (binary, multipart, union, ...), so that even a small spec has each; then the rest, shuffled.
    const pool = templates.filter((t) => t.dir === dir);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    const own: Template[] = [];
    const covered = new Set<string>();
    for (;;) {
      const gain = (t: Template) => [...featuresOf(t.descriptor)].filter((f) => !covered.has(f)).length;
      const best = pool.reduce<Template | undefined>(
        (b, t) => (gain(t) > (b ? gain(b) : 0) ? t : b),
        undefined,
      );
      if (!best) break;
      for (const f of featuresOf(best.descriptor)) covered.add(f);
      own.push(best);
      pool.splice(pool.indexOf(best), 1);
    }
    own.push(...pool);

    const areas = [...new Set(own.map((t) => t.id.split('.')[0]!))];
    let made = 0;
    let fileNo = 0;
    while (made < n) {
      // 10-25 endpoints a file, and no small file left over at the end (unless the dir gets < 10)
      const remaining = n - made;
      let size = remaining <= 25 ? remaining : 10 + Math.floor(rand() * 16);
      if (remaining - size > 0 && remaining - size < 10) size = remaining - 10;
      fileNo++;
      const area = `${areas[fileNo % areas.length]}${fileNo + 1}`;
      const first = own[made % own.length]!;
      const doc: EndpointFile = {
        products: first.products,
        host: first.host,
        token: first.token,
        endpoints: {},
      };
      for (let k = 0; k < size; k++, made++) {
        const t = own[made % own.length]!;
        const tail = t.id.split('.').slice(1);
        let id = [area, ...tail].join('.');
        for (let suffix = 2; !free(id, t.products); suffix++) {
          // A method on a prefix of the id (`area.department` beside `area.department.list`) is not
          // cured by suffixing the last segment: after a few tries, the tail becomes one segment.
          id =
            suffix <= 10
              ? [area, ...tail.slice(0, -1), `${tail.at(-1)}${suffix}`].join('.')
              : `${area}.${tail.map((seg, i) => (i ? seg[0]!.toUpperCase() + seg.slice(1) : seg)).join('')}${suffix}`;
        }
        register(id, t.products);
        const d = structuredClone(t.descriptor);
        const [method, target] = d.route.split(' ') as [string, string];
        const [path, qs] = target.split('?') as [string, string | undefined];
        let newPath = `${path}_s${++serial}`;
        while (paths.has(newPath)) newPath = `${path}_s${++serial}`;
        paths.add(newPath);
        d.route = `${method} ${newPath}${qs ? `?${qs}` : ''}`;
        if (t.products.join() !== doc.products.join()) d.products = t.products;
        else delete d.products;
        if (t.host !== doc.host) d.host = t.host;
        else delete d.host;
        if (t.token !== doc.token) d.token = t.token;
        else delete d.token;
        doc.endpoints[id] = d;
        count(d, dir);
      }
      docs.set(join(dir, `${area}.yaml`), { dir, doc });
    }
  }

  // Shapes defined in endpoint files (names are global): in a file of the same dir, as before.
  const all = [...docs.values()];
  for (const [dir, shapes] of localShapes) {
    const host = all.find((d) => d.dir === dir) ?? all[0]!;
    host.doc.shapes = { ...host.doc.shapes, ...shapes };
  }
  for (const [path, { doc }] of docs) {
    mkdirSync(join(out, 'endpoints', path, '..'), { recursive: true });
    writeFileSync(
      join(out, 'endpoints', path),
      `# synthetic (bench/synthetic-spec.ts): from spec/endpoints/${path.split(/[\\/]/)[0]}\n${stringifyYaml(doc, { lineWidth: 0 })}`,
    );
  }
  return { dir: out, endpoints: core + extra, core, files: docs.size, perDir, features };
}

/** What a throwaway copy of the project holds (node_modules is a symlink to this one's). */
export const COPIED = [
  'src',
  'codegen',
  'scripts',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'biome.json',
];

/** Copies the project's sources (from `from`, default this repository) into `to`; node_modules is linked. */
export function copyProject(to: string, from = ROOT): void {
  mkdirSync(to, { recursive: true });
  for (const name of COPIED) {
    try {
      cpSync(join(from, name), join(to, name), { recursive: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
}
