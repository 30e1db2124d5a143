// Many accounts on one URL: routing by query key, by the outer envelope, by a custom resolver;
// accounts added and removed while pushes are in flight.
import { describe, expect, it, vi } from 'vitest';
import { plainSignature } from '../../src/crypto/index.js';
import {
  type Bot,
  createWebhook,
  createWebhookGateway,
  type WebhookResponse,
} from '../../src/webhook/index.js';
import { KEY, now, OLD_KEY, openReply, type Push, safePush, TOKEN, tag, textXml } from './helpers.js';

const send = (target: { handle: (r: any) => Promise<WebhookResponse> }, p: Push, method = 'POST') =>
  target.handle({ method, url: p.url, body: p.body });

/** An account whose bot answers with its own name, after an optional delay. */
function account(appid: string, opts: { key?: string; delayMs?: number } = {}) {
  return createWebhook({ product: 'oa', token: TOKEN, encodingAESKey: opts.key ?? KEY, receiveId: appid }).on(
    'text',
    async (m) => {
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      return `${appid}:${m.Content}`;
    },
  );
}

/** A push for `appid`, addressed in the envelope to `to` (its original id). */
const pushFor = (
  appid: string,
  content: string,
  opts: { to?: string; query?: boolean; key?: string } = {},
) => {
  const p = safePush(textXml(content, { to: opts.to ?? `gh_${appid}` }), {
    receiveId: appid,
    key: opts.key ?? KEY,
  });
  const body = p.body.replace(
    /<ToUserName><!\[CDATA\[[^\]]*\]\]><\/ToUserName>/,
    `<ToUserName><![CDATA[${opts.to ?? `gh_${appid}`}]]></ToUserName>`,
  );
  return { url: opts.query ? `${p.url}&appid=${appid}` : p.url, body };
};

// The reply is encrypted for the answering account; '' skips the receiveId check.
const answerOf = (res: WebhookResponse, key = KEY) =>
  tag(openReply(res.body, { key, receiveId: '' }), 'Content');

