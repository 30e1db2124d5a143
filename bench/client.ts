// A generated method (validation + ky + errcode unwrap + response validation) against a raw fetch of
// the same request to the same local server, in one run; then the cold import time of wxkit.
// Run: npx tsx bench/client.ts   (not part of npm test)
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOfficialAccount } from '../src/index.js';

const BODY = JSON.stringify({
  subscribe: 1,
  openid: 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M',
  language: 'zh_CN',
  subscribe_time: 1382694957,
  remark: '',
  groupid: 0,
  tagid_list: [128, 2],
  subscribe_scene: 'ADD_SCENE_QR_CODE',
  qr_scene: 98765,
  qr_scene_str: '',
});

const server = createServer((req, res) => {
  if (req.url?.startsWith('/cgi-bin/stable_token')) {
    req.resume();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ access_token: 'T'.repeat(136), expires_in: 7200 }));
    return;
  }
  res.setHeader('content-type', 'application/json');
  res.end(BODY);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const oa = createOfficialAccount({
  appId: 'wxbench',
  appSecret: 'secret',
  hosts: { 'api.weixin.qq.com': base },
});
const token = await oa.getAccessToken();

const raw = async () => {
  const res = await fetch(
    `${base}/cgi-bin/user/info?openid=o6_bmjrPTlm6_2sgVt7hMZOPfL2M&lang=zh_CN&access_token=${token}`,
  );
  const data = (await res.json()) as { errcode?: number };
  if (data.errcode) throw new Error('errcode');
  return data;
};
const generated = () => oa.api.user.info({ openid: 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M', lang: 'zh_CN' });

async function latency(fn: () => Promise<unknown>, n: number) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(n / 2)]!, p99: times[Math.floor(n * 0.99)]! };
}

async function throughput(fn: () => Promise<unknown>, ms: number, concurrency: number) {
  let done = 0;
  const end = performance.now() + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        await fn();
        done++;
      }
    }),
  );
  return (done / ms) * 1000;
}

// Warm up both paths (JIT, keep-alive sockets, the lazily loaded schema module).
await latency(raw, 500);
await latency(generated, 500);

const rounds = 3;
const lat = { raw: [] as number[], gen: [] as number[] };
const thr = { raw: [] as number[], gen: [] as number[] };
for (let r = 0; r < rounds; r++) {
  // Alternate the order so neither side always runs on a warmer machine.
  const [a, b] = r % 2 ? [generated, raw] : [raw, generated];
  const la = await latency(a, 2000);
  const lb = await latency(b, 2000);
  (a === raw ? lat.raw : lat.gen).push(la.p50);
  (b === raw ? lat.raw : lat.gen).push(lb.p50);
  const ta = await throughput(a, 2000, 32);
  const tb = await throughput(b, 2000, 32);
  (a === raw ? thr.raw : thr.gen).push(ta);
  (b === raw ? thr.raw : thr.gen).push(tb);
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
server.close();

// Cold import: median of 10 fresh processes, each importing the package entry and timing it.
const importMs: number[] = [];
for (let i = 0; i < 10; i++) {
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      "const t=performance.now(); await import('./src/index.ts'); console.log(performance.now()-t)",
    ],
    { encoding: 'utf8' },
  );
  importMs.push(Number(out.trim()));
}
let builtImport = 'n/a (run `npm run build` first)';
try {
  const built: number[] = [];
  for (let i = 0; i < 10; i++) {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const t=performance.now(); await import('./dist/src/index.js'); console.log(performance.now()-t)",
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    built.push(Number(out.trim()));
  }
  builtImport = `${median(built).toFixed(1)} ms`;
} catch {}

const rows = [
  [
    'p50 latency (ms)',
    median(lat.raw).toFixed(3),
    median(lat.gen).toFixed(3),
    `${(median(lat.gen) / median(lat.raw)).toFixed(2)}x`,
    '<= 1.30x',
  ],
  [
    'throughput (req/s, 32 in flight)',
    median(thr.raw).toFixed(0),
    median(thr.gen).toFixed(0),
    `${((median(thr.gen) / median(thr.raw)) * 100).toFixed(0)}%`,
    '>= 75%',
  ],
];
console.log('\nwxkit generated method vs raw fetch, same local server, same run (median of 3 rounds)\n');
console.log('| metric | raw fetch | oa.api.user.info | ratio | target |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(
  `\ncold import of wxkit (median of 10 processes): dist ${builtImport}; source via tsx ${median(importMs).toFixed(1)} ms (includes transpiling)`,
);
