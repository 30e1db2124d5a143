// Faults injected per endpoint: a WeChat errcode, an HTTP status, a delay or a dropped connection,
// for a number of calls or until cleared.

/**
 * What goes wrong. Fields combine: `{ delayMs: 200, errcode: -1 }` answers -1 after 200 ms.
 * - `errcode` (+ `errmsg`): WeChat's error envelope, e.g. 40001, 42001, 45009, -1.
 * - `status`: an HTTP error status (5xx) with a plain-text body, as WeChat's gateway sends.
 * - `delayMs`: wait this long before answering (a slow WeChat; combine with a client timeout).
 * - `drop`: close the connection without answering.
 * - `body` (+ `contentType`, + `status`): answer exactly these bytes: an HTML 502 page, truncated
 *   JSON, an image where JSON was expected. Status 200 unless `status` says otherwise.
 */
export interface Fault {
  errcode?: number;
  errmsg?: string;
  status?: number;
  delayMs?: number;
  drop?: boolean;
  body?: string | Uint8Array;
  /** With `body`: its Content-Type (default `text/plain; charset=utf-8`). */
  contentType?: string;
}

export interface FaultOptions {
  /** How many calls the fault applies to (default: every call until cleared). */
  times?: number;
}

/** A fault in createEmulator's `faults` option: keyed by operationId, or `*` for every endpoint. */
export type FaultRule = Fault & FaultOptions;

export interface FaultHandle {
  /** Calls that met this fault so far. */
  readonly hits: number;
  /** Removes the fault. */
  clear(): void;
}

interface Active {
  fault: Fault;
  left: number;
  hits: number;
}

export function checkFault(fault: Fault): void {
  const { errcode, status, delayMs, drop, body } = fault;
  if (fault.contentType !== undefined && body === undefined) {
    throw new TypeError('fault: contentType goes with body');
  }
  if (errcode === undefined && status === undefined && delayMs === undefined && !drop && body === undefined) {
    throw new TypeError('fault: give at least one of errcode, status, body, delayMs or drop');
  }
  if (body !== undefined && errcode !== undefined) {
    throw new TypeError('fault: body and errcode both say what to answer: give one');
  }
  if (errcode !== undefined && (!Number.isInteger(errcode) || errcode === 0)) {
    throw new TypeError('fault: errcode must be a non-zero integer');
  }
  if (
    status !== undefined &&
    (!Number.isInteger(status) || status > 599 || status < (body === undefined ? 400 : 200))
  ) {
    throw new TypeError(
      body === undefined
        ? 'fault: status must be an HTTP error status (400-599)'
        : 'fault: status must be an HTTP status (200-599)',
    );
  }
  if (delayMs !== undefined && (!Number.isFinite(delayMs) || delayMs < 0)) {
    throw new TypeError('fault: delayMs must be a non-negative number');
  }
}

export class FaultTable {
  readonly #faults = new Map<string, Active[]>();

  add(operationId: string, fault: Fault, options: FaultOptions = {}): FaultHandle {
    checkFault(fault);
    const times = options.times ?? Number.POSITIVE_INFINITY;
    if (!(times > 0)) throw new TypeError('fault: times must be at least 1');
    const active: Active = { fault: { ...fault }, left: times, hits: 0 };
    const list = this.#faults.get(operationId) ?? [];
    list.push(active);
    this.#faults.set(operationId, list);
    return {
      get hits() {
        return active.hits;
      },
      clear: () => this.#remove(operationId, active),
    };
  }

  /** The fault for this call (the endpoint's own first, then `*`), counting it down. */
  take(operationId: string): Fault | undefined {
    for (const key of [operationId, '*']) {
      const active = this.#faults.get(key)?.[0];
      if (!active) continue;
      active.hits++;
      if (--active.left <= 0) this.#remove(key, active);
      return active.fault;
    }
    return undefined;
  }

  clear(operationId?: string): void {
    if (operationId === undefined) this.#faults.clear();
    else this.#faults.delete(operationId);
  }

  #remove(key: string, active: Active) {
    const list = this.#faults.get(key)?.filter((a) => a !== active) ?? [];
    if (list.length) this.#faults.set(key, list);
    else this.#faults.delete(key);
  }
}
