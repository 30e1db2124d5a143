// Routing, middleware, replies and the three modes (plain, compatible, safe), XML and JSON, for
// each product — including WeChat's and WeCom's own published encrypted pushes.
import { describe, expect, it, vi } from 'vitest';
import { MessageCrypto } from '../../src/crypto/index.js';
import { reply } from '../../src/messages/index.js';
import { createWebhook, type WebhookContext, type WebhookResponse } from '../../src/webhook/index.js';
import vectors from '../fixtures/crypto/official-vectors.json' with { type: 'json' };
import {
  APPID,
  eventXml,
  KEY,
  now,
  OLD_KEY,
  ORIGINAL_ID,
  openReply,
  type Push,
  plainPush,
  safePush,
  TOKEN,
  tag,
  textXml,
  USER,
} from './helpers.js';

const send = (bot: { handle: (r: any) => Promise<WebhookResponse> }, p: Push, method = 'POST') =>
  bot.handle({ method, url: p.url, body: p.body });

const oa = (extra: Partial<Parameters<typeof createWebhook<'oa'>>[0]> = {}) =>
  createWebhook({ product: 'oa', token: TOKEN, encodingAESKey: KEY, receiveId: APPID, ...extra });

describe('routing', () => {
  it('routes by MsgType and by Event, event names case-insensitively', async () => {
    const seen: string[] = [];
    const bot = oa()
      .on('text', (m) => void seen.push(`text:${m.Content}`))
      .onEvent('subscribe', (e) => void seen.push(`subscribe:${e.EventKey ?? ''}`))
      .onEvent('click' as 'CLICK', (e) => void seen.push(`click:${e.EventKey}`));
    await send(bot, safePush(textXml('hi')));
    await send(bot, safePush(eventXml('subscribe', '<EventKey><![CDATA[qrscene_7]]></EventKey>')));
    await send(bot, safePush(eventXml('CLICK', '<EventKey><![CDATA[MENU_1]]></EventKey>')));
    expect(seen).toEqual(['text:hi', 'subscribe:qrscene_7', 'click:MENU_1']);
  });

  it('sends what no handler takes to the fallback, then to `on("event")` for events', async () => {
    const seen: string[] = [];
    const bot = oa()
      .on('event', (e) => void seen.push(`event:${e.Event}`))
      .fallback((m) => void seen.push(`fallback:${String(m.MsgType)}`));
    await send(bot, safePush(eventXml('VIEW', '<EventKey><![CDATA[https://x]]></EventKey>')));
    await send(bot, safePush(textXml('hi').replace('<![CDATA[text]]>', '<![CDATA[hologram]]>')));
    expect(seen).toEqual(['event:VIEW', 'fallback:hologram']);
  });

  it('routes WeCom change_contact by ChangeType first, then as a whole', async () => {
    const seen: string[] = [];
    const bot = createWebhook({ product: 'work', token: TOKEN, encodingAESKey: KEY, receiveId: APPID })
      .onEvent('change_contact.create_user', (e) => void seen.push(`create:${e.UserID}`))
      .onEvent('change_contact', (e) => void seen.push(`any:${e.ChangeType}`));
    const contact = (type: string, extra: string) =>
      `<xml><ToUserName><![CDATA[${APPID}]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>` +
      `<CreateTime>${now()}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_contact]]></Event>` +
      `<ChangeType>${type}</ChangeType>${extra}</xml>`;
    expect(
      (await send(bot, safePush(contact('create_user', '<UserID><![CDATA[zhangsan]]></UserID>')))).body,
    ).toBe('success');
    await send(bot, safePush(contact('delete_user', '<UserID><![CDATA[lisi]]></UserID>')));
    await send(bot, safePush(contact('delete_party', '<Id>2</Id>')));
    expect(seen).toEqual(['create:zhangsan', 'any:delete_user', 'any:delete_party']);
  });

  it('routes open platform and suite notifications by InfoType and answers "success"', async () => {
    const tickets: string[] = [];
    const open = createWebhook({
      product: 'open',
      token: TOKEN,
      encodingAESKey: KEY,
      receiveId: APPID,
    }).onEvent('component_verify_ticket', (n) => void tickets.push(n.ComponentVerifyTicket));
    const ticket =
      `<xml><AppId><![CDATA[${APPID}]]></AppId><CreateTime>${now()}</CreateTime>` +
      `<InfoType><![CDATA[component_verify_ticket]]></InfoType><ComponentVerifyTicket><![CDATA[ticket@@@1]]></ComponentVerifyTicket></xml>`;
    const res = await send(open, safePush(ticket));
    expect([res.status, res.body]).toEqual([200, 'success']);
    expect(tickets).toEqual(['ticket@@@1']);

    const suite = createWebhook({
      product: 'work-suite',
      token: TOKEN,
      encodingAESKey: KEY,
      receiveId: APPID,
    }).onEvent('suite_ticket', (n) => void tickets.push(n.SuiteTicket));
    const suiteTicket = `<xml><SuiteId><![CDATA[${APPID}]]></SuiteId><InfoType><![CDATA[suite_ticket]]></InfoType><TimeStamp>${now()}</TimeStamp><SuiteTicket><![CDATA[st-2]]></SuiteTicket></xml>`;
    expect((await send(suite, safePush(suiteTicket))).body).toBe('success');
    expect(tickets).toEqual(['ticket@@@1', 'st-2']);
  });

  it('answers "success" and reports it when a notification handler returns a reply', async () => {
    const onError = vi.fn();
    const open = createWebhook({
      product: 'open',
      token: TOKEN,
      encodingAESKey: KEY,
      receiveId: APPID,
      onError,
    }).onEvent('component_verify_ticket', () => 'thanks');
    const ticket = `<xml><AppId><![CDATA[${APPID}]]></AppId><CreateTime>${now()}</CreateTime><InfoType><![CDATA[component_verify_ticket]]></InfoType><ComponentVerifyTicket><![CDATA[t]]></ComponentVerifyTicket></xml>`;
    expect((await send(open, safePush(ticket))).body).toBe('success');
    expect(onError).toHaveBeenCalledOnce();
    // The push is named by its kind only: the ticket itself never reaches the logging hook.
    expect(onError.mock.calls[0]?.[1]).toEqual({
      stage: 'reply',
      product: 'open',
      status: 200,
      account: APPID,
      push: { InfoType: 'component_verify_ticket' },
    });
  });
});

