// The generator at full-API scale (issue 9). For each N (default 75, 500, 2,500 endpoints) it builds
// a synthetic spec (bench/synthetic-spec.ts), generates it into a throwaway copy of the project and
// measures there, in one run: generate; the project's own `tsc --noEmit` (default Node heap; an out of
// memory is a figure, not a crash); `tsc --noEmit` of a small user program that creates each product's
// client and calls one method (median of 3; against the built package's .d.ts, as a user's
// `import 'wxkit'` resolves; against src/index.ts when the build wrote no declarations); `npm run build` and the cold
// import of dist/index.js (median of 10 fresh processes); minified esbuild bundles of a one-call Mini
// Program and a one-call OA program; the npm tarball; creating one client and 1,000 Open Platform
// authorizer clients (time and retained heap, --expose-gc, median of 5 processes). Prints one table
// with the largest ÷ smallest ratio per figure and a verdict per target of the issue.
// Run: npx tsx bench/scale.ts [--sizes 75,500,2500] [--keep] [--json out.json]   (not part of npm test)
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { buildSyntheticSpec, COPIED, copyProject, ROOT } from './synthetic-spec.js';

const argv = process.argv.slice(2);
const opt = (name: string) => argv.find((_a, i) => argv[i - 1] === name);
const SIZES = (opt('--sizes') ?? '75,500,2500').split(',').map(Number);
const KEEP = argv.includes('--keep');
const TSC_TIMEOUT_MS = 30 * 60_000;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** Children run with Node's defaults: no inherited --max-old-space-size or loaders. */
const ENV = { ...process.env, NODE_OPTIONS: '' };

type Status = 'ok' | 'errors' | 'OOM' | 'timeout' | 'failed';
interface Run {
  status: Status;
  s: number;
  out: string;
  peakMB?: number;
}

function run(cmd: string, args: string[], cwd: string, timeout = TSC_TIMEOUT_MS): Run {
  const t = performance.now();
  const r = spawnSync(TIME ?? cmd, TIME ? ['-v', cmd, ...args] : args, {
    cwd,
    env: ENV,
    encoding: 'utf8',
    timeout,
    maxBuffer: 512 * 1024 * 1024,
  });
  const s = (performance.now() - t) / 1000;
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(out);
  const status: Status = r.error?.message.includes('ETIMEDOUT')
    ? 'timeout'
    : /heap out of memory|Reached heap limit|Allocation failed/.test(out)
      ? 'OOM'
      : r.status === 0
        ? 'ok'
        : /error TS\d+/.test(out)
          ? 'errors'
          : 'failed';
  return { status, s, out, ...(rss ? { peakMB: Number(rss[1]) / 1024 } : {}) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function dirSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) {
      const sub = dirSize(full);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

function firstProblem(r: Run): string {
  const line =
    r.out.split('\n').find((l) => /error TS\d+|heap out of memory|Error:/.test(l)) ??
    r.out.trim().split('\n').at(-1) ??
    '';
  return line.trim().slice(0, 200);
}

const tscBin = (copy: string) => join(copy, 'node_modules', 'typescript', 'bin', 'tsc');

interface Tsc {
  status: Status;
  s: number;
  memMB?: number;
  peakMB?: number;
  instantiations?: number;
  problem?: string;
}

function tsc(copy: string, project: string): Tsc {
  const r = run(process.execPath, [tscBin(copy), '--noEmit', '-p', project, '--extendedDiagnostics'], copy);
  const mem = /Memory used:\s+(\d+)K/.exec(r.out);
  const inst = /Instantiations:\s+(\d+)/.exec(r.out);
  return {
    status: r.status,
    s: r.s,
    ...(mem ? { memMB: Number(mem[1]) / 1024 } : {}),
    ...(r.peakMB ? { peakMB: r.peakMB } : {}),
    ...(inst ? { instantiations: Number(inst[1]) } : {}),
    ...(r.status === 'ok' ? {} : { problem: firstProblem(r) }),
  };
}

// The user's side: one program per product client, one call each (the `import` is filled in).
const userProgram = (from: string) => `import {
  createMiniProgram,
  createOfficialAccount,
  createOpenPlatform,
  createWork,
  createWorkSuite,
} from '${from}';

const encodingAESKey = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const oa = createOfficialAccount({ appId: 'wx1', appSecret: 's' });
const mp = createMiniProgram({ appId: 'wx2', appSecret: 's' });
const open = createOpenPlatform({ componentAppId: 'wx3', componentAppSecret: 's', token: 't', encodingAESKey });
const work = createWork({ corpId: 'ww1', agentId: 1000002, secret: 's' });
const suite = createWorkSuite({ suiteId: 'ww2', suiteSecret: 's', token: 't', encodingAESKey });

export async function main(): Promise<unknown[]> {
  const user = await oa.api.user.info({ openid: 'o1', lang: 'zh_CN' });
  const session = await mp.api.auth.code2Session({
    appid: 'wx2',
    secret: 's',
    js_code: 'c',
    grant_type: 'authorization_code',
  });
  const info = await open.api.component.getAuthorizerInfo({ component_appid: 'wx3', authorizer_appid: 'wx4' });
  const member = await work.api.user.get({ userid: 'zhangsan' });
  const code = await suite.api.suite.getPreAuthCode();
  return [user, session, info, member, code];
}
`;

const USER_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
  },
  files: ['main.ts'],
};

