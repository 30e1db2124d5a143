// The one function every generated method ends in: validate params, inject the token, send with
// ky, unwrap WeChat's errcode envelope into typed errors, refresh-and-retry once on a token error,
// validate the response. Everything endpoint-specific comes from the endpoint row.
import type { KyInstance } from 'ky';
import type { ZodMiniType } from 'zod/mini';
import { errcodes } from '../../generated/errors.js';
import { HttpError, ValidationError, WechatApiError } from '../errors.js';
import type { PageHost } from '../oauth/urls.js';
import { defaultHostUrls } from '../products.js';
import type { EndpointRow, Host, Operation, TokenKind } from './endpoint.js';
import { issuesOf } from './issues.js';
import { parseJson } from './json.js';
import { maskToken, redactUrl } from './redact.js';
import type { CallOptions, WechatFile } from './types.js';
import { toFormPart } from './upload.js';

export type ValidationMode = 'strict' | 'warn' | 'off';

/** Where a client's tokens come from. The token layer implements it; tests may fake it. */
export interface TokenSource {
  get(kind: Exclude<TokenKind, 'none'>): Promise<string>;
  /**
   * A call failed with a token-invalid errcode using `failedToken`. Resolves true when a retry makes
   * sense (the stored token was already replaced, or it was dropped so the next get() refreshes it).
   */
  invalidate(kind: Exclude<TokenKind, 'none'>, failedToken: string): Promise<boolean>;
  /** invalidate(), saying why when no retry makes sense (optional: the caller then names it on the error). */
  invalidation?(
    kind: Exclude<TokenKind, 'none'>,
    failedToken: string,
  ): Promise<{ retry: boolean; skipped?: string }>;
}

export interface RequestInfo {
  endpoint: string;
  method: string;
  /** The URL with tokens masked and secret params replaced. */
  url: string;
  attempt: number;
}

export interface HttpHooks {
  /** Before each HTTP attempt. */
  onRequest?(info: RequestInfo): void;
  /** After each HTTP response (any status). */
  onResponse?(info: RequestInfo & { status: number; durationMs: number; errcode?: number }): void;
  /** The response did not match its schema (in `warn` mode the data is still returned). */
  onDrift?(info: { endpoint: string; issues: Array<{ path: string; message: string }> }): void;
}

export interface HttpConfig {
  /** Base URL per host (API hosts and the web-authorization page hosts), e.g. `{ 'api.weixin.qq.com': 'http://127.0.0.1:4000/api.weixin.qq.com' }`. */
  hosts?: Partial<Record<Host | PageHost, string>>;
  /** A fetch implementation (default: global fetch). */
  fetch?: typeof fetch;
  /** Per-attempt timeout in ms (default 10 000). */
  timeout?: number;
  /** Retries on network errors and 5xx, for idempotent endpoints only (default 2). */
  retries?: number;
  /** Response validation (default `warn`). */
  validateResponse?: ValidationMode;
  hooks?: HttpHooks;
  /**
   * The client's own credentials (`appId`, `appSecret`, `componentAppId`, …): a param a descriptor
   * marks `from: <name>` is filled in from them when the caller leaves it out.
   */
  own?: Readonly<Record<string, string | undefined>>;
}

const DEFAULT_HOSTS = defaultHostUrls() as Record<Host, string>;

/** Turns a non-zero errcode into the class errcodes.yaml names for it. */
export function apiError(
  endpoint: string,
  errcode: number,
  errmsg: string,
  refreshSkipped?: string,
): WechatApiError {
  const info = errcodes[String(errcode)];
  const Cls = info?.errorClass ?? WechatApiError;
  return new Cls({
    errcode,
    errmsg,
    endpoint,
    retryable: info?.retryable ?? false,
    ...(refreshSkipped ? { refreshSkipped } : {}),
  });
}

export const isTokenInvalid = (errcode: number) => errcodes[String(errcode)]?.tokenInvalid === true;

// ky is loaded on the first request, not on `import 'wxkit'`: evaluating it builds a Request to probe
// for stream support, which pulls in all of undici.
let kyModule: Promise<typeof import('ky')> | undefined;

export class HttpCaller {
  #ky: KyInstance | undefined;
  readonly #hosts: Record<Host, string>;
  readonly #config: HttpConfig;

  constructor(
    config: HttpConfig,
    readonly tokens?: TokenSource,
  ) {
    this.#config = config;
    this.#hosts = { ...DEFAULT_HOSTS, ...config.hosts } as Record<Host, string>;
  }

