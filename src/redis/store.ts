// The Store over Redis (ioredis, single node or Cluster): what many processes or machines share.
// Only `import type` from ioredis: the user passes the instance, so wxkit/redis has no runtime
// dependency on it.
import { createHash } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import { WxkitError } from '../errors.js';
import type { Store } from '../tokens/store.js';

export interface RedisStoreOptions {
  /** Put before every key, e.g. `myapp:wxkit:` (default `wxkit:`). Keys already carry kind and account id. */
  prefix?: string;
  /**
   * Each command gives up after this long (ms, default 1000), even when ioredis would keep it queued
   * while Redis is down, so callers get a clear error instead of waiting for a reconnect.
   */
  timeoutMs?: number;
}

/** Redis did not answer in time, or answered with an error. Never carries keys' values. */
export class RedisStoreError extends WxkitError {
  override readonly name: string = 'RedisStoreError';
}

// Deletes the key only while it still holds the expected value: safe lock release, compare-and-refresh.
const COMPARE_AND_DELETE =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const COMPARE_AND_DELETE_SHA = createHash('sha1').update(COMPARE_AND_DELETE).digest('hex');

/**
 * A Store on Redis. Recommended client settings: `maxRetriesPerRequest: 1` (or another small number)
 * so that commands queued while Redis is down do not pile up, and, if you can wait for the `ready`
 * event before the first call, `enableOfflineQueue: false` so that they fail at once.
 */
export function redisStore(redis: Redis | Cluster, options: RedisStoreOptions = {}): Store {
  const prefix = options.prefix ?? 'wxkit:';
  const deadlines = new Deadlines(options.timeoutMs ?? 1_000);

  return {
    get: (key) => deadlines.guard('GET', redis.get(prefix + key), orUndefined),
    set: (key, value, ttlMs) =>
      deadlines.guard('SET', redis.set(prefix + key, value, 'PX', ttl(ttlMs)), toVoid),
    setIfAbsent: (key, value, ttlMs) =>
      deadlines.guard('SET NX', redis.set(prefix + key, value, 'PX', ttl(ttlMs), 'NX'), isOk),
    compareAndDelete: (key, expected) => {
      const k = prefix + key;
      const call = redis.evalsha(COMPARE_AND_DELETE_SHA, 1, k, expected).catch((err: unknown) => {
        // First use on this server (or after SCRIPT FLUSH): send the script itself once.
        if (!/NOSCRIPT/.test((err as Error)?.message ?? '')) throw err;
        return redis.eval(COMPARE_AND_DELETE, 1, k, expected);
      });
      return deadlines.guard('compare-and-delete', call, isOne);
    },
  };
}

const orUndefined = (v: string | null) => v ?? undefined;
const toVoid = () => {};
const isOk = (v: unknown) => v === 'OK';
const isOne = (v: unknown) => v === 1;

/** Redis wants a positive integer; a store TTL is never below 1 ms. */
const ttl = (ms: number) => Math.max(1, Math.ceil(ms));

interface Pending {
  deadline: number;
  op: string;
  reject: (err: Error) => void;
  done: boolean;
  prev: Pending | undefined;
  next: Pending | undefined;
}

/**
 * Gives up on commands that get no answer in time. The timeout is the same for every command, so
 * pending commands form a queue ordered by deadline: one timer, armed for the oldest, serves them
 * all (a timer per command costs a good part of what the GET it guards costs). A command is failed
 * only after the event loop had a chance to read its reply: a busy loop runs due timers first.
 */
class Deadlines {
  #head: Pending | undefined;
  #tail: Pending | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(readonly timeoutMs: number) {}

  guard<T, R>(op: string, call: Promise<T>, map: (value: T) => R): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const entry: Pending = {
        deadline: Date.now() + this.timeoutMs,
        op,
        reject,
        done: false,
        prev: this.#tail,
        next: undefined,
      };
      if (this.#tail) this.#tail.next = entry;
      else this.#head = entry;
      this.#tail = entry;
      this.#timer ??= this.#arm(this.timeoutMs);
      call.then(
        (value) => {
          if (entry.done) return;
          this.#remove(entry);
          resolve(map(value));
        },
        (err: unknown) => {
          if (entry.done) return;
          this.#remove(entry);
          // ioredis attaches the command and its arguments (token values) to errors: keep the message only.
          reject(new RedisStoreError(`redis: ${op} failed: ${(err as Error)?.message ?? String(err)}`));
        },
      );
    });
  }

  #remove(entry: Pending) {
    entry.done = true;
    if (entry.prev) entry.prev.next = entry.next;
    else this.#head = entry.next;
    if (entry.next) entry.next.prev = entry.prev;
    else this.#tail = entry.prev;
  }

  #arm(ms: number) {
    const timer = setTimeout(() => setImmediate(() => this.#expire()), Math.max(1, ms));
    timer.unref();
    return timer;
  }

  #expire() {
    const now = Date.now();
    while (this.#head && this.#head.deadline <= now) {
      const entry = this.#head;
      this.#remove(entry);
      entry.reject(new RedisStoreError(`redis: no answer within ${this.timeoutMs} ms (${entry.op})`));
    }
    this.#timer = this.#head ? this.#arm(this.#head.deadline - now) : undefined;
  }
}
