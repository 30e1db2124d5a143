// Reading a request body without ever holding more than the limit, nor waiting longer than the
// deadline: a declared Content-Length over the limit is refused before reading, a stream is abandoned
// as soon as it passes the limit, and a body that trickles in slower than the deadline is a 408
// (a slow sender must not hold a connection and a handler slot for minutes).
import type { IncomingMessage } from 'node:http';
import { Deadlines, type Waiting } from './deadline.js';
import { WebhookError } from './errors.js';

const slowBody = (ms: number) =>
  new WebhookError(408, 'slow-body', `the request body did not arrive within ${ms} ms`);

// The body-read deadlines share the mechanism of the reply deadline (deadline.ts): one timer per
// timeout value for every read in flight, not a timer set and cleared per request (that cost ~7% of
// the webhook's throughput).
const deadlinesByTimeout = new Map<number, Deadlines>();
const deadlinesFor = (timeoutMs: number) => {
  let d = deadlinesByTimeout.get(timeoutMs);
  if (!d) {
    d = new Deadlines(timeoutMs);
    deadlinesByTimeout.set(timeoutMs, d);
  }
  return d;
};

/** Reads a web Request's body; undefined when it is larger than `limit` bytes. */
export async function readWebBody(
  request: Request,
  limit: number,
  timeoutMs = Number.POSITIVE_INFINITY,
): Promise<Uint8Array | undefined> {
  if (declaredTooLarge(request.headers.get('content-length'), limit)) return undefined;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const deadlines = Number.isFinite(timeoutMs) ? deadlinesFor(timeoutMs) : undefined;
  let watch: Waiting | undefined;
  const expired = deadlines
    ? new Promise<never>((_, reject) => {
        watch = deadlines.start(() => {
          reader.cancel().catch(() => {});
          reject(slowBody(timeoutMs));
        });
      })
    : undefined;
  expired?.catch(() => {});
  try {
    for (;;) {
      const { done, value } = await (expired ? Promise.race([reader.read(), expired]) : reader.read());
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        // Stop the upload; nothing more is buffered.
        reader.cancel().catch(() => {});
        return undefined;
      }
      chunks.push(value);
    }
  } finally {
    if (watch) deadlines?.done(watch);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

/**
 * Reads a node request's body; undefined when it is larger than `limit` bytes. Uses a body that a
 * framework already read (Express `express.text()` / `express.raw()` / `express.json()`).
 */
export function readNodeBody(
  req: IncomingMessage,
  limit: number,
  timeoutMs = Number.POSITIVE_INFINITY,
): Promise<Uint8Array | string | undefined> {
  const parsed = (req as { body?: unknown }).body;
  if (typeof parsed === 'string' || parsed instanceof Uint8Array) return Promise.resolve(parsed);
  if (parsed !== null && typeof parsed === 'object' && Object.keys(parsed).length > 0) {
    return Promise.resolve(JSON.stringify(parsed));
  }
  if (declaredTooLarge(req.headers['content-length'], limit)) return Promise.resolve(undefined);
  if (req.readableEnded) return Promise.resolve(new Uint8Array(0));

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const deadlines = Number.isFinite(timeoutMs) ? deadlinesFor(timeoutMs) : undefined;
    const watch = deadlines?.start(() => {
      if (settled) return;
      // Pause: the socket carries the 408 (sent with Connection: close), then node drops it.
      settled = true;
      req.pause();
      reject(slowBody(timeoutMs));
    });
    const settle = () => {
      settled = true;
      if (watch) deadlines?.done(watch);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        // Pause rather than destroy: the socket must stay open to carry the 413, which is sent
        // with `Connection: close` so node drops the rest of the upload.
        settle();
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      settle();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    });
    req.on('error', (err) => {
      if (settled) return;
      settle();
      reject(err);
    });
    req.on('close', () => {
      if (settled) return;
      settle();
      reject(new Error('request closed before its body was read'));
    });
  });
}

function declaredTooLarge(header: string | null | undefined, limit: number): boolean {
  if (!header) return false;
  const n = Number(header);
  return Number.isFinite(n) && n > limit;
}
