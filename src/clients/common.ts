// What every client factory shares: HTTP settings, the store, and turning credentials into a TokenSource.
import type { OperationId } from '../../generated/operations.js';
import { CredentialError, WechatApiError } from '../errors.js';
import type { HttpCaller, HttpConfig, TokenSource } from '../http/caller.js';
import type { Product, TokenKind } from '../http/endpoint.js';
import { Credential, type CredentialEvents, type FetchedCredential } from '../tokens/credential.js';
import { keys } from '../tokens/keys.js';
import type { Store } from '../tokens/store.js';
import { StoredValue } from '../tokens/stored-value.js';
import { type Bot, createWebhook, type Middleware, type WebhookOptions } from '../webhook/index.js';
import { fetchToken } from './token-endpoint.js';

export interface ClientOptions extends HttpConfig {
  /** Where tokens and tickets live (default: in memory, right for one process; use wxkit/redis for many). */
  store?: Store;
  /** Metrics hooks of the token layer: fetched, refresh skipped, lock waited. */
  tokenEvents?: CredentialEvents;
  /** Refresh tokens this long before they expire (ms, default 5 min). */
  refreshAheadMs?: number;
  /** At most one forced token refresh per this interval (ms, default 30 s). */
  minForceIntervalMs?: number;
  /** Lock TTL for refreshes across processes (ms, default 10 s). */
  lockTtlMs?: number;
  /**
   * How long a call waits for another process's refresh, per lock holder (ms, default lockTtlMs +
   * 2 s): when a dead holder's lock expires and another process takes it, the wait starts again.
   */
  waitTimeoutMs?: number;
  /**
   * When the store fails (Redis down): `fail` (default) throws a CredentialError; `fetch-direct`
   * fetches tokens without the lock, once per process, until the store answers again.
   */
  onStoreError?: 'fail' | 'fetch-direct';
}

/** The options among `names` that are set (an unset one is left out, not copied as undefined). */
function picked<T extends object, K extends keyof T>(o: T, names: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const name of names) if (o[name] !== undefined) out[name] = o[name];
  return out;
}

const HTTP_OPTIONS = ['hosts', 'fetch', 'timeout', 'retries', 'validateResponse', 'hooks'] as const;
const TOKEN_TUNING = [
  'refreshAheadMs',
  'minForceIntervalMs',
  'lockTtlMs',
  'waitTimeoutMs',
  'onStoreError',
] as const;

/** The token layer's settings among a client's options. */
export const credentialTuning = (o: ClientOptions) => ({
  ...picked(o, TOKEN_TUNING),
  ...(o.tokenEvents ? { events: o.tokenEvents } : {}),
});

/**
 * One owner's tickets (jsapi, wx_card, agent_config), each a Credential made on first use and cached
 * like a token. `owner` prefixes the store keys; `operationOf` names the endpoint of a ticket type.
 */
export function ticketCredentials<T extends string>(settings: {
  owner: string;
  store: Store;
  options: ClientOptions;
  caller: HttpCaller;
  operationOf: (type: T) => { operationId: OperationId; params: Record<string, unknown> };
}): (type: T) => Credential {
  const tickets = new Map<T, Credential>();
  return (type) => {
    let c = tickets.get(type);
    if (!c) {
      const { operationId, params } = settings.operationOf(type);
      c = new Credential({
        key: keys.ticket(settings.owner, type),
        store: settings.store,
        ...credentialTuning(settings.options),
        fetch: (_force, signal) => fetchToken(settings.caller, operationId, params, 'ticket', signal),
      });
      tickets.set(type, c);
    }
    return c;
  };
}

/** A ticket error (expired, invalid) only heals with the next push, which WeChat sends within 10 minutes. */
const TICKET_ERROR_BACKOFF_MS = 10 * 60_000;

/**
 * A token fetched with a ticket WeChat pushes every 10 minutes (component_verify_ticket, suite_ticket).
 * The last good ticket is kept in the store; a ticket error backs the fetch off until the next push,
 * and saving that push clears the backoff, so the token heals at once.
 */