describe('middleware', () => {
  it('runs in order around the handler and sees its result', async () => {
    const order: string[] = [];
    const bot = oa()
      .use(async (ctx, next) => {
        order.push('a>');
        ctx.state.user = 'alice';
        const r = await next();
        order.push('<a');
        return r;
      })
      .use(async (_ctx, next) => {
        order.push('b>');
        const r = await next();
        order.push('<b');
        return typeof r === 'string' ? r.toUpperCase() : r;
      })
      .on('text', (m, ctx) => {
        order.push('handler');
        return `${ctx.state.user} said ${m.Content}`;
      });
    const xml = openReply((await send(bot, safePush(textXml('hi')))).body);
    expect(order).toEqual(['a>', 'b>', 'handler', '<b', '<a']);
    expect(tag(xml, 'Content')).toBe('ALICE SAID HI');
  });

  it('can answer without calling next (the handler does not run)', async () => {
    const handler = vi.fn();
    const bot = oa()
      .use((ctx) => (ctx.message.MsgType === 'text' ? reply.text('maintenance') : undefined))
      .on('text', handler);
    expect(tag(openReply((await send(bot, safePush(textXml('hi')))).body), 'Content')).toBe('maintenance');
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a second next() so a handler can never run twice', async () => {
    const handler = vi.fn(() => 'x');
    const onError = vi.fn();
    const bot = oa({ onError })
      .use(async (_ctx, next) => {
        await next();
        return next();
      })
      .on('text', handler);
    expect((await send(bot, safePush(textXml('hi')))).body).toBe('success');
    expect(handler).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ stage: 'handler' });
  });
  it('lets middleware report a failure it survives through onError, with the push kind and no content', async () => {
    const onError = vi.fn();
    const failure = new Error('the audit log is down');
    const bot = oa({ onError })
      .use((ctx, next) => {
        ctx.report(failure, 'store');
        return next();
      })
      .on('text', (m) => `got ${m.Content}`);
    const xml = openReply((await send(bot, safePush(textXml('secret words', { id: '77' })))).body);
    expect(tag(xml, 'Content')).toBe('got secret words');
    expect(onError).toHaveBeenCalledOnce();
    const [error, info] = onError.mock.calls[0]!;
    expect(error).toBe(failure);
    expect(info).toEqual({
      stage: 'store',
      product: 'oa',
      status: 200,
      account: APPID,
      push: { MsgType: 'text', MsgId: '77' },
    });
    expect(JSON.stringify(info)).not.toContain('secret words');
  });
});

