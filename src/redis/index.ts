// wxkit/redis: the Store that many processes or machines share. ioredis is an optional peer
// dependency: pass your own client (Redis or Cluster).
export { RedisStoreError, type RedisStoreOptions, redisStore } from './store.js';
