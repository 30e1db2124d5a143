// The bot's own memory of pushes when no store is configured: which pushes were handled (for as long
// as their timestamp is accepted: replay protection) and the answers kept for WeChat's retries (a few
// seconds). Under a flood of unique pushes this is what the webhook's memory grows with, so a push
// costs no JS object: a 64-bit fingerprint and its times live in one typed array (an open-addressing
// table), and a kept answer is one string in a ring expired in arrival order. The bound on remembered
// pushes never lets replay protection lapse: when it is reached, the pushes that leave the window
// first are dropped and their time becomes a floor, and a push older than the floor is refused.

/** What the first delivery of a push answered, as far as a duplicate can see. */
export type PriorAnswer =
  | { kind: 'new' } // this delivery claimed the push: handle it
  | { kind: 'pending' } // handled, or being handled, with nothing kept: answer "success"
  | { kind: 'answered'; kept: KeptAnswer }; // the first delivery's kept answer

/** What a retry gets: the rendered body, or the reply itself (rendered again, addressed to the retry). */
export type KeptAnswer = string | object;

export const NEW: PriorAnswer = { kind: 'new' };
const PENDING: PriorAnswer = { kind: 'pending' };

// A slot is five words: the fingerprint (two words), until when the push is remembered (unix s), until
// when its answer window lasts (unix s), and its kept answer (ring sequence + 1; 0: none).
const STRIDE = 5;
const HI = 0;
const LO = 1;
const UNTIL = 2;
const KEEP = 3;
const ANSWER = 4;
const MIN_SLOTS = 1024;
/** Bound accounting groups pushes by the 5-second bucket their memory ends in. */
const BUCKET_S = 5;

let fpKey = '';
let fpHi = 0;
let fpLo = 0;

/** Two FNV-1a style 32-bit hashes of the key: its identity, compact and cheap (not a secret). */
function fingerprintOf(key: string): void {
  if (key === fpKey) return;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  fpKey = key;
  fpHi = a >>> 0;
  fpLo = b >>> 0 || 1; // (0, 0) marks an empty slot
}

export class PushLedger {
  #slots = new Uint32Array(MIN_SLOTS * STRIDE);
  #mask = MIN_SLOTS - 1;
  /** Slots holding an entry, live or dead (dead ones are cleared by the next rehash). */
  #used = 0;
  /** Remembered pushes per bucket end (unix s), for the bound. */
  readonly #counts = new Map<number, number>();
  #counted = 0;
  #sweptAt = 0;
  /** Pushes remembered until this time or earlier (unix s) were dropped to respect the bound. */
  #floor = 0;
  readonly #answers = new AnswerRing();

  constructor(
    /** How long an answer is kept for WeChat's retries (ms). */
    readonly keepMs: number,
    /** How many pushes are remembered at most. */
    readonly maxEntries: number,
  ) {}

  /** Pushes remembered for replay protection (dropped ones excluded). */
  get size(): number {
    this.#sweep(Math.floor(Date.now() / 1000));
    return this.#counted;
  }

  /** True when a push remembered until `until` (unix s) is older than anything the bound left. */
  tooOld(until: number): boolean {
    return until <= this.#floor;
  }

  /** True while the push's answer window lasts (a retry, answered even past the floor). */
  knows(key: string): boolean {
    const now = Math.floor(Date.now() / 1000);
    const at = this.#find(key, now);
    return at >= 0 && this.#slots[at + KEEP]! > now;
  }

  /** Claims the push (remembered until `until`, unix s) or says what its first delivery answered. */
  claim(key: string, until: number): PriorAnswer {
    const nowMs = Date.now();
    const now = Math.floor(nowMs / 1000);
    this.#sweep(now);
    const at = this.#find(key, now);
    if (at >= 0) {
      const kept = this.#answers.get(this.#slots[at + ANSWER]!, nowMs);
      return kept === undefined ? PENDING : { kind: 'answered', kept };
    }
    while (this.#counted >= this.maxEntries && this.#dropOldestBucket());
    this.#insert(until, Math.ceil((nowMs + this.keepMs) / 1000), now);
    const bucket = Math.ceil(until / BUCKET_S) * BUCKET_S;
    this.#counts.set(bucket, (this.#counts.get(bucket) ?? 0) + 1);
    this.#counted++;
    return NEW;
  }

  /** Keeps the answer a retry should get, until the claim's answer window ends. */
  answer(key: string, body: KeptAnswer): void {
    const nowMs = Date.now();
    const at = this.#find(key, Math.floor(nowMs / 1000));
    if (at < 0) return;
    const keepUntil = this.#slots[at + KEEP]! * 1000;
    if (keepUntil > nowMs) this.#slots[at + ANSWER] = this.#answers.push(body, keepUntil, nowMs);
  }

  #live(at: number, now: number, s = this.#slots): boolean {
    return s[at + UNTIL]! > Math.max(now, this.#floor) || s[at + KEEP]! > now;
  }

  /** The live slot of the key, or -1. */
  #find(key: string, now: number): number {
    fingerprintOf(key);
    const s = this.#slots;
    for (let i = fpHi & this.#mask; ; i = (i + 1) & this.#mask) {
      const at = i * STRIDE;
      if (s[at + UNTIL] === 0) return -1;
      if (s[at + HI] === fpHi && s[at + LO] === fpLo) return this.#live(at, now) ? at : -1;
    }
  }

