// client.webhook(): the client's callback settings reach the bot, and an encrypted push gets an
// encrypted reply (oa, work); the suite and the Open Platform keep their pushed tickets by themselves,
// before the user's handlers run, and a ticket that cannot be stored is reported, never a failed push.
import { describe, expect, it, vi } from 'vitest';
import { createOpenPlatform, type OpenPlatformOptions } from '../../src/clients/open-platform.js';
import { createWork } from '../../src/clients/work.js';
import { createWorkSuite, type WorkSuiteOptions } from '../../src/clients/work-suite.js';
import { MessageCrypto } from '../../src/crypto/index.js';
import { CredentialError } from '../../src/errors.js';
import { createOfficialAccount } from '../../src/index.js';
import { reply } from '../../src/messages/index.js';
import { MemoryStore, type Store } from '../../src/tokens/store.js';
import type { WebhookErrorContext } from '../../src/webhook/index.js';
import { type FakeWechat, fakeWechat } from './fake-wechat.js';
import { eachStore } from './stores.js';

const settings = {
  appId: 'wxwired000000001',
  appSecret: 's',
  token: 'TOKEN',
  encodingAESKey: 'a'.repeat(43),
};

describe('oa.webhook()', () => {
  it('answers a safe-mode text push with an encrypted, typed reply', async () => {
    const oa = createOfficialAccount(settings);
    const bot = oa.webhook().on('text', (msg) => reply.text(`echo ${msg.Content}`));
    const crypto = new MessageCrypto({
      token: settings.token,
      encodingAESKey: settings.encodingAESKey,
      receiveId: settings.appId,
    });
    const inner = `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[user]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content><MsgId>1234567890123456</MsgId></xml>`;
    const sealed = crypto.encrypt(inner);
    const qs = new URLSearchParams({
      timestamp: sealed.timestamp,
      nonce: sealed.nonce,
      msg_signature: sealed.msgSignature,
      encrypt_type: 'aes',
    });
    const res = await bot.fetch(
      new Request(`http://localhost/wechat?${qs}`, {
        method: 'POST',
        body: `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Encrypt><![CDATA[${sealed.encrypt}]]></Encrypt></xml>`,
      }),
    );
    expect(res.status).toBe(200);
    const body = await res.text();
    const encrypted = /<Encrypt><!\[CDATA\[(.*?)\]\]><\/Encrypt>/.exec(body)![1]!;
    expect(crypto.decrypt(encrypted).message).toContain('<Content><![CDATA[echo hi]]></Content>');
  });

  it('refuses to build a bot without the callback token', () => {
    const oa = createOfficialAccount({ appId: 'wx1', appSecret: 's' });
    expect(() => oa.webhook()).toThrow(/token/);
  });
});

// --- helpers: pushes sealed the way WeChat / WeCom seal them ---------------------------------------

const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const CALLBACK_TOKEN = 'callback-token-0123456789';
const now = () => Math.floor(Date.now() / 1000);

/** POSTs `inner`, sealed for `receiveId`, through `bot.fetch`; returns the answer and the crypto used. */
async function push(
  bot: { fetch: (request: Request) => Promise<Response> },
  inner: string,
  receiveId: string,
  outer = '',
) {
  const crypto = new MessageCrypto({ token: CALLBACK_TOKEN, encodingAESKey: AES_KEY, receiveId });
  const sealed = crypto.encrypt(inner);
  const qs = new URLSearchParams({
    msg_signature: sealed.msgSignature,
    timestamp: sealed.timestamp,
    nonce: sealed.nonce,
  });
  const res = await bot.fetch(
    new Request(`http://localhost/callback?${qs}`, {
      method: 'POST',
      body: `<xml>${outer}<Encrypt><![CDATA[${sealed.encrypt}]]></Encrypt></xml>`,
    }),
  );
  return { status: res.status, body: await res.text(), crypto };
}

/** A WeCom URL verification (GET with an encrypted echostr) sealed for `receiveId`. */
async function verifyUrl(bot: { fetch: (request: Request) => Promise<Response> }, receiveId: string) {
  const crypto = new MessageCrypto({ token: CALLBACK_TOKEN, encodingAESKey: AES_KEY, receiveId });
  const sealed = crypto.encrypt('echo-1234');
  const qs = new URLSearchParams({
    msg_signature: sealed.msgSignature,
    timestamp: sealed.timestamp,
    nonce: sealed.nonce,
    echostr: sealed.encrypt,
  });
  const res = await bot.fetch(new Request(`http://localhost/callback?${qs}`));
  return { status: res.status, body: await res.text() };
}

