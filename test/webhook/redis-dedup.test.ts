// Duplicate suppression across processes: two webhooks (two processes' worth of state) on one real
// Redis never both run the handler for one push. Runs when Redis answers; under CI it must.
import { afterAll, expect, it } from 'vitest';
import { redisStore } from '../../src/redis/index.js';
import { createWebhook, type WebhookResponse } from '../../src/webhook/index.js';
import { cleanup, describeRedis, testRedis, uniquePrefix } from '../redis/helpers.js';
import { APPID, KEY, openReply, type Push, safePush, TOKEN, tag, textXml } from './helpers.js';

const send = (bot: { handle: (r: any) => Promise<WebhookResponse> }, p: Push) =>
  bot.handle({ method: 'POST', url: p.url, body: p.body });

describeRedis('duplicate pushes on a shared Redis store', () => {
  const redis = testRedis();
  const prefix = uniquePrefix('webhook-dedup');
  afterAll(async () => {
    await cleanup(redis, prefix);
    redis.disconnect();
  });

  it('runs the handler once for a push delivered to two instances at once, and replays its answer', async () => {
    const runs: string[] = [];
    const instance = (name: string) =>
      createWebhook({
        product: 'oa',
        token: TOKEN,
        encodingAESKey: KEY,
        receiveId: APPID,
        store: redisStore(redis, { prefix }),
      }).on('text', async (m) => {
        runs.push(name);
        await new Promise((r) => setTimeout(r, 20));
        return `${name} answered ${m.Content}`;
      });
    const a = instance('a');
    const b = instance('b');

    for (let i = 0; i < 10; i++) {
      runs.length = 0;
      const push = safePush(textXml(`push ${i}`));
      const answers = await Promise.all([send(a, push), send(b, push), send(a, push), send(b, push)]);
      expect(runs).toHaveLength(1);
      const replies = answers
        .filter((r) => r.body !== 'success')
        .map((r) => tag(openReply(r.body), 'Content'));
      expect(replies).toEqual([`${runs[0]} answered push ${i}`]);
      // A retry after the first answer is stored gets that answer, from either instance.
      const retry = await send(runs[0] === 'a' ? b : a, push);
      expect(tag(openReply(retry.body), 'Content')).toBe(`${runs[0]} answered push ${i}`);
      expect(runs).toHaveLength(1);
    }
  });
});
