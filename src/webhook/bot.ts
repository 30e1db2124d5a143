// createWebhook: one account's callback URL. A request goes through authenticate (inbound.ts) →
// parse → duplicate check → middleware and handler under a deadline → render and encrypt the reply.
// Bad input gets a 4xx and runs nothing; a failing handler gets "success" so WeChat neither retries
// nor shows "该公众号暂时无法提供服务". This file takes the request in and sends the answer out
// (transports, authenticate, parse, seal); what happens to a push in between is delivery.ts, and
// failures are reported through report.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MessageCrypto } from '../crypto/message-crypto.js';
// The messages modules one by one, not their index: that also exports the zod schemas, which the
// webhook never needs (it parses with the zod-free decoder).
import { MessageParseError } from '../messages/errors.js';
import type { MessageOf, UnknownMessage } from '../messages/parse.js';
import { alwaysEncrypted, type Product } from '../products.js';
import { keys } from '../tokens/keys.js';
import { readNodeBody, readWebBody } from './body.js';
import { Deadlines } from './deadline.js';
import { Dedup, dedupKey } from './dedup.js';
import { Delivery } from './delivery.js';
import { WebhookError } from './errors.js';
import { type InboundConfig, openPush, verifyEcho } from './inbound.js';
import { kit, loadKit } from './load-kit.js';
import { type HttpAnswer, renderAnswer } from './reply.js';
import { type Report, reporter } from './report.js';
import { Router } from './router.js';
import { bodyText, queryOf, refusalAnswer, toWebResponse, writeNodeResponse } from './transport.js';

import type {
  Bot,
  Handler,
  Middleware,
  WebhookContext,
  WebhookOptions,
  WebhookRequest,
  WebhookResponse,
} from './types.js';

export type { Bot } from './types.js';

const MiB = 1024 * 1024;
const DONE: Promise<void> = Promise.resolve();
const SUCCESS: HttpAnswer = { status: 200, type: 'text', body: 'success' };

class WebhookBot<P extends Product> implements Bot<P> {
  readonly product: P;
  readonly #inbound: InboundConfig;
  readonly #crypto: MessageCrypto | undefined;
  readonly #router = new Router();
  readonly #delivery: Delivery<P>;
  readonly #report: Report<P>;
  readonly #maxBody: number;
  readonly #bodyTimeoutMs: number;
  readonly #defaultAccount: string | undefined;