const suiteTicketXml = (ticket: string, suiteId = 'wwsuite') =>
  `<xml><SuiteId><![CDATA[${suiteId}]]></SuiteId><InfoType><![CDATA[suite_ticket]]></InfoType><TimeStamp>${now()}</TimeStamp><SuiteTicket><![CDATA[${ticket}]]></SuiteTicket></xml>`;

const verifyTicketXml = (ticket: string, appId = 'wxcomponent') =>
  `<xml><AppId><![CDATA[${appId}]]></AppId><CreateTime>${now()}</CreateTime><InfoType><![CDATA[component_verify_ticket]]></InfoType><ComponentVerifyTicket><![CDATA[${ticket}]]></ComponentVerifyTicket></xml>`;

/** A store whose writes to keys matching `failing` throw, as a Redis outage would. */
class FailingStore extends MemoryStore {
  constructor(readonly failing: RegExp) {
    super();
  }
  override async set(key: string, value: string, ttlMs: number) {
    if (this.failing.test(key)) throw new Error('store is down');
    return super.set(key, value, ttlMs);
  }
}

function suiteClient(wechat: FakeWechat, store: Store, extra: Partial<WorkSuiteOptions> = {}) {
  return createWorkSuite({
    suiteId: 'wwsuite',
    suiteSecret: 'suite-secret',
    token: CALLBACK_TOKEN,
    encodingAESKey: AES_KEY,
    fetch: wechat.fetch,
    store,
    ...extra,
  });
}

function openClient(wechat: FakeWechat, store: Store, extra: Partial<OpenPlatformOptions> = {}) {
  return createOpenPlatform({
    componentAppId: 'wxcomponent',
    componentAppSecret: 'component-secret',
    token: CALLBACK_TOKEN,
    encodingAESKey: AES_KEY,
    fetch: wechat.fetch,
    store,
    ...extra,
  });
}

/** The error a call throws (or undefined), for checking its class and message. */
function thrown(fn: () => unknown): Error | undefined {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  return undefined;
}

// --- WeCom internal app ------------------------------------------------------------------------------

describe('work.webhook()', () => {
  const settings = { corpId: 'wwcorp0001', agentId: 1000002, secret: 'corp-secret' };

  it('answers an encrypted text push with an encrypted, typed reply; URL verification echoes', async () => {
    const work = createWork({ ...settings, token: CALLBACK_TOKEN, encodingAESKey: AES_KEY });
    const bot = work.webhook().on('text', (msg, ctx) => {
      expect(ctx.account).toBe('wwcorp0001');
      return reply.text(`echo ${msg.Content} from agent ${msg.AgentID}`);
    });
    expect(bot.product).toBe('work');
    const inner = `<xml><ToUserName><![CDATA[wwcorp0001]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName><CreateTime>${now()}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content><MsgId>1234567890123456</MsgId><AgentID>1000002</AgentID></xml>`;
    const res = await push(bot, inner, 'wwcorp0001', '<ToUserName><![CDATA[wwcorp0001]]></ToUserName>');
    expect(res.status).toBe(200);
    const encrypted = /<Encrypt><!\[CDATA\[(.*?)\]\]><\/Encrypt>/.exec(res.body)![1]!;
    const opened = res.crypto.decrypt(encrypted);
    expect(opened.receiveId).toBe('wwcorp0001');
    expect(opened.message).toContain('<Content><![CDATA[echo hi from agent 1000002]]></Content>');

    expect(await verifyUrl(bot, 'wwcorp0001')).toEqual({ status: 200, body: 'echo-1234' });
    // Sealed for another corp: refused, no handler runs.
    expect((await push(bot, inner, 'wwothercorp')).status).toBe(401);
  });

  it('uses the client store for duplicate suppression, and overrides win', async () => {
    const store = new MemoryStore();
    const onError = vi.fn();
    const work = createWork({ ...settings, token: CALLBACK_TOKEN, encodingAESKey: AES_KEY, store });
    let runs = 0;
    const bot = work.webhook({ onError, receiveId: ['wwcorp0001', 'wwcorp0002'] }).on('text', () => {
      runs++;
      return 'ok';
    });
    const inner = `<xml><ToUserName><![CDATA[wwcorp0002]]></ToUserName><FromUserName><![CDATA[lisi]]></FromUserName><CreateTime>${now()}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content><MsgId>99</MsgId><AgentID>1000002</AgentID></xml>`;
    expect((await push(bot, inner, 'wwcorp0002')).status).toBe(200);
    expect((await push(bot, inner, 'wwcorp0002')).status).toBe(200);
    expect(runs).toBe(1);
    const keys: string[] = [];
    const spy = new (class extends MemoryStore {
      override async setIfAbsent(key: string, value: string, ttlMs: number) {
        keys.push(key);
        return super.setIfAbsent(key, value, ttlMs);
      }
    })();
    const spied = createWork({ ...settings, token: CALLBACK_TOKEN, encodingAESKey: AES_KEY, store: spy });
    await push(
      spied.webhook().on('text', () => undefined),
      inner.replace('wwcorp0002', 'wwcorp0001'),
      'wwcorp0001',
    );
    expect(keys.some((k) => k.startsWith('webhook:work:wwcorp0001:'))).toBe(true);
    expect(onError).not.toHaveBeenCalled();
  });

  it('refuses to build a bot without the callback token or encodingAESKey, naming what is missing', () => {
    const noKey = thrown(() => createWork({ ...settings, token: CALLBACK_TOKEN }).webhook());
    expect(noKey).toBeInstanceOf(CredentialError);
    expect(noKey!.message).toMatch(/`encodingAESKey`/);
    expect(noKey!.message).not.toMatch(/`token`/);
    expect(noKey!.message).not.toContain(CALLBACK_TOKEN);

    const noToken = thrown(() => createWork({ ...settings, encodingAESKey: AES_KEY }).webhook());
    expect(noToken).toBeInstanceOf(CredentialError);
    expect(noToken!.message).toMatch(/`token`/);
    expect(noToken!.message).not.toContain(AES_KEY);
    expect(noToken!.message).not.toContain('corp-secret');

    expect(thrown(() => createWork(settings).webhook())!.message).toMatch(/`token` and `encodingAESKey`/);
  });

  it('a suite corp has no webhook of its own', async () => {
    const wechat = fakeWechat();
    const suite = suiteClient(wechat, new MemoryStore());
    expect(suite.corp('wwcustomer').webhook).toBeUndefined();
  });
});

