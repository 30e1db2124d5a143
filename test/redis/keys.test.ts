// Store keys are named once: the Redis store adds its `wxkit:` prefix, nothing adds a second one.
import { afterAll, expect, it } from 'vitest';
import { redisStore } from '../../src/redis/index.js';
import { createWebhook } from '../../src/webhook/index.js';
import { APPID, KEY, safePush, TOKEN, textXml } from '../webhook/helpers.js';
import { cleanup, describeRedis, testRedis, uniquePrefix } from './helpers.js';

describeRedis('webhook keys on Redis', () => {
  const redis = testRedis();
  const prefix = uniquePrefix('keys');
  afterAll(async () => {
    await cleanup(redis, prefix);
    redis.disconnect();
  });

  it('are <prefix>webhook:<product>:<account>:…, with no doubled wxkit: prefix', async () => {
    const bot = createWebhook({
      product: 'oa',
      token: TOKEN,
      encodingAESKey: KEY,
      receiveId: APPID,
      store: redisStore(redis, { prefix }),
    }).on('text', () => 'ok');
    const push = safePush(textXml('k'));
    await bot.handle({ method: 'POST', url: push.url, body: push.body });
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      expect(k.startsWith(`${prefix}webhook:oa:${APPID}:`)).toBe(true);
      expect(k).not.toContain('wxkit:wxkit:');
    }
  });
});
