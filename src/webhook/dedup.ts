// Duplicate-push suppression. WeChat retries a push it got no answer to (up to three times, about
// 5 s apart); the first delivery claims its key in the store and later ones get its answer.
import { createHash } from 'node:crypto';
import { type Store, type SyncStore, syncStoreOf } from '../tokens/store.js';
import { type KeptAnswer, NEW, type PriorAnswer, PushLedger } from './ledger.js';

export type { KeptAnswer, PriorAnswer } from './ledger.js';

const PENDING = 'p';
const ANSWER = 'a:';
/** In a store, a kept reply is JSON after this mark; any other answer is the rendered body. */
const REPLY_MARK = '\u0001';

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

const NOTHING_KEPT: PriorAnswer = { kind: 'pending' };

function priorOf(value: string | undefined): PriorAnswer {
  // Expired between the two calls: treat as still running rather than run the handler twice.
  if (value === undefined || !value.startsWith(ANSWER)) return NOTHING_KEPT;
  const body = value.slice(ANSWER.length);
  return {
    kind: 'answered',
    kept: body.startsWith(REPLY_MARK) ? (JSON.parse(body.slice(REPLY_MARK.length)) as KeptAnswer) : body,
  };
}

/**
 * Remembers pushes: in the bot's own ledger when no store is configured, else in the store, which
 * keeps each claim for as long as the push's timestamp is accepted (so a replay finds it) and each
 * answer as long.
 */
export class Dedup {
  readonly #ledger: PushLedger | undefined;
  readonly #sync: SyncStore | undefined;
  readonly #store: Store | undefined;

  constructor(
    store: Store | undefined,
    private readonly ttlMs: number,
    maxRemembered: number,
  ) {
    this.#ledger = store ? undefined : new PushLedger(ttlMs, maxRemembered);
    this.#sync = store ? syncStoreOf(store) : undefined;
    this.#store = store;
  }

  /** Older than what a full ledger remembers (`until`, unix s), and not a retry within its answer window. */
  tooOld(key: string, until: number): boolean {
    return this.#ledger?.tooOld(until) === true && !this.#ledger.knows(key);
  }

  /** How long a store keeps a claim or answer: until `until` (unix s), and at least dedupTtlMs. */
  #ttl(until: number): number {
    return Math.max(until * 1000 - Date.now(), this.ttlMs);
  }

  /** The claim, remembered until `until` (unix s), answered at once when it can be (in process); undefined otherwise. */
  claimNow(key: string, until: number): PriorAnswer | undefined {
    if (this.#ledger) return this.#ledger.claim(key, until);
    const sync = this.#sync;
    if (!sync) return undefined;
    return sync.setIfAbsentNow(key, PENDING, this.#ttl(until)) ? NEW : priorOf(sync.getNow(key));
  }

  /** The claim through the store's promise (a shared store: Redis). */
  claim(key: string, until: number): Promise<PriorAnswer> {
    const store = this.#store!;
    return store
      .setIfAbsent(key, PENDING, this.#ttl(until))
      .then((claimed) => (claimed ? NEW : store.get(key).then(priorOf)));
  }

  /** Records the answer a duplicate should get (not called for "success": the claim answers that). */
  answer(key: string, kept: KeptAnswer, until: number): Promise<void> {
    if (this.#ledger) {
      this.#ledger.answer(key, kept);
      return RESOLVED;
    }
    const body = typeof kept === 'string' ? kept : REPLY_MARK + JSON.stringify(kept);
    const ttl = this.#ttl(until);
    if (this.#sync) {
      this.#sync.setNow(key, ANSWER + body, ttl);
      return RESOLVED;
    }
    return this.#store!.set(key, ANSWER + body, ttl);
  }
}

const RESOLVED: Promise<void> = Promise.resolve();
