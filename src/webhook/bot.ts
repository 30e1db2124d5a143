// createWebhook: one account's callback URL. A request goes through authenticate (inbound.ts) →
// parse → duplicate check → middleware and handler under a deadline → render and encrypt the reply.
// Bad input gets a 4xx and runs nothing; a failing handler gets "success" so WeChat neither retries
// nor shows "该公众号暂时无法提供服务".
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MessageCrypto } from '../crypto/message-crypto.js';
// The messages modules one by one, not their index: that also exports the zod schemas, which the
// webhook never needs (it parses with the zod-free decoder).
import { MessageParseError } from '../messages/errors.js';
import type { Reply } from '../messages/index.js';
import type { MessageOf, UnknownMessage } from '../messages/parse.js';
import { alwaysEncrypted, type Product } from '../products.js';
import { keys } from '../tokens/keys.js';
import { readNodeBody, readWebBody } from './body.js';
import { Deadlines } from './deadline.js';
import { Dedup, dedupKey, type PriorAnswer } from './dedup.js';
import { LateReplyError, WebhookError } from './errors.js';
import { type InboundConfig, openPush, verifyEcho } from './inbound.js';
import type * as MessageKit from './message-kit.js';
import { fingerprint, ReplayGuard } from './replay.js';
import { type HttpAnswer, renderAnswer } from './reply.js';
import { Router } from './router.js';
import { bodyText, queryOf, refusalAnswer, toWebResponse, writeNodeResponse } from './transport.js';
import type {
  ByEventKey,
  ByMsgType,
  EventKeyOf,
  Handler,
  HandlerResult,
  Middleware,
  MsgTypeOf,
  PushSummary,
  WebhookContext,
  WebhookErrorContext,
  WebhookOptions,
  WebhookRequest,
  WebhookResponse,
} from './types.js';

// Routing keys are the product's own message and event names: a typo (`'txt'`, `'subscrbe'`) does
// not compile. A push the spec does not describe yet goes to fallback(), typed UnknownMessage.

// The message tables load on the first push of any bot in the process (see message-kit.ts).
let kit: typeof MessageKit | undefined;
let kitLoading: Promise<typeof MessageKit> | undefined;
const loadKit = (): Promise<typeof MessageKit> => {
  kitLoading ??= import('./message-kit.js').then((m) => {
    kit = m;
    return m;
  });
  // A failed import (a broken install) is not remembered: the next push tries again.
  kitLoading.catch(() => {
    kitLoading = undefined;
  });
  return kitLoading;
};
export interface Bot<P extends Product = Product> {
  readonly product: P;
  /** Handles one MsgType: `.on('text', (msg) => reply.text(msg.Content))`. */
  on<T extends MsgTypeOf<MessageOf<P>>>(msgType: T, handler: Handler<ByMsgType<MessageOf<P>, T>, P>): this;
  /**
   * Handles one Event (`subscribe`, `CLICK`), InfoType (`component_verify_ticket`, `suite_ticket`) or
   * change notification, whole (`change_contact`) or by ChangeType (`change_contact.create_user`).
   */
  onEvent<K extends EventKeyOf<MessageOf<P>>>(
    event: K,
    handler: Handler<ByEventKey<MessageOf<P>, K>, P>,
  ): this;
  /** Koa-style middleware around every handler, in the order added. */
  use(middleware: Middleware<P>): this;
  /** Handles whatever no other handler took (without one: "success"). */
  fallback(handler: Handler<MessageOf<P> | UnknownMessage, P>): this;
  /** The web-standard handler: Hono, Bun, Deno, Cloudflare Workers, Next.js route handlers. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** A node:http request listener that is also Express / Connect middleware (it always answers). */
  readonly node: (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => Promise<void>;
  /** The transport-neutral core, for frameworks with neither a web Request nor a node request. */
  handle(request: WebhookRequest): Promise<WebhookResponse>;
}

const MiB = 1024 * 1024;
const DONE: Promise<void> = Promise.resolve();
const SUCCESS: HttpAnswer = { status: 200, type: 'text', body: 'success' };

/** Marks a kept answer that is a reply to render again (JSON), not a rendered body. */
const REPLY_MARK = '\u0001';

interface Outcome {
  /** The plaintext answer ('' for "success"). */
  body: string;
  /** The handler's reply, for onLateReply. */
  reply: Reply | undefined;
  /** Whether this delivery ran the handler (false for a duplicate). */
  first: boolean;
}

class WebhookBot<P extends Product> implements Bot<P> {
  readonly product: P;
  readonly #options: WebhookOptions<P>;
  readonly #inbound: InboundConfig;
  readonly #crypto: MessageCrypto | undefined;
  readonly #dedup: Dedup;
  readonly #dedupTtlMs: number;
  readonly #replays: ReplayGuard | undefined;
  readonly #router = new Router();
  readonly #maxBody: number;
  readonly #bodyTimeoutMs: number;
  readonly #deadlineMs: number;
  readonly #deadlines: Deadlines;
  readonly #defaultAccount: string | undefined;