describe('replies and context', () => {
  it('gives the handler the account, mode, format, raw body and request', async () => {
    let seen: WebhookContext<'oa'> | undefined;
    const bot = oa().on('text', (_m, ctx) => {
      seen = ctx;
    });
    const push = safePush(textXml('hi', { id: '42' }));
    const request = new Request(`http://127.0.0.1${push.url}`, { method: 'POST', body: push.body });
    await bot.fetch(request);
    expect(seen).toMatchObject({ product: 'oa', account: APPID, mode: 'safe', format: 'xml', request });
    expect(seen?.raw).toContain('<MsgId>42</MsgId>');
    expect(seen?.message).toMatchObject({ MsgType: 'text', Content: 'hi', MsgId: '42', FromUserName: USER });
  });

  it('seals a reply for the receiveId its push carried (several ids, or any corp with "")', async () => {
    const opened = (body: string, receiveId: string) =>
      new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, receiveId }).decrypt(
        /<Encrypt><!\[CDATA\[(.*?)\]\]>/.exec(body)![1]!,
      );
    const listed = createWebhook({
      product: 'work',
      token: TOKEN,
      encodingAESKey: KEY,
      receiveId: ['wwA', 'wwB'],
    });
    const any = createWebhook({ product: 'work', token: TOKEN, encodingAESKey: KEY, receiveId: '' });
    for (const bot of [listed, any]) bot.on('text', (m) => `re: ${m.Content}`);
    for (const [bot, id] of [
      [listed, 'wwA'],
      [listed, 'wwB'],
      [any, 'wwCustomer'],
    ] as const) {
      const xml = textXml(`to ${id}`, { to: id }).replace('</xml>', '<AgentID>1000002</AgentID></xml>');
      const res = await send(bot, safePush(xml, { receiveId: id }));
      const reply = opened(res.body, id);
      expect(reply.receiveId).toBe(id);
      expect(tag(reply.message, 'Content')).toBe(`re: to ${id}`);
    }
  });

  it('answers plain pushes in plaintext, with a string as a text reply', async () => {
    const bot = createWebhook({ product: 'oa', token: TOKEN }).on('text', (m) => `echo ${m.Content}`);
    const res = await send(bot, plainPush(textXml('hi')));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/xml/);
    expect(tag(res.body, 'Content')).toBe('echo hi');
    expect(tag(res.body, 'ToUserName')).toBe(USER);
    expect(tag(res.body, 'FromUserName')).toBe(ORIGINAL_ID);
  });

  it('renders reply builders (news) and reports a handler that returns something else', async () => {
    const onError = vi.fn();
    const bot = oa({ onError })
      .on('text', () => reply.news([{ title: 't', description: 'd', picUrl: 'https://p', url: 'https://u' }]))
      .on('image', () => 42 as unknown as string);
    const xml = openReply((await send(bot, safePush(textXml('hi')))).body);
    expect(tag(xml, 'MsgType')).toBe('news');
    expect(tag(xml, 'ArticleCount')).toBe('1');
    const image = textXml('x')
      .replace('<![CDATA[text]]>', '<![CDATA[image]]>')
      .replace(
        /<Content>.*<\/Content>/,
        '<PicUrl><![CDATA[https://p]]></PicUrl><MediaId><![CDATA[m]]></MediaId>',
      );
    expect((await send(bot, safePush(image))).body).toBe('success');
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ stage: 'handler' });
  });

  it('compatible mode: trusts the encrypted copy over the plaintext one and answers encrypted', async () => {
    let content: string | undefined;
    let mode: string | undefined;
    const bot = oa().on('text', (m, ctx) => {
      content = m.Content;
      mode = ctx.mode;
      return 'ok';
    });
    const forged =
      '<FromUserName><![CDATA[mallory]]></FromUserName><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[forged]]></Content>';
    const res = await send(bot, safePush(textXml('genuine'), { outer: forged }));
    expect([content, mode]).toEqual(['genuine', 'compat']);
    expect(tag(openReply(res.body), 'ToUserName')).toBe(USER);
  });

  it('JSON pushes: plaintext gets a JSON reply, safe mode a JSON envelope', async () => {
    const bot = createWebhook({
      product: 'miniprogram',
      token: TOKEN,
      encodingAESKey: KEY,
      allowPlaintext: true,
      receiveId: APPID,
    }).on('text', () => reply.transferCustomerService());
    const json = JSON.stringify({
      ToUserName: ORIGINAL_ID,
      FromUserName: USER,
      CreateTime: now(),
      MsgType: 'text',
      Content: 'hi',
      MsgId: 1,
    });
    const plain = await send(bot, plainPush(json));
    expect(plain.headers['content-type']).toMatch(/json/);
    expect(JSON.parse(plain.body)).toMatchObject({
      ToUserName: USER,
      FromUserName: ORIGINAL_ID,
      MsgType: 'transfer_customer_service',
    });

    const safe = await send(bot, safePush(json.replace('"MsgId":1', '"MsgId":2'), { json: true }));
    const envelope = JSON.parse(safe.body) as Record<string, string>;
    const crypto = new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, receiveId: APPID });
    const inner = crypto.decryptPush({
      msg_signature: envelope.MsgSignature!,
      timestamp: envelope.TimeStamp!,
      nonce: envelope.Nonce!,
      encrypt: envelope.Encrypt!,
    }).message;
    expect(JSON.parse(inner)).toMatchObject({ ToUserName: USER, MsgType: 'transfer_customer_service' });
  });
});

