// The typed surface of a webhook: which messages each product receives, the routing keys derived
// from them, and what handlers and middleware look like.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Product } from '../http/endpoint.js';
import type { MessageOf, Reply, UnknownMessage } from '../messages/index.js';
import type { Store } from '../tokens/store.js';

/** `plain`: no encryption; `compat`: plaintext and Encrypt side by side; `safe`: Encrypt only. */
export type WebhookMode = 'plain' | 'compat' | 'safe';

/** The MsgType values of a union (`'text' | 'image' | … | 'event'`). */
export type MsgTypeOf<U> = U extends { MsgType: infer T extends string } ? T : never;

type ChangeKey<U, K extends string> = U extends { ChangeType: infer C extends string } ? `${K}.${C}` : never;

/**
 * The keys `onEvent` accepts for a union: every Event and InfoType value, and `event.ChangeType` for
 * the change notifications (`'change_contact' | 'change_contact.create_user' | …`).
 */
export type EventKeyOf<U> = U extends { Event: infer E extends string }
  ? E | ChangeKey<U, E>
  : U extends { InfoType: infer I extends string }
    ? I | ChangeKey<U, I>
    : never;

type OrUnknown<T> = [T] extends [never] ? UnknownMessage : T;

/** The members of U with that MsgType (UnknownMessage for a type the spec does not describe). */
export type ByMsgType<U, T extends string> = OrUnknown<Extract<U, { MsgType: T }>>;

/** The members of U an `onEvent(key)` handler receives. */
export type ByEventKey<U, K extends string> = OrUnknown<
  U extends unknown ? (K extends EventKeyOf<U> ? U : never) : never
>;

/**
 * What a handler may answer: a Reply (`reply.text(…)`, `reply.news(…)`), a string (sent as a text
 * reply), or nothing ("success": WeChat shows nothing and does not retry).
 */
// biome-ignore lint/suspicious/noConfusingVoidType: `void` lets `(msg) => { … }` (no return) be a handler.
export type HandlerResult = Reply | string | undefined | void;

export interface WebhookContext<P extends Product = Product> {
  readonly product: P;
  /** The account the push was addressed to: the decrypted receiveId (AppID / CorpID / SuiteID). */
  readonly account: string;
  readonly mode: WebhookMode;
  readonly format: 'xml' | 'json';
  /** The decrypted (or plaintext) body, as WeChat sent it. */
  readonly raw: string;
  /** The framework's request: a web Request (`bot.fetch`) or a node IncomingMessage (`bot.node`). */
  readonly request: Request | IncomingMessage | undefined;
  /** The parsed push. */
  readonly message: MessageOf<P> | UnknownMessage;
  /** Free-form per-push state for middleware. */
  readonly state: Record<string, unknown>;
  /**
   * Tells onError (console.error without one) about a failure this push survives: for middleware
   * that handles an error itself and carries on. Only the push's kind and id go with it.
   */
  readonly report: (error: unknown, stage?: 'handler' | 'store') => void;
}

export type Handler<M, P extends Product = Product> = (
  message: M,
  ctx: WebhookContext<P>,
) => HandlerResult | Promise<HandlerResult>;

/**
 * Koa-style: call `next()` to run the rest of the chain and get its result; return a result
 * without calling it to answer early.
 */
export type Middleware<P extends Product = Product> = (
  ctx: WebhookContext<P>,
  next: () => Promise<HandlerResult>,
) => HandlerResult | Promise<HandlerResult>;

/**
 * What onError is told: where it happened and, when known, which push — by its kind and id only,
 * since pushes carry secrets (auth codes, tickets) that must not reach a log.
 */
export interface WebhookErrorContext {
  readonly stage: 'request' | 'handler' | 'store' | 'reply' | 'late-reply';
  readonly product: Product;
  /** The HTTP status that was answered. */
  readonly status: number;
  readonly account?: string;
  readonly push?: PushSummary;
}

