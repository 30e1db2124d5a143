// Hostile and broken requests: each gets its documented status, no handler runs for a refused one,
// and nothing ever answers 500 — through bot.fetch (web Request) and over HTTP through bot.node.
import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessageCrypto } from '../../src/crypto/index.js';
import { reply } from '../../src/messages/index.js';
import { createWebhook, WebhookError, type WebhookErrorContext } from '../../src/webhook/index.js';
import {
  APPID,
  eventXml,
  KEY,
  msgId,
  now,
  OLD_KEY,
  OTHER_KEY,
  type Push,
  plainPush,
  safePush,
  TOKEN,
  textXml,
} from './helpers.js';

const ran: string[] = [];
const errors: Array<{ err: unknown; ctx: WebhookErrorContext }> = [];
const bot = createWebhook({
  product: 'oa',
  token: TOKEN,
  encodingAESKey: KEY,
  previousEncodingAESKey: OLD_KEY,
  receiveId: APPID,
  // These cases send plaintext and encrypted pushes to one bot (the plain -> safe migration).
  allowPlaintext: true,
  onError: (err, ctx) => errors.push({ err, ctx }),
})
  .on('text', (msg) => {
    ran.push(msg.Content);
    if (msg.Content === 'throw') throw new Error('handler bug');
    return reply.text(`got ${msg.Content}`);
  })
  .onEvent('subscribe', () => {
    ran.push('subscribe');
    return 'welcome';
  });

const DOCTYPE = `<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY boom "${'a'.repeat(100)}">]>`;
const MiB = 1024 * 1024;

interface Case {
  name: string;
  make: () => Push & { method?: string };
  status: number;
  reason?: WebhookError['reason'];
}

const cases: Case[] = [
  {
    name: 'forged msg_signature',
    make: () => {
      const p = safePush(textXml('x'));
      return { ...p, url: p.url.replace(/msg_signature=[0-9a-f]+/, `msg_signature=${'a'.repeat(40)}`) };
    },
    status: 401,
    reason: 'signature',
  },
  {
    name: 'Encrypt changed after signing',
    make: () => safePush(textXml('x'), { tamper: (e) => (e[0] === 'A' ? 'B' : 'A') + e.slice(1) }),
    status: 401,
    reason: 'signature',
  },
  {
    name: 'signature under another token',
    make: () => safePush(textXml('x'), { token: 'other' }),
    status: 401,
  },
  { name: 'forged plain signature', make: () => plainPush(textXml('x'), { token: 'other' }), status: 401 },
  {
    name: 'stale timestamp',
    make: () => safePush(textXml('x'), { timestamp: now() - 301 }),
    status: 401,
    reason: 'timestamp',
  },
  {
    name: 'future timestamp',
    make: () => safePush(textXml('x'), { timestamp: now() + 301 }),
    status: 401,
    reason: 'timestamp',
  },
  {
    name: 'missing timestamp',
    make: () => {
      const p = safePush(textXml('x'));
      return { ...p, url: p.url.replace(/timestamp=\d+&?/, '') };
    },
    status: 401,
    reason: 'timestamp',
  },
  {
    name: 'key that is neither the current nor the previous one',
    make: () => safePush(textXml('x'), { key: OTHER_KEY }),
    status: 401,
    reason: 'decrypt',
  },
  {
    name: 'wrong receiveId',
    make: () => safePush(textXml('x'), { receiveId: 'wx_someone_else' }),
    status: 401,
    reason: 'receive-id',
  },
  {
    name: 'truncated base64 (signed as sent)',
    make: () => safePush(textXml('x'), { tamper: (e) => e.slice(0, -7), signTampered: true }),
    status: 400,
    reason: 'malformed',
  },
  {
    name: 'whole blocks dropped (signed as sent)',
    make: () => safePush(textXml('x'), { tamper: (e) => e.slice(0, 24), signTampered: true }),
    status: 400,
    reason: 'malformed',
  },
  {
    name: 'DOCTYPE with entities in the outer XML',
    make: () => {
      const p = safePush(textXml('x'));
      return { ...p, body: DOCTYPE + p.body };
    },
    status: 400,
    reason: 'malformed',
  },
  {
    name: 'DOCTYPE with entities inside the encrypted XML',
    make: () => safePush(DOCTYPE + textXml('&boom;')),
    status: 400,
    reason: 'malformed',
  },
  { name: 'DOCTYPE in a plain push', make: () => plainPush(DOCTYPE + textXml('&boom;')), status: 400 },
  {
    name: 'unbalanced XML',
    make: () => plainPush('<xml><MsgType>text</xml>'),
    status: 400,
    reason: 'malformed',
  },
  { name: 'neither XML nor JSON', make: () => plainPush('MsgType=text'), status: 400, reason: 'malformed' },
  { name: 'broken JSON', make: () => plainPush('{"MsgType": "text",'), status: 400, reason: 'malformed' },
  {
    name: 'no Encrypt field',
    make: () => {
      const p = safePush(textXml('x'));
      return { ...p, body: '<xml><ToUserName>gh</ToUserName></xml>' };
    },
    status: 400,
    reason: 'malformed',
  },
  {
    name: 'a text message missing Content',
    make: () => plainPush(textXml('x').replace(/<Content>.*<\/Content>/, '')),
    status: 400,
    reason: 'malformed',
  },
  { name: 'empty body', make: () => ({ ...safePush(textXml('x')), body: '' }), status: 400, reason: 'empty' },
  {
    name: 'whitespace body',
    make: () => ({ ...plainPush(''), body: ' \r\n ' }),
    status: 400,
    reason: 'empty',
  },
  {
    name: '2 MiB body',
    make: () => ({ ...plainPush(''), body: `<xml><Content>${'x'.repeat(2 * MiB)}</Content></xml>` }),
    status: 413,
    reason: 'too-large',
  },
  { name: 'PUT', make: () => ({ ...safePush(textXml('x')), method: 'PUT' }), status: 405, reason: 'method' },
  {
    name: 'DELETE',
    make: () => ({ ...safePush(textXml('x')), method: 'DELETE' }),
    status: 405,
    reason: 'method',
  },
  // Accepted without a handler: the documented answer is "success".
  {
    name: 'unknown MsgType',
    make: () => safePush(textXml('x').replace('<![CDATA[text]]>', '<![CDATA[hologram]]>')),
    status: 200,
  },
  { name: 'unknown Event', make: () => safePush(eventXml('teleport')), status: 200 },
];

