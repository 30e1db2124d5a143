// The HTTP side of the emulator: one node:http server on 127.0.0.1 serving every WeChat host under a
// path prefix (`/api.weixin.qq.com/cgi-bin/token`). Each request goes through the same steps WeChat
// takes: route, token, parameters, credentials, then the answer (a handler's or the example).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ZodMiniType } from 'zod/mini';
import { issueMessage } from '../http/issues.js';
import { HOSTS, type Host } from '../products.js';
import { accountId } from './accounts.js';
import { type Catalog, type CatalogEntry, coerceQueryValue } from './catalog.js';
import { checkCredentials } from './credentials.js';
import type { Fault, FaultTable } from './faults.js';
import { exampleAnswer, HANDLERS, type HandlerResult } from './handlers.js';
import { qrLikePng } from './png.js';
import type { EmulatorState } from './state.js';
import type { IssuedToken } from './tokens.js';
import { webAuthPage } from './web-auth.js';
import { errmsgFor, tokenError, type WechatErrorBody, wechatError } from './wechat-errors.js';

export { HOSTS };

/** One line of the request log (`onRequest`): tokens and secrets are never in it. */
export interface RequestLogEntry {
  operationId?: string;
  method: string;
  /** Host and path, without the query string. */
  path: string;
  status: number;
  errcode?: number;
  /** The injected fault, if one applied. */
  fault?: string;
  /** An emulator bug answered as errcode -1 (its message, for the log). */
  error?: string;
  durationMs: number;
}

export interface ServerOptions {
  catalog: Catalog;
  state: EmulatorState;
  faults: FaultTable;
  latencyMs: number;
  port: number;
  onRequest?: (entry: RequestLogEntry) => void;
  pushTicket(ownerId: string): void;
}

type Json = Record<string, unknown>;
type Answer =
  | { kind: 'json'; status: number; body: Json }
  | { kind: 'page'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'file'; bytes: Uint8Array; contentType: string; filename: string }
  | { kind: 'status'; status: number }
  | { kind: 'raw'; status: number; body: string | Uint8Array; contentType: string }
  | { kind: 'drop' };

const BODY_LIMIT = 20 * 1024 * 1024;

class BodyTooLarge extends Error {}

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

const describeFault = (f: Fault) =>
  [
    f.delayMs !== undefined ? `delay ${f.delayMs}ms` : '',
    f.drop ? 'drop' : '',
    f.status !== undefined ? `HTTP ${f.status}` : '',
    f.body !== undefined ? `body (${f.contentType ?? 'text/plain'})` : '',
    f.errcode !== undefined ? `errcode ${f.errcode}` : '',
  ]
    .filter(Boolean)
    .join(', ');

