// Duplicate-push suppression. WeChat retries a push it got no answer to (up to three times, about
// 5 s apart); the first delivery claims its key in the store and later ones get its answer.
import { createHash } from 'node:crypto';
import { type Store, type SyncStore, syncStoreOf } from '../tokens/store.js';
import { AnswerCache, fingerprint } from './replay.js';

const PENDING = 'p';
const ANSWER = 'a:';

/**
 * The identity of a push, as WeChat documents it: MsgId for messages; FromUserName + CreateTime +
 * Event (+ EventKey) for events. Notifications (InfoType) and contact changes (ChangeType) have no
 * user behind them — a bulk import sends many per second from "sys" — so their whole body is the key.
 */
export function dedupKey(message: Record<string, unknown>, raw: string): string {
  const msgId = message.MsgId ?? message.MsgID;
  if ((typeof msgId === 'string' || typeof msgId === 'number') && message.Event === undefined) {
    return `msg:${msgId}`;
  }
  if (typeof message.Event === 'string' && message.ChangeType === undefined) {
    const parts = [message.FromUserName, message.CreateTime, message.Event, message.EventKey];
    return `evt:${parts.map((p) => (p === undefined ? '' : String(p))).join('|')}`;
  }
  const kind = typeof message.InfoType === 'string' ? message.InfoType : 'body';
  return `${kind}:${createHash('sha1').update(raw).digest('base64')}`;
}

/** What the first delivery of a push answered, as far as a duplicate can see. */
export type PriorAnswer =
  | { kind: 'new' } // this delivery claimed the key: handle it
  | { kind: 'pending' } // the first delivery is still running: answer "success"
  | { kind: 'answered'; body: string }; // the first delivery's reply (plaintext, '' for "success")

const NEW: PriorAnswer = { kind: 'new' };

function priorOf(value: string | undefined): PriorAnswer {
  // Expired between the two calls: treat as still running rather than run the handler twice.
  if (value === undefined || !value.startsWith(ANSWER)) return { kind: 'pending' };
  return { kind: 'answered', body: value.slice(ANSWER.length) };
}

/** A store that answers at once: a MemoryStore passed in, or the bot's own compact cache. */
type NowStore = Pick<SyncStore, 'getNow' | 'setNow' | 'setIfAbsentNow'>;

/** The compact cache behind the SyncStore calls Dedup makes, keyed by the key's fingerprint. */
function compactStore(ttlMs: number): NowStore {
  const cache = new AnswerCache(ttlMs);
  return {
    getNow: (key) => cache.get(fingerprint(key)),
    setNow: (key, value) => cache.set(fingerprint(key), value),
    setIfAbsentNow: (key, value) => cache.setIfAbsent(fingerprint(key), value),
  };
}

export class Dedup {
  readonly #sync: NowStore | undefined;
  private readonly store: Store;

  /** Without a store, the bot keeps answers in its own compact in-process cache. */
  constructor(
    store: Store | undefined,
    private readonly ttlMs: number,
  ) {
    this.#sync = store ? syncStoreOf(store) : compactStore(ttlMs);
    this.store = store ?? UNUSED;
  }

  /** True for an in-process store (the replay guard then keeps the long tail). */
  get inMemory(): boolean {
    return this.#sync !== undefined;
  }

  /** True when the in-process store still holds a claim or an answer for the key (a recent delivery). */
  knowsNow(key: string): boolean {
    return this.#sync?.getNow(key) !== undefined;
  }

  /** The claim answered at once when the store can (in process); undefined otherwise. */
  claimNow(key: string): PriorAnswer | undefined {
    const sync = this.#sync;
    if (!sync) return undefined;
    return sync.setIfAbsentNow(key, PENDING, this.ttlMs) ? NEW : priorOf(sync.getNow(key));
  }

  /**
   * A shared store (Redis) keeps the claim and the answer for `ttlMs`: at least dedupTtlMs, and for
   * as long as the push's timestamp is accepted, so a replay finds it.
   */
  claim(key: string, ttlMs = this.ttlMs): Promise<PriorAnswer> {
    return this.store
      .setIfAbsent(key, PENDING, Math.max(ttlMs, this.ttlMs))
      .then((claimed) => (claimed ? NEW : this.store.get(key).then(priorOf)));
  }

  /** Records the answer a duplicate should get ('' for "success"). */
  answer(key: string, body: string, ttlMs = this.ttlMs): Promise<void> {
    if (this.#sync) {
      this.#sync.setNow(key, ANSWER + body, this.ttlMs);
      return RESOLVED;
    }
    return this.store.set(key, ANSWER + body, Math.max(ttlMs, this.ttlMs));
  }
}

const RESOLVED: Promise<void> = Promise.resolve();

/** Never called: with the compact cache every claim and answer is answered in process. */
const UNUSED: Store = {
  get: () => Promise.reject(new Error('no store')),
  set: () => Promise.reject(new Error('no store')),
  setIfAbsent: () => Promise.reject(new Error('no store')),
  compareAndDelete: () => Promise.reject(new Error('no store')),
};