  constructor(options: WebhookOptions<P>) {
    this.product = options.product;
    this.#options = options;
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
    this.#dedupTtlMs = options.dedupTtlMs ?? 16_000;
    this.#dedup = new Dedup(options.store, this.#dedupTtlMs);
    // The memory store keeps answers for dedupTtlMs; the guard keeps a fingerprint of every push
    // until its timestamp leaves the window. A shared store keeps the claim that long itself.
    this.#replays = this.#dedup.inMemory
      ? new ReplayGuard(options.maxRememberedPushes ?? 300_000)
      : undefined;
    this.#maxBody = options.maxBodyBytes ?? MiB;
    this.#bodyTimeoutMs = options.bodyTimeoutMs ?? 3000;
    this.#deadlineMs = options.deadlineMs ?? 4500;
    this.#deadlines = new Deadlines(this.#deadlineMs);
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
      guardUntil = this.#guardUntil(Number(query.get('timestamp')));
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
      if (this.#replays?.tooOld(guardUntil) && !this.#dedup.knowsNow(key)) {
        throw new WebhookError(
          401,
          'timestamp',
          'under load the duplicate memory is full: a push this old can no longer be checked for a replay',
        );
      }
    } catch (err) {
      return this.#refuse(err);
    }
    const answer = this.#run(ctx, key, guardUntil);
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

  /**
   * Dedup, handler and rendering; the plaintext answer ('' = "success"). With a store that answers at
   * once and a handler that returns at once (the common case) it all happens in this call: no promise,
   * no deadline. Anything asynchronous goes on under the deadline.
   */
  #run(ctx: WebhookContext<P>, key: string, guardUntil: number): string | Promise<string> {
    const keepMs = Math.max(0, guardUntil * 1000 - Date.now());
    const prior = this.#dedup.claimNow(key);
    if (prior === undefined) return this.#underDeadline(ctx, key, this.#process(ctx, key, keepMs), keepMs);
    if (prior.kind !== 'new') return this.#priorBody(prior, ctx);
    // New to the answers kept for retries; a replay of a push handled longer ago is caught here.
    if (this.#replays?.check(fingerprint(key), guardUntil, Math.floor(Date.now() / 1000)) === 'seen') {
      return '';
    }
    const outcome = this.#invoke(ctx);
    if (outcome instanceof Promise) return this.#underDeadline(ctx, key, outcome, keepMs);
    this.#recordAnswer(key, outcome, ctx, keepMs);
    return outcome.body;
  }

  /** When a push stops being a possible replay: its timestamp leaves the window (never sooner than dedupTtlMs). */
  #guardUntil(timestamp: number): number {
    const window = this.#inbound.windowSeconds;
    const floor = Math.ceil((Date.now() + this.#dedupTtlMs) / 1000);
    return Number.isFinite(window) ? Math.max(floor, timestamp + window + 1) : floor;
  }

  // A duplicate gets the first delivery's answer. What is kept is the reply itself (a few dozen
  // bytes), not its rendered XML (hundreds): rendered again, addressed the same, when a retry comes.
  #recordAnswer(key: string, outcome: Outcome, ctx: WebhookContext<P>, keepMs: number): void {
    // "success" needs no record: a duplicate that finds the claim's pending marker answers it too.
    if (outcome.body === '') return;
    const kept =
      outcome.body !== '' && outcome.reply ? REPLY_MARK + JSON.stringify(outcome.reply) : outcome.body;
    this.#dedup
      .answer(key, kept, keepMs)
      .catch((err) => this.#report(err, { stage: 'store', status: 200, ctx }));
  }

  /** The answer a duplicate gets: the kept body, or the kept reply rendered for this push. */
  #priorBody(prior: PriorAnswer, ctx: WebhookContext<P>): string {
    if (prior.kind !== 'answered') return '';
    if (!prior.body.startsWith(REPLY_MARK)) return prior.body;
    try {
      return kit!.renderReplyFor(JSON.parse(prior.body.slice(REPLY_MARK.length)) as Reply, ctx);
    } catch (err) {
      this.#report(err, { stage: 'reply', status: 200, ctx });
      return '';
    }
  }

