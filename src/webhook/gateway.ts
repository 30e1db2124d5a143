// Many accounts behind one callback URL. The account is picked by a query parameter (put
// `?appid=…` in the URL configured for each account) or, for POSTs, by the outer envelope read
// before decryption (ToUserName, AppId). Accounts come and go at run time: a push is bound to the
// bot it resolved to when it arrived, so add/remove never affects pushes already in flight.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Product } from '../http/endpoint.js';
import { readNodeBody, readWebBody } from './body.js';
import type { Bot } from './bot.js';
import { WebhookError } from './errors.js';
import { readEnvelope } from './inbound.js';
import { renderAnswer } from './reply.js';
import { bodyText, queryOf, refusalAnswer, toWebResponse, writeNodeResponse } from './transport.js';
import type { WebhookRequest, WebhookResponse } from './types.js';

export interface GatewayPush {
  query: URLSearchParams;
  /** The outer fields of a POST body (ToUserName, AgentID, AppId, Encrypt, …); undefined for GET. */
  envelope: Record<string, unknown> | undefined;
  request: WebhookRequest['request'];
}

export interface GatewayOptions {
  /** The query parameter that names the account (default `appid`). */
  queryKey?: string;
  /**
   * Picks the account key for a push; undefined falls back to the default (query parameter, then
   * the envelope's ToUserName, then AppId). E.g. WeCom apps of one corp: `${ToUserName}/${AgentID}`.
   */
  resolve?: (push: GatewayPush) => string | undefined;
  /** Largest body the gateway reads to find the account (bytes, default 1 MiB). */
  maxBodyBytes?: number;
  /** Refusals of the gateway itself (unknown account, unreadable body). */
  onError?: (err: WebhookError) => void;
}

export interface WebhookGateway {
  /** Adds (or replaces) the account under `key`: an AppID, CorpID, SuiteID or original id (gh_…). */
  add(key: string, bot: Bot<Product>): this;
  /** Removes an account; pushes already routed to it still finish. */
  remove(key: string): boolean;
  has(key: string): boolean;
  readonly fetch: (request: Request) => Promise<Response>;
  readonly node: (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => Promise<void>;
  handle(request: WebhookRequest): Promise<WebhookResponse>;
}

const MiB = 1024 * 1024;
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

class Gateway implements WebhookGateway {
  readonly #bots = new Map<string, Bot<Product>>();
  readonly #options: GatewayOptions;

  constructor(options: GatewayOptions) {
    this.#options = options;
  }

  add(key: string, bot: Bot<Product>): this {
    this.#bots.set(key, bot);
    return this;
  }

  remove(key: string): boolean {
    return this.#bots.delete(key);
  }

  has(key: string): boolean {
    return this.#bots.has(key);
  }

  readonly fetch = async (request: Request): Promise<Response> =>
    toWebResponse(
      await this.handle({
        method: request.method,
        url: request.url,
        body: (limit, timeoutMs) => readWebBody(request, limit, timeoutMs),
        request,
      }),
    );

  readonly node = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const response = await this.handle({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      body: (limit, timeoutMs) => readNodeBody(req, limit, timeoutMs),
      request: req,
    });
    writeNodeResponse(res, response);
  };

  async handle(request: WebhookRequest): Promise<WebhookResponse> {
    try {
      const query = queryOf(request.url);
      if (request.method === 'POST') {
        const body = await this.#read(request.body);
        // The envelope is read only when the query string does not already name the account.
        const named = str(query.get(this.#options.queryKey ?? 'appid'));
        const envelope = this.#options.resolve || named === undefined ? readEnvelope(body) : undefined;
        const bot = this.#pick({ query, envelope, request: request.request });
        return await bot.handle({ ...request, body });
      }
      if (request.method !== 'GET') {
        throw new WebhookError(
          405,
          'method',
          `${request.method} is not a WeChat callback method (GET or POST)`,
        );
      }
      const push = { query, envelope: undefined, request: request.request };
      if (this.#key(push) !== undefined) return await this.#pick(push).handle(request);
      return await this.#verifyAny(request);
    } catch (err) {
      const refusal =
        err instanceof WebhookError
          ? err
          : new WebhookError(400, 'malformed', 'the request could not be read');
      this.#options.onError?.(refusal);
      return renderAnswer(refusalAnswer(refusal), undefined);
    }
  }

  async #read(source: WebhookRequest['body']): Promise<string> {
    const limit = this.#options.maxBodyBytes ?? MiB;
    let raw: string | Uint8Array | undefined;
    try {
      raw = typeof source === 'function' ? await source(limit) : source;
    } catch {
      throw new WebhookError(400, 'malformed', 'the request body could not be read (the client went away?)');
    }
    const body = bodyText(raw, limit, typeof source === 'function');
    if (body instanceof WebhookError) throw body;
    return body;
  }

  #key(push: GatewayPush): string | undefined {
    const custom = this.#options.resolve?.(push);
    if (custom !== undefined) return custom;
    const env = push.envelope;
    return str(push.query.get(this.#options.queryKey ?? 'appid')) ?? str(env?.ToUserName) ?? str(env?.AppId);
  }

  #pick(push: GatewayPush): Bot<Product> {
    const key = this.#key(push);
    const bot = key === undefined ? undefined : this.#bots.get(key);
    if (!bot) {
      throw new WebhookError(
        404,
        'unknown-account',
        key === undefined
          ? 'no account key in the query string or the envelope'
          : 'no account is registered under the key this push resolved to',
      );
    }
    return bot;
  }

  /** URL verification carries no account: any account whose token verifies the signature answers. */
  async #verifyAny(request: WebhookRequest): Promise<WebhookResponse> {
    let last: WebhookResponse | undefined;
    for (const bot of [...this.#bots.values()]) {
      const response = await bot.handle(request);
      if (response.status === 200) return response;
      last = response;
    }
    if (last) return last;
    throw new WebhookError(404, 'unknown-account', 'no account is registered');
  }
}

export function createWebhookGateway(options: GatewayOptions = {}): WebhookGateway {
  return new Gateway(options);
}
