// A captured, validly signed push replayed byte for byte is handled at most once for as long as its
// timestamp is accepted, with the memory store and with Redis, over real HTTP (node:http); the
// bot's own ledger keeps compact fingerprints under a bound and, when full, refuses what it can no
// longer check instead of forgetting it.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { redisStore } from '../../src/redis/index.js';
import type { Store } from '../../src/tokens/store.js';
import { type Bot, createWebhook } from '../../src/webhook/index.js';
import { PushLedger } from '../../src/webhook/ledger.js';
import { cleanup, describeRedis, testRedis, uniquePrefix } from '../redis/helpers.js';
import { APPID, KEY, type Push, safePush, TOKEN, textXml } from './helpers.js';

const servers: Server[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const s of servers.splice(0)) s.close();
});

async function serve(bot: Bot) {
  const server = createServer(bot.node).listen(0, '127.0.0.1');
  servers.push(server);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return (p: Push) =>
    fetch(`http://127.0.0.1:${port}${p.url}`, { method: 'POST', body: p.body }).then(async (r) => ({
      status: r.status,
      body: await r.text(),
    }));
}

function bot(extra: { store?: Store; maxRememberedPushes?: number } = {}) {
  const ran: string[] = [];
  const b = createWebhook({
    product: 'oa',
    token: TOKEN,
    encodingAESKey: KEY,
    receiveId: APPID,
    dedupTtlMs: 30_000,
    timestampWindowSeconds: 300,
    ...extra,
  }).on('text', (m) => {
    ran.push(m.Content);
  }) as Bot;
  return { bot: b, ran };
}

describe('replays with the memory store', () => {
  it('runs the handler once for a push replayed after the answer cache (30 s) expired', async () => {
    const { bot: b, ran } = bot();
    const send = await serve(b);
    const push = safePush(textXml('captured'));
    expect((await send(push)).status).toBe(200);
    // 32 s later (past dedupTtlMs, inside the 300 s window), the same bytes again.
    vi.useFakeTimers({ now: Date.now() + 32_000, toFake: ['Date'] });
    const again = await send(push);
    expect(again.status).toBe(200);
    expect(ran).toEqual(['captured']);
    // Past the window the timestamp itself is refused.
    vi.setSystemTime(Date.now() + 300_000);
    expect((await send(push)).status).toBe(401);
    expect(ran).toEqual(['captured']);
  });

  it('refuses, rather than forgets, a push older than what a full guard still remembers', async () => {
    const { bot: b, ran } = bot({ maxRememberedPushes: 3 });
    const send = await serve(b);
    const now = Math.floor(Date.now() / 1000);
    const old = safePush(textXml('old'), { timestamp: now - 200 });
    expect((await send(old)).status).toBe(200);
    // Fresh pushes fill the guard and push the oldest bucket (the old push's) out.
    for (let i = 0; i < 4; i++) expect((await send(safePush(textXml(`fresh ${i}`)))).status).toBe(200);
    // WeChat's retry within the answer window is still answered (its claim is kept), not refused.
    expect((await send(old)).status).toBe(200);
    vi.useFakeTimers({ now: Date.now() + 40_000, toFake: ['Date'] });
    const replay = await send(old);
    expect(replay.status).toBe(401);
    expect(ran.filter((c) => c === 'old')).toHaveLength(1);
  });
});

describe('PushLedger', () => {
  const at = (s: number) => vi.setSystemTime(s * 1000);
  it('claims a push once, keeps its answer for the answer window, remembers it until its time', () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
    const l = new PushLedger(2_000, 100);
    expect(l.claim('a', 1_300)).toEqual({ kind: 'new' });
    expect(l.claim('a', 1_300)).toEqual({ kind: 'pending' });
    l.answer('a', 'reply');
    expect(l.claim('a', 1_300)).toEqual({ kind: 'answered', kept: 'reply' });
    at(1_001.5);
    expect(l.knows('a')).toBe(true);
    at(1_003); // past the answer window: still remembered, nothing kept
    expect(l.knows('a')).toBe(false);
    expect(l.claim('a', 1_300)).toEqual({ kind: 'pending' });
    at(1_300); // its time is over: a new push
    expect(l.claim('a', 1_600)).toEqual({ kind: 'new' });
  });

  it('drops the pushes that leave first when full, and refuses what is older than the floor', () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
    const l = new PushLedger(2_000, 2);
    expect(l.claim('a', 1_100)).toEqual({ kind: 'new' });
    expect(l.claim('b', 1_200)).toEqual({ kind: 'new' });
    expect(l.claim('c', 1_300)).toEqual({ kind: 'new' }); // full: a's bucket goes, the floor rises
    expect(l.size).toBe(2);
    expect(l.tooOld(1_100)).toBe(true);
    expect(l.tooOld(1_200)).toBe(false);
    // Within its answer window, a is still known (a retry gets its answer, not a refusal).
    expect(l.knows('a')).toBe(true);
    at(1_010);
    expect(l.knows('a')).toBe(false);
  });

  it('stays exact through growth and clean-up: 100 000 pushes, each new once, then seen', () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
    const l = new PushLedger(16_000, 1_000_000);
    for (let i = 0; i < 100_000; i++) expect(l.claim(`k${i}`, 1_300).kind).toBe('new');
    for (let i = 0; i < 100_000; i += 7) expect(l.claim(`k${i}`, 1_300).kind).toBe('pending');
    for (let i = 0; i < 1_000; i++) l.answer(`k${i}`, `r${i}`);
    expect(l.claim('k999', 1_300)).toEqual({ kind: 'answered', kept: 'r999' });
    at(1_300); // all expired: the table is reused from scratch
    for (let i = 0; i < 50_000; i++) expect(l.claim(`k${i}`, 1_600).kind).toBe('new');
    expect(l.size).toBe(50_000);
  });
});

describeRedis('replays with a Redis store', () => {
  const redis = testRedis();
  const prefix = uniquePrefix('webhook-replay');
  afterAll(async () => {
    await cleanup(redis, prefix);
    redis.disconnect();
  });

  it('keeps the claim as long as the timestamp is accepted: a replay 32 s later is not handled', async () => {
    const { bot: b, ran } = bot({ store: redisStore(redis, { prefix }) });
    const send = await serve(b);
    const push = safePush(textXml('captured on redis'));
    expect((await send(push)).status).toBe(200);
    const ttls = await Promise.all((await redis.keys(`*${prefix}*webhook*`)).map((k) => redis.pttl(k)));
    expect(Math.max(...ttls)).toBeGreaterThan(290_000);
    vi.useFakeTimers({ now: Date.now() + 32_000, toFake: ['Date'] });
    expect((await send(push)).status).toBe(200);
    expect(ran).toEqual(['captured on redis']);
  });
});
