// The caller's settings and the interfaces it is given (token source, hooks): types only, so the
// clients, the token layer and src/index.ts can name them without loading the caller.
import type { PageHost } from '../products.js';
import type { Host, TokenKind } from './endpoint.js';

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