/** The fields that say what a push is, safe to log. */
export interface PushSummary {
  MsgType?: string;
  Event?: string;
  InfoType?: string;
  ChangeType?: string;
  MsgId?: string;
}

export interface WebhookOptions<P extends Product = Product> {
  product: P;
  /** The Token configured next to the callback URL. */
  token: string;
  /**
   * Needed for safe / compatible mode, and always for open, work and work-suite. Once it is set,
   * every push must be encrypted (WeChat encrypts every push in safe and compatible mode): a
   * plaintext push is refused with 401, unless `allowPlaintext` is set.
   */
  encodingAESKey?: string;
  /**
   * Accept plaintext pushes (signed with the Token) although an encodingAESKey is set: only for the
   * switch from plain to safe mode, while WeChat may still send either. Default false.
   */
  allowPlaintext?: boolean;
  /** The key before the last rotation: pushes encrypted with it still decrypt. */
  previousEncodingAESKey?: string;
  /** AppID / CorpID / SuiteID (or several) a decrypted push must be addressed to. */
  receiveId?: string | readonly string[];
  /** Where duplicate pushes are remembered (default: in memory; Redis for many processes). */
  store?: Store;
  /** Answer "success" when the handler takes longer than this (ms, default 4500; WeChat waits 5 s). */
  deadlineMs?: number;
  /** Receives the reply of a handler that missed the deadline, e.g. to send it as a customer-service message. */
  onLateReply?: (reply: Reply, message: MessageOf<P> | UnknownMessage, ctx: WebhookContext<P>) => unknown;
  /** Largest body read (bytes, default 1 MiB); larger ones get 413 and are not read further. */
  maxBodyBytes?: number;
  /**
   * Longest wait for the body (ms, default 3000): a body that trickles in slower gets 408 and its
   * connection is closed. Headers are read by node before the bot runs: bound them with the
   * server's `headersTimeout` / `requestTimeout` (see docs/webhook.md).
   */
  bodyTimeoutMs?: number;
  /** Pushes whose timestamp is further than this from now are refused (s, default 300; Infinity: off). */
  timestampWindowSeconds?: number;
  /**
   * How long a push's answer is kept for WeChat's retries (ms, default 16 000: WeChat retries three
   * times, ~5 s apart). Whatever it is, a push is handled at most once for as long as its timestamp
   * is accepted (timestampWindowSeconds): a shared store keeps its claim that long, the memory store
   * a compact fingerprint.
   */
  dedupTtlMs?: number;
  /**
   * Without a store: how many pushes are remembered for replay protection (default 300 000: 20 s of
   * pushes at 15 000/s, in a table of at most ~12 MB, no JS object per push). When full, the oldest
   * are dropped and a push older than what is still remembered is refused (401) rather than let
   * through; a retry whose answer is still kept (dedupTtlMs) gets that answer. A MemoryStore passed as
   * `store` keeps each claim for the whole window itself, like Redis, at a larger cost per push.
   */
  maxRememberedPushes?: number;
  /**
   * For logging: refused pushes (WebhookError), throwing handlers, store failures, dropped late
   * replies. Default: handler, store and reply errors go to console.error; refusals are silent.
   */
  onError?: (err: unknown, ctx: WebhookErrorContext) => void;
}

/**
 * A transport-neutral request: what `bot.handle` takes. `body` is the bytes, or a reader that gets
 * the byte limit (and the read deadline) and returns undefined when the body exceeds the limit.
 */
export interface WebhookRequest {
  method: string;
  /** A full URL or just path and query: only the query string is read. */
  url: string;
  body?:
    | string
    | Uint8Array
    | ((limit: number, timeoutMs?: number) => Promise<Uint8Array | string | undefined>);
  request?: Request | IncomingMessage;
}

export interface WebhookResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

// Routing keys are the product's own message and event names: a typo (`'txt'`, `'subscrbe'`) does
// not compile. A push the spec does not describe yet goes to fallback(), typed UnknownMessage.
/** One account's callback URL, as createWebhook returns it: routing, and the handlers for each transport. */
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