  async #loadKy(): Promise<KyInstance> {
    kyModule ??= import('ky');
    const ky = (await kyModule).default;
    this.#ky ??= ky.create({
      ...(this.#config.fetch ? { fetch: this.#config.fetch } : {}),
      throwHttpErrors: false,
      timeout: false, // set per call below, and reported with our own error
      retry: 0,
    });
    return this.#ky;
  }

  /** A copy that sends with other tokens (an authorizer's, a corp's) and the same HTTP settings. */
  withTokens(tokens: TokenSource): HttpCaller {
    return new HttpCaller(this.#config, tokens);
  }

  /** Calls a described endpoint (an operation of generated/areas: its row and schemas). */
  async call(
    op: Operation,
    params: Record<string, unknown> = {},
    options: CallOptions = {},
  ): Promise<unknown> {
    if (op.fills) params = this.#fillOwn(op.fills, params);
    if (op.params) {
      const parsed = (op.params as ZodMiniType).safeParse(params);
      if (!parsed.success) throw new ValidationError(op.operationId, issuesOf(parsed.error));
    }
    const data = await this.#send(op, params, options);
    if (data instanceof Uint8Array || isWechatFile(data)) return data;
    return this.#checkResult(
      op.operationId,
      op.result as ZodMiniType | undefined,
      data as Record<string, unknown>,
      options,
    );
  }

  /** The client's own secrets (appSecret, componentAppSecret, suiteSecret): masked in any upstream text. */
  #ownSecrets(): string[] {
    const own = this.#config.own ?? {};
    return Object.entries(own)
      .filter(([name, value]) => /secret/i.test(name) && isText(value))
      .map(([, value]) => value as string);
  }

  /** Params the client holds itself (an appid and secret, a component_appid), unless the caller gave them. */
  #fillOwn(
    fills: Readonly<Record<string, string>>,
    params: Record<string, unknown>,
  ): Record<string, unknown> {
    let out = params;
    for (const [param, credential] of Object.entries(fills)) {
      const value = this.#config.own?.[credential];
      if (out[param] === undefined && value !== undefined) {
        if (out === params) out = { ...params };
        out[param] = value;
      }
    }
    return out;
  }

  /** The escape hatch: a route no descriptor covers yet. GET params go in the query, POST params in the JSON body. */
  async request(
    route: `${'GET' | 'POST'} /${string}`,
    params: Record<string, unknown> = {},
    options: CallOptions & { host?: Host; token?: TokenKind; binary?: boolean } = {},
  ): Promise<unknown> {
    const [method, target] = route.split(' ') as ['GET' | 'POST', string];
    const [path, qs] = target.split('?') as [string, string | undefined];
    const row: EndpointRow = {
      operationId: route,
      id: route,
      products: [],
      method,
      host: options.host ?? 'api.weixin.qq.com',
      path,
      token: options.token ?? 'access_token',
      ...(qs ? { fixedQuery: Object.fromEntries(new URLSearchParams(qs)) } : {}),
      ...(method === 'GET' ? { query: Object.keys(params) } : {}),
      ...(options.binary ? { response: 'json-or-binary' as const } : {}),
    };
    return this.#send(row, params, options);
  }

  #checkResult(
    endpoint: string,
    schema: ZodMiniType | undefined,
    data: Record<string, unknown>,
    options: CallOptions,
  ) {
    const mode = options.validateResponse ?? this.#config.validateResponse ?? 'warn';
    if (!schema || mode === 'off') return data;
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data;
    const issues = issuesOf(parsed.error);
    if (mode === 'strict') throw new ValidationError(endpoint, issues, 'response');
    const onDrift = this.#config.hooks?.onDrift;
    if (onDrift) onDrift({ endpoint, issues });
    else warnDriftOnce(endpoint, issues);
    return data;
  }

  async #send(row: EndpointRow, params: Record<string, unknown>, options: CallOptions): Promise<unknown> {
    const tokenKind = row.token === 'none' ? undefined : row.token;
    let token = tokenKind ? await this.#token(tokenKind, row) : undefined;
    const request = await this.#build(row, params);
    for (let tokenRetry = 0; ; tokenRetry++) {
      const url =
        tokenKind && token
          ? `${request.url}${request.url.includes('?') ? '&' : '?'}${tokenKind}=${encodeURIComponent(token)}`
          : request.url;
      // Only error paths read it: built on demand, not on every successful call.
      const sent = token;
      const sensitive = () => [
        ...(sent ? [sent] : []),
        ...(row.secrets ?? []).map((k) => params[k]).filter(isText),
        ...this.#ownSecrets(),
      ];
      const result = await this.#exchange(row, url, request.body, request.contentType, options, sensitive);
      if (result.kind === 'ok') return result.value;
      // Token-invalid: retry once, and only when the token layer agrees a retry makes sense.
      if (tokenKind && token && isTokenInvalid(result.errcode) && tokenRetry === 0 && this.tokens) {
        const decided = this.tokens.invalidation
          ? await this.tokens.invalidation(tokenKind, token)
          : { retry: await this.tokens.invalidate(tokenKind, token) };
        if (decided.retry) {
          token = await this.#token(tokenKind, row);
          continue;
        }
        throw apiError(row.operationId, result.errcode, result.errmsg, decided.skipped);
      }
      throw apiError(row.operationId, result.errcode, result.errmsg);
    }
  }

  async #token(kind: Exclude<TokenKind, 'none'>, row: EndpointRow): Promise<string> {
    if (!this.tokens)
      throw new HttpError(`needs a ${kind}, but this client has no token source`, row.operationId);
    return this.tokens.get(kind);
  }

  async #build(row: EndpointRow, params: Record<string, unknown>) {
    const url = new URL(this.#hosts[row.host] + row.path);
    for (const [k, v] of Object.entries(row.fixedQuery ?? {})) url.searchParams.set(k, v);
    const queryNames = new Set(row.query ?? []);
    const bodyEntries: Array<[string, unknown]> = [];
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined) continue;
      if (queryNames.has(k)) url.searchParams.set(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
      else bodyEntries.push([k, v]);
    }
    if (row.method === 'GET') return { url: url.toString(), body: undefined, contentType: undefined };
    if (row.multipart) {
      const form = new FormData();
      for (const [k, v] of bodyEntries) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
          form.append(k, String(v));
        else if (isPlainJson(v)) form.append(k, JSON.stringify(v));
        else {
          const part = await toFormPart(v as never, k);
          form.append(k, part.blob, part.filename);
        }
      }
      return { url: url.toString(), body: form, contentType: undefined };
    }
    // WeChat reads UTF-8 JSON; Chinese text must not be \u-escaped for some endpoints, and JSON.stringify does not.
    return {
      url: url.toString(),
      body: JSON.stringify(Object.fromEntries(bodyEntries)),
      contentType: 'application/json',
    };
  }

  async #exchange(
    row: EndpointRow,
    url: string,
    body: string | FormData | undefined,
    contentType: string | undefined,
    options: CallOptions,
    sensitive: () => string[],
  ): Promise<{ kind: 'ok'; value: unknown } | { kind: 'error'; errcode: number; errmsg: string }> {
    const hooks = this.#config.hooks;
    const maxAttempts = row.idempotent ? 1 + (this.#config.retries ?? 2) : 1;
    const timeout = options.timeout ?? this.#config.timeout ?? 10_000;
    const endpoint = row.operationId;
    for (let attempt = 1; ; attempt++) {
      const info: RequestInfo | undefined = hooks
        ? { endpoint, method: row.method, url: redactUrl(url, row.secrets), attempt }
        : undefined;
      if (info) hooks?.onRequest?.(info);
      const started = performance.now();
      let response: Response;
      const ky = this.#ky ?? (await this.#loadKy());
      try {
        // ky's own timeout (a timer on its abort controller) costs far less per call than an
        // AbortSignal.timeout merged into the caller's signal; a signal is passed only when given.
        response = await ky(url, {
          method: row.method,
          timeout,
          ...(options.signal ? { signal: options.signal } : {}),
          ...(body !== undefined ? { body } : {}),
          ...(contentType ? { headers: { 'content-type': contentType } } : {}),
        });
      } catch (err) {
        if (options.signal?.aborted)
          throw new HttpError('aborted by the caller', endpoint, undefined, { cause: err });
        const timedOut = (err as Error).name === 'TimeoutError';
        if (attempt < maxAttempts) {
          await delay(backoff(attempt));
          continue;
        }
        // The cause is kept for debugging; its message is the fetch error's, which never holds the URL's token.
        throw new HttpError(
          timedOut
            ? `timed out after ${timeout} ms`
            : `network error: ${scrub((err as Error).message, sensitive())}`,
          endpoint,
          undefined,
          { cause: scrubCause(err, sensitive()) },
        );
      }
      const status = response.status;
      if (status >= 500 && attempt < maxAttempts) {
        await response.body?.cancel();
        await delay(backoff(attempt));
        continue;
      }
      const result = await this.#read(row, response);
      if (result.kind === 'error') result.errmsg = scrub(result.errmsg, sensitive());
      if (info) {
        hooks?.onResponse?.({
          ...info,
          status,
          durationMs: performance.now() - started,
          ...(result.kind === 'error' ? { errcode: result.errcode } : {}),
        });
      }
      return result;
    }
  }

  async #read(
    row: EndpointRow,
    response: Response,
  ): Promise<{ kind: 'ok'; value: unknown } | { kind: 'error'; errcode: number; errmsg: string }> {
    const endpoint = row.operationId;
    const type = response.headers.get('content-type') ?? '';
    const looksJson = /json|text\/plain|javascript/.test(type) || type === '';
    const statusError = row.statusErrors?.[String(response.status)];
    if (statusError) {
      await response.body?.cancel();
      throw new HttpError(`HTTP ${response.status}: ${statusError}`, endpoint, response.status);
    }
    if (row.response && !looksJson) {
      if (!response.ok) throw new HttpError(`HTTP ${response.status}`, endpoint, response.status);
      if (row.contentTypes && !row.contentTypes.some((t) => mediaTypeMatches(t, type))) {
        await response.body?.cancel();
        throw new HttpError(
          `HTTP ${response.status}: expected ${row.contentTypes.join(' or ')}, got ${type}`,
          endpoint,
          response.status,
        );
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      const file: WechatFile = { bytes, contentType: type };
      const filename = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(
        response.headers.get('content-disposition') ?? '',
      )?.[1];
      if (filename) file.filename = decodeURIComponent(filename);
      return { kind: 'ok', value: file };
    }
    const text = await response.text();
    let data: unknown;
    try {
      data = parseJson(text);
    } catch {
      throw new HttpError(
        `HTTP ${response.status}: expected JSON, got ${text.length} bytes of ${type || 'unknown type'}`,
        endpoint,
        response.status,
      );
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new HttpError(`HTTP ${response.status}: expected a JSON object`, endpoint, response.status);
    }
    const obj = data as Record<string, unknown>;
    const errcode = typeof obj.errcode === 'number' ? obj.errcode : Number(obj.errcode ?? 0);
    if (errcode !== 0 && !Number.isNaN(errcode)) {
      return {
        kind: 'error',
        errcode,
        errmsg: typeof obj.errmsg === 'string' ? obj.errmsg : '', // scrubbed by #exchange, which knows this call's secrets
      };
    }
    if (!response.ok) throw new HttpError(`HTTP ${response.status}`, endpoint, response.status);
    delete obj.errcode;
    delete obj.errmsg;
    return { kind: 'ok', value: obj };
  }
}

