// The push half: the emulator signs and encrypts like WeChat, the webhook of each product opens the
// push, and the reply comes back decrypted, in every mode and format that product supports.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../codegen/load.js';
import { createOpenPlatform } from '../../src/clients/open-platform.js';
import { createWorkSuite } from '../../src/clients/work-suite.js';
import type { Product } from '../../src/http/endpoint.js';
import { reply } from '../../src/messages/index.js';
import { accountId } from '../../src/testing/accounts.js';
import { pushTargetOf } from '../../src/testing/emulator.js';
import { createEmulator, type Emulator, PushError, sendPush } from '../../src/testing/index.js';
import { composeMessage, loadSamples, type MessageSample } from '../../src/testing/templates.js';
import { type Bot, createWebhook } from '../../src/webhook/index.js';
import { accountOf } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator();
});
afterAll(() => emulator.close());

const idOf = accountId;

/** A webhook for the emulator account of `product`. */
function botFor(product: Product): { bot: Bot; seen: Record<string, unknown>[] } {
  const account = accountOf(emulator, product);
  const seen: Record<string, unknown>[] = [];
  const bot = createWebhook({
    product,
    token: account.token,
    encodingAESKey: account.encodingAESKey,
    receiveId: idOf(account),
    // The round trips push the same bot in plain, compatible and safe mode.
    allowPlaintext: true,
  })
    .on('text', (m) => {
      seen.push(m as unknown as Record<string, unknown>);
      return reply.text(`echo: ${(m as { Content: string }).Content}`);
    })
    .fallback((m) => {
      seen.push(m as Record<string, unknown>);
    }) as Bot;
  return { bot, seen };
}

/** Sends straight to bot.fetch: no sockets needed for the round trip. */
const viaFetch =
  (bot: Bot): typeof fetch =>
  async (input, init) =>
    bot.fetch(new Request(input as URL, init));
const URL_ = 'http://bot.test/wechat';

describe('push round trips', () => {
  const chatty: Product[] = ['oa', 'miniprogram', 'work'];
  for (const product of chatty) {
    const modes = product === 'work' ? (['compat', 'safe'] as const) : (['plain', 'compat', 'safe'] as const);
    for (const mode of modes) {
      for (const format of ['xml', 'json'] as const) {
        it(`${product}: text in ${mode} mode, ${format}: the reply comes back ${mode === 'plain' ? 'as is' : 'decrypted'}`, async () => {
          const { bot, seen } = botFor(product);
          const result = await emulator.push(
            URL_,
            { type: 'text', Content: `hi ${mode} ${format}` },
            { mode, format, account: idOf(accountOf(emulator, product)), fetch: viaFetch(bot) },
          );
          expect(seen).toHaveLength(1);
          expect(seen[0]).toMatchObject({ MsgType: 'text', Content: `hi ${mode} ${format}` });
          expect(result.status).toBe(200);
          expect(result.encrypted).toBe(mode !== 'plain');
          expect(result.reply).toMatchObject({ MsgType: 'text', Content: `echo: hi ${mode} ${format}` });
          expect(result.replyText.trimStart()[0]).toBe(format === 'json' ? '{' : '<');
          if (mode === 'safe') expect(result.sent.body).not.toContain('hi safe');
          if (mode === 'compat') expect(result.sent.body).toContain('hi compat');
        });
      }
    }
  }

  const notifications: Array<[Product, string, string]> = [
    ['open', 'ComponentVerifyTicketNotification', 'ComponentVerifyTicket'],
    ['work-suite', 'SuiteTicketNotification', 'SuiteTicket'],
  ];
  for (const [product, type, field] of notifications) {
    for (const mode of ['compat', 'safe'] as const) {
      for (const format of ['xml', 'json'] as const) {
        it(`${product}: ${type} in ${mode} mode, ${format}: delivered, answered "success", ticket now valid`, async () => {
          const { bot, seen } = botFor(product);
          const result = await emulator.push(URL_, { type }, { mode, format, fetch: viaFetch(bot) });
          expect(result.reply).toBeUndefined();
          expect(result.replyText).toBe('');
          expect(seen).toHaveLength(1);
          expect(seen[0]?.[field]).toBe(emulator.ticket(idOf(accountOf(emulator, product))));
        });
      }
    }
  }

  for (const product of ['open', 'work', 'work-suite'] as const) {
    it(`${product}: a plain-mode push is refused by the webhook (WeCom and the Open Platform always encrypt)`, async () => {
      const { bot } = botFor(product);
      const type =
        product === 'work'
          ? 'text'
          : product === 'open'
            ? 'ComponentVerifyTicketNotification'
            : 'SuiteTicketNotification';
      const err = await emulator
        .push(URL_, { type }, { mode: 'plain', fetch: viaFetch(bot) })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PushError);
      expect((err as PushError).status).toBe(401);
    });
  }
});