describe('key rotation and receiveId', () => {
  it('decrypts pushes under the previous key and replies under the current one', async () => {
    const bot = oa({ previousEncodingAESKey: OLD_KEY }).on('text', (m) => m.Content);
    const res = await send(bot, safePush(textXml('old key'), { key: OLD_KEY }));
    expect(tag(openReply(res.body, { key: KEY }), 'Content')).toBe('old key');
    expect((await send(oa(), safePush(textXml('old key'), { key: OLD_KEY }))).status).toBe(401);
  });

  it('accepts any of several receiveIds and reports which one as ctx.account', async () => {
    const accounts: string[] = [];
    const bot = oa({ receiveId: [APPID, 'wx_second_app'] }).on(
      'text',
      (_m, ctx) => void accounts.push(ctx.account),
    );
    await send(bot, safePush(textXml('a')));
    await send(bot, safePush(textXml('b'), { receiveId: 'wx_second_app' }));
    expect(accounts).toEqual([APPID, 'wx_second_app']);
  });

  it('refuses plaintext pushes where the product only sends encrypted ones', async () => {
    const bot = createWebhook({ product: 'work', token: TOKEN, encodingAESKey: KEY });
    expect((await send(bot, plainPush(textXml('x')))).status).toBe(401);
    expect(() => createWebhook({ product: 'work', token: TOKEN })).toThrow(/encodingAESKey is required/);
    expect(() => createWebhook({ product: 'oa', token: '' })).toThrow(/token is required/);
  });
});

