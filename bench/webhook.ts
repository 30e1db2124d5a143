// Webhook throughput: a safe-mode (encrypted) text push → typed handler → encrypted reply, against
// two baselines measured in the same run:
//   bare     a node:http server that answers "success" (the ceiling of the HTTP stack)
//   minimal  a hand-written handler: verify msg_signature, decrypt, find the fields with indexOf,
//            build the reply XML, encrypt and sign it with node:crypto (the cost of the work itself)
//   wxkit    createWebhook + bot.node from the built package, with duplicate suppression (MemoryStore)
//            and the deadline on
// Each server runs in its own child process; autocannon drives one at a time from this process over
// 127.0.0.1, and the runs alternate between the servers, round after round. Every request is a
// distinct push (its own MsgId), so duplicate suppression never short-cuts one. Besides req/s, each
// server reports its own CPU time per request, which a busy machine disturbs much less.
// Run: npx tsx bench/webhook.ts [seconds per run, default 5] [rounds, default 6]
//      WXKIT_BENCH_BEFORE=tmp/dist-before npx tsx bench/webhook.ts   (A/B against an earlier build)
import { execFileSync, fork } from 'node:child_process';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { MessageCrypto } from '../src/crypto/index.js';

const TOKEN = 'bench-token';
const AES_KEY = 'kW3UqRrCpS9fYvJ0nL2hTgM5eB8aZ1xQ4oI7uD6cF3s';
const APPID = 'wx1234567890abcdef';
const CONNECTIONS = 50;
// WXKIT_BENCH_BEFORE=<dir>: a copy of an earlier dist/ inside the checkout, so that its imports
// resolve from node_modules (cp -r dist tmp/dist-before; tmp/ is ignored), loaded as a fourth
// server, to A/B a change in the same run.
const BEFORE = process.env.WXKIT_BENCH_BEFORE;
type ServerKind = 'bare' | 'minimal' | 'wxkit' | 'before';
const SERVERS: readonly ServerKind[] = ['bare', 'minimal', 'wxkit', ...(BEFORE ? (['before'] as const) : [])];

// ------------------------------------------------------------------------------------------------
// Servers (child processes)

function bareServer() {
  return createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('success');
    });
  });
}

