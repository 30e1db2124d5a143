// The one function every generated method ends in. A call validates its params, runs the pipeline
// below and validates the response; everything endpoint-specific comes from the endpoint row.
//
// The pipeline (HttpCaller#send), one module per stage so a new hook or transport has one home:
//   1. build      build.ts      row + params -> URL and body
//   2. authorize  build.ts      the TokenSource's token in the query
//   3. send       send.ts       HTTP through ky, retried with backoff (idempotent endpoints only)
//   4. unwrap     unwrap.ts     file | JSON without the errcode envelope | errcode; onResponse
//   5. refresh    this file     a token-invalid errcode: once, if the token source agrees, back to 2
// Then for described endpoints: check-result.ts. Errors built from upstream text go through scrub.ts.
import type { KyInstance } from 'ky';
import type { ZodMiniType } from 'zod/mini';
import { HttpError, ValidationError } from '../errors.js';
import { defaultHostUrls, HOSTS, TOKEN_KINDS } from '../products.js';
import { apiError, isTokenInvalid } from './api-error.js';
import { type BuiltRequest, buildRequest, withToken } from './build.js';
import { checkResult } from './check-result.js';
import type { HttpConfig, TokenSource } from './config.js';
import { type EndpointRow, type Host, type Operation, type TokenKind, tokenParamOf } from './endpoint.js';
import { issuesOf } from './issues.js';
import { isText, scrub, scrubValues } from './scrub.js';
import { loadKy, type Outgoing, type Sent, sendWithRetry } from './send.js';
import type { CallOptions } from './types.js';
import { isWechatFile, type Unwrapped, unwrap } from './unwrap.js';

export { apiError, isTokenInvalid } from './api-error.js';
export type { HttpConfig, HttpHooks, RequestInfo, TokenSource, ValidationMode } from './config.js';

const DEFAULT_HOSTS = defaultHostUrls() as Record<Host, string>;

type Kind = Exclude<TokenKind, 'none'>;
/** The token a call is sending with (stage 2), if its endpoint takes one. */
type Auth = { kind: Kind; token: string } | undefined;
type ApiFailure = Extract<Unwrapped, { kind: 'error' }>;

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
    return checkResult(
      this.#config,
      op.operationId,
      op.result as ZodMiniType | undefined,
      data as Record<string, unknown>,
      options,
    );
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
      host: options.host ?? HOSTS[0],
      path,
      token: options.token ?? TOKEN_KINDS[0],
      ...(qs ? { fixedQuery: Object.fromEntries(new URLSearchParams(qs)) } : {}),
      ...(method === 'GET' ? { query: Object.keys(params) } : {}),
      ...(options.binary ? { response: 'json-or-binary' as const } : {}),
    };
    return this.#send(row, params, options);
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

  /** The pipeline: stages 1-5 of the header comment, in order. */
  async #send(row: EndpointRow, params: Record<string, unknown>, options: CallOptions): Promise<unknown> {
    const kind = row.token === 'none' ? undefined : row.token;
    const request = await buildRequest(this.#hosts, row, params); // 1
    let auth: Auth = kind ? { kind, token: await this.#token(kind, row) } : undefined;
    for (let refreshed = false; ; refreshed = true) {
      const out = this.#authorize(row, request, auth, params, options); // 2
      const sent = await sendWithRetry(this.#ky ?? (await this.#loadKy()), this.#config, out); // 3
      const result = await this.#unwrap(row, sent, out.sensitive); // 4
      if (result.kind === 'ok') return result.value;
      auth = await this.#refresh(row, auth, result, refreshed); // 5: throws when there is no retry
    }
  }

  /** Stage 2: the token in the URL, and the secrets any error text must not show. */
  #authorize(
    row: EndpointRow,
    request: BuiltRequest,
    auth: Auth,
    params: Record<string, unknown>,
    options: CallOptions,
  ): Outgoing {
    const token = auth?.token;
    return {
      row,
      url: auth && token ? withToken(request.url, tokenParamOf(row), token) : request.url,
      body: request.body,
      contentType: request.contentType,
      options,
      // Only error paths read it: built on demand, not on every successful call.
      sensitive: () => [
        ...(token ? [token] : []),
        ...(row.secrets ?? []).map((k) => params[k]).filter(isText),
        ...this.#ownSecrets(),
      ],
    };
  }

  /** Stage 4: the response read; errmsg scrubbed; onResponse told. */
  async #unwrap(row: EndpointRow, sent: Sent, sensitive: () => string[]): Promise<Unwrapped> {
    const result = await unwrap(row, sent.response);
    if (result.kind === 'error') {
      result.errmsg = scrub(result.errmsg, sensitive());
      if (result.body) result.body = scrubValues(result.body, sensitive());
    }
    if (sent.info) {
      this.#config.hooks?.onResponse?.({
        ...sent.info,
        status: sent.response.status,
        durationMs: performance.now() - sent.started,
        ...(result.kind === 'error' ? { errcode: result.errcode } : {}),
      });
    }
    return result;
  }

  /**
   * Stage 5: an errcode. A token-invalid one is retried once, and only when the token layer agrees a
   * retry makes sense: the new token is returned. Anything else throws the errcode's error.
   */
  async #refresh(row: EndpointRow, auth: Auth, failure: ApiFailure, refreshed: boolean): Promise<Auth> {
    if (!auth?.token || !isTokenInvalid(failure.errcode) || refreshed || !this.tokens)
      throw apiError(row.operationId, failure);
    const decided = this.tokens.invalidation
      ? await this.tokens.invalidation(auth.kind, auth.token)
      : { retry: await this.tokens.invalidate(auth.kind, auth.token) };
    if (!decided.retry) throw apiError(row.operationId, failure, decided.skipped);
    return { kind: auth.kind, token: await this.#token(auth.kind, row) };
  }

  async #token(kind: Kind, row: EndpointRow): Promise<string> {
    if (!this.tokens)
      throw new HttpError(`needs a ${kind}, but this client has no token source`, row.operationId);
    return this.tokens.get(kind);
  }

  async #loadKy(): Promise<KyInstance> {
    const ky = await loadKy(this.#config);
    this.#ky ??= ky;
    return this.#ky;
  }

  /** The client's own secrets (appSecret, componentAppSecret, suiteSecret): masked in any upstream text. */
  #ownSecrets(): string[] {
    const own = this.#config.own ?? {};
    return Object.entries(own)
      .filter(([name, value]) => /secret/i.test(name) && isText(value))
      .map(([, value]) => value as string);
  }
}
