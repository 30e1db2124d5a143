// Reading a request body without ever holding more than the limit: a declared Content-Length over
// the limit is refused before reading, and a stream is abandoned as soon as it passes the limit.
import type { IncomingMessage } from 'node:http';

/** Reads a web Request's body; undefined when it is larger than `limit` bytes. */
export async function readWebBody(request: Request, limit: number): Promise<Uint8Array | undefined> {
  if (declaredTooLarge(request.headers.get('content-length'), limit)) return undefined;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop the upload; nothing more is buffered.
      reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

/**
 * Reads a node request's body; undefined when it is larger than `limit` bytes. Uses a body that a
 * framework already read (Express `express.text()` / `express.raw()` / `express.json()`).
 */
export function readNodeBody(req: IncomingMessage, limit: number): Promise<Uint8Array | string | undefined> {
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
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        // Pause rather than destroy: the socket must stay open to carry the 413, which is sent
        // with `Connection: close` so node drops the rest of the upload.
        settled = true;
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    });
    req.on('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    req.on('close', () => {
      if (settled) return;
      settled = true;
      reject(new Error('request closed before its body was read'));
    });
  });
}

function declaredTooLarge(header: string | null | undefined, limit: number): boolean {
  if (!header) return false;
  const n = Number(header);
  return Number.isFinite(n) && n > limit;
}