// Without an onDrift hook, drift is still visible: one console warning per endpoint and process.
// Issues name paths and expected types only, never values, so nothing secret reaches the log.
const driftWarned = new Set<string>();
function warnDriftOnce(endpoint: string, issues: Array<{ path: string; message: string }>): void {
  if (driftWarned.has(endpoint)) return;
  driftWarned.add(endpoint);
  const list = issues
    .slice(0, 5)
    .map((i) => `${i.path || '(root)'}: ${i.message}`)
    .join('; ');
  console.warn(
    `wxkit: ${endpoint} answered a shape its descriptor does not describe (${list}); the data is returned as is. Pass hooks.onDrift to handle this, or validateResponse: 'off' | 'strict'.`,
  );
}

/** `image/*` matches `image/png; charset=…`; `image/jpeg` matches only itself. */
function mediaTypeMatches(expected: string, contentType: string): boolean {
  const actual = contentType.split(';')[0]!.trim().toLowerCase();
  return expected.endsWith('/*') ? actual.startsWith(expected.slice(0, -1)) : actual === expected;
}

const isWechatFile = (v: unknown): v is WechatFile =>
  typeof v === 'object' && v !== null && (v as WechatFile).bytes instanceof Uint8Array;

const isPlainJson = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype) &&
  !('data' in v);

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
const backoff = (attempt: number) => Math.min(100 * 2 ** (attempt - 1), 1_000) * (0.5 + Math.random() / 2);

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** WeChat sometimes echoes the token in errmsg ("invalid credential, access_token is invalid or not latest: ACCESS_TOKEN"). */
function scrubMessage(msg: string): string {
  return msg.replace(/\b[A-Za-z0-9_-]{40,}\b/g, (t) => maskToken(t));
}

