// The chains run on both stores: in memory (one process) and a real Redis (many).
import { afterAll, describe } from 'vitest';
import { redisStore } from '../../src/redis/index.js';
import { MemoryStore, type Store } from '../../src/tokens/store.js';
import { cleanup, describeRedis, redisReachable, testRedis, uniquePrefix } from '../redis/helpers.js';

export function eachStore(label: string, body: (makeStore: () => Store) => void) {
  describe(`${label} (memory store)`, () => body(() => new MemoryStore()));
  describeRedis(`${label} (Redis store)`, () => {
    const redis = redisReachable ? testRedis() : undefined;
    const prefix = uniquePrefix(label.replace(/\W+/g, '-'));
    afterAll(async () => {
      await cleanup(redis!, prefix);
      redis!.disconnect();
    });
    let n = 0;
    // Each test gets its own namespace; a "restart" inside a test reuses the same store object.
    body(() => redisStore(redis!, { prefix: `${prefix}${++n}:` }));
  });
}
