// The error classes every wxkit API call can throw. WechatApiError subclasses per errcode are
// generated from spec/errcodes.yaml (generated/errors.ts); crypto errors live in src/crypto.

/** Base of every error wxkit throws on purpose. */
export class WxkitError extends Error {
  override readonly name: string = 'WxkitError';
}

/** WeChat answered with a non-zero errcode. */
export class WechatApiError extends WxkitError {
  override readonly name: string = 'WechatApiError';
  readonly errcode: number;
  readonly errmsg: string;
  /** WeChat's request id (`rid: ...` in errmsg), for WeChat's own troubleshooting tools. */
  readonly rid: string | undefined;
  /** The endpoint, as `operationId` (e.g. `oa.user.info`) or `METHOD /path` for `request()`. */
  readonly endpoint: string;
  /** Whether the same call may succeed later (from spec/errcodes.yaml). */
  readonly retryable: boolean;
  /**
   * A token-invalid errcode that was not retried with a new token says why here (`rate-limited`:
   * a forced refresh happened less than minForceIntervalMs ago or the daily budget is spent, …).
   */
  readonly refreshSkipped: string | undefined;
  /**
   * The answer's fields besides errcode and errmsg, when it has any: what a batch reports per item
   * on a partial failure (`result_list`, `invaliduser`, …). This call's secrets are masked in it.
   */
  readonly body: Readonly<Record<string, unknown>> | undefined;
  constructor(init: {
    errcode: number;
    errmsg: string;
    endpoint: string;
    retryable?: boolean;
    refreshSkipped?: string;
    body?: Record<string, unknown>;
  }) {
    const rid = /rid:\s*([\w-]+)/.exec(init.errmsg)?.[1];
    const why = init.refreshSkipped
      ? ` (no refresh and retry: ${init.refreshSkipped === 'rate-limited' ? 'forced refreshes are rate-limited (minForceIntervalMs, maxForcedPerDay)' : init.refreshSkipped})`
      : '';
    super(`${init.endpoint}: WeChat errcode ${init.errcode}: ${init.errmsg}${why}`);
    this.refreshSkipped = init.refreshSkipped;
    this.errcode = init.errcode;
    this.errmsg = init.errmsg;
    this.rid = rid;
    this.endpoint = init.endpoint;
    this.retryable = init.retryable ?? false;
    this.body = init.body;
  }
}

/** Params (or, in `strict` mode, a response) did not match the endpoint's descriptor. */
export class ValidationError extends WxkitError {
  override readonly name: string = 'ValidationError';
  constructor(
    readonly endpoint: string,
    /** Where each problem is, e.g. `body.articles.0.title: expected string`. */
    readonly issues: Array<{ path: string; message: string }>,
    readonly direction: 'params' | 'response' = 'params',
  ) {
    super(
      `${endpoint}: invalid ${direction}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
    );
  }
}

/** The HTTP exchange failed: network error, timeout, a non-2xx status or a body that is not what was expected. */
export class HttpError extends WxkitError {
  override readonly name: string = 'HttpError';
  constructor(
    message: string,
    readonly endpoint: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`${endpoint}: ${message}`, options);
  }
}

/** A credential (token, ticket) could not be obtained: store down, lock wait timed out, ticket missing, refresh refused. */
export class CredentialError extends WxkitError {
  override readonly name: string = 'CredentialError';
  constructor(
    message: string,
    readonly credential: string,
    options?: { cause?: unknown },
  ) {
    super(`${credential}: ${message}`, options);
  }
}
