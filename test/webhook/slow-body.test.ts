// A body that trickles in is not waited for: after bodyTimeoutMs the bot answers 408, closes the
// connection, reports it to onError and never runs a handler. Over real HTTP (node:http).
import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type Bot, createWebhook, type WebhookErrorContext } from '../../src/webhook/index.js';
import { plainPush, TOKEN, textXml } from './helpers.js';

let server: Server | undefined;
afterEach(() => server?.close());

function botWith(bodyTimeoutMs?: number) {
  const ran: string[] = [];
  const errors: Array<{ err: unknown; ctx: WebhookErrorContext }> = [];
  const bot = createWebhook({
    product: 'oa',
    token: TOKEN,
    ...(bodyTimeoutMs === undefined ? {} : { bodyTimeoutMs }),
    onError: (err, ctx) => errors.push({ err, ctx }),
  }).on('text', (m) => {
    ran.push(m.Content);
  }) as Bot;
  return { bot, ran, errors };
}

/** Sends the body a few bytes at a time, `gapMs` apart; resolves with the status and whether the socket closed. */
async function trickle(bot: Bot, gapMs: number) {
  server = createServer(bot.node).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const push = plainPush(textXml('slow'));
  const started = Date.now();
  return new Promise<{ status: number; ms: number; connection?: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: push.url,
        method: 'POST',
        headers: { 'content-length': push.body.length },
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode!, ms: Date.now() - started, connection: res.headers.connection });
      },
    );
    req.on('error', reject);
    let i = 0;
    const tick = () => {
      if (i >= push.body.length || req.destroyed) return req.end();
      req.write(push.body.slice(i, i + 20));
      i += 20;
      setTimeout(tick, gapMs);
    };
    tick();
  });
}

describe('body read deadline', () => {
  it('answers 408 and closes when the body trickles in past bodyTimeoutMs; no handler runs', async () => {
    const { bot, ran, errors } = botWith(300);
    const res = await trickle(bot, 100); // ~470 bytes at 20 bytes per 100 ms: ~2.4 s
    expect(res.status).toBe(408);
    expect(res.connection).toBe('close');
    expect(res.ms).toBeLessThan(1500);
    expect(ran).toEqual([]);
    expect(errors[0]?.err).toMatchObject({ status: 408, reason: 'slow-body' });
    expect(errors[0]?.ctx).toMatchObject({ stage: 'request', status: 408 });
  });

  it('reads a body that arrives within the deadline', async () => {
    const { bot, ran } = botWith(2000);
    const res = await trickle(bot, 5);
    expect(res.status).toBe(200);
    expect(ran).toEqual(['slow']);
  });

  it('has a default deadline of a few seconds', async () => {
    const { bot, errors } = botWith();
    const res = await trickle(bot, 250);
    expect(res.status).toBe(408);
    expect(res.ms).toBeGreaterThanOrEqual(2900);
    expect(res.ms).toBeLessThan(4500);
    expect(errors[0]?.err).toMatchObject({ reason: 'slow-body' });
  }, 10_000);
});