/** Removes the exact secret values of this call (its token, its `secret: true` params) from a message. */
/**
 * Masks the exact secret values of this call and client (its token, its `secret: true` params, the
 * app secret) in upstream text. A value is masked where it stands as a value, never inside a longer
 * word (a one-letter ticket must not turn "credential" into "creden***ial"), and WeChat's `rid: …`
 * is kept as sent: it is what WeChat's troubleshooting tools look up.
 */
function scrub(msg: string, sensitive: string[]): string {
  const rid = /\brid:\s*[\w-]+/.exec(msg);
  if (rid) {
    const end = rid.index + rid[0].length;
    return scrub(msg.slice(0, rid.index), sensitive) + rid[0] + scrub(msg.slice(end), sensitive);
  }
  let out = msg;
  for (const s of sensitive) {
    if (!s) continue;
    const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![A-Za-z0-9_-])${escaped}(?![A-Za-z0-9_-])`, 'g'), '***');
  }
  return scrubMessage(out);
}

/** Undici errors can carry the request URL (with its token); keep only name and a scrubbed message. */
function scrubCause(err: unknown, sensitive: string[]): Error {
  const e = err as Error;
  const out = new Error(scrub(String(e?.message ?? e), sensitive));
  out.name = e?.name ?? 'Error';
  return out;
}