  /** Writes the fingerprint last computed by #find (which found no live slot for it). */
  #insert(until: number, keepUntil: number, now: number): void {
    let s = this.#slots;
    let at = fpHi & this.#mask;
    // The first empty or dead slot of the probe (#find saw no live one for this push).
    while (s[at * STRIDE + UNTIL] !== 0 && this.#live(at * STRIDE, now)) at = (at + 1) & this.#mask;
    at *= STRIDE;
    if (s[at + UNTIL] === 0) {
      if ((this.#used + 1) * 10 > (this.#mask + 1) * 7) {
        this.#rehash(now);
        s = this.#slots;
        at = this.#emptySlot(fpHi);
      }
      this.#used++;
    }
    s[at + HI] = fpHi;
    s[at + LO] = fpLo;
    s[at + UNTIL] = Math.max(until, 1);
    s[at + KEEP] = keepUntil;
    s[at + ANSWER] = 0;
  }

  #emptySlot(hi: number): number {
    const s = this.#slots;
    for (let i = hi & this.#mask; ; i = (i + 1) & this.#mask) {
      if (s[i * STRIDE + UNTIL] === 0) return i * STRIDE;
    }
  }

  /** A table sized for the live entries (at most half full), without the dead ones. */
  #rehash(now: number): void {
    const old = this.#slots;
    let live = 0;
    for (let j = 0; j < old.length; j += STRIDE) if (old[j + UNTIL] !== 0 && this.#live(j, now, old)) live++;
    let size = MIN_SLOTS;
    while (size < (live + 1) * 2) size *= 2;
    this.#slots = new Uint32Array(size * STRIDE);
    this.#mask = size - 1;
    this.#used = live;
    for (let j = 0; j < old.length; j += STRIDE) {
      if (old[j + UNTIL] === 0 || !this.#live(j, now, old)) continue;
      const at = this.#emptySlot(old[j + HI]!);
      this.#slots.set(old.subarray(j, j + STRIDE), at);
    }
  }

  /** Drops the buckets whose pushes left the window (once per second at most). */
  #sweep(now: number): void {
    if (now === this.#sweptAt) return;
    this.#sweptAt = now;
    for (const [end, n] of this.#counts) {
      if (end > now) continue;
      this.#counts.delete(end);
      this.#counted -= n;
    }
  }

  /** The bound is reached: forget the pushes that leave the window first, and refuse older ones. */
  #dropOldestBucket(): boolean {
    let oldest = Number.POSITIVE_INFINITY;
    for (const end of this.#counts.keys()) if (end < oldest) oldest = end;
    const n = this.#counts.get(oldest);
    if (n === undefined) return false;
    this.#counts.delete(oldest);
    this.#counted -= n;
    this.#floor = Math.max(this.#floor, oldest);
    return true;
  }
}

/** Sequence numbers are stored in a 32-bit slot word, modulo this, plus one (0 means none). */
const SEQ_MOD = 0xffff_ffff;

/**
 * Kept answers in arrival order: all are kept for the same time, so they expire from the oldest end.
 * An answer is found by its sequence number (as stored in the ledger's slot).
 */
class AnswerRing {
  #texts: (KeptAnswer | undefined)[] = new Array(256);
  #until = new Float64Array(256);
  /** Sequence number of the oldest kept answer and of the next one. */
  #tail = 0;
  #head = 0;

  push(body: KeptAnswer, untilMs: number, nowMs: number): number {
    this.#expire(nowMs);
    if (this.#head - this.#tail === this.#texts.length) this.#grow();
    const seq = this.#head++;
    this.#texts[seq % this.#texts.length] = body;
    this.#until[seq % this.#texts.length] = untilMs;
    return (seq % SEQ_MOD) + 1;
  }

  get(ref: number, nowMs: number): KeptAnswer | undefined {
    this.#expire(nowMs);
    if (ref === 0 || this.#head === this.#tail) return undefined;
    const last = this.#head - 1;
    const seq = last - (((last % SEQ_MOD) - (ref - 1) + SEQ_MOD) % SEQ_MOD);
    return seq < this.#tail ? undefined : this.#texts[seq % this.#texts.length];
  }

  #expire(nowMs: number): void {
    const n = this.#texts.length;
    while (this.#tail < this.#head && this.#until[this.#tail % n]! <= nowMs) {
      this.#texts[this.#tail % n] = undefined;
      this.#tail++;
    }
  }

  #grow(): void {
    const n = this.#texts.length;
    const texts: (KeptAnswer | undefined)[] = new Array(n * 2);
    const until = new Float64Array(n * 2);
    for (let seq = this.#tail; seq < this.#head; seq++) {
      texts[seq % (n * 2)] = this.#texts[seq % n];
      until[seq % (n * 2)] = this.#until[seq % n]!;
    }
    this.#texts = texts;
    this.#until = until;
  }
}