// The programs run offline: a fetch that answers every call (token and endpoint) with one JSON body.
const OFFLINE_FETCH = `async () => new Response('{"access_token":"T","expires_in":7200,"openid":"o","session_key":"k","subscribe":0}', { headers: { 'content-type': 'application/json' } })`;

const MP_ONE = (from: string) => `import { createMiniProgram } from '${from}';
const mp = createMiniProgram({ appId: process.env.APP_ID ?? 'wx', appSecret: process.env.APP_SECRET ?? 's', fetch: ${OFFLINE_FETCH} });
console.log(
  await mp.api.auth.code2Session({ appid: 'wx', secret: 's', js_code: 'c', grant_type: 'authorization_code' }),
);
`;

const OA_ONE = (from: string) => `import { createOfficialAccount } from '${from}';
const oa = createOfficialAccount({ appId: process.env.APP_ID ?? 'wx', appSecret: process.env.APP_SECRET ?? 's', fetch: ${OFFLINE_FETCH} });
console.log(await oa.api.user.info({ openid: 'o1' }));
`;

const CLIENTS = `import { createOfficialAccount, createOpenPlatform } from '../dist/index.js';
const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
const h0 = heap();
let t = performance.now();
const oa = createOfficialAccount({ appId: 'wx1', appSecret: 's' });
const oneMs = performance.now() - t;
const oneKB = (heap() - h0) / 1024;
const open = createOpenPlatform({
  componentAppId: 'wx3',
  componentAppSecret: 's',
  token: 't',
  encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
});
const h1 = heap();
t = performance.now();
const kept = [];
for (let i = 0; i < 1000; i++) kept.push(open.authorizer('wxauthorizer' + i));
const authMs = performance.now() - t;
const authMB = (heap() - h1) / 1048576;
console.log(JSON.stringify({ oneMs, oneKB, authMs, authMB, n: kept.length + (oa ? 0 : 1) }));
`;

