// wxkit/redis on a Redis Cluster (ioredis `Cluster`): three masters of the test's own, the slots split
// between them. The store contract holds with keys on every node (the compare-and-delete script is
// loaded per node on first use), tokens stay single-flight across clients, and duplicate pushes are
// suppressed across webhook instances.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster, Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOfficialAccount } from '../../src/clients/official-account.js';
import { MessageCrypto } from '../../src/crypto/index.js';
import { redisStore } from '../../src/redis/index.js';
import { createWebhook } from '../../src/webhook/index.js';
import { freePort, OwnRedis, redisServerInstalled } from './fixtures/own-redis.js';
import { describeRedis, uniquePrefix } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SLOTS = 16384;

if (!redisServerInstalled && process.env.CI)
  throw new Error('redis-server is not installed; under CI this test must run');
const describeOwnRedis = redisServerInstalled ? describeRedis : describeRedis.skip;

describeOwnRedis('wxkit/redis on a Redis Cluster', () => {
  const nodes: OwnRedis[] = [];
  const buses: number[] = [];
  const clients: Array<Redis | Cluster> = [];
  let dir: string;
  let cluster: Cluster;

  const connect = () => {
    const c = new Cluster([{ host: '127.0.0.1', port: nodes[0]!.port }], {
      redisOptions: { maxRetriesPerRequest: 1, connectTimeout: 1_000 },
    });
    c.on('error', () => {});
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wxkit-cluster-'));
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      // The bus port is set explicitly: port + 10000 may be taken or past 65535.
      const bus = await freePort();
      const node = new OwnRedis(port, [
        '--cluster-enabled',
        'yes',
        '--cluster-port',
        String(bus),
        '--cluster-config-file',
        join(dir, `nodes-${port}.conf`),
        '--dir',
        dir,
      ]);
      await node.start();
      nodes.push(node);
      buses.push(bus);
    }
    // Slots split three ways, then the nodes introduced to each other.
    const admins = nodes.map((n) => {
      const r = new Redis(n.port, '127.0.0.1', { maxRetriesPerRequest: 1 });
      r.on('error', () => {});
      clients.push(r);
      return r;
    });
    const third = Math.floor(SLOTS / 3);
    await admins[0]!.call('CLUSTER', 'ADDSLOTSRANGE', '0', String(third - 1));
    await admins[1]!.call('CLUSTER', 'ADDSLOTSRANGE', String(third), String(2 * third - 1));
    await admins[2]!.call('CLUSTER', 'ADDSLOTSRANGE', String(2 * third), String(SLOTS - 1));
    for (let i = 1; i < nodes.length; i++) {
      await admins[0]!.call('CLUSTER', 'MEET', '127.0.0.1', String(nodes[i]!.port), String(buses[i]));
    }
    const deadline = Date.now() + 15_000;
    for (;;) {
      const infos = await Promise.all(admins.map((a) => a.call('CLUSTER', 'INFO') as Promise<string>));
      if (infos.every((i) => i.includes('cluster_state:ok') && i.includes('cluster_known_nodes:3'))) break;
      if (Date.now() > deadline) throw new Error(`the cluster did not form: ${infos.join(' | ')}`);
      await sleep(100);
    }
    cluster = connect();
  }, 30_000);

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    for (const n of nodes) await n.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the store contract with keys on every node', async () => {
    const prefix = uniquePrefix('cluster');
    const store = redisStore(cluster, { prefix });
    const keys = Array.from({ length: 30 }, (_, i) => `k${i}`);
    // The keys land on all three masters: slot ranges are a third each.
    const owners = new Set(
      await Promise.all(
        keys.map(async (k) => (await cluster.call('CLUSTER', 'KEYSLOT', prefix + k)) as number),
      ),
    );
    expect(
      new Set([...owners].map((slot) => Math.min(2, Math.floor(slot / Math.floor(SLOTS / 3))))).size,
    ).toBe(3);

    for (const k of keys) {
      expect(await store.get(k)).toBeUndefined();
      expect(await store.setIfAbsent(k, `owner-${k}`, 60_000)).toBe(true);
      expect(await store.setIfAbsent(k, 'other', 60_000)).toBe(false);
      // compare-and-delete: EVALSHA, NOSCRIPT on each node the first time, then the script itself.
      expect(await store.compareAndDelete(k, 'other')).toBe(false);
      expect(await store.compareAndDelete(k, `owner-${k}`)).toBe(true);
      await store.set(k, 'v', 40);
      expect(await store.get(k)).toBe('v');
    }
    await sleep(80);
    expect(await Promise.all(keys.map((k) => store.get(k)))).toEqual(keys.map(() => undefined));
  });

  it('fetches a token once for many clients at once, and refreshes once after a 40001', async () => {
    let fetches = 0;
    let valid = '';
    const fetch = (async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname === '/cgi-bin/stable_token') {
        await sleep(20);
        valid = `TOKEN_${++fetches}`;
        return Response.json({ access_token: valid, expires_in: 7200 });
      }
      return url.searchParams.get('access_token') === valid
        ? Response.json({ ip_list: ['127.0.0.1'] })
        : Response.json({ errcode: 40001, errmsg: 'invalid credential' });
    }) as typeof globalThis.fetch;
    const prefix = uniquePrefix('cluster-token');
    // Three "processes": their own Cluster connections, one shared cluster.
    const apps = [0, 1, 2].map(() =>
      createOfficialAccount({
        appId: 'wxcluster',
        appSecret: 's',
        fetch,
        store: redisStore(connect(), { prefix }),
      }),
    );
    const tokens = await Promise.all(Array.from({ length: 60 }, (_, i) => apps[i % 3]!.getAccessToken()));
    expect(new Set(tokens)).toEqual(new Set(['TOKEN_1']));
    expect(fetches).toBe(1);

    valid = 'revoked-elsewhere';
    const calls = await Promise.all(
      Array.from({ length: 30 }, (_, i) => apps[i % 3]!.api.basic.getCallbackIp()),
    );
    expect(calls[0]).toEqual({ ip_list: ['127.0.0.1'] });
    expect(fetches).toBe(2);
  });

  it('suppresses a duplicate push across webhook instances', async () => {
    const token = 'cluster-token';
    const encodingAESKey = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    const prefix = uniquePrefix('cluster-dedup');
    let runs = 0;
    const bots = [0, 1].map(() =>
      createWebhook({
        product: 'oa',
        token,
        encodingAESKey,
        receiveId: 'wxcluster',
        store: redisStore(connect(), { prefix }),
      }).on('text', () => {
        runs++;
        return 'once';
      }),
    );
    const crypto = new MessageCrypto({ token, encodingAESKey, receiveId: 'wxcluster' });
    const now = String(Math.floor(Date.now() / 1000));
    const xml = `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o_1]]></FromUserName><CreateTime>${now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content><MsgId>9000000000000000001</MsgId></xml>`;
    const sealed = crypto.encrypt(xml, { timestamp: now });
    const url = `/wechat?timestamp=${now}&nonce=${sealed.nonce}&encrypt_type=aes&msg_signature=${sealed.msgSignature}`;
    const body = `<xml><Encrypt><![CDATA[${sealed.encrypt}]]></Encrypt></xml>`;
    const first = await bots[0]!.handle({ method: 'POST', url, body });
    const retry = await bots[1]!.handle({ method: 'POST', url, body });
    expect(runs).toBe(1);
    expect(first.status).toBe(200);
    // The retry gets the first delivery's reply, encrypted afresh.
    const opened = (r: { body: string }) =>
      crypto.decrypt(/<Encrypt><!\[CDATA\[(.*?)\]\]>/.exec(r.body)![1]!).message;
    expect(opened(first)).toContain('<Content><![CDATA[once]]></Content>');
    expect(opened(retry)).toContain('<Content><![CDATA[once]]></Content>');
  });
});