function minimalServer() {
  const key = Buffer.from(`${AES_KEY}=`, 'base64');
  const iv = key.subarray(0, 16);
  const between = (s: string, open: string, close: string) => {
    const a = s.indexOf(open);
    if (a === -1) return undefined;
    const b = s.indexOf(close, a + open.length);
    return b === -1 ? undefined : s.slice(a + open.length, b);
  };
  const sha1 = (parts: string[]) => createHash('sha1').update(parts.sort().join('')).digest('hex');
  const fail = (res: ServerResponse, status: number) => {
    res.writeHead(status);
    res.end();
  };
  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const query = new URLSearchParams((req.url ?? '').slice((req.url ?? '').indexOf('?') + 1));
    const timestamp = query.get('timestamp') ?? '';
    const nonce = query.get('nonce') ?? '';
    const encrypt = between(body, '<Encrypt><![CDATA[', ']]></Encrypt>');
    if (!encrypt || sha1([TOKEN, timestamp, nonce, encrypt]) !== query.get('msg_signature'))
      return fail(res, 401);
    const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    const plain = Buffer.concat([decipher.update(encrypt, 'base64'), decipher.final()]);
    const length = plain.readUInt32BE(16);
    const xml = plain.toString('utf8', 20, 20 + length);
    if (plain.toString('utf8', 20 + length, plain.length - (plain[plain.length - 1] ?? 0)) !== APPID) {
      return fail(res, 401);
    }
    const from = between(xml, '<FromUserName><![CDATA[', ']]>');
    const to = between(xml, '<ToUserName><![CDATA[', ']]>');
    const content = between(xml, '<Content><![CDATA[', ']]>');
    const now = Math.floor(Date.now() / 1000);
    const replyXml =
      `<xml><ToUserName><![CDATA[${from}]]></ToUserName><FromUserName><![CDATA[${to}]]></FromUserName>` +
      `<CreateTime>${now}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
      `<Content><![CDATA[you said ${content}]]></Content></xml>`;
    const msg = Buffer.from(replyXml);
    const id = Buffer.from(APPID);
    const size = 20 + msg.length + id.length;
    const pad = 32 - (size % 32);
    const out = Buffer.alloc(size + pad, pad);
    randomBytes(16).copy(out);
    out.writeUInt32BE(msg.length, 16);
    msg.copy(out, 20);
    id.copy(out, 20 + msg.length);
    const cipher = createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    const sealed = Buffer.concat([cipher.update(out), cipher.final()]).toString('base64');
    const replyNonce = String(Math.floor(Math.random() * 1e10));
    const signature = sha1([TOKEN, String(now), replyNonce, sealed]);
    const answer =
      `<xml><Encrypt><![CDATA[${sealed}]]></Encrypt><MsgSignature><![CDATA[${signature}]]></MsgSignature>` +
      `<TimeStamp>${now}</TimeStamp><Nonce><![CDATA[${replyNonce}]]></Nonce></xml>`;
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end(answer);
  };
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
}

// The built package (dist/, as users run it), not src/ under tsx: tsx's keepNames helper wraps every
// closure a request creates, which would charge wxkit for the benchmark's tooling.
async function wxkitServer(distDir: string) {
  const dist = (path: string) => pathToFileURL(resolve(distDir, path)).href;
  const { createWebhook } = (await import(dist('webhook.js'))) as typeof import('../src/webhook/index.js');
  const { reply } = (await import(dist('messages.js'))) as typeof import('../src/messages/index.js');
  const bot = createWebhook({ product: 'oa', token: TOKEN, encodingAESKey: AES_KEY, receiveId: APPID }).on(
    'text',
    (msg) => reply.text(`you said ${msg.Content}`),
  );
  return createServer(bot.node);
}

async function serve(kind: ServerKind) {
  const server =
    kind === 'bare'
      ? bareServer()
      : kind === 'minimal'
        ? minimalServer()
        : await wxkitServer(
            kind === 'before' ? BEFORE! : fileURLToPath(new URL('../dist/', import.meta.url)),
          );
  // CPU time per request, measured in the server process: unlike req/s it does not depend on how
  // much of the machine the load generator and the rest of the system leave to the server.
  let requests = 0;
  let since = process.cpuUsage();
  server.on('request', () => requests++);
  // The driver gone (done, or failed): nothing left to serve.
  process.on('disconnect', () => process.exit(0));
  process.on('message', (m) => {
    if (m === 'reset') {
      requests = 0;
      since = process.cpuUsage();
    } else if (m === 'report') {
      const used = process.cpuUsage(since);
      // Peak RSS of the whole process life (KB on Linux): unique pushes fill the duplicate memory.
      process.send?.({
        requests,
        cpuMicros: used.user + used.system,
        maxRssKB: process.resourceUsage().maxRSS,
      });
    } else if (m === 'exit') {
      process.exit(0);
    }
  });
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
}

// ------------------------------------------------------------------------------------------------
// Driver

const crypto = new MessageCrypto({ token: TOKEN, encodingAESKey: AES_KEY, receiveId: APPID });
let nextId = 6_000_000_000_000_000_000n;

/** A fresh safe-mode push with its own MsgId. */
function push(): { path: string; body: string } {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const xml =
    `<xml><ToUserName><![CDATA[gh_1234567890ab]]></ToUserName><FromUserName><![CDATA[oUser_openid_1234567890]]></FromUserName>` +
    `<CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content><![CDATA[hello from the benchmark]]></Content><MsgId>${nextId++}</MsgId></xml>`;
  const sealed = crypto.encrypt(xml, { timestamp });
  const query = new URLSearchParams({
    signature: 'unused-in-safe-mode',
    timestamp,
    nonce: sealed.nonce,
    openid: 'oUser_openid_1234567890',
    encrypt_type: 'aes',
    msg_signature: sealed.msgSignature,
  });
  return {
    path: `/wechat?${query}`,
    body: `<xml><ToUserName><![CDATA[gh_1234567890ab]]></ToUserName><Encrypt><![CDATA[${sealed.encrypt}]]></Encrypt></xml>`,
  };
}

async function start(kind: ServerKind) {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', kind], { execArgv: process.execArgv });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  const ask = <T>(message: string) =>
    new Promise<T>((resolve) => {
      child.once('message', (m) => resolve(m as T));
      child.send(message);
    });
  return {
    port,
    reset: () => child.send('reset'),
    report: async () => {
      const { requests, cpuMicros, maxRssKB } = await ask<{
        requests: number;
        cpuMicros: number;
        maxRssKB: number;
      }>('report');
      return { cpu: cpuMicros / Math.max(requests, 1), rssMB: maxRssKB / 1024 };
    },
    stop: () => child.send('exit'),
  };
}

interface RunResult {
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Server CPU time (user + system) per request, µs. */
  cpu: number;
  /** The server process's peak RSS so far, MiB. */
  rssMB: number;
}

async function load(port: number, seconds: number) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'text/xml' },
        setupRequest: (req) => ({ ...req, ...push() }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid)
    ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
    : (sorted[Math.floor(mid)] ?? 0);
}

async function main() {
  const seconds = Number(process.argv[2] ?? 5);
  const rounds = Number(process.argv[3] ?? 6);
  // All servers start up front (idle until loaded). Each round loads them one after the
  // other, in a rotating order, and the ratios are taken within the round: this machine's speed
  // drifts by tens of percent over a minute, and a ratio of runs seconds apart cancels most of it.
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'ignore' });
  const servers = await Promise.all(SERVERS.map(start));
  const runs = Object.fromEntries(SERVERS.map((k) => [k, [] as RunResult[]])) as Record<
    ServerKind,
    RunResult[]
  >;
  try {
    for (const server of servers) await load(server.port, 1); // warm-up: JIT, connection pool
    for (let round = 0; round < rounds; round++) {
      const order = SERVERS.map((_, i) => (i + round) % SERVERS.length);
      for (const i of order) {
        const server = servers[i]!;
        server.reset();
        const result = await load(server.port, seconds);
        runs[SERVERS[i]!].push({ ...result, ...(await server.report()) });
      }
    }
  } finally {
    for (const server of servers) server.stop();
  }

  const cpu = (kind: ServerKind) => median(runs[kind].map((r) => r.cpu));
  console.log(
    `\nwebhook: safe-mode text push → typed handler → encrypted reply; ${CONNECTIONS} connections, ` +
      `${rounds} rounds × ${seconds} s per server, servers in child processes, node ${process.version}\n`,
  );
  console.table(
    SERVERS.map((kind) => ({
      server: kind,
      'req/s (median)': Math.round(median(runs[kind].map((r) => r.rps))),
      'req/s (best)': Math.round(Math.max(...runs[kind].map((r) => r.rps))),
      'server CPU µs/req (median)': Math.round(cpu(kind)),
      'peak RSS MiB': Math.round(Math.max(...runs[kind].map((r) => r.rssMB))),
      'p99 ms (median)': median(runs[kind].map((r) => r.p99)),
      'non-2xx': runs[kind].reduce((n, r) => n + r.non2xx, 0),
      errors: runs[kind].reduce((n, r) => n + r.errors, 0),
    })),
  );
  /** Per-round ratios of wxkit to a baseline: req/s, and CPU per request inverted (higher is better). */
  const paired = (base: ServerKind) => {
    const rps = runs.wxkit.map((r, i) => r.rps / runs[base][i]!.rps);
    const byCpu = runs.wxkit.map((r, i) => runs[base][i]!.cpu / r.cpu);
    const fmt = (xs: number[]) =>
      `${median(xs).toFixed(2)}× (rounds: ${xs.map((x) => x.toFixed(2)).join(', ')})`;
    return { rps: fmt(rps), cpu: fmt(byCpu) };
  };
  const minimal = paired('minimal');
  const bare = paired('bare');
  console.log(`wxkit ÷ minimal handler, req/s:      ${minimal.rps}   target ≥ 0.90×`);
  const peak = (kind: ServerKind) => Math.max(...runs[kind].map((r) => r.rssMB));
  console.log(
    `wxkit ÷ minimal handler, peak RSS:   ${(peak('wxkit') / peak('minimal')).toFixed(2)}× (${Math.round(peak('wxkit'))} vs ${Math.round(peak('minimal'))} MiB)   target ≤ 2×`,
  );
  console.log(`wxkit ÷ minimal handler, by CPU/req: ${minimal.cpu}`);
  console.log(`wxkit ÷ bare node:http, req/s:       ${bare.rps}`);
  console.log(`wxkit ÷ bare node:http, by CPU/req:  ${bare.cpu}`);
  if (BEFORE) {
    const before = paired('before');
    console.log(`wxkit ÷ before (${BEFORE}), req/s: ${before.rps}`);
    console.log(`wxkit ÷ before, by CPU/req:        ${before.cpu}`);
  }
}

if (process.argv[2] === '--serve') await serve(process.argv[3] as ServerKind);
else await main();