// --- WeCom third-party suite ----------------------------------------------------------------------------

eachStore('suite.webhook()', (makeStore) => {
  it('keeps a pushed suite_ticket before the user handler runs, which still runs; answers success', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const suite = suiteClient(wechat, store);
    const seen: string[] = [];
    const bot = suite.webhook().onEvent('suite_ticket', async (msg, ctx) => {
      seen.push(msg.SuiteTicket, ctx.account);
      // The ticket is stored by now: the suite token can be had inside the handler.
      seen.push(await suite.getSuiteAccessToken());
    });
    const res = await push(
      bot,
      suiteTicketXml(wechat.suiteTicket),
      'wwsuite',
      '<ToUserName><![CDATA[wwsuite]]></ToUserName>',
    );
    expect(res).toMatchObject({ status: 200, body: 'success' });
    expect(seen.slice(0, 2)).toEqual([wechat.suiteTicket, 'wwsuite']);
    expect(seen[2]).toMatch(/^suite_wwsuite_/);
    expect(wechat.params['/cgi-bin/service/get_suite_token']![0]).toMatchObject({
      suite_ticket: 'suite-ticket-1',
    });

    // Another process sharing the store fetches no ticket of its own.
    expect(await suiteClient(wechat, store).getSuiteAccessToken()).toBe(seen[2]);
  });

  it('keeps the ticket with no user handler, and other pushes route as usual', async () => {
    const wechat = fakeWechat();
    const suite = suiteClient(wechat, makeStore());
    const authCodes: string[] = [];
    const bot = suite.webhook().onEvent('create_auth', (msg) => {
      authCodes.push(msg.AuthCode);
    });
    expect((await push(bot, suiteTicketXml(wechat.suiteTicket), 'wwsuite')).body).toBe('success');
    expect(await suite.getSuiteAccessToken()).toMatch(/^suite_wwsuite_/);
    const createAuth = `<xml><SuiteId><![CDATA[wwsuite]]></SuiteId><AuthCode><![CDATA[install-code-for-wwcustomer]]></AuthCode><InfoType><![CDATA[create_auth]]></InfoType><TimeStamp>${now()}</TimeStamp></xml>`;
    expect((await push(bot, createAuth, 'wwsuite')).body).toBe('success');
    expect(authCodes).toEqual(['install-code-for-wwcustomer']);
  });
});

