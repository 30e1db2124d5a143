// Everything an emulator remembers between requests: accounts, tokens, tickets, one-time codes,
// uploaded media, and its clock (which tests can move forward).
import { AccountBook, type EmulatorAccount, isKind } from './accounts.js';
import { CodeBook } from './codes.js';
import { TokenBook } from './tokens.js';
import { defaultUsers, type EmulatedUser, WebAuthBook } from './web-auth.js';

/** component_verify_ticket and suite_ticket: the latest one and the one before are both accepted. */
export class TicketBook {
  readonly #tickets = new Map<string, { current: string; previous?: string }>();

  set(owner: string, value: string): void {
    const known = this.#tickets.get(owner);
    this.#tickets.set(owner, known ? { current: value, previous: known.current } : { current: value });
  }

  current(owner: string): string | undefined {
    return this.#tickets.get(owner)?.current;
  }

  accepts(owner: string, value: unknown): boolean {
    const known = this.#tickets.get(owner);
    return !!known && typeof value === 'string' && (value === known.current || value === known.previous);
  }
}

export interface StoredMedia {
  bytes: Uint8Array;
  contentType: string;
  filename: string;
}

const MAX_MEDIA = 100;
const MAX_RECEIVED = 50;

export class EmulatorState {
  #offsetMs = 0;
  readonly now = () => Date.now() + this.#offsetMs;
  readonly accounts: AccountBook;
  readonly tokens = new TokenBook(this.now);
  readonly tickets = new TicketBook();
  readonly authorizationCodes = new CodeBook<{ componentAppId: string; authorizerAppId: string }>(this.now);
  readonly suiteAuthCodes = new CodeBook<{ suiteId: string; corpId: string }>(this.now);
  /** stable_token force_refresh bookkeeping per appid: WeChat allows 20 a day, 30 s apart. */
  readonly forcedRefreshes = new Map<string, { day: number; count: number; last: number }>();
  readonly media = new Map<string, StoredMedia>();
  /** Web authorization: the emulated users, one-time codes and user tokens. */
  readonly web: WebAuthBook;
  readonly #calls = new Map<string, number>();
  readonly #received = new Map<string, Record<string, unknown>[]>();

  constructor(accounts: readonly EmulatorAccount[], users: readonly EmulatedUser[] = defaultUsers()) {
    this.accounts = new AccountBook(accounts);
    this.web = new WebAuthBook(this.now, users);
    for (const a of this.accounts.all) {
      if (isKind(a, 'component') && a.verifyTicket) this.tickets.set(a.componentAppId, a.verifyTicket);
      if (isKind(a, 'suite') && a.suiteTicket) this.tickets.set(a.suiteId, a.suiteTicket);
    }
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advanceTime: ms must be a non-negative number');
    this.#offsetMs += ms;
  }

  count(operationId: string): void {
    this.#calls.set(operationId, (this.#calls.get(operationId) ?? 0) + 1);
  }

  calls(operationId?: string): number | Record<string, number> {
    if (operationId !== undefined) return this.#calls.get(operationId) ?? 0;
    return Object.fromEntries([...this.#calls].sort(([a], [b]) => a.localeCompare(b)));
  }

  resetCalls(): void {
    this.#calls.clear();
    this.#received.clear();
  }

  record(operationId: string, params: Record<string, unknown>): void {
    const list = this.#received.get(operationId) ?? [];
    list.push(params);
    if (list.length > MAX_RECEIVED) list.shift();
    this.#received.set(operationId, list);
  }

  received(operationId: string): Record<string, unknown>[] {
    return [...(this.#received.get(operationId) ?? [])];
  }

  storeMedia(mediaId: string, media: StoredMedia): void {
    this.media.set(mediaId, media);
    if (this.media.size > MAX_MEDIA) this.media.delete(this.media.keys().next().value!);
  }
}