  constructor(options: WebhookOptions<P>) {
    this.product = options.product;
    if (typeof options.token !== 'string' || options.token === '') {
      throw new TypeError('createWebhook: token is required (the Token configured next to the callback URL)');
    }
    if (!options.encodingAESKey && alwaysEncrypted(options.product)) {
      throw new TypeError(
        `createWebhook: encodingAESKey is required for ${options.product}: its pushes are always encrypted`,
      );
    }
    this.#crypto = options.encodingAESKey
      ? new MessageCrypto({
          token: options.token,
          encodingAESKey: options.encodingAESKey,
          ...(options.previousEncodingAESKey
            ? { previousEncodingAESKey: options.previousEncodingAESKey }
            : {}),
          ...(options.receiveId !== undefined ? { receiveId: options.receiveId } : {}),
        })
      : undefined;
    this.#inbound = {
      product: options.product,
      token: options.token,
      crypto: this.#crypto,
      windowSeconds: options.timestampWindowSeconds ?? 300,
      allowPlaintext: options.allowPlaintext ?? false,
    };
    // WeChat retries an unanswered push three times, ~5 s apart: the last retry comes ~15 s after the
    // first delivery. A later copy is still caught by the replay guard (or the shared store's claim).
    const dedupTtlMs = options.dedupTtlMs ?? 16_000;
    const dedup = new Dedup(options.store, dedupTtlMs, options.maxRememberedPushes ?? 300_000);
    const deadlineMs = options.deadlineMs ?? 4500;
    this.#report = reporter(options);
    this.#delivery = new Delivery({
      options,
      router: this.#router,
      dedup,
      dedupTtlMs,
      deadlines: new Deadlines(deadlineMs),
      deadlineMs,
      windowSeconds: this.#inbound.windowSeconds,
      report: this.#report,
    });
    this.#maxBody = options.maxBodyBytes ?? MiB;
    this.#bodyTimeoutMs = options.bodyTimeoutMs ?? 3000;
    const ids = typeof options.receiveId === 'string' ? [options.receiveId] : (options.receiveId ?? []);
    this.#defaultAccount = ids.find((id) => id !== '');
  }

  on(msgType: string, handler: Handler<any, P>): this {
    this.#router.onMsgType(msgType, handler);
    return this;
  }

  onEvent(event: string, handler: Handler<any, P>): this {
    this.#router.onEvent(event, handler);
    return this;
  }

  use(middleware: Middleware<P>): this {
    this.#router.use(middleware);
    return this;
  }

  fallback(handler: Handler<any, P>): this {
    this.#router.fallback(handler);
    return this;
  }

  readonly fetch = async (request: Request): Promise<Response> =>
    toWebResponse(await this.#receive(request.method, request.url, request, undefined, readWebBody));

  readonly node = (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const answer = this.#receive(req.method ?? 'GET', req.url ?? '/', req, undefined, readNodeBody);
    if (answer instanceof Promise) return answer.then((r) => this.#write(res, r));
    this.#write(res, answer);
    return DONE;
  };

  /** Writes the answer; a socket that cannot take it is closed, and nothing escapes to node:http. */
  #write(res: ServerResponse, r: WebhookResponse): void {
    try {
      writeNodeResponse(res, r);
    } catch (err) {
      this.#report(err, { stage: 'request', status: r.status });
      res.destroy();
    }
  }

  handle(request: WebhookRequest): Promise<WebhookResponse> {
    const answer = this.#receive(request.method, request.url, request.request, request.body, undefined);
    return answer instanceof Promise ? answer : Promise.resolve(answer);
  }

  // The hot path is written with few promise hops and few per-request closures on purpose: each
  // costs a little, and a push is small enough that it shows in the throughput. Whatever can answer
  // at once returns the response itself, not a promise of it.
  #receive<R extends Request | IncomingMessage | undefined>(
    method: string,
    url: string,
    request: R,
    body: WebhookRequest['body'],
    reader:
      | ((request: R, limit: number, timeoutMs: number) => Promise<Uint8Array | string | undefined>)
      | undefined,
  ): WebhookResponse | Promise<WebhookResponse> {
    let query: URLSearchParams;
    let pending: Promise<Uint8Array | string | undefined> | undefined;
    try {
      query = queryOf(url);
      if (method === 'GET') {
        return this.#respond({ status: 200, type: 'text', body: verifyEcho(this.#inbound, query) });
      }
      if (method !== 'POST') {
        throw new WebhookError(405, 'method', `${method} is not a WeChat callback method (GET or POST)`);
      }
      if (reader) pending = reader(request, this.#maxBody, this.#bodyTimeoutMs);
      else if (typeof body === 'function') pending = body(this.#maxBody, this.#bodyTimeoutMs);
      else return this.#post(query, request, bodyText(body, this.#maxBody, false));
    } catch (err) {
      return this.#refuse(err);
    }
    return pending.then(
      (read) => this.#post(query, request, bodyText(read, this.#maxBody, true)),
      (err) =>
        this.#refuse(
          err instanceof WebhookError
            ? err
            : new WebhookError(
                400,
                'malformed',
                'the request body could not be read (the client went away?)',
              ),
        ),
    );
  }

  #post(
    query: URLSearchParams,
    request: Request | IncomingMessage | undefined,
    body: string | WebhookError,
  ): WebhookResponse | Promise<WebhookResponse> {
    if (!kit) {
      return loadKit().then(
        () => this.#post(query, request, body),
        (err) => this.#refuse(err),
      );
    }
    let ctx: WebhookContext<P>;
    // The receiveId the push was sealed for, which its reply is sealed for too; undefined in plain mode.
    let sealFor: string | undefined;
    // Until when (unix s) this push must be recognised: as long as its timestamp is accepted.
    let guardUntil: number;
    let key: string;
    try {
      if (body instanceof WebhookError) throw body;
      const opened = openPush(this.#inbound, query, body);
      guardUntil = this.#delivery.guardUntil(Number(query.get('timestamp')));
      const message = this.#parse(opened.raw, opened.format);
      const to = (message as { ToUserName?: unknown }).ToUserName;
      ctx = {
        product: this.product,
        account: opened.receiveId || this.#defaultAccount || (typeof to === 'string' ? to : ''),
        mode: opened.mode,
        format: opened.format,
        raw: opened.raw,
        request,
        message,
        state: {},
        report: (error, stage = 'handler') => this.#report(error, { stage, status: 200, ctx }),
      };
      sealFor = opened.mode === 'plain' ? undefined : (opened.receiveId ?? '');
      // Store keys carry no `wxkit:` of their own: the Redis store adds its prefix (was `wxkit:wxkit:…`).
      key = keys.webhookDelivery(
        this.product,
        ctx.account,
        dedupKey(message as unknown as Record<string, unknown>, opened.raw),
      );
      // Older than what a full guard remembers: refused, unless it is a retry whose answer is kept.
      if (this.#delivery.tooOldToCheck(key, guardUntil)) {
        throw new WebhookError(
          401,
          'timestamp',
          'under load the duplicate memory is full: a push this old can no longer be checked for a replay',
        );
      }
    } catch (err) {
      return this.#refuse(err);
    }
    const answer = this.#delivery.run(ctx, key, guardUntil);
    if (typeof answer === 'string') return this.#answer(answer, ctx, sealFor);
    return answer.then((body) => this.#answer(body, ctx, sealFor));
  }

  /** The HTTP answer to a push: "success" for '', else the reply (encrypted in safe / compatible mode). */
  #answer(body: string, ctx: WebhookContext<P>, sealFor: string | undefined): WebhookResponse {
    if (body === '') return this.#respond(SUCCESS);
    const type = ctx.format;
    try {
      return this.#respond(
        sealFor === undefined ? { status: 200, type, body } : { status: 200, type, body, sealFor },
      );
    } catch (err) {
      // A reply that cannot be sealed is dropped like one that cannot be rendered: "success".
      this.#report(err, { stage: 'reply', status: 200, ctx });
      return this.#respond(SUCCESS);
    }
  }

  #parse(raw: string, format: 'xml' | 'json'): MessageOf<P> | UnknownMessage {
    try {
      return kit!.parseMessage(raw, { format, product: this.product }) as MessageOf<P> | UnknownMessage;
    } catch (err) {
      if (err instanceof MessageParseError) throw new WebhookError(400, 'malformed', err.message);
      throw err;
    }
  }

  #respond(answer: HttpAnswer): WebhookResponse {
    return renderAnswer(answer, this.#crypto);
  }

  #refuse(err: unknown): WebhookResponse {
    // Anything unexpected before a handler runs is a request we could not make sense of: 400.
    const refusal =
      err instanceof WebhookError ? err : new WebhookError(400, 'malformed', 'the request could not be read');
    this.#report(err, { stage: 'request', status: refusal.status });
    return this.#respond(refusalAnswer(refusal));
  }
}

export function createWebhook<P extends Product>(options: WebhookOptions<P>): Bot<P> {
  return new WebhookBot(options);
}