describe('suite.webhook()', () => {
  it('a new ticket push heals a suite token that failed on a bad ticket', async () => {
    const wechat = fakeWechat();
    const suite = suiteClient(wechat, new MemoryStore());
    const bot = suite.webhook();
    await push(bot, suiteTicketXml('stale-ticket'), 'wwsuite');
    await expect(suite.getSuiteAccessToken()).rejects.toMatchObject({ errcode: 40085 });
    await expect(suite.getSuiteAccessToken()).rejects.toBeInstanceOf(CredentialError); // backing off
    await push(bot, suiteTicketXml(wechat.suiteTicket), 'wwsuite');
    expect(await suite.getSuiteAccessToken()).toMatch(/^suite_wwsuite_/);
  });

  it('accepts pushes sealed for the SuiteID, or the provider CorpID when given; refuses others', async () => {
    const wechat = fakeWechat();
    const plain = suiteClient(wechat, new MemoryStore()).webhook();
    expect(await verifyUrl(plain, 'wwsuite')).toEqual({ status: 200, body: 'echo-1234' });
    expect((await verifyUrl(plain, 'wwprovider')).status).toBe(401);

    const withProvider = suiteClient(wechat, new MemoryStore(), {
      providerCorpId: 'wwprovider',
      providerSecret: 'provider-secret',
    }).webhook();
    expect(await verifyUrl(withProvider, 'wwsuite')).toEqual({ status: 200, body: 'echo-1234' });
    expect(await verifyUrl(withProvider, 'wwprovider')).toEqual({ status: 200, body: 'echo-1234' });
    expect((await verifyUrl(withProvider, 'wwsomeoneelse')).status).toBe(401);
    expect((await push(withProvider, suiteTicketXml('t'), 'wwsomeoneelse')).status).toBe(401);
  });

  it('a ticket that cannot be stored goes to onError (stage store); the user handler runs; success', async () => {
    const wechat = fakeWechat();
    const suite = suiteClient(wechat, new FailingStore(/suite_ticket$/));
    const errors: Array<[unknown, WebhookErrorContext]> = [];
    const handled = vi.fn();
    const bot = suite
      .webhook({ onError: (err, ctx) => errors.push([err, ctx]) })
      .onEvent('suite_ticket', handled);
    const res = await push(bot, suiteTicketXml('ticket-that-is-secret'), 'wwsuite');
    expect(res).toMatchObject({ status: 200, body: 'success' });
    expect(handled).toHaveBeenCalledOnce();
    expect(errors).toHaveLength(1);
    const [err, ctx] = errors[0]!;
    expect(err).toBeInstanceOf(CredentialError);
    expect(String(err)).toMatch(/store failed/);
    expect(String(err)).not.toContain('ticket-that-is-secret');
    expect(ctx).toEqual({
      stage: 'store',
      product: 'work-suite',
      status: 200,
      account: 'wwsuite',
      push: { InfoType: 'suite_ticket' },
    });
  });

  it('without onError a storing failure goes to console.error, and a throwing onError is contained', async () => {
    const wechat = fakeWechat();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const suite = suiteClient(wechat, new FailingStore(/suite_ticket$/));
      expect((await push(suite.webhook(), suiteTicketXml('t1'), 'wwsuite')).body).toBe('success');
      expect(consoleError).toHaveBeenCalledWith(
        'wxkit webhook (work-suite, store):',
        expect.any(CredentialError),
      );
      const throwing = suite.webhook({
        onError: () => {
          throw new Error('logger broke');
        },
      });
      expect(await push(throwing, suiteTicketXml('t2'), 'wwsuite')).toMatchObject({
        status: 200,
        body: 'success',
      });
    } finally {
      consoleError.mockRestore();
    }
  });

  it("keeps only its own suite's ticket when one URL serves several suites", async () => {
    const wechat = fakeWechat();
    const suite = suiteClient(wechat, new MemoryStore());
    const onError = vi.fn();
    const handled = vi.fn();
    const bot = suite.webhook({ receiveId: '', onError }).onEvent('suite_ticket', handled);
    expect((await push(bot, suiteTicketXml(wechat.suiteTicket, 'wwothersuite'), 'wwothersuite')).body).toBe(
      'success',
    );
    expect(handled).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(
      expect.any(CredentialError),
      expect.objectContaining({ stage: 'store' }),
    );
    await expect(suite.getSuiteAccessToken()).rejects.toThrow(/no suite_ticket stored yet/);
  });

  it('refuses to build a bot without the callback token or encodingAESKey', () => {
    const wechat = fakeWechat();
    const err = thrown(() => suiteClient(wechat, new MemoryStore(), { token: '' }).webhook());
    expect(err).toBeInstanceOf(CredentialError);
    expect(err!.message).toMatch(/webhook\(\) needs the callback `token`/);
    expect(err!.message).not.toContain(AES_KEY);
    const noKey = thrown(() =>
      suiteClient(wechat, new MemoryStore(), { encodingAESKey: undefined as unknown as string }).webhook(),
    );
    expect(noKey!.message).toMatch(/`encodingAESKey`/);
    expect(noKey!.message).not.toContain(CALLBACK_TOKEN);
    expect(noKey!.message).not.toContain('suite-secret');
  });
});