describe('official samples', () => {
  const official = { timestampWindowSeconds: Number.POSITIVE_INFINITY };
  const q = (p: Record<string, string>) => `/cb?${new URLSearchParams(p)}`;

  it('WeCom URL verification (msg_signature over an encrypted echostr)', async () => {
    const v = vectors.wecomXmlCallback;
    const bot = createWebhook({
      product: 'work',
      token: v.token,
      encodingAESKey: v.encodingAESKey,
      receiveId: v.corpId,
      ...official,
    });
    const { msg_signature, timestamp, nonce, echostr } = v.urlVerification;
    const res = await send(bot, { url: q({ msg_signature, timestamp, nonce, echostr }), body: '' }, 'GET');
    expect([res.status, res.body]).toEqual([200, v.urlVerification.echoDerived]);
    // Outside the timestamp window the same request is refused.
    const strict = createWebhook({ product: 'work', token: v.token, encodingAESKey: v.encodingAESKey });
    expect(
      (await send(strict, { url: q({ msg_signature, timestamp, nonce, echostr }), body: '' }, 'GET')).status,
    ).toBe(401);
  });

  it('WeCom XML and JSON pushes decrypt to typed text messages', async () => {
    for (const v of [vectors.wecomXmlCallback, vectors.wecomJsonCallback]) {
      const seen: unknown[] = [];
      const bot = createWebhook({
        product: 'work',
        token: v.token,
        encodingAESKey: v.encodingAESKey,
        receiveId: v.corpId,
        ...official,
      }).on('text', (m, ctx) => void seen.push([m.Content, m.AgentID, m.MsgId, ctx.format]));
      const { msg_signature, timestamp, nonce, encrypt } = v.push;
      const json = v === vectors.wecomJsonCallback;
      const body = json
        ? JSON.stringify({ ToUserName: v.corpId, AgentID: 218, Encrypt: encrypt })
        : `<xml><ToUserName><![CDATA[${v.corpId}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>`;
      const res = await send(bot, { url: q({ msg_signature, timestamp, nonce }), body });
      expect([res.status, res.body]).toEqual([200, 'success']);
      expect(seen).toEqual([['hello', 218, '4561255354251345929', json ? 'json' : 'xml']]);
    }
  });

  it('the Mini Program JSON safe-mode push reaches the fallback with its fields', async () => {
    const v = vectors.miniProgramMessagePush;
    const seen: unknown[] = [];
    const bot = createWebhook({
      product: 'miniprogram',
      token: v.token,
      encodingAESKey: v.encodingAESKey,
      receiveId: v.appId,
      ...official,
    }).fallback((m, ctx) => {
      const fields = m as Record<string, unknown>;
      seen.push([fields.Event, fields.debug_str, ctx.mode]);
    });
    const { signature, msg_signature, timestamp, nonce, encrypt } = v.securePush;
    const res = await send(bot, {
      url: q({ signature, timestamp, nonce, encrypt_type: 'aes', msg_signature }),
      body: JSON.stringify({ ToUserName: 'gh_97417a04a28d', Encrypt: encrypt }),
    });
    expect(res.body).toBe('success');
    expect(seen).toEqual([['debug_demo', 'hello world', 'safe']]);
  });

  it('the Mini Program URL verification (plain signature)', async () => {
    const v = vectors.miniProgramMessagePush;
    const bot = createWebhook({ product: 'miniprogram', token: v.token, ...official });
    const res = await send(bot, { url: q(v.urlVerification), body: '' }, 'GET');
    expect([res.status, res.body]).toEqual([200, v.urlVerification.echostr]);
  });
});
