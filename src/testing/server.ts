// The HTTP side of the emulator: one node:http server on 127.0.0.1 serving every WeChat host under a
// path prefix (`/api.weixin.qq.com/cgi-bin/token`). This file runs the server (listen, log, close);
// what a request is answered with is answer.ts, in the same steps WeChat takes (route, token,
// parameters, credentials, then the answer); reading and writing HTTP is wire.ts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { HOSTS } from '../products.js';
import { type AnswerContext, answer } from './answer.js';
import type { Catalog } from './catalog.js';
import type { FaultTable } from './faults.js';
import type { EmulatorState } from './state.js';
import { wechatError } from './wechat-errors.js';
import { type Answer, BodyTooLarge, writeAnswer } from './wire.js';

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
  const context: AnswerContext = { o, baseUrl: () => baseUrl, sleep };

  const server = createServer(async (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://emulator');
    const log: Partial<RequestLogEntry> = { method: req.method ?? 'GET', path: url.pathname };
    let a: Answer;
    try {
      a = await answer(context, req, url, log);
    } catch (err) {
      if (err instanceof BodyTooLarge) a = { kind: 'status', status: 413 };
      else {
        a = { kind: 'json', status: 500, body: wechatError(-1, 'system error') };
        log.error = (err as Error)?.message ?? String(err);
      }
    }
    if (closing || res.destroyed) return;
    const status = writeAnswer(res, a);
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
