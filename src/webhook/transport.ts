// The edges: turning a web Request / node request into a WebhookRequest, and a WebhookResponse back.
import type { ServerResponse } from 'node:http';
import { WebhookError } from './errors.js';
import type { HttpAnswer } from './reply.js';
import type { WebhookResponse } from './types.js';

/** The query string of a full URL or of a path: only the query matters to a callback. */
export function queryOf(url: string): URLSearchParams {
  const q = url.indexOf('?');
  if (q === -1) return new URLSearchParams();
  const hash = url.indexOf('#', q);
  return new URLSearchParams(hash === -1 ? url.slice(q + 1) : url.slice(q + 1, hash));
}

/**
 * The body as text, or the refusal: 413 past the limit, 400 when empty. `fromReader`: the body came
 * from a reader, which answers undefined when the body passed the limit.
 */
export function bodyText(
  body: string | Uint8Array | undefined,
  limit: number,
  fromReader: boolean,
): string | WebhookError {
  const size =
    body === undefined ? undefined : typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  if (size === undefined ? fromReader : size > limit) {
    return new WebhookError(413, 'too-large', `the body is larger than ${limit} bytes`);
  }
  const text =
    body === undefined
      ? ''
      : typeof body === 'string'
        ? body
        : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (!/\S/.test(text)) return new WebhookError(400, 'empty', 'the request body is empty');
  return text;
}

/** The plain-text answer to a refused request: the reason only, never details. */
export function refusalAnswer(refusal: WebhookError): HttpAnswer {
  return {
    status: refusal.status,
    type: 'text',
    body: refusal.reason,
    ...(refusal.status === 405 ? { allow: 'GET, POST' } : {}),
    ...(refusal.status === 413 || refusal.status === 408 ? { close: true } : {}),
  };
}

export function toWebResponse(r: WebhookResponse): Response {
  return new Response(r.body, { status: r.status, headers: r.headers });
}

export function writeNodeResponse(res: ServerResponse, r: WebhookResponse): void {
  // Something upstream (a framework, a middleware) already answered: leave it.
  if (res.headersSent || res.writableEnded) return;
  res.statusCode = r.status;
  for (const name in r.headers) res.setHeader(name, r.headers[name]!);
  // end(body) before any header is flushed lets node set Content-Length itself.
  res.end(r.body);
}