// Records every file a program loads (a module hook), for the bytes a split bundle really reads.
const LOAD_HOOKS = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.WXKIT_LOADED_LOG, url + '\\n');
  return next(url, context);
}`;

function loadedKB(main: string, cwd: string, problems: string[]): number | undefined {
  const dir = dirname(main);
  const hooks = join(dir, 'hooks.mjs');
  const register = join(dir, 'register.mjs');
  const log = join(dir, 'loaded.txt');
  writeFileSync(hooks, LOAD_HOOKS);
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
  );
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', register, main], {
    cwd,
    encoding: 'utf8',
    env: { ...ENV, WXKIT_LOADED_LOG: log },
  });
  if (r.status !== 0) {
    problems.push(`run ${main}: ${r.stderr.trim().split('\n').slice(0, 3).join(' ')}`);
    return undefined;
  }
  const files = new Set(
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((u) => u.startsWith('file:'))
      .map((u) => fileURLToPath(u))
      .filter((f) => f.startsWith(dir) && !f.endsWith('hooks.mjs') && !f.endsWith('register.mjs')),
  );
  return [...files].reduce((sum, f) => sum + statSync(f).size, 0) / 1024;
}

interface Result {
  n: number;
  files: number;
  generate: Run & { files?: number; mb?: number };
  typecheck: Tsc;
  build: Run;
  userTsc: Tsc & { via: string };
  importMs?: number;
  importWallMs?: number;
  mpKB?: number;
  oaKB?: number;
  /** Split bundles (esbuild --splitting): the bytes the one-call program loads when it runs. */
  mpLoadedKB?: number;
  oaLoadedKB?: number;
  bundleVia?: string;
  tarballKB?: number;
  clients?: { oneMs: number; oneKB: number; authMs: number; authMB: number };
  problems: string[];
}

async function measure(n: number, base: string, work: string): Promise<Result> {
  const copy = join(work, `project-${n}`);
  copyProject(copy, base);
  const spec = buildSyntheticSpec({
    endpoints: n,
    outDir: join(work, `spec-${n}`),
    specDir: join(base, 'spec'),
    srcDir: join(base, 'src'),
  });
  const log = (what: string) => console.log(`  [${n}] ${what}`);
  const problems: string[] = [];
  log(`synthetic spec: ${spec.endpoints} endpoints in ${spec.files} files ${JSON.stringify(spec.perDir)}`);
  log(`kinds: ${JSON.stringify(spec.features)}`);

  // 1. generate
  const gen = run(
    process.execPath,
    ['--import', 'tsx', 'codegen/cli.ts', '--spec', spec.dir, '--out', 'generated'],
    copy,
  );
  const size = existsSync(join(copy, 'generated')) ? dirSize(join(copy, 'generated')) : undefined;
  const generate = { ...gen, ...(size ? { files: size.files, mb: size.bytes / 1048576 } : {}) };
  log(`generate: ${gen.status} ${gen.s.toFixed(1)} s, ${size?.files} files, ${generate.mb?.toFixed(1)} MB`);
  if (gen.status !== 'ok') problems.push(`generate: ${firstProblem(gen)}`);

  // 2. the project's own typecheck
  const typecheck = tsc(copy, 'tsconfig.json');
  log(`typecheck: ${typecheck.status} ${typecheck.s.toFixed(1)} s, ${typecheck.memMB?.toFixed(0)} MB used`);
  if (typecheck.problem) problems.push(`typecheck: ${typecheck.problem}`);

  // 4. (before 3, which uses its declarations) the build
  const built = run('npm', ['run', '-s', 'build'], copy);
  log(`build: ${built.status} ${built.s.toFixed(1)} s`);
  if (built.status !== 'ok') problems.push(`build: ${firstProblem(built)}`);

  // 3. the user program
  const userDir = join(copy, 'bench-user');
  mkdirSync(userDir, { recursive: true });
  const viaDist = existsSync(join(copy, 'dist', 'src', 'index.d.ts'));
  writeFileSync(join(userDir, 'main.ts'), userProgram(viaDist ? 'wxkit' : '../src/index.js'));
  writeFileSync(join(userDir, 'tsconfig.json'), JSON.stringify(USER_TSCONFIG, null, 2));
  // small and quick: the median of 3 runs
  const userRuns = [0, 1, 2].map(() => tsc(copy, 'bench-user/tsconfig.json')).sort((a, b) => a.s - b.s);
  const userTsc = { ...userRuns[1]!, via: viaDist ? 'dist .d.ts' : 'src' };
  log(
    `user tsc (${userTsc.via}): ${userTsc.status} ${userTsc.s.toFixed(1)} s, ${userTsc.memMB?.toFixed(0)} MB`,
  );
  if (userTsc.problem) problems.push(`user tsc: ${userTsc.problem}`);

  const result: Result = { n, files: spec.files, generate, typecheck, build: built, userTsc, problems };
  const dist = join(copy, 'dist', 'index.js');
  if (existsSync(dist)) {
    // 4. cold import: in-process import time (as bench/client.ts) and the whole process's wall time
    const times: number[] = [];
    const walls: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      const r = spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const t=performance.now(); await import(${JSON.stringify(dist)}); console.log(performance.now()-t)`,
        ],
        { encoding: 'utf8', env: ENV },
      );
      walls.push(performance.now() - t);
      if (r.status === 0) times.push(Number(r.stdout.trim()));
      else problems.push(`cold import: ${r.stderr.trim().split('\n')[0]}`);
    }
    if (times.length) result.importMs = median(times);
    result.importWallMs = median(walls);
    log(`cold import: ${result.importMs?.toFixed(1)} ms (process ${result.importWallMs.toFixed(0)} ms)`);

    // 7. clients
    writeFileSync(join(userDir, 'clients.mjs'), CLIENTS);
    const runs: Array<NonNullable<Result['clients']>> = [];
    for (let i = 0; i < 5; i++) {
      const r = spawnSync(process.execPath, ['--expose-gc', join(userDir, 'clients.mjs')], {
        encoding: 'utf8',
        env: ENV,
        cwd: copy,
      });
      if (r.status === 0) runs.push(JSON.parse(r.stdout.trim().split('\n').at(-1)!));
      else problems.push(`clients: ${r.stderr.trim().split('\n').slice(0, 3).join(' ')}`);
    }
    if (runs.length) {
      result.clients = {
        oneMs: median(runs.map((r) => r.oneMs)),
        oneKB: median(runs.map((r) => r.oneKB)),
        authMs: median(runs.map((r) => r.authMs)),
        authMB: median(runs.map((r) => r.authMB)),
      };
      log(`clients: ${JSON.stringify(result.clients)}`);
    }
  }

  // 5. one-call bundles, from the built package (src when there is no dist/): one file with every
  // chunk it can reach (what a bundler that does not split writes), and split (esbuild --splitting),
  // run once offline, counting the bytes of the files the program actually loads.
  const from = existsSync(dist) ? '../dist/index.js' : '../src/index.js';
  result.bundleVia = existsSync(dist) ? 'dist' : 'src';
  for (const [key, loadedKey, text] of [
    ['mpKB', 'mpLoadedKB', MP_ONE(from)],
    ['oaKB', 'oaLoadedKB', OA_ONE(from)],
  ] as const) {
    const entry = join(userDir, `${key}.ts`);
    writeFileSync(entry, text);
    try {
      const common: BuildOptions = {
        entryPoints: [entry],
        bundle: true,
        minify: true,
        platform: 'node',
        format: 'esm',
        logLevel: 'silent',
        absWorkingDir: copy,
      };
      const b = await build({ ...common, write: false });
      result[key] = b.outputFiles![0]!.contents.length / 1024;
      const outdir = join(userDir, `split-${key}`);
      await build({ ...common, splitting: true, outdir, entryNames: 'main' });
      result[loadedKey] = loadedKB(join(outdir, 'main.js'), copy, problems);
    } catch (err) {
      problems.push(`bundle ${key}: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  log(
    `bundles: MP ${result.mpKB?.toFixed(1)} KB (loads ${result.mpLoadedKB?.toFixed(1)}), OA ${result.oaKB?.toFixed(1)} KB (loads ${result.oaLoadedKB?.toFixed(1)})`,
  );

  // 6. the npm tarball
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: copy, encoding: 'utf8', env: ENV });
  try {
    const json = JSON.parse(pack.stdout) as Array<{ size: number }>;
    result.tarballKB = json[0]!.size / 1024;
  } catch {
    problems.push(`npm pack: ${pack.stderr.trim().split('\n').at(-1)}`);
  }
  log(`tarball: ${result.tarballKB?.toFixed(0)} KB`);
  return result;
}

// ---- the report

type Cell = { value?: number; text: string };
const num = (v: number | undefined, digits: number): Cell =>
  v === undefined ? { text: '—' } : { value: v, text: v.toFixed(digits) };
const timed = (r: { status: Status; s: number }, digits = 1): Cell =>
  r.status === 'ok' ? num(r.s, digits) : { text: `${r.status} (${r.s.toFixed(0)} s)` };

interface Row {
  label: string;
  cell: (r: Result) => Cell;
}

const ROWS: Row[] = [
  { label: 'generate, s', cell: (r) => timed(r.generate) },
  { label: 'generate, peak RSS MB', cell: (r) => num(r.generate.peakMB, 0) },
  { label: 'generated/, MB', cell: (r) => num(r.generate.mb, 1) },
  { label: 'typecheck (project tsc), s', cell: (r) => timed(r.typecheck) },
  { label: 'typecheck, "Memory used" MB', cell: (r) => num(r.typecheck.memMB, 0) },
  { label: 'typecheck, peak RSS MB', cell: (r) => num(r.typecheck.peakMB, 0) },
  {
    label: 'typecheck, instantiations (k)',
    cell: (r) => num(r.typecheck.instantiations && r.typecheck.instantiations / 1000, 0),
  },
  { label: 'npm run build, s', cell: (r) => timed(r.build) },
  {
    label: 'user program tsc, s',
    cell: (r) => ({ ...timed(r.userTsc, 2), text: `${timed(r.userTsc, 2).text} [${r.userTsc.via}]` }),
  },
  { label: 'user program tsc, "Memory used" MB', cell: (r) => num(r.userTsc.memMB, 0) },
  { label: 'cold import dist/index.js, ms (median of 10)', cell: (r) => num(r.importMs, 1) },
  { label: 'cold import, whole process wall, ms', cell: (r) => num(r.importWallMs, 0) },
  { label: 'one-call Mini Program, split bundle: KB loaded', cell: (r) => num(r.mpLoadedKB, 1) },
  { label: 'one-call OA, split bundle: KB loaded', cell: (r) => num(r.oaLoadedKB, 1) },
  { label: 'one-call Mini Program, single-file bundle, KB', cell: (r) => num(r.mpKB, 1) },
  { label: 'one-call OA, single-file bundle, KB', cell: (r) => num(r.oaKB, 1) },
  { label: 'npm tarball, KB', cell: (r) => num(r.tarballKB, 0) },
  { label: 'create one OA client, ms', cell: (r) => num(r.clients?.oneMs, 2) },
  { label: 'create one OA client, heap KB', cell: (r) => num(r.clients?.oneKB, 0) },
  { label: 'create 1,000 authorizer clients, ms', cell: (r) => num(r.clients?.authMs, 0) },
  { label: 'create 1,000 authorizer clients, heap MB', cell: (r) => num(r.clients?.authMB, 1) },
];

const ratio = (a: Cell, b: Cell) =>
  a.value !== undefined && b.value !== undefined && Number.isFinite(a.value) && a.value > 0
    ? b.value / a.value
    : undefined;

function report(results: Result[]) {
  const lo = results[0]!;
  const hi = results.at(-1)!;
  const head = ['figure', ...results.map((r) => `N = ${r.n}`), `${hi.n} ÷ ${lo.n}`];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_h, i) => (i ? '---:' : '---')).join('|')}|`];
  for (const row of ROWS) {
    const cells = results.map(row.cell);
    const q = ratio(cells[0]!, cells.at(-1)!);
    lines.push(
      `| ${row.label} | ${cells.map((c) => c.text).join(' | ')} | ${q === undefined ? '—' : `${q.toFixed(2)}×`} |`,
    );
  }
  console.log(`\n${lines.join('\n')}`);

  // The issue's acceptance targets, at the largest size against the smallest.
  const q = (label: string) => {
    const row = ROWS.find((r) => r.label === label)!;
    return ratio(row.cell(lo), row.cell(hi));
  };
  const x = (v: number | undefined) => (v === undefined ? 'n/a' : `${v.toFixed(2)}×`);
  const verdict = (name: string, met: boolean, detail: string) =>
    console.log(`${met ? 'MET    ' : 'NOT MET'}  ${name}: ${detail}`);
  console.log(`\nTargets (N = ${hi.n} against N = ${lo.n}):`);
  const tq = q('typecheck (project tsc), s');
  verdict(
    'project typecheck within the default heap and ≤ 3× time',
    hi.typecheck.status === 'ok' && tq !== undefined && tq <= 3,
    `${hi.typecheck.status}, ${hi.typecheck.s.toFixed(1)} s, ${x(tq)}`,
  );
  const uq = q('user program tsc, s');
  verdict(
    'user program tsc ≤ 1.5×',
    hi.userTsc.status === 'ok' && uq !== undefined && uq <= 1.5,
    `${hi.userTsc.status} [${hi.userTsc.via}], ${hi.userTsc.s.toFixed(2)} s, ${x(uq)}`,
  );
  const iq = q('cold import dist/index.js, ms (median of 10)');
  verdict(
    'cold import ≤ 50 ms and ≤ 1.2×',
    hi.importMs !== undefined && hi.importMs <= 50 && iq !== undefined && iq <= 1.2,
    `${hi.importMs?.toFixed(1) ?? 'n/a'} ms, ${x(iq)}`,
  );
  const mq = q('one-call Mini Program, split bundle: KB loaded');
  const oq = q('one-call OA, split bundle: KB loaded');
  verdict(
    'one-call bundle ≤ 150 KB and ≤ 1.2× (bytes a split bundle loads)',
    [hi.mpLoadedKB, hi.oaLoadedKB].every((v) => v !== undefined && v <= 150) &&
      [mq, oq].every((v) => v !== undefined && v <= 1.2),
    `MP ${hi.mpLoadedKB?.toFixed(1) ?? 'n/a'} KB (${x(mq)}), OA ${hi.oaLoadedKB?.toFixed(1) ?? 'n/a'} KB (${x(oq)}); ` +
      `single file: MP ${hi.mpKB?.toFixed(0) ?? 'n/a'} KB (${x(q('one-call Mini Program, single-file bundle, KB'))})`,
  );
  const cq = [
    q('create one OA client, ms'),
    q('create one OA client, heap KB'),
    q('create 1,000 authorizer clients, ms'),
    q('create 1,000 authorizer clients, heap MB'),
  ];
  verdict(
    'creating a client and 1,000 authorizer clients ≤ 1.2× time and heap',
    cq.every((v) => v !== undefined && v <= 1.2),
    `one: ${x(cq[0])} time, ${x(cq[1])} heap; 1,000 authorizers: ${x(cq[2])} time, ${x(cq[3])} heap`,
  );
  verdict(
    'generate ≤ 60 s',
    hi.generate.status === 'ok' && hi.generate.s <= 60,
    `${hi.generate.status}, ${hi.generate.s.toFixed(1)} s`,
  );
  for (const r of results) for (const p of r.problems) console.log(`  N = ${r.n}: ${p}`);
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'wxkit-scale-'));
  // One snapshot of the tree for every size, so that a change landing mid-run cannot mix layouts.
  const base = join(work, 'base');
  mkdirSync(base);
  for (const name of [...COPIED, 'spec']) {
    if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(base, name), { recursive: true });
  }
  const head = spawnSync('git', ['log', '-1', '--format=%h %s'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'codegen', 'src', 'spec', 'scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  console.log(
    `bench/scale.ts: sizes ${SIZES.join(', ')}; tree ${head}${dirty ? ' + uncommitted changes' : ''}; ` +
      `node ${process.version}; ${TIME ? 'peak RSS from /usr/bin/time -v' : 'no /usr/bin/time: no peak RSS'}; work dir ${work}`,
  );
  const results: Result[] = [];
  for (const n of SIZES) {
    console.log(`\n== N = ${n}`);
    results.push(await measure(n, base, work));
  }
  report(results);
  const json = opt('--json');
  if (json)
    writeFileSync(
      json,
      JSON.stringify(
        results.map(({ generate, build: b, ...r }) => ({
          ...r,
          generate: { ...generate, out: undefined },
          build: { ...b, out: undefined },
        })),
        null,
        2,
      ),
    );
  if (KEEP) console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

await main();
