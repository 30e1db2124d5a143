// One end-to-end run per transport, on 127.0.0.1 through the examples themselves: an encrypted text
// push gets an encrypted reply whose MsgSignature verifies and whose XML echoes the text back.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEchoBot } from '../../examples/echo-bot.js';
import { expressApp } from '../../examples/express.js';
import { fastifyApp } from '../../examples/fastify.js';
import { fetchServer } from '../../examples/fetch-handler.js';
import { honoApp } from '../../examples/hono.js';
import { koaApp } from '../../examples/koa.js';
import { nodeServer } from '../../examples/node-http.js';
import { plainSignature } from '../../src/crypto/index.js';
import type { Bot } from '../../src/webhook/index.js';
import { APPID, KEY, ORIGINAL_ID, openReply, safePush, TOKEN, tag, textXml, USER } from './helpers.js';

const bot = () => createEchoBot({ token: TOKEN, encodingAESKey: KEY, receiveId: APPID });

interface Running {
  base: string;
  close: () => Promise<void>;
}

async function listen(server: Server): Promise<Running> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const transports: Record<string, (b: Bot<'oa'>) => Promise<Running>> = {
  'fetch (bot.fetch)': (b) => listen(fetchServer(b) as Server),
  'node:http (bot.node)': (b) => listen(nodeServer(b)),
  Express: (b) => listen(createServer(expressApp(b))),
  'Express after express.text()': (b) => {
    const app = express();
    app.use(express.text({ type: '*/*' }));
    app.use('/wechat', b.node);
    return listen(createServer(app));
  },
  Koa: (b) => listen(createServer(koaApp(b).callback())),
  Fastify: async (b) => {
    const app = fastifyApp(b);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    return { base: `http://127.0.0.1:${port}`, close: () => app.close() };
  },
  Hono: (b) => listen(createAdaptorServer({ fetch: honoApp(b).fetch }) as Server),
};

describe.each(Object.entries(transports))('%s', (_name, start) => {
  let running: Running;
  beforeAll(async () => {
    running = await start(bot());
  });
  afterAll(() => running.close());

  it('answers an encrypted text push with an encrypted, signed text reply', async () => {
    const push = safePush(textXml('hello 世界 <&>'));
    const res = await fetch(running.base + push.url, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: push.body,
    });
    expect(res.status).toBe(200);
    const xml = openReply(await res.text());
    expect(tag(xml, 'ToUserName')).toBe(USER);
    expect(tag(xml, 'FromUserName')).toBe(ORIGINAL_ID);
    expect(tag(xml, 'MsgType')).toBe('text');
    expect(tag(xml, 'Content')).toBe('hello 世界 <&>');
    expect(Number(tag(xml, 'CreateTime'))).toBeGreaterThan(1_600_000_000);
  });

  it('echoes echostr on URL verification and refuses a bad signature', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const q = (signature: string) =>
      `${running.base}/wechat?${new URLSearchParams({ signature, timestamp, nonce: '42', echostr: 'echo-123' })}`;
    const good = await fetch(q(plainSignature(TOKEN, timestamp, '42')));
    expect([good.status, await good.text()]).toEqual([200, 'echo-123']);
    const bad = await fetch(q('0'.repeat(40)));
    expect(bad.status).toBe(401);
  });
});