async function viaFetch(p: Push & { method?: string }) {
  const method = p.method ?? 'POST';
  const res = await bot.fetch(
    new Request(`http://127.0.0.1${p.url}`, { method, ...(method === 'GET' ? {} : { body: p.body }) }),
  );
  return { status: res.status, body: await res.text() };
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer(bot.node).listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  ran.length = 0;
  errors.length = 0;
});

async function viaHttp(p: Push & { method?: string }) {
  const method = p.method ?? 'POST';
  const res = await fetch(base + p.url, { method, ...(method === 'GET' ? {} : { body: p.body }) });
  return { status: res.status, body: await res.text() };
}

describe.each([
  ['bot.fetch', viaFetch],
  ['bot.node over HTTP', viaHttp],
])('%s', (_name, send) => {
  it.each(cases)('$name → $status', async ({ make, status, reason }) => {
    const res = await send(make());
    expect(res.status).toBe(status);
    if (status !== 200) {
      expect(ran).toEqual([]);
      const refusal = errors.find((e) => e.err instanceof WebhookError)?.err as WebhookError | undefined;
      expect(refusal?.status).toBe(status);
      if (reason) expect(refusal?.reason).toBe(reason);
      // The body names the reason only: no stack, no message text.
      expect(res.body).toMatch(/^[a-z-]+$/);
    } else {
      expect(res.body).toBe('success');
    }
  });

  it('a throwing handler answers 200 "success" and reports the error', async () => {
    const res = await send(safePush(textXml('throw')));
    expect(res).toEqual({ status: 200, body: 'success' });
    expect(ran).toEqual(['throw']);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.ctx.stage).toBe('handler');
    expect(errors[0]?.err).toMatchObject({ message: 'handler bug' });
  });

  it('a duplicate push gets the first answer and the handler runs once', async () => {
    const push = safePush(textXml('once', { id: msgId() }));
    const first = await send(push);
    const again = await send(push);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(ran).toEqual(['once']);
  });
});

