// What the emulator answers one request, in the order WeChat checks it: route (host, path, method)
// → latency and injected fault → token → params (schema, credential-filled ones) → credentials →
// the answer (an operation's handler, a file, or the descriptor's example). One function per step;
// a new check goes between the two steps it depends on.
import type { IncomingMessage } from 'node:http';
import type { ZodMiniType } from 'zod/mini';
import { tokenParamOf } from '../http/endpoint.js';
import { issueMessage } from '../http/issues.js';
import { HOSTS, type Host } from '../products.js';
import { accountId } from './accounts.js';
import type { CatalogEntry } from './catalog.js';
import { checkCredentials } from './credentials.js';
import type { Fault } from './faults.js';
import { exampleAnswer, HANDLERS, type HandlerResult } from './handlers.js';
import { qrLikePng } from './png.js';
import type { RequestLogEntry, ServerOptions } from './server.js';
import type { IssuedToken } from './tokens.js';
import { webAuthPage } from './web-auth.js';
import { errmsgFor, tokenError, type WechatErrorBody, wechatError } from './wechat-errors.js';
import { type Answer, type Json, readParams, summarise } from './wire.js';

/** What the steps share: the server's options, its own URL, and a sleep that close() cancels. */
export interface AnswerContext {
  o: ServerOptions;
  baseUrl(): string;
  sleep(ms: number): Promise<void>;
}

type Row = CatalogEntry['row'];

const json = (body: Json, status = 200): Answer => ({ kind: 'json', status, body });

export async function answer(
  c: AnswerContext,
  req: IncomingMessage,
  url: URL,
  log: Partial<RequestLogEntry>,
): Promise<Answer> {
  if (url.pathname === '/' || url.pathname === '') return index(c);
  const [, host = '', ...rest] = url.pathname.split('/');
  const path = `/${rest.join('/')}`;
  // The web-authorization pages a browser is sent to (open.weixin.qq.com, login.work.weixin.qq.com).
  const webPage = webAuthPage(c.o.state, host, path, url.searchParams, req.headers.cookie);
  if (webPage) {
    log.path = `${host}${path}`;
    return { kind: 'page', ...webPage };
  }
  if (!HOSTS.includes(host as Host)) {
    return json(wechatError(40066, `invalid url: serve WeChat hosts under /${HOSTS.join(', /')}`), 404);
  }
  log.path = `${host}${path}`;
  const match = route(c, host as Host, path, req.method ?? 'GET', url);
  if ('kind' in match) return match;
  const { row } = match;
  log.operationId = row.operationId;
  c.o.state.count(row.operationId);

  const faulted = await latencyAndFault(c, row, log);
  if (faulted) return faulted;
  const auth = checkToken(c, row, url);
  if ('error' in auth) return json(auth.error);
  const read = await readParams(match, url, req);
  if ('error' in read) return json(read.error);
  const invalid = paramProblem(row, read.params);
  if (invalid) return json(invalid);
  c.o.state.record(row.operationId, summarise(read.params));
  const badCredentials = checkCredentials(c.o.state, row.operationId, read.params, auth.token !== undefined);
  if (badCredentials) return json(badCredentials);
  return respond(c, match, read.params, auth.token);
}

/** `GET /`: what the emulator serves, for a person or a script finding its way. */
function index(c: AnswerContext): Answer {
  return json({
    emulator: 'wxkit',
    hosts: Object.fromEntries(HOSTS.map((h) => [h, `${c.baseUrl()}/${h}`])),
    endpoints: c.o.catalog.size,
    accounts: c.o.state.accounts.all.map((a) => ({ product: a.product, id: accountId(a) })),
  });
}

