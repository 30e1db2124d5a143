// A generated method (param validation + token + ky + errcode unwrap + response validation) against ky
// alone (the same request, no wxkit around it) and a raw fetch (the floor), to the same local server,
// in one run: the target is what wxkit adds over ky (ky is the HTTP layer by design).
// The server runs in a child process, as WeChat would be remote: the client's own cost is not mixed
// with the server's on one event loop. Then the cold import time of the built package.
// Run: npx tsx bench/client.ts [rounds, default 5]   (not part of npm test; builds dist/ first)
import { execFileSync, fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import ky from 'ky';
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

function serve() {
  const server = createServer((req, res) => {
    req.resume();
    res.setHeader('content-type', 'application/json');
    res.end(
      req.url?.startsWith('/cgi-bin/stable_token')
        ? JSON.stringify({ access_token: 'T'.repeat(136), expires_in: 7200 })
        : BODY,
    );
  });
  server.listen(0, '127.0.0.1', () => process.send?.((server.address() as AddressInfo).port));
  process.on('disconnect', () => process.exit(0));
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

async function latency(fn: () => Promise<unknown>, n: number) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Requests per second with 32 in flight, and this process's CPU µs per request. */
async function throughput(fn: () => Promise<unknown>, ms: number) {
  let done = 0;
  const cpu = process.cpuUsage();
  const end = performance.now() + ms;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (performance.now() < end) {
        await fn();
        done++;
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return { rps: (done / ms) * 1000, cpu: (used.user + used.system) / done };
}

function coldImport(file: string): number[] {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const t=performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now()-t)`,
      ],
      { encoding: 'utf8' },
    );
    times.push(Number(out.trim()));
  }
  return times;
}

async function main() {
  const rounds = Number(process.argv[2] ?? 5);
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: process.execArgv });
  const port = await new Promise<number>((resolve) => child.once('message', (m) => resolve(m as number)));
  const base = `http://127.0.0.1:${port}`;
  const oa = createOfficialAccount({
    appId: 'wxbench',
    appSecret: 'secret',
    hosts: { 'api.weixin.qq.com': base },
  });
  const token = await oa.getAccessToken();
  const url = `${base}/cgi-bin/user/info?openid=o6_bmjrPTlm6_2sgVt7hMZOPfL2M&lang=zh_CN&access_token=${token}`;
  const bareKy = ky.create({ throwHttpErrors: false, retry: 0 });

  const sides = {
    raw: async () => {
      const data = (await (await fetch(url)).json()) as { errcode?: number };
      if (data.errcode) throw new Error('errcode');
      return data;
    },
    ky: async () => {
      const data = (await (await bareKy(url, { timeout: 10_000 })).json()) as { errcode?: number };
      if (data.errcode) throw new Error('errcode');
      return data;
    },
    wxkit: () => oa.api.user.info({ openid: 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M', lang: 'zh_CN' }),
  };
  type Side = keyof typeof sides;
  const names = Object.keys(sides) as Side[];
  const lat = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Side, number[]>;
  const rps = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Side, number[]>;
  const cpu = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Side, number[]>;

  // Warm up every path (JIT, keep-alive sockets, the lazily loaded schema module and ky).
  for (const n of names) await throughput(sides[n], 500);
  for (let r = 0; r < rounds; r++) {
    // Rotate the order so that no side always runs first on a warmer (or noisier) machine.
    const order = names.map((_, i) => names[(i + r) % names.length]!);
    for (const n of order) lat[n].push(await latency(sides[n], 1000));
    for (const n of order) {
      const t = await throughput(sides[n], 2000);
      rps[n].push(t.rps);
      cpu[n].push(t.cpu);
    }
  }
  child.disconnect();

  console.log(
    `\noa.api.user.info vs raw fetch (and ky alone), server in a child process, median of ${rounds} rounds, node ${process.version}\n`,
  );
  // ky is the HTTP layer by design: the target is what wxkit adds over ky alone; raw fetch is the floor.
  console.log('| metric | raw fetch (floor) | ky alone | wxkit | wxkit ÷ ky | wxkit ÷ raw | target |');
  console.log('|---|---|---|---|---|---|---|');
  const row = (name: string, m: Record<Side, number[]>, digits: number, target: string) => {
    const q = (a: Side, b: Side) => `${(median(m[a]) / median(m[b])).toFixed(2)}×`;
    console.log(
      `| ${name} | ${names.map((n) => median(m[n]).toFixed(digits)).join(' | ')} | ${q('wxkit', 'ky')} | ${q('wxkit', 'raw')} | ${target} |`,
    );
  };
  row('p50 latency (ms), 1 in flight', lat, 3, 'wxkit ÷ ky ≤ 1.10×');
  row('client CPU µs per request, 32 in flight', cpu, 0, 'wxkit ÷ ky ≤ 1.10×');
  row('throughput (req/s), 32 in flight', rps, 0, '');

  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'ignore' });
  const dist = coldImport(fileURLToPath(new URL('../dist/index.js', import.meta.url)));
  console.log(
    `\ncold import of the built wxkit (median of 10 fresh processes): ${median(dist).toFixed(1)} ms ` +
      `(min ${Math.min(...dist).toFixed(1)}, max ${Math.max(...dist).toFixed(1)}); target ≤ 50 ms`,
  );
}

if (process.argv[2] === '--serve') serve();
else await main();