  #underDeadline(
    ctx: WebhookContext<P>,
    key: string,
    work: Promise<Outcome>,
    keepMs: number,
  ): Promise<string> {
    return new Promise<string>((resolve) => {
      let timedOut = false;
      const waiting = this.#deadlines.start(() => {
        // Duplicates keep seeing the pending marker, hence "success": what this delivery answered.
        timedOut = true;
        resolve('');
      });
      work.then(
        (outcome) => {
          if (timedOut) return this.#lateReply(outcome, ctx);
          this.#deadlines.done(waiting);
          if (outcome.first) this.#recordAnswer(key, outcome, ctx, keepMs);
          resolve(outcome.body);
        },
        (err) => {
          this.#deadlines.done(waiting);
          this.#report(err, { stage: 'handler', status: 200, ctx });
          resolve('');
        },
      );
    });
  }

  #process(ctx: WebhookContext<P>, key: string, keepMs: number): Promise<Outcome> {
    let claim: Promise<PriorAnswer>;
    try {
      claim = this.#dedup.claim(key, keepMs);
    } catch (err) {
      // A store that throws instead of rejecting is still just a store outage.
      claim = Promise.reject(err);
    }
    return claim.then(
      (prior) =>
        prior.kind === 'new'
          ? this.#invoke(ctx)
          : { body: this.#priorBody(prior, ctx), reply: undefined, first: false },
      (err) => {
        // A store outage must not stop the account answering: handle the push, just without dedup.
        this.#report(err, { stage: 'store', status: 200, ctx });
        return this.#invoke(ctx);
      },
    );
  }

  #invoke(ctx: WebhookContext<P>): Outcome | Promise<Outcome> {
    let result: ReturnType<Router['run']>;
    try {
      result = this.#router.run(ctx);
    } catch (err) {
      return this.#failed(err, ctx);
    }
    if (result instanceof Promise) {
      return result.then(
        (r) => this.#outcome(r, ctx),
        (err) => this.#failed(err, ctx),
      );
    }
    return this.#outcome(result, ctx);
  }

  #outcome(result: HandlerResult, ctx: WebhookContext<P>): Outcome {
    let reply: Reply | undefined;
    try {
      reply = kit!.toReply(result);
    } catch (err) {
      return this.#failed(err, ctx);
    }
    if (!reply) return { body: '', reply, first: true };
    try {
      return { body: kit!.renderReplyFor(reply, ctx), reply, first: true };
    } catch (err) {
      this.#report(err, { stage: 'reply', status: 200, ctx });
      return { body: '', reply, first: true };
    }
  }

  #failed(err: unknown, ctx: WebhookContext<P>): Outcome {
    this.#report(err, { stage: 'handler', status: 200, ctx });
    return { body: '', reply: undefined, first: true };
  }

  #lateReply(late: Outcome, ctx: WebhookContext<P>): void {
    if (!late.reply) return;
    const hook = this.#options.onLateReply;
    if (!hook) {
      const err = new LateReplyError(
        `a reply came after the ${this.#deadlineMs} ms deadline and was dropped: pass onLateReply to send it as a customer-service message`,
      );
      this.#report(err, { stage: 'late-reply', status: 200, ctx });
      return;
    }
    const reply = late.reply;
    Promise.resolve()
      .then(() => hook(reply, ctx.message, ctx))
      .catch((err) => this.#report(err, { stage: 'late-reply', status: 200, ctx }));
  }

  #report(
    err: unknown,
    where: { stage: WebhookErrorContext['stage']; status: number; ctx?: WebhookContext<P> },
  ) {
    const info: WebhookErrorContext = {
      stage: where.stage,
      product: this.product,
      status: where.status,
      ...(where.ctx ? { account: where.ctx.account, push: summarize(where.ctx.message) } : {}),
    };
    try {
      if (this.#options.onError) this.#options.onError(err, info);
      else if (!(err instanceof WebhookError))
        console.error(`wxkit webhook (${this.product}, ${where.stage}):`, err);
    } catch {
      // A logging hook that throws must not turn into a failed response.
    }
  }
}

const SUMMARY_FIELDS = ['MsgType', 'Event', 'InfoType', 'ChangeType', 'MsgId'] as const;

function summarize(message: unknown): PushSummary {
  const fields = message as Record<string, unknown>;
  const out: PushSummary = {};
  for (const name of SUMMARY_FIELDS) {
    const v = fields[name];
    if (typeof v === 'string' || typeof v === 'number') out[name] = String(v);
  }
  return out;
}

export function createWebhook<P extends Product>(options: WebhookOptions<P>): Bot<P> {
  return new WebhookBot(options);
}
