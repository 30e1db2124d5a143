// An OA or Mini Program bot with an encodingAESKey requires encrypted pushes (WeChat encrypts every
// push in safe and compatible mode): a plaintext push signed with the Token alone is refused over
// HTTP, its handler never runs and no plaintext reply goes out. `allowPlaintext` is the explicit
// switch for the plain -> safe migration.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { reply } from '../../src/messages/index.js';
import { type Bot, createWebhook } from '../../src/webhook/index.js';
import { APPID, KEY, openReply, plainPush, safePush, TOKEN, textXml } from './helpers.js';

let server: Server | undefined;
afterEach(() => server?.close());

async function post(bot: Bot, push: { url: string; body: string }) {
  server = createServer(bot.node).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const res = await fetch(`http://127.0.0.1:${port}${push.url}`, { method: 'POST', body: push.body });
  const body = await res.text();
  server.close();
  return { status: res.status, body };
}

function botFor(product: 'oa' | 'miniprogram', allowPlaintext?: boolean) {
  const ran: string[] = [];
  const errors: unknown[] = [];
  const bot = createWebhook({
    product,
    token: TOKEN,
    encodingAESKey: KEY,
    receiveId: APPID,
    ...(allowPlaintext === undefined ? {} : { allowPlaintext }),
    onError: (err) => errors.push(err),
  }).on('text', (m) => {
    ran.push(m.Content);
    return reply.text('secret answer');
  }) as Bot;
  return { bot, ran, errors };
}

describe.each(['oa', 'miniprogram'] as const)('%s bot with an encodingAESKey', (product) => {
  it('refuses a plaintext push signed with the Token: 401, no handler, no plaintext reply', async () => {
    const { bot, ran, errors } = botFor(product);
    const res = await post(bot, plainPush(textXml('forged')));
    expect(res.status).toBe(401);
    expect(res.body).not.toContain('secret answer');
    expect(ran).toEqual([]);
    expect(errors[0]).toMatchObject({ reason: 'not-encrypted' });
  });

  it('handles the same message encrypted, and answers encrypted', async () => {
    const { bot, ran } = botFor(product);
    const res = await post(bot, safePush(textXml('sealed')));
    expect(res.status).toBe(200);
    expect(ran).toEqual(['sealed']);
    expect(openReply(res.body)).toContain('secret answer');
  });

  it('accepts plaintext only with allowPlaintext (the plain -> safe migration)', async () => {
    const { bot, ran } = botFor(product, true);
    const res = await post(bot, plainPush(textXml('migrating')));
    expect(res.status).toBe(200);
    expect(ran).toEqual(['migrating']);
  });
});
