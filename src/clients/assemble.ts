// The skeleton every client factory shares: the store, the bare caller (its own credentials fill the
// params a descriptor marks `from:`), the token fetched from the product's token endpoint or fed by a
// pushed ticket, the typed `api` and `request()` with the product's default host and token, and the
// webhook. A factory says only what is its own: credentials, token params, and its extra methods.
// The product's facts come from src/products.ts (spec/products.yaml).
import type { OperationId } from '../../generated/operations.js';
import { CredentialError } from '../errors.js';
import { HttpCaller, type TokenSource } from '../http/caller.js';
import { type Product, type ProductFacts, productFacts } from '../products.js';
import { Credential } from '../tokens/credential.js';
import { keys } from '../tokens/keys.js';
import { MemoryStore, type Store } from '../tokens/store.js';
import type { Bot, WebhookOptions } from '../webhook/index.js';
import { buildApi } from './build-api.js';
import {
  type CallbackSettings,
  type ClientOptions,
  credentialTuning,
  encryptedWebhook,
  httpConfig,
  keepPushedTicket,
  ticketFedToken,
} from './common.js';
import { fetchToken } from './token-endpoint.js';

export interface ClientBase<P extends Product> {
  product: P;
  facts: ProductFacts;
  options: ClientOptions;
  store: Store;
  /** The caller without tokens: for the token endpoints themselves. */
  bare: HttpCaller;
}

export function clientBase<P extends Product>(
  product: P,
  options: ClientOptions,
  own: Readonly<Record<string, string | undefined>>,
): ClientBase<P> {
  return {
    product,
    facts: productFacts(product),
    options,
    store: options.store ?? new MemoryStore(),
    bare: new HttpCaller({ ...httpConfig(options), own }),
  };
}

/**
 * The product's token, fetched from its token endpoint (or `operation`, another with the same answer)
 * with `params` (`force`: a forced refresh; throwing there fails the fetch).
 */
export function fetchedToken(
  base: ClientBase<Product>,
  key: string,
  params: (force: boolean) => Record<string, unknown>,
  operation: OperationId = base.facts.tokenEndpoint.operation,
): Credential {
  const { field } = base.facts.tokenEndpoint;
  return new Credential({
    key,
    store: base.store,
    ...credentialTuning(base.options),
    fetch: async (force, signal) => fetchToken(base.bare, operation, params(force), field, signal),
  });
}

/**
 * The product's token fed by the ticket WeChat pushes (component_verify_ticket, suite_ticket): the
 * last good ticket is kept under `owner`, and a ticket errcode of the product backs the fetch off
 * until the next push.
 */
export function ticketFed(
  base: ClientBase<Product>,
  owner: string,
  ticket: { storedAs: 'verify_ticket' | 'suite_ticket'; ttlMs: number; missing: string },
  params: (ticket: string) => Record<string, unknown>,
) {
  const { operation, field } = base.facts.tokenEndpoint;
  return ticketFedToken({
    ticketKey: keys.pushedTicket(owner, ticket.storedAs),
    ticketTtlMs: ticket.ttlMs,
    tokenKey: keys.token(owner, base.facts.token),
    store: base.store,
    options: base.options,
    ticketErrcodes: base.facts.ticket?.invalidErrcodes ?? [],
    missing: ticket.missing,
    fetch: (value, signal) => fetchToken(base.bare, operation, params(value), field, signal),
  });
}

/** What a client calls with: its caller over `tokens`, the typed `api`, and `request()` for any route. */
export function clientCalls<Api>(base: ClientBase<Product>, tokens: TokenSource) {
  const caller = base.bare.withTokens(tokens);
  const { host, token } = base.facts;
  return {
    caller,
    api: buildApi<Api>(base.product, caller),
    /** A route no descriptor covers yet, on the product's host with its token unless told otherwise. */
    request: ((route, params, callOptions) =>
      caller.request(route, params, { host, token, ...callOptions })) as HttpCaller['request'],
  };
}

type Overrides<P extends Product> = Partial<Omit<WebhookOptions<P>, 'product'>>;

/**
 * The webhook of a client whose pushes are always encrypted (see encryptedWebhook). When the product
 * has a pushed ticket, a push of it addressed to `ownId` is saved before any handler runs; one
 * addressed to another client is reported (stage `store`) and not stored.
 */
export function productWebhook<P extends Product>(
  base: ClientBase<P>,
  settings: CallbackSettings,
  where: { credential: string; why: string },
  receiveId: string | readonly string[],
  overrides: Overrides<P>,
  pushed?: { ownId: string; save: (ticket: string) => Promise<unknown> },
): Bot<P> {
  const bot = encryptedWebhook(base.product, settings, where, receiveId, base.store, overrides);
  const ticket = base.facts.ticket;
  if (!ticket || !pushed) return bot;
  return bot.use(
    keepPushedTicket<P>({
      infoType: ticket.infoType,
      ticketOf: (message) => {
        // One URL may serve several clients (receiveId overridden): keep only this one's ticket.
        const addressee = message[ticket.addressedBy];
        if (addressee !== pushed.ownId)
          throw new CredentialError(
            `a ${ticket.infoType} of ${String(addressee)} reached the webhook of ${pushed.ownId}: not stored`,
            where.credential,
          );
        const value = message[ticket.field];
        return typeof value === 'string' ? value : undefined;
      },
      save: pushed.save,
    }),
  );
}