describe('failures after the handler, over HTTP', () => {
  it('a reply that cannot be sealed is answered "success" and reported (stage reply)', async () => {
    const seal = vi.spyOn(MessageCrypto.prototype, 'buildReplyXml').mockImplementationOnce(() => {
      throw new Error('sealing failed');
    });
    try {
      const res = await viaHttp(safePush(textXml('sealed?')));
      expect(res).toEqual({ status: 200, body: 'success' });
      expect(ran).toEqual(['sealed?']);
      expect(errors.map((e) => [e.ctx.stage, (e.err as Error).message])).toEqual([
        ['reply', 'sealing failed'],
      ]);
    } finally {
      seal.mockRestore();
    }
  });

  it('a response that cannot be written closes that socket, is reported, and the server goes on', async () => {
    const { ServerResponse } = await import('node:http');
    const end = vi.spyOn(ServerResponse.prototype, 'end').mockImplementationOnce(() => {
      throw new Error('write failed');
    });
    try {
      await expect(viaHttp(safePush(textXml('lost')))).rejects.toThrow();
      expect(errors.map((e) => [e.ctx.stage, (e.err as Error).message])).toEqual([
        ['request', 'write failed'],
      ]);
    } finally {
      end.mockRestore();
    }
    const res = await viaHttp(safePush(textXml('after')));
    expect(res.status).toBe(200);
    expect(ran).toEqual(['lost', 'after']);
  });
});

describe('secrets', () => {
  it('never puts the token, the keys or the body into an error, the error context or a response', async () => {
    const marker = 'SECRET-MARKER-7d1f';
    const pushes = [
      safePush(textXml(marker), { key: OTHER_KEY }),
      safePush(textXml(marker), { receiveId: 'wx_someone_else' }),
      safePush(`<!DOCTYPE xml><xml><Content>${marker}</Content></xml>`),
      safePush(textXml(marker).replace('<CreateTime>', `<CreateTime>${marker}`)),
      safePush(textXml(marker), { tamper: (e) => e.slice(0, -9), signTampered: true }),
      plainPush(`<xml><Content>${marker}</Content>`),
      plainPush(textXml(marker), { token: 'wrong-token' }),
      safePush(textXml('throw')),
    ];
    const bodies: string[] = [];
    for (const p of pushes) bodies.push((await viaFetch(p)).body);
    expect(errors.length).toBe(pushes.length);
    const logged = JSON.stringify(errors.map((e) => [String(e.err), (e.err as Error).stack, e.ctx]));
    for (const secret of [TOKEN, KEY, OLD_KEY, marker]) {
      expect(logged).not.toContain(secret);
      for (const body of bodies) expect(body).not.toContain(secret);
    }
  });
});

describe('bodies over the limit, over HTTP', () => {
  const post = (headers: Record<string, string | number>, chunks: Buffer[]) =>
    new Promise<number>((resolve, reject) => {
      const p = plainPush('');
      const req = httpRequest(base + p.url, { method: 'POST', headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      // The server answers before the upload ends and closes the connection: that is the point.
      req.on('error', (err) =>
        err.message.includes('EPIPE') || err.message.includes('ECONNRESET') ? undefined : reject(err),
      );
      const write = (i: number) => {
        if (i === chunks.length) return void req.end();
        if (req.destroyed) return;
        req.write(chunks[i], () => write(i + 1));
      };
      write(0);
    });

  const tenMiB = Array.from({ length: 10 }, () => Buffer.alloc(MiB, 0x61));

  it('refuses a declared 10 MiB body with 413 before reading it', async () => {
    expect(await post({ 'content-length': 10 * MiB, 'content-type': 'text/xml' }, tenMiB)).toBe(413);
    expect(ran).toEqual([]);
  });

  it('stops reading a chunked 10 MiB body at the limit and answers 413', async () => {
    expect(await post({ 'transfer-encoding': 'chunked', 'content-type': 'text/xml' }, tenMiB)).toBe(413);
    expect(ran).toEqual([]);
  });

  it('keeps serving after refusing large bodies', async () => {
    const res = await viaHttp(safePush(textXml('still here')));
    expect(res.status).toBe(200);
    expect(ran).toEqual(['still here']);
  });
});

describe('fuzzed requests', () => {
  it('never answer 500 and never run a handler without a valid signature', async () => {
    const valid = safePush(textXml('fuzz'));
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          method: fc.constantFrom('GET', 'POST', 'PUT', 'HEAD', 'OPTIONS'),
          cut: fc.nat({ max: valid.body.length }),
          insert: fc.string({ maxLength: 40 }),
          query: fc.oneof(
            fc.constant(valid.url),
            fc.string({ maxLength: 60 }).map((s) => `/wechat?${s}`),
          ),
        }),
        async ({ method, cut, insert, query }) => {
          ran.length = 0;
          const body = valid.body.slice(0, cut) + insert + valid.body.slice(cut);
          const res = await bot.handle({ method, url: query, body });
          expect([200, 400, 401, 405, 413]).toContain(res.status);
          if (query !== valid.url) expect(ran).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