export function ticketFedToken(settings: {
  ticketKey: string;
  ticketTtlMs: number;
  tokenKey: string;
  store: Store;
  options: ClientOptions;
  /** The errcodes that mean "this ticket is expired or invalid". */
  ticketErrcodes: readonly number[];
  /** What to tell a caller when no ticket has been pushed yet. */
  missing: string;
  fetch: (ticket: string, signal: AbortSignal) => Promise<FetchedCredential>;
}): { token: Credential; saveTicket: (ticket: string) => Promise<boolean> } {
  const ticket = new StoredValue(settings.ticketKey, settings.store, settings.ticketTtlMs);
  const token = new Credential({
    key: settings.tokenKey,
    store: settings.store,
    ...credentialTuning(settings.options),
    backoffFor: (err) =>
      err instanceof WechatApiError && settings.ticketErrcodes.includes(err.errcode)
        ? TICKET_ERROR_BACKOFF_MS
        : undefined,
    fetch: async (_force, signal) => settings.fetch(await ticket.require(settings.missing), signal),
  });
  const saveTicket = async (value: string): Promise<boolean> => {
    // An empty ticket is ignored, so the last good one stays.
    if (typeof value !== 'string' || !value.trim()) return false;
    await ticket.set(value.trim());
    await token.clearBackoff();
    return true;
  };
  return { token, saveTicket };
}

/** A TokenSource over named credentials. */
export function tokenSource(
  credentials: Partial<Record<Exclude<TokenKind, 'none'>, Credential>>,
): TokenSource {
  const pick = (kind: Exclude<TokenKind, 'none'>) => {
    const c = credentials[kind];
    if (!c) throw new CredentialError(`this client has no ${kind}`, kind);
    return c;
  };
  return {
    get: (kind) => pick(kind).get(),
    invalidate: (kind, failed) => pick(kind).invalidate(failed),
    invalidation: (kind, failed) => pick(kind).invalidation(failed),
  };
}

export const httpConfig = (o: HttpConfig): HttpConfig => picked(o, HTTP_OPTIONS);

/** The options a child client (a corp's, an authorizer's) inherits: HTTP and token tuning, never secrets. */
export const clientTuning = (o: ClientOptions): ClientOptions =>
  picked(o, [...HTTP_OPTIONS, ...TOKEN_TUNING, 'tokenEvents']);

/** Names the callback settings that are missing (never their values): "`token` and `encodingAESKey`". */
export const missingSettings = (settings: Record<string, string | undefined>): string =>
  Object.entries(settings)
    .filter(([, value]) => !value)
    .map(([name]) => `\`${name}\``)
    .join(' and ');

/** A client's callback settings (the Token and the EncodingAESKeys), as its options hold them. */
export interface CallbackSettings {
  token?: string | undefined;
  encodingAESKey?: string | undefined;
  previousEncodingAESKey?: string;
}

/**
 * The webhook of a client whose pushes are always encrypted (WeCom, suites, the Open Platform): built
 * from the client's callback settings (a CredentialError names what is missing), the given receiveId
 * and the client's store; `overrides` win.
 */

export function encryptedWebhook<P extends Product>(
  product: P,
  settings: CallbackSettings,
  where: { credential: string; why: string },
  receiveId: string | readonly string[],
  store: Store,
  overrides: Partial<Omit<WebhookOptions<P>, 'product'>>,
): Bot<P> {
  const { token, encodingAESKey, previousEncodingAESKey } = settings;
  if (!token || !encodingAESKey)
    throw new CredentialError(
      `webhook() needs the callback ${missingSettings({ token, encodingAESKey })} in the client options (${where.why})`,
      where.credential,
    );
  return createWebhook<P>({
    product,
    token,
    encodingAESKey,
    ...(previousEncodingAESKey ? { previousEncodingAESKey } : {}),
    receiveId,
    store,
    ...overrides,
  });
}

/**
 * Webhook middleware that keeps a pushed ticket (suite_ticket, component_verify_ticket) before any
 * handler runs, so the token chain feeds itself; the push then goes on to the user's handlers as
 * usual. A failure to store it goes through `ctx.report` (onError, stage `store`) and never fails the
 * push: WeChat gets "success" and pushes the next ticket in 10 minutes.
 */
export function keepPushedTicket<P extends Product>(keeper: {
  /** The InfoType of the ticket push. */
  infoType: string;
  /** The ticket, when the push is addressed to this client; undefined to leave it alone. */
  ticketOf: (message: Record<string, unknown>) => string | undefined;
  save: (ticket: string) => Promise<unknown>;
}): Middleware<P> {
  return async (ctx, next) => {
    const message = ctx.message as unknown as Record<string, unknown>;
    if (message.InfoType === keeper.infoType) {
      try {
        const ticket = keeper.ticketOf(message);
        if (ticket !== undefined) await keeper.save(ticket);
      } catch (err) {
        ctx.report(err, 'store');
      }
    }
    return next();
  };
}
