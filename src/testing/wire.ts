// The emulator's wire format: reading a request's params the way WeChat receives them (query, JSON
// or multipart body) and writing an Answer back (JSON, page, file, raw fault body, gateway error,
// dropped connection). answer.ts decides what to answer; this file only speaks HTTP.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tokenParamOf } from '../http/endpoint.js';
import { type CatalogEntry, coerceQueryValue } from './catalog.js';
import { type WechatErrorBody, wechatError } from './wechat-errors.js';

export type Json = Record<string, unknown>;

/** What the emulator answers a request with. */
export type Answer =
  | { kind: 'json'; status: number; body: Json }
  | { kind: 'page'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'file'; bytes: Uint8Array; contentType: string; filename: string }
  | { kind: 'status'; status: number }
  | { kind: 'raw'; status: number; body: string | Uint8Array; contentType: string }
  | { kind: 'drop' };

const BODY_LIMIT = 20 * 1024 * 1024;

/** A body over BODY_LIMIT: the server answers 413. */
export class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Params as a client sent them: query (minus token and fixed query) and JSON or multipart body. */
export async function readParams(
  entry: CatalogEntry,
  url: URL,
  req: IncomingMessage,
): Promise<{ params: Json } | { error: WechatErrorBody }> {
  const { row } = entry;
  const params: Json = {};
  for (const [k, v] of url.searchParams) {
    if (k === tokenParamOf(row) || k in (row.fixedQuery ?? {})) continue;
    params[k] = coerceQueryValue(v, entry.queryTypes[k]);
  }
  if (row.method === 'GET') return { params };
  const raw = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  if (row.multipart) {
    if (!type.startsWith('multipart/form-data')) return { error: wechatError(41005, 'media data missing') };
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
    form.forEach((v, k) => {
      // The client sends object and array fields of a form as JSON text, numbers and booleans as text.
      params[k] =
        typeof v !== 'string'
          ? v
          : /^[[{]/.test(v)
            ? parseJsonOr(v)
            : coerceQueryValue(v, entry.formTypes[k]);
    });
    return { params };
  }
  if (raw.length === 0) return { params };
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return { error: wechatError(47001, 'data format error hint: [the body is not JSON]') };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { error: wechatError(47001, 'data format error hint: [the body is not a JSON object]') };
  }
  return { params: { ...params, ...(body as Json) } };
}

/** What is safe to remember of a request: file parts are summarised, secrets kept (they are the emulator's own). */
export const summarise = (params: Json): Json =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) =>
      v instanceof Blob
        ? [k, { filename: v instanceof File ? v.name : undefined, size: v.size, type: v.type }]
        : [k, v],
    ),
  );

/** Writes the answer; returns the HTTP status sent (0 for a dropped connection). */
export function writeAnswer(res: ServerResponse, a: Answer): number {
  if (a.kind === 'drop') {
    res.socket?.destroy();
    return 0;
  }
  if (a.kind === 'status') {
    res.writeHead(a.status, { 'content-type': 'text/html' });
    res.end(`<html><body><h1>${a.status}</h1>emulated gateway error</body></html>`);
    return a.status;
  }
  if (a.kind === 'page') {
    res.writeHead(a.status, a.headers);
    res.end(a.body);
    return a.status;
  }
  if (a.kind === 'raw') {
    res.writeHead(a.status, { 'content-type': a.contentType });
    res.end(a.body);
    return a.status;
  }
  if (a.kind === 'file') {
    res.writeHead(200, {
      'content-type': a.contentType,
      'content-length': a.bytes.length,
      'content-disposition': `attachment; filename="${encodeURIComponent(a.filename)}"`,
    });
    res.end(a.bytes);
    return 200;
  }
  const text = JSON.stringify(a.body);
  res.writeHead(a.status, { 'content-type': 'application/json; encoding=utf-8' });
  res.end(text);
  return a.status;
}