const issuesText = (issues: ReadonlyArray<Parameters<typeof issueMessage>[0]>) =>
  issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${issueMessage(i)}`)
    .join('; ');

function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Params as a client sent them: query (minus token and fixed query) and JSON or multipart body. */
async function readParams(
  entry: CatalogEntry,
  url: URL,
  req: IncomingMessage,
): Promise<{ params: Json } | { error: WechatErrorBody }> {
  const { row } = entry;
  const params: Json = {};
  for (const [k, v] of url.searchParams) {
    if (k === row.token || k in (row.fixedQuery ?? {})) continue;
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
const summarise = (params: Json): Json =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) =>
      v instanceof Blob
        ? [k, { filename: v instanceof File ? v.name : undefined, size: v.size, type: v.type }]
        : [k, v],
    ),
  );

export function startServer(
  o: ServerOptions,
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closing = false;
  let baseUrl = '';
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  async function answer(req: IncomingMessage, url: URL, log: Partial<RequestLogEntry>): Promise<Answer> {
    const [, host, ...rest] = url.pathname.split('/');
    const path = `/${rest.join('/')}`;
    if (url.pathname === '/' || url.pathname === '') {
      return {
        kind: 'json',
        status: 200,
        body: {
          emulator: 'wxkit',
          hosts: Object.fromEntries(HOSTS.map((h) => [h, `${baseUrl}/${h}`])),
          endpoints: o.catalog.size,
          accounts: o.state.accounts.all.map((a) => ({ product: a.product, id: accountId(a) })),
        },
      };
    }
    // The web-authorization pages a browser is sent to (open.weixin.qq.com, login.work.weixin.qq.com).
    const webPage = webAuthPage(o.state, host ?? '', path, url.searchParams, req.headers.cookie);
    if (webPage) {
      log.path = `${host}${path}`;
      return { kind: 'page', ...webPage };
    }
    if (!HOSTS.includes(host as Host)) {
      return {
        kind: 'json',
        status: 404,
        body: wechatError(40066, `invalid url: serve WeChat hosts under /${HOSTS.join(', /')}`),
      };
    }
    log.path = `${host}${path}`;
    // One route may carry a shape per product (message.custom.send): the token says whose call it is.
    const forTokenProduct = (e: CatalogEntry) => {
      if (e.row.token === 'none') return true;
      const checked = o.state.tokens.check(e.row.token, e.row.host, url.searchParams.get(e.row.token));
      return !checked.ok || !checked.token.product || e.row.products.includes(checked.token.product);
    };
    const match = o.catalog.match(host as Host, path, req.method ?? 'GET', url.searchParams, forTokenProduct);
    if (!match) {
      return {
        kind: 'json',
        status: 404,
        body: wechatError(40066, `invalid url: no endpoint ${req.method} ${path} is described for ${host}`),
      };
    }
    if ('methodMismatch' in match) {
      return match.methodMismatch === 'GET'
        ? { kind: 'json', status: 200, body: wechatError(43001, 'require GET method') }
        : { kind: 'json', status: 200, body: wechatError(43002, 'require POST method') };
    }
    const { row } = match;
    log.operationId = row.operationId;
    o.state.count(row.operationId);

    if (o.latencyMs > 0) await sleep(o.latencyMs);
    const fault = o.faults.take(row.operationId);
    if (fault) {
      log.fault = describeFault(fault);
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.drop) return { kind: 'drop' };
      if (fault.body !== undefined) {
        return {
          kind: 'raw',
          status: fault.status ?? 200,
          body: fault.body,
          contentType: fault.contentType ?? 'text/plain; charset=utf-8',
        };
      }
      if (fault.status !== undefined) return { kind: 'status', status: fault.status };
      if (fault.errcode !== undefined) {
        return {
          kind: 'json',
          status: 200,
          body: wechatError(fault.errcode, fault.errmsg ?? errmsgFor(fault.errcode)),
        };
      }
    }

    let token: IssuedToken | undefined;
    if (row.token !== 'none') {
      const checked = o.state.tokens.check(row.token, row.host, url.searchParams.get(row.token));
      if (!checked.ok)
        return { kind: 'json', status: 200, body: tokenError(row.token, row.host, checked.reason) };
      if (checked.token.product && !row.products.includes(checked.token.product)) {
        return { kind: 'json', status: 200, body: wechatError(48001, 'api unauthorized') };
      }
      token = checked.token;
    }

    const read = await readParams(match, url, req);
    if ('error' in read) return { kind: 'json', status: 200, body: read.error };
    const parsed = (row.params as ZodMiniType | undefined)?.safeParse(read.params);
    if (parsed && !parsed.success) {
      return {
        kind: 'json',
        status: 200,
        body: wechatError(40097, `invalid args hint: [${issuesText(parsed.error.issues)}]`),
      };
    }
    // A param a client fills in from its credentials is optional to the caller, never on the wire.
    const unfilled = Object.keys(row.fills ?? {}).filter((k) => read.params[k] === undefined);
    if (unfilled.length) {
      return {
        kind: 'json',
        status: 200,
        body: wechatError(40097, `invalid args hint: [${unfilled.map((k) => `${k}: missing`).join('; ')}]`),
      };
    }
    o.state.record(row.operationId, summarise(read.params));
    const badCredentials = checkCredentials(o.state, row.operationId, read.params, token !== undefined);
    if (badCredentials) return { kind: 'json', status: 200, body: badCredentials };

    const handler = HANDLERS[row.operationId];
    const result: HandlerResult | undefined = handler
      ? await handler({
          entry: match,
          params: read.params,
          ...(token ? { token } : {}),
          state: o.state,
          pushTicket: o.pushTicket,
        })
      : undefined;
    if (result && 'error' in result) return { kind: 'json', status: 200, body: result.error };
    if (result && 'file' in result) return { kind: 'file', ...result.file };
    if (result) return { kind: 'json', status: 200, body: result.json };
    if (row.response === 'binary' || row.response === 'json-or-binary') {
      // A PNG unless the descriptor says the file is something else (then bytes of that type).
      const png = !row.contentTypes || row.contentTypes.some((t) => t === 'image/png' || t === 'image/*');
      const contentType = png
        ? 'image/png'
        : (row.contentTypes?.find((t) => !t.endsWith('*')) ?? 'image/png');
      return {
        kind: 'file',
        bytes: qrLikePng(`${row.operationId}:${JSON.stringify(summarise(read.params))}`),
        contentType,
        filename: `${row.id.replace(/\W+/g, '-')}.${contentType.split('/')[1]!.replace(/\W+/g, '')}`,
      };
    }
    return { kind: 'json', status: 200, body: exampleAnswer(match, read.params) };
  }

  function send(res: ServerResponse, a: Answer): number {
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

  const server = createServer(async (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://emulator');
    const log: Partial<RequestLogEntry> = { method: req.method ?? 'GET', path: url.pathname };
    let a: Answer;
    try {
      a = await answer(req, url, log);
    } catch (err) {
      if (err instanceof BodyTooLarge) a = { kind: 'status', status: 413 };
      else {
        a = { kind: 'json', status: 500, body: wechatError(-1, 'system error') };
        log.error = (err as Error)?.message ?? String(err);
      }
    }
    if (closing || res.destroyed) return;
    const status = send(res, a);
    const errcode = a.kind === 'json' ? Number(a.body.errcode ?? 0) : undefined;
    o.onRequest?.({
      ...(log as RequestLogEntry),
      status,
      ...(errcode ? { errcode } : {}),
      durationMs: Math.round(performance.now() - started),
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, '127.0.0.1', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}`;
      baseUrl = url;
      resolve({
        server,
        url,
        close: () =>
          new Promise<void>((done) => {
            closing = true;
            for (const t of timers) clearTimeout(t);
            timers.clear();
            server.close(() => done());
            for (const s of sockets) s.destroy();
          }),
      });
    });
  });
}
