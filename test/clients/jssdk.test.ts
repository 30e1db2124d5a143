// JS-SDK page configs: wx.config for Official Accounts and WeCom, wx.agentConfig for WeCom apps and
// suite-served corps. Each is signed with the right cached ticket; the signature is recomputed here
// with jssdkSignature (which the official JS-SDK vector holds) over the URL without its fragment.
import { expect, expectTypeOf, it } from 'vitest';
import { createMiniProgram, createOfficialAccount } from '../../src/clients/official-account.js';
import { createWork } from '../../src/clients/work.js';
import { createWorkSuite } from '../../src/clients/work-suite.js';
import { jssdkSignature } from '../../src/crypto/signatures.js';
import { fakeWechat } from './fake-wechat.js';
import { eachStore } from './stores.js';

const PAGE = 'https://example.com/page?from=menu&x=1#section-2';
const SIGNED_URL = 'https://example.com/page?from=menu&x=1';

const signedWith = (ticket: string, c: { nonceStr: string; timestamp: number }) =>
  jssdkSignature({ jsapi_ticket: ticket, noncestr: c.nonceStr, timestamp: c.timestamp, url: SIGNED_URL });

eachStore('JS-SDK configs', (makeStore) => {
  it('Official Account: wx.config signed with the cached jsapi ticket, fragment dropped, one ticket fetch', async () => {
    const wechat = fakeWechat();
    const oa = createOfficialAccount({
      appId: 'wxjs',
      appSecret: 's',
      fetch: wechat.fetch,
      store: makeStore(),
    });
    const before = Math.floor(Date.now() / 1000);
    const configs = await Promise.all(
      Array.from({ length: 5 }, () => oa.jssdk.config(PAGE, ['chooseImage', 'updateAppMessageShareData'])),
    );
    const ticket = await oa.getTicket('jsapi');
    expect(wechat.count('/cgi-bin/ticket/getticket')).toBe(1);
    for (const c of configs) {
      expect(c).toEqual({
        appId: 'wxjs',
        timestamp: expect.any(Number),
        nonceStr: expect.stringMatching(/^[A-Za-z0-9]{16}$/),
        signature: signedWith(ticket, c),
        jsApiList: ['chooseImage', 'updateAppMessageShareData'],
      });
      expect(c.timestamp).toBeGreaterThanOrEqual(before);
      expect(c.timestamp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    }
    expect(new Set(configs.map((c) => c.nonceStr)).size).toBe(5);

    const withTags = await oa.jssdk.config(SIGNED_URL, [], {
      debug: true,
      openTagList: ['wx-open-launch-weapp'],
    });
    expect(withTags).toMatchObject({ debug: true, openTagList: ['wx-open-launch-weapp'], jsApiList: [] });
    expect(withTags.signature).toBe(signedWith(ticket, withTags));
  });

  it('refuses a relative or missing page URL with a message that says what to pass', async () => {
    const wechat = fakeWechat();
    const oa = createOfficialAccount({
      appId: 'wxjs',
      appSecret: 's',
      fetch: wechat.fetch,
      store: makeStore(),
    });
    await expect(oa.jssdk.config('/page', [])).rejects.toThrow(/absolute/);
    await expect(oa.jssdk.config('', [])).rejects.toThrow(/absolute/);
  });

  it('WeCom app: wx.config with the corp ticket (beta), wx.agentConfig with the app ticket', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const options = { corpId: 'wwjs', agentId: 1000002, secret: 'app-secret', fetch: wechat.fetch, store };
    const work = createWork(options);
    const config = await work.jssdk.config(PAGE, ['openEnterpriseChat']);
    const agent = await work.jssdk.agentConfig(PAGE, ['selectExternalContact']);
    const corpTicket = await work.getTicket('jsapi');
    const agentTicket = await work.getTicket('agent_config');
    expect(corpTicket).toMatch(/^corp-ticket-for-work:wwjs-/);
    expect(agentTicket).toMatch(/^agent-ticket-for-work:wwjs-/);
    expect(config).toEqual({
      beta: true,
      appId: 'wwjs',
      timestamp: expect.any(Number),
      nonceStr: expect.any(String),
      signature: signedWith(corpTicket, config),
      jsApiList: ['openEnterpriseChat'],
    });
    expect(agent).toEqual({
      corpid: 'wwjs',
      agentid: 1000002,
      timestamp: expect.any(Number),
      nonceStr: expect.any(String),
      signature: signedWith(agentTicket, agent),
      jsApiList: ['selectExternalContact'],
    });
    expect(wechat.count('/cgi-bin/get_jsapi_ticket')).toBe(1);
    expect(wechat.count('/cgi-bin/ticket/get')).toBe(1);
    expect(wechat.params['/cgi-bin/ticket/get']![0]).toMatchObject({ type: 'agent_config' });

    // A restart on the same store signs with the stored tickets, fetching nothing.
    const restarted = createWork(options);
    const again = await restarted.jssdk.agentConfig(PAGE, []);
    expect(again.signature).toBe(signedWith(agentTicket, again));
    expect(wechat.count('/cgi-bin/ticket/get')).toBe(1);
    expect(wechat.count('/cgi-bin/gettoken')).toBe(1);
  });

  it('WeCom: agentConfig needs an agentid; a suite-served corp passes the one from its auth info', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const contacts = createWork({ corpId: 'wwjs', secret: 'contacts-secret', fetch: wechat.fetch, store });
    await expect(contacts.jssdk.agentConfig(PAGE, [])).rejects.toThrow(/agentid/);

    const suite = createWorkSuite({
      suiteId: 'wwsuite',
      suiteSecret: 'suite-secret',
      token: 'callback-token',
      encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      fetch: wechat.fetch,
      store,
    });
    await suite.saveSuiteTicket(wechat.suiteTicket);
    await suite.handleAuthorization('install-code-for-wwcustomer');
    const corp = suite.corp('wwcustomer');
    const agent = await corp.jssdk.agentConfig(PAGE, ['selectExternalContact'], { agentId: 1000042 });
    const ticket = await corp.getTicket('agent_config');
    expect(ticket).toMatch(/^agent-ticket-for-corp:wwsuite:wwcustomer-/);
    expect(agent).toMatchObject({
      corpid: 'wwcustomer',
      agentid: 1000042,
      signature: signedWith(ticket, agent),
    });
  });
});

it('a Mini Program has no JS-SDK (neither at run time nor in its type)', () => {
  const mp = createMiniProgram({ appId: 'wxmp', appSecret: 's' });
  expect('jssdk' in mp).toBe(false);
  expect('getTicket' in mp).toBe(false);
  expectTypeOf(mp).not.toHaveProperty('jssdk');
});