// --- Open Platform ------------------------------------------------------------------------------------

eachStore('open.webhook()', (makeStore) => {
  it('keeps a pushed component_verify_ticket before the user handler runs, which still runs', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const open = openClient(wechat, store);
    const seen: string[] = [];
    const bot = open.webhook().onEvent('component_verify_ticket', async (msg, ctx) => {
      seen.push(msg.ComponentVerifyTicket, ctx.account, await open.getComponentAccessToken());
    });
    const res = await push(
      bot,
      verifyTicketXml(wechat.verifyTicket),
      'wxcomponent',
      '<AppId><![CDATA[wxcomponent]]></AppId>',
    );
    expect(res).toMatchObject({ status: 200, body: 'success' });
    expect(seen.slice(0, 2)).toEqual([wechat.verifyTicket, 'wxcomponent']);
    expect(seen[2]).toMatch(/^component_wxcomponent_/);
    expect(wechat.params['/cgi-bin/component/api_component_token']![0]).toMatchObject({
      component_verify_ticket: 'verify-ticket-1',
    });
    expect(await openClient(wechat, store).getComponentAccessToken()).toBe(seen[2]);
  });
});

describe('open.webhook()', () => {
  it('an encrypted push round trip: authorized routes to its handler; sealed for another appid: 401', async () => {
    const wechat = fakeWechat();
    const open = openClient(wechat, new MemoryStore());
    const codes: string[] = [];
    const bot = open.webhook().onEvent('authorized', (msg) => {
      codes.push(msg.AuthorizationCode);
    });
    expect(bot.product).toBe('open');
    const authorized = `<xml><AppId><![CDATA[wxcomponent]]></AppId><CreateTime>${now()}</CreateTime><InfoType><![CDATA[authorized]]></InfoType><AuthorizerAppid><![CDATA[wxshop]]></AuthorizerAppid><AuthorizationCode><![CDATA[auth-code-for-wxshop]]></AuthorizationCode><AuthorizationCodeExpiredTime>${now() + 600}</AuthorizationCodeExpiredTime><PreAuthCode><![CDATA[preauthcode@@@1]]></PreAuthCode></xml>`;
    expect(await push(bot, authorized, 'wxcomponent')).toMatchObject({ status: 200, body: 'success' });
    expect(codes).toEqual(['auth-code-for-wxshop']);
    expect((await push(bot, verifyTicketXml(wechat.verifyTicket), 'wxsomeoneelse')).status).toBe(401);
    await expect(open.getComponentAccessToken()).rejects.toThrow(/no component_verify_ticket stored yet/);
  });

  it('keeps the ticket with no user handler; a storing failure goes to onError and answers success', async () => {
    const wechat = fakeWechat();
    const open = openClient(wechat, new MemoryStore());
    expect((await push(open.webhook(), verifyTicketXml(wechat.verifyTicket), 'wxcomponent')).body).toBe(
      'success',
    );
    expect(await open.getComponentAccessToken()).toMatch(/^component_wxcomponent_/);

    const failing = openClient(wechat, new FailingStore(/verify_ticket$/));
    const onError = vi.fn();
    const handled = vi.fn();
    const bot = failing.webhook({ onError }).onEvent('component_verify_ticket', handled);
    expect(await push(bot, verifyTicketXml('secret-ticket'), 'wxcomponent')).toMatchObject({
      status: 200,
      body: 'success',
    });
    expect(handled).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledOnce();
    const [err, ctx] = onError.mock.calls[0]!;
    expect(err).toBeInstanceOf(CredentialError);
    expect(String(err)).not.toContain('secret-ticket');
    expect(ctx).toMatchObject({ stage: 'store', product: 'open', account: 'wxcomponent' });
  });

  it('refuses to build a bot without the callback token or encodingAESKey', () => {
    const wechat = fakeWechat();
    const err = thrown(() =>
      openClient(wechat, new MemoryStore(), { encodingAESKey: '', token: '' }).webhook(),
    );
    expect(err).toBeInstanceOf(CredentialError);
    expect(err!.message).toMatch(/`token` and `encodingAESKey`/);
    const noKey = thrown(() => openClient(wechat, new MemoryStore(), { encodingAESKey: '' }).webhook());
    expect(noKey!.message).toMatch(/`encodingAESKey`/);
    expect(noKey!.message).not.toContain(CALLBACK_TOKEN);
    expect(noKey!.message).not.toContain('component-secret');
  });
});
