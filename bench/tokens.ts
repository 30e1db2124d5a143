// Warm getAccessToken() throughput: the memory store and the Redis store, against a bare ioredis GET
// of the same key in the same run (same concurrency). Target: Redis store >= 0.8x bare GET.
// Run: npx tsx bench/tokens.ts [N] [concurrency]   (not part of npm test)
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createOfficialAccount } from '../src/clients/official-account.js';
import { redisStore } from '../src/redis/index.js';
import { MemoryStore } from '../src/tokens/store.js';

const N = Number(process.argv[2] ?? 50_000);
const CONCURRENCY = Number(process.argv[3] ?? 50);
const ROUNDS = 7;
const url = process.env.WXKIT_REDIS_URL ?? 'redis://127.0.0.1:6379';

// No network: the token endpoint is a fake; only the warm path (a store read) is measured.
const fakeFetch = (async () =>
  Response.json({ access_token: `TOKEN_${'x'.repeat(120)}`, expires_in: 7200 })) as typeof fetch;

/** ops/s over wall time, and this process's CPU time per op (steadier on a busy machine). */
async function measure(op: () => Promise<unknown>): Promise<{ ops: number; cpuUs: number }> {
  let issued = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (issued++ < N) await op();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { ops: N / seconds, cpuUs: (used.user + used.system) / N };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const redis = new Redis(url, { maxRetriesPerRequest: 1 });
const prefix = `wxkit-bench:${randomUUID().slice(0, 8)}:`;
try {
  const memoryOa = createOfficialAccount({
    appId: 'wxbench',
    appSecret: 's',
    fetch: fakeFetch,
    store: new MemoryStore(),
  });
  const redisOa = createOfficialAccount({
    appId: 'wxbench',
    appSecret: 's',
    fetch: fakeFetch,
    store: redisStore(redis, { prefix }),
  });
  await memoryOa.getAccessToken();
  await redisOa.getAccessToken();
  const key = `${prefix}oa:wxbench:access_token`;
  if (!(await redis.get(key))) throw new Error('the token is not in Redis');

  const cases: Array<[string, () => Promise<unknown>]> = [
    ['bare ioredis GET (baseline)', () => redis.get(key)],
    ['getAccessToken(), Redis store', () => redisOa.getAccessToken()],
    ['getAccessToken(), memory store', () => memoryOa.getAccessToken()],
  ];
  const results = new Map<string, Array<{ ops: number; cpuUs: number }>>(cases.map(([name]) => [name, []]));
  for (const [, op] of cases) await measure(op); // warm-up (JIT, connection)
  // Interleave rounds so that drift on a busy machine hits every case alike; ratios are per round.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, op] of cases) results.get(name)!.push(await measure(op));
  }

  const baseline = results.get(cases[0]![0])!;
  console.log(
    `\nwarm getAccessToken(): N=${N} per round, ${CONCURRENCY} in flight, median of ${ROUNDS} rounds\n`,
  );
  console.log('| case | ops/s | vs bare GET (per-round median) | CPU µs/op in this process |');
  console.log('|---|---:|---:|---:|');
  const ratios = new Map<string, number>();
  for (const [name] of cases) {
    const rounds = results.get(name)!;
    const ratio = median(rounds.map((r, i) => r.ops / baseline[i]!.ops));
    ratios.set(name, ratio);
    const ops = Math.round(median(rounds.map((r) => r.ops))).toLocaleString('en-US');
    const cpu = median(rounds.map((r) => r.cpuUs)).toFixed(2);
    console.log(`| ${name} | ${ops} | ${ratio.toFixed(2)}x | ${cpu} |`);
  }
  const ratio = ratios.get(cases[1]![0])!;
  console.log(
    `\nRedis store vs bare GET: ${ratio.toFixed(2)}x (target >= 0.80x) ${ratio >= 0.8 ? 'OK' : 'BELOW TARGET'}`,
  );
} finally {
  await redis.del(`${prefix}oa:wxbench:access_token`);
  redis.disconnect();
}