describe('createWebhookGateway', () => {
  it('routes by ?appid= and by the envelope ToUserName', async () => {
    const gw = createWebhookGateway().add('wxA', account('wxA')).add('gh_wxB', account('wxB'));
    expect(answerOf(await send(gw, pushFor('wxA', 'one', { query: true })))).toBe('wxA:one');
    expect(answerOf(await send(gw, pushFor('wxB', 'two')))).toBe('wxB:two');
  });

  it('routes open platform notifications by the envelope AppId', async () => {
    const seen: string[] = [];
    const component = createWebhook({
      product: 'open',
      token: TOKEN,
      encodingAESKey: KEY,
      receiveId: 'wxComponent',
    }).onEvent('component_verify_ticket', (n) => void seen.push(n.ComponentVerifyTicket));
    const gw = createWebhookGateway().add('wxComponent', component);
    const xml = `<xml><AppId><![CDATA[wxComponent]]></AppId><CreateTime>${now()}</CreateTime><InfoType><![CDATA[component_verify_ticket]]></InfoType><ComponentVerifyTicket><![CDATA[T]]></ComponentVerifyTicket></xml>`;
    const p = safePush(xml, { receiveId: 'wxComponent' });
    const body = `<xml><AppId><![CDATA[wxComponent]]></AppId>${p.body.slice(p.body.indexOf('<Encrypt>'))}`;
    expect((await send(gw, { url: p.url, body })).body).toBe('success');
    expect(seen).toEqual(['T']);
  });

  it('uses a custom resolver (WeCom apps of one corp, told apart by AgentID)', async () => {
    const app = (agent: string) =>
      createWebhook({ product: 'work', token: TOKEN, encodingAESKey: KEY, receiveId: 'wwCorp' }).on(
        'text',
        () => `agent ${agent}`,
      );
    const gw = createWebhookGateway({
      resolve: ({ envelope }) => (envelope ? `${envelope.ToUserName}/${envelope.AgentID}` : undefined),
    })
      .add('wwCorp/1000002', app('2'))
      .add('wwCorp/1000003', app('3'));
    const xml = `<xml><ToUserName><![CDATA[wwCorp]]></ToUserName><FromUserName><![CDATA[u]]></FromUserName><CreateTime>${now()}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[x]]></Content><MsgId>1</MsgId><AgentID>1000003</AgentID></xml>`;
    const p = safePush(xml, { receiveId: 'wwCorp' });
    const body = p.body
      .replace('<Encrypt>', '<AgentID><![CDATA[1000003]]></AgentID><Encrypt>')
      .replace(/gh_[^\]]+/, 'wwCorp');
    expect(answerOf(await send(gw, { url: p.url, body }))).toBe('agent 3');
  });

  it('answers 404 for an unknown account and never runs another account’s handler', async () => {
    const handler = vi.fn();
    const onError = vi.fn();
    const gw = createWebhookGateway({ onError }).add('wxA', account('wxA').fallback(handler));
    const res = await send(gw, pushFor('wxZ', 'who?'));
    expect(res.status).toBe(404);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ status: 404, reason: 'unknown-account' });
    expect(handler).not.toHaveBeenCalled();
    const put = await send(gw, pushFor('wxA', 'x', { query: true }), 'PUT');
    expect([put.status, put.headers.allow]).toEqual([405, 'GET, POST']);
    // Routed to wxA by the query, but encrypted for wxZ: wxA's receiveId check refuses it.
    expect(
      (await send(gw, { ...pushFor('wxZ', 'x'), url: `${pushFor('wxZ', 'x').url}&appid=wxA` })).status,
    ).toBe(401);
  });

  it('answers URL verification without an account key from the account whose token matches', async () => {
    const other = createWebhook({ product: 'oa', token: 'other-token' });
    const gw = createWebhookGateway().add('wxA', other).add('wxB', account('wxB'));
    const timestamp = String(now());
    const url = (token: string) =>
      `/wechat?${new URLSearchParams({ signature: plainSignature(token, timestamp, 'n'), timestamp, nonce: 'n', echostr: 'hello' })}`;
    expect(await send(gw, { url: url(TOKEN), body: '' }, 'GET')).toMatchObject({
      status: 200,
      body: 'hello',
    });
    expect(await send(gw, { url: url('other-token'), body: '' }, 'GET')).toMatchObject({
      status: 200,
      body: 'hello',
    });
    expect((await send(gw, { url: url('nobody'), body: '' }, 'GET')).status).toBe(401);
  });

  it('stays consistent while accounts are added and removed under concurrent pushes', async () => {
    const gw = createWebhookGateway();
    const ids = Array.from({ length: 8 }, (_, i) => `wx${i}`);
    for (const id of ids) gw.add(id, account(id, { delayMs: 1 + (Number(id.slice(2)) % 3) }));
    const pushes = Array.from({ length: 400 }, (_, i) => {
      const id = ids[i % ids.length]!;
      return { id, push: pushFor(id, `m${i}`, { query: true }) };
    });
    // Churn the table while the pushes run: remove and re-add half the accounts, replace one.
    const replacement = account('wx0');
    const churn = (async () => {
      for (let round = 0; round < 20; round++) {
        await new Promise((r) => setTimeout(r, 1));
        const id = ids[(round % 4) * 2 + 1]!;
        gw.remove(id);
        await Promise.resolve();
        gw.add(id, account(id));
      }
      gw.add('wx0', replacement);
    })();
    // Spread over ~20 ms so routing, handling and churn interleave.
    const results = await Promise.all(
      pushes.map(async ({ push }, i) => {
        await new Promise((r) => setTimeout(r, Math.floor(i / 20)));
        return send(gw, push);
      }),
    );
    await churn;
    results.forEach((res, i) => {
      const { id } = pushes[i]!;
      // Either routed to the right account (200, its own answer) or the account was briefly absent (404).
      expect([200, 404]).toContain(res.status);
      if (res.status === 200) expect(answerOf(res)).toBe(`${id}:m${i}`);
    });
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThan(300);
    expect(ids.every((id) => gw.has(id))).toBe(true);
    expect(gw.remove('wx3')).toBe(true);
    expect((await send(gw, pushFor('wx3', 'gone', { query: true }))).status).toBe(404);
  });

  it('rotates keys per account: the previous key still decrypts', async () => {
    const rotated = createWebhook({
      product: 'oa',
      token: TOKEN,
      encodingAESKey: KEY,
      previousEncodingAESKey: OLD_KEY,
      receiveId: 'wxR',
    }).on('text', (m) => m.Content);
    const gw = createWebhookGateway().add('wxR', rotated as Bot<'oa'>);
    expect(answerOf(await send(gw, pushFor('wxR', 'old', { query: true, key: OLD_KEY })))).toBe('old');
    expect(answerOf(await send(gw, pushFor('wxR', 'new', { query: true })))).toBe('new');
  });
});