/** The described endpoint at this host, path and method, or WeChat's answer for a wrong URL or method. */
function route(c: AnswerContext, host: Host, path: string, method: string, url: URL): CatalogEntry | Answer {
  // One route may carry a shape per product (message.custom.send): the token says whose call it is.
  const forTokenProduct = (e: CatalogEntry) => {
    if (e.row.token === 'none') return true;
    const checked = c.o.state.tokens.check(
      e.row.token,
      e.row.host,
      url.searchParams.get(tokenParamOf(e.row)),
    );
    return !checked.ok || !checked.token.product || e.row.products.includes(checked.token.product);
  };
  const match = c.o.catalog.match(host, path, method, url.searchParams, forTokenProduct);
  if (!match) {
    return json(
      wechatError(40066, `invalid url: no endpoint ${method} ${path} is described for ${host}`),
      404,
    );
  }
  if ('methodMismatch' in match) {
    return match.methodMismatch === 'GET'
      ? json(wechatError(43001, 'require GET method'))
      : json(wechatError(43002, 'require POST method'));
  }
  return match;
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

/** The configured latency, then the next injected fault for this operation, if any answers instead. */
async function latencyAndFault(
  c: AnswerContext,
  row: Row,
  log: Partial<RequestLogEntry>,
): Promise<Answer | undefined> {
  if (c.o.latencyMs > 0) await c.sleep(c.o.latencyMs);
  const fault = c.o.faults.take(row.operationId);
  if (!fault) return undefined;
  log.fault = describeFault(fault);
  if (fault.delayMs) await c.sleep(fault.delayMs);
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
  if (fault.errcode !== undefined)
    return json(wechatError(fault.errcode, fault.errmsg ?? errmsgFor(fault.errcode)));
  return undefined;
}

/** The token in the query: issued, current, for this host and of a product this endpoint serves. */
function checkToken(
  c: AnswerContext,
  row: Row,
  url: URL,
): { token?: IssuedToken } | { error: WechatErrorBody } {
  if (row.token === 'none') return {};
  const checked = c.o.state.tokens.check(row.token, row.host, url.searchParams.get(tokenParamOf(row)));
  if (!checked.ok) return { error: tokenError(row.token, row.host, checked.reason) };
  if (checked.token.product && !row.products.includes(checked.token.product)) {
    return { error: wechatError(48001, 'api unauthorized') };
  }
  return { token: checked.token };
}

const issuesText = (issues: ReadonlyArray<Parameters<typeof issueMessage>[0]>) =>
  issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${issueMessage(i)}`)
    .join('; ');

/** The params against the endpoint's schema; a param a client fills from its credentials must be sent. */
function paramProblem(row: Row, params: Json): WechatErrorBody | undefined {
  const parsed = (row.params as ZodMiniType | undefined)?.safeParse(params);
  if (parsed && !parsed.success) {
    return wechatError(40097, `invalid args hint: [${issuesText(parsed.error.issues)}]`);
  }
  // A param a client fills in from its credentials is optional to the caller, never on the wire.
  const unfilled = Object.keys(row.fills ?? {}).filter((k) => params[k] === undefined);
  if (unfilled.length) {
    return wechatError(40097, `invalid args hint: [${unfilled.map((k) => `${k}: missing`).join('; ')}]`);
  }
  return undefined;
}

/** The operation's handler if it has one, else a file for a binary endpoint, else the example. */
async function respond(
  c: AnswerContext,
  match: CatalogEntry,
  params: Json,
  token: IssuedToken | undefined,
): Promise<Answer> {
  const { row } = match;
  const handler = HANDLERS[row.operationId];
  const result: HandlerResult | undefined = handler
    ? await handler({
        entry: match,
        params,
        ...(token ? { token } : {}),
        state: c.o.state,
        pushTicket: c.o.pushTicket,
      })
    : undefined;
  if (result && 'error' in result) return json(result.error);
  if (result && 'file' in result) return { kind: 'file', ...result.file };
  if (result) return json(result.json);
  if (row.response === 'binary' || row.response === 'json-or-binary') {
    // A PNG unless the descriptor says the file is something else (then bytes of that type).
    const png = !row.contentTypes || row.contentTypes.some((t) => t === 'image/png' || t === 'image/*');
    const contentType = png ? 'image/png' : (row.contentTypes?.find((t) => !t.endsWith('*')) ?? 'image/png');
    return {
      kind: 'file',
      bytes: qrLikePng(`${row.operationId}:${JSON.stringify(summarise(params))}`),
      contentType,
      filename: `${row.id.replace(/\W+/g, '-')}.${contentType.split('/')[1]!.replace(/\W+/g, '')}`,
    };
  }
  return json(exampleAnswer(match, params));
}
