// The reply deadline of every push in flight, kept by one timer per webhook rather than one per
// push: all pushes share the same deadline, so the set's insertion order is their expiry order and
// the timer only ever needs to wait for the first one. The timer is not cleared when the last push
// is answered (under load that would mean a new timer per push); it lapses when it finds nothing
// waiting, and is unref'd so that it never keeps a process alive on its own.

export interface Waiting {
  readonly at: number;
  readonly expire: () => void;
}

export class Deadlines {
  readonly #ms: number;
  readonly #waiting = new Set<Waiting>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(ms: number) {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('deadlineMs must be a finite number of ms, ≥ 0');
    this.#ms = ms;
  }

  /** Calls `expire` once `ms` have passed, unless `done` is called first. */
  start(expire: () => void): Waiting {
    const waiting: Waiting = { at: Date.now() + this.#ms, expire };
    this.#waiting.add(waiting);
    this.#timer ??= this.#arm(this.#ms);
    return waiting;
  }

  done(waiting: Waiting): void {
    this.#waiting.delete(waiting);
  }

  #arm(ms: number) {
    const timer = setTimeout(this.#fire, ms);
    timer.unref?.();
    return timer;
  }

  readonly #fire = (): void => {
    this.#timer = undefined;
    const now = Date.now();
    for (const waiting of this.#waiting) {
      if (waiting.at > now) {
        this.#timer = this.#arm(waiting.at - now);
        return;
      }
      this.#waiting.delete(waiting);
      waiting.expire();
    }
  };
}
