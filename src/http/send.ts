// Caller stage 3, send with retry: one HTTP exchange through ky, retried with backoff on network
// errors and 5xx for idempotent endpoints. Also loads ky lazily. Its result is a raw Response for
// stage 4 (unwrap.ts); errors it raises are already scrubbed of this call's secrets.
import type { KyInstance } from 'ky';
import { HttpError } from '../errors.js';
import type { HttpConfig, RequestInfo } from './config.js';
import type { EndpointRow } from './endpoint.js';
import { redactUrl } from './redact.js';
import { scrub, scrubCause } from './scrub.js';
import type { CallOptions } from './types.js';

// ky is loaded on the first request, not on `import 'wxkit'`: evaluating it builds a Request to probe
// for stream support, which pulls in all of undici.
let kyModule: Promise<typeof import('ky')> | undefined;

/** A ky instance that neither throws on HTTP errors nor retries nor times out on its own. */
export async function loadKy(config: HttpConfig): Promise<KyInstance> {
  kyModule ??= import('ky');
  const ky = (await kyModule).default;
  return ky.create({
    ...(config.fetch ? { fetch: config.fetch } : {}),
    throwHttpErrors: false,
    timeout: false, // set per call below, and reported with our own error
    retry: 0,
  });
}

/** One request as stage 3 sends it: the built URL with its token, and this call's settings. */
export interface Outgoing {
  row: EndpointRow;
  url: string;
  body: string | FormData | undefined;
  contentType: string | undefined;
  options: CallOptions;
  /** This call's secret values, for scrubbing error text (built only on error paths). */
  sensitive: () => string[];
}

/** The final attempt's response, and what onResponse is told about it once it is read. */
export interface Sent {
  response: Response;
  info: RequestInfo | undefined;
  started: number;
}

export async function sendWithRetry(ky: KyInstance, config: HttpConfig, out: Outgoing): Promise<Sent> {
  const { row, url, body, contentType, options } = out;
  const hooks = config.hooks;
  const maxAttempts = row.idempotent ? 1 + (config.retries ?? 2) : 1;
  const timeout = options.timeout ?? config.timeout ?? 10_000;
  const endpoint = row.operationId;
  for (let attempt = 1; ; attempt++) {
    const info: RequestInfo | undefined = hooks
      ? { endpoint, method: row.method, url: redactUrl(url, row.secrets), attempt }
      : undefined;
    if (info) hooks?.onRequest?.(info);
    const started = performance.now();
    let response: Response;
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
          : `network error: ${scrub((err as Error).message, out.sensitive())}`,
        endpoint,
        undefined,
        { cause: scrubCause(err, out.sensitive()) },
      );
    }
    if (response.status >= 500 && attempt < maxAttempts) {
      await response.body?.cancel();
      await delay(backoff(attempt));
      continue;
    }
    return { response, info, started };
  }
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
const backoff = (attempt: number) => Math.min(100 * 2 ** (attempt - 1), 1_000) * (0.5 + Math.random() / 2);