describe('push over HTTP', () => {
  let server: Server;
  let url: string;
  let failuresLeft = 0;
  let received = 0;
  beforeAll(async () => {
    const { bot } = botFor('oa');
    server = createServer((req, res) => {
      received++;
      if (failuresLeft > 0) {
        failuresLeft--;
        res.writeHead(500).end('oops');
        return;
      }
      void bot.node(req, res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wechat`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('reaches a real server with WeChat’s query string', async () => {
    const result = await emulator.push(url, { type: 'text', Content: 'over http' });
    const query = new URL(result.sent.url).searchParams;
    expect([...query.keys()].sort()).toEqual([
      'encrypt_type',
      'msg_signature',
      'nonce',
      'openid',
      'signature',
      'timestamp',
    ]);
    expect(result.reply).toMatchObject({ Content: 'echo: over http' });
  });

  it('retries like WeChat: the same push again after a failure, up to 3 tries', async () => {
    failuresLeft = 2;
    received = 0;
    const result = await emulator.push(
      url,
      { type: 'text', Content: 'third time' },
      { retries: true, retryIntervalMs: 20 },
    );
    expect(result.tries).toBe(3);
    expect(received).toBe(3);
    expect(result.reply).toMatchObject({ Content: 'echo: third time' });
  });

  it('gives up after 3 tries with PushError and the last status', async () => {
    failuresLeft = 5;
    const err = await emulator
      .push(url, { type: 'text', Content: 'never' }, { retries: true, retryIntervalMs: 5 })
      .catch((e: unknown) => e as PushError);
    expect(err).toBeInstanceOf(PushError);
    expect(err.status).toBe(500);
    expect(err.message).toMatch(/after 3 tries/);
    failuresLeft = 0;
  });

  it('without retries, a failure is reported at once', async () => {
    failuresLeft = 1;
    received = 0;
    await expect(emulator.push(url, { type: 'text', Content: 'once' })).rejects.toBeInstanceOf(PushError);
    expect(received).toBe(1);
  });

  it('a callback slower than the timeout is a PushError', async () => {
    const slow = createServer(() => {}); // never answers
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (slow.address() as AddressInfo).port;
      const err = await emulator
        .push(`http://127.0.0.1:${port}/`, { type: 'text', Content: 'x' }, { timeoutMs: 100 })
        .catch((e: unknown) => e as Error);
      expect(err).toBeInstanceOf(PushError);
      expect(err.message).toMatch(/within 100 ms/);
    } finally {
      slow.closeAllConnections();
      slow.close();
    }
  });
});

describe('what a push carries', () => {
  it('a reply encrypted in plain mode, or plaintext in safe mode, is a PushError', async () => {
    const plainReply = async () => new Response('<xml><MsgType><![CDATA[text]]></MsgType></xml>');
    await expect(
      emulator.push(URL_, { type: 'text', Content: 'x' }, { mode: 'safe', fetch: plainReply }),
    ).rejects.toThrow(/must be encrypted/);
    const encryptedReply = async () => new Response('<xml><Encrypt><![CDATA[AAAA]]></Encrypt></xml>');
    await expect(
      emulator.push(URL_, { type: 'text', Content: 'x' }, { mode: 'plain', fetch: encryptedReply }),
    ).rejects.toThrow(/plain mode: the reply came encrypted/);
  });

  it('a tampered encrypted reply fails its signature check', async () => {
    const { bot } = botFor('oa');
    const tamper: typeof fetch = async (input, init) => {
      const res = await bot.fetch(new Request(input as URL, init));
      const text = (await res.text()).replace(
        /<MsgSignature><!\[CDATA\[[0-9a-f]+/,
        '<MsgSignature><![CDATA[0000',
      );
      return new Response(text);
    };
    await expect(emulator.push(URL_, { type: 'text', Content: 'x' }, { fetch: tamper })).rejects.toThrow(
      /does not check out/,
    );
  });

  it('fresh MsgIds, the account’s addressing, and overrides win', async () => {
    const sink = async () => new Response('success');
    const a = await emulator.push(URL_, { type: 'TextMessage', Content: 'a' }, { fetch: sink });
    const b = await emulator.push(
      URL_,
      { type: 'text', Content: 'b', FromUserName: 'oSomeoneElse' },
      { fetch: sink },
    );
    expect(a.message.MsgId).not.toBe(b.message.MsgId);
    expect(String(a.message.MsgId)).toMatch(/^\d{16,}$/);
    expect(a.message.ToUserName).toBe(accountOf(emulator, 'oa').originalId);
    expect(b.message.FromUserName).toBe('oSomeoneElse');
    expect(b.message.MsgType).toBe('text');
  });

  it('types resolve per product: click is ClickEvent for oa, WorkClickEvent for WeCom', async () => {
    const sink = async () => new Response('success');
    const oa = await emulator.push(URL_, { type: 'click', EventKey: 'K' }, { fetch: sink });
    const work = await emulator.push(
      URL_,
      { type: 'click', EventKey: 'K' },
      { fetch: sink, account: accountOf(emulator, 'work').corpId },
    );
    expect(oa.message).toMatchObject({ MsgType: 'event', Event: 'CLICK', EventKey: 'K' });
    expect(work.message).toMatchObject({
      MsgType: 'event',
      Event: 'click',
      AgentID: accountOf(emulator, 'work').agentId,
    });
    await expect(emulator.push(URL_, { type: 'no-such-type' }, { fetch: sink })).rejects.toThrow(
      /no described message/,
    );
  });
});

describe('the Open Platform chain, end to end with the real client', () => {
  it('pushTicket → the component saves it → component token; authorized push → handleAuthorization', async () => {
    const account = accountOf(emulator, 'open');
    const open = createOpenPlatform({
      componentAppId: account.componentAppId,
      componentAppSecret: account.componentAppSecret,
      token: account.token,
      encodingAESKey: account.encodingAESKey,
      hosts: emulator.hosts,
    });
    const authorized: string[] = [];
    const bot = createWebhook({
      product: 'open',
      token: account.token,
      encodingAESKey: account.encodingAESKey,
      receiveId: account.componentAppId,
    })
      .onEvent('component_verify_ticket', async (m) => {
        await open.saveVerifyTicket(m.ComponentVerifyTicket);
      })
      .onEvent('authorized', async (m) => {
        const info = await open.handleAuthorization(m.AuthorizationCode);
        authorized.push(info.authorizer_appid);
      });
    const server = createServer(bot.node);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/open`;
      const pushed = await emulator.pushTicket(account.componentAppId, url);
      expect(await open.getComponentAccessToken()).toBeTypeOf('string');
      expect(emulator.ticket(account.componentAppId)).toBe(pushed.ticket);

      await emulator.push(url, { type: 'authorized' }, { account: account.componentAppId });
      expect(authorized).toEqual([account.authorizers[0]!.appId]);
      const info = await open.authorizer(account.authorizers[0]!.appId).oa.api.user.info({ openid: 'o1' });
      expect(info.openid).toBe('o1');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe("a suite's data callback, end to end with the real client", () => {
  it("a corp user's text, sealed for the CorpID, reaches suite.dataWebhook(), which acts for that corp", async () => {
    const account = accountOf(emulator, 'work-suite');
    const corp = account.corps[0]!;
    const suite = createWorkSuite({
      suiteId: account.suiteId,
      suiteSecret: account.suiteSecret,
      token: account.token,
      encodingAESKey: account.encodingAESKey,
      hosts: emulator.hosts,
    });
    await suite.saveSuiteTicket(emulator.ticket(account.suiteId) ?? account.suiteTicket!);
    await suite.savePermanentCode(corp.corpId, corp.permanentCode);
    const seen: string[] = [];
    const bot = suite.dataWebhook().on('text', async (m, ctx) => {
      // ctx.account is the corp the message came from: act for it.
      const token = await suite.corp(ctx.account).getAccessToken();
      seen.push(`${ctx.account} ${m.ToUserName} ${m.AgentID} ${m.Content} ${typeof token}`);
      return reply.text(`hello ${m.FromUserName}`);
    });
    const server = createServer(bot.node);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/suite/data`;
      const result = await emulator.push(
        url,
        { type: 'text', Content: 'from a corp user' },
        { account: account.suiteId, corp: corp.corpId },
      );
      expect(seen).toEqual([`${corp.corpId} ${corp.corpId} ${corp.agentId} from a corp user string`]);
      expect(result.encrypted).toBe(true);
      expect(result.reply).toMatchObject({ MsgType: 'text', ToUserName: result.message.FromUserName });

      // The suite's instruction callback refuses it: sealed for the corp, not the SuiteID.
      const instruction = createServer(suite.webhook().node);
      await new Promise<void>((r) => instruction.listen(0, '127.0.0.1', () => r()));
      try {
        const other = `http://127.0.0.1:${(instruction.address() as AddressInfo).port}/suite`;
        await expect(
          emulator.push(
            other,
            { type: 'text', Content: 'x' },
            { account: account.suiteId, corp: corp.corpId },
          ),
        ).rejects.toThrow(PushError);
      } finally {
        instruction.closeAllConnections();
        instruction.close();
      }
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('refuses `corp` for an account that is not a suite, or a corp that did not install it', async () => {
    const suite = accountOf(emulator, 'work-suite');
    await expect(
      emulator.push(
        'http://127.0.0.1:9/x',
        { type: 'text' },
        { account: accountOf(emulator, 'oa').appId, corp: 'ww1' },
      ),
    ).rejects.toThrow(/not a suite/);
    await expect(
      emulator.push('http://127.0.0.1:9/x', { type: 'text' }, { account: suite.suiteId, corp: 'wwnobody' }),
    ).rejects.toThrow(/has not installed/);
  });
});

describe('api_start_push_ticket', () => {
  it('makes the emulator push a fresh ticket to the component’s ticketUrl', async () => {
    const tickets: string[] = [];
    const probe = await createEmulator();
    const base = accountOf(probe, 'open');
    await probe.close();
    const bot = createWebhook({
      product: 'open',
      token: base.token,
      encodingAESKey: base.encodingAESKey,
      receiveId: base.componentAppId,
    }).onEvent('component_verify_ticket', (m) => {
      tickets.push(m.ComponentVerifyTicket);
    });
    const server = createServer(bot.node);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const ticketUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ticket`;
    const withUrl = await createEmulator({
      accounts: [
        {
          product: 'open',
          componentAppId: base.componentAppId,
          componentAppSecret: base.componentAppSecret,
          ticketUrl,
        },
      ],
    });
    try {
      const open = createOpenPlatform({ ...base, hosts: withUrl.hosts });
      await open.api.component.startPushTicket({
        component_appid: base.componentAppId,
        component_secret: base.componentAppSecret,
      });
      for (let i = 0; i < 50 && tickets.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(tickets).toEqual([withUrl.ticket(base.componentAppId)]);
    } finally {
      await withUrl.close();
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('every described push, from its official sample', () => {
  // The samples the emulator ships (generated/messages/samples.json), as loadSamples() reads them.
  const ir = loadSpec('spec');
  let samples: Record<string, MessageSample> = {};
  beforeAll(async () => {
    samples = await loadSamples();
  });
  it('ships a sample for every inbound descriptor that has one in spec/', () => {
    const withSample = ir.messages.filter((m) => m.kind !== 'reply' && (m.sample || m.sampleJson));
    expect(Object.keys(samples).sort()).toEqual(withSample.map((m) => m.name).sort());
  });
  for (const m of ir.messages.filter((x) => x.kind !== 'reply')) {
    const product = m.products[0] as Product;
    it(`${product}: ${m.name} reaches its handler typed`, async () => {
      const account = accountOf(emulator, product);
      const { bot, seen } = botFor(product);
      const format = m.sample ? 'xml' : 'json';
      const { fields } = await composeMessage({ type: m.name }, { account, format, samples });
      await sendPush(URL_, fields, pushTargetOf(account), { mode: 'safe', format, fetch: viaFetch(bot) });
      expect(seen).toHaveLength(1);
      for (const [tag, value] of Object.entries(m.match)) expect(seen[0]?.[tag]).toBe(value);
    });
  }
});
