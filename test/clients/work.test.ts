// WeCom internal apps: gettoken per corpId + secret; two apps of one corp never share a token.
import { expect, it } from 'vitest';
import { createWork } from '../../src/clients/work.js';
import { fakeWechat } from './fake-wechat.js';
import { eachStore } from './stores.js';

eachStore('WeCom access_token', (makeStore) => {
  it('fetches once per corp + secret, survives a restart, refreshes after an expiry error', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const options = {
      corpId: 'wwcorp',
      agentId: 1000002,
      secret: 'agent-secret',
      fetch: wechat.fetch,
      store,
    };
    const work = createWork(options);
    const results = await Promise.all(Array.from({ length: 10 }, () => work.api.basic.getCallbackIp()));
    expect(results[0]).toEqual({ ip_list: ['work:wwcorp:agent-secret'] });
    expect(wechat.count('/cgi-bin/gettoken')).toBe(1);
    expect(wechat.params['/cgi-bin/gettoken']![0]).toEqual({ corpid: 'wwcorp', corpsecret: 'agent-secret' });

    const restarted = createWork(options);
    expect(await restarted.getAccessToken()).toBe(await work.getAccessToken());
    expect(wechat.count('/cgi-bin/gettoken')).toBe(1);

    wechat.revoke('work:wwcorp:agent-secret'); // 42001 from now on
    expect(await restarted.api.basic.getCallbackIp()).toEqual({ ip_list: ['work:wwcorp:agent-secret'] });
    expect(wechat.count('/cgi-bin/gettoken')).toBe(2);
  });

  it('keeps two apps of one corp apart (different agents or secrets), with no secret in the keys', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const seen: string[] = [];
    const events = { onFetched: (i: { key: string }) => seen.push(i.key) };
    const agent = createWork({
      corpId: 'wwcorp',
      agentId: 1,
      secret: 's-agent',
      fetch: wechat.fetch,
      store,
      tokenEvents: events,
    });
    const contacts = createWork({
      corpId: 'wwcorp',
      secret: 's-contacts',
      fetch: wechat.fetch,
      store,
      tokenEvents: events,
    });
    expect(await agent.api.basic.getCallbackIp()).toEqual({ ip_list: ['work:wwcorp:s-agent'] });
    expect(await contacts.api.basic.getCallbackIp()).toEqual({ ip_list: ['work:wwcorp:s-contacts'] });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatch(/^work:wwcorp:1:[0-9a-f]{16}:access_token$/);
    expect(seen[1]).toMatch(/^work:wwcorp:-:[0-9a-f]{16}:access_token$/);
    expect(seen.join()).not.toMatch(/s-agent|s-contacts/);
  });

  it('request() goes to qyapi.weixin.qq.com with the token', async () => {
    const wechat = fakeWechat();
    const work = createWork({ corpId: 'wwcorp', secret: 's', fetch: wechat.fetch, store: makeStore() });
    expect(await work.request('GET /cgi-bin/getcallbackip')).toEqual({ ip_list: ['work:wwcorp:s'] });
  });
});
