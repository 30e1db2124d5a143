// The WeCom third-party chain: suite_ticket -> suite_access_token -> pre_auth_code and install URL ->
// permanent code (stored) -> corp access_token via get_corp_token -> suite.corp(corpId); provider token.
import { expect, it } from 'vitest';
import { createWorkSuite, type WorkSuiteOptions } from '../../src/clients/work-suite.js';
import { CredentialError, type WechatApiError } from '../../src/errors.js';
import type { Store } from '../../src/tokens/store.js';
import { type FakeWechat, fakeWechat } from './fake-wechat.js';
import { eachStore } from './stores.js';

const SUITE_TOKEN = '/cgi-bin/service/get_suite_token';
const CORP_TOKEN = '/cgi-bin/service/get_corp_token';

function suite(wechat: FakeWechat, store: Store, extra: Partial<WorkSuiteOptions> = {}) {
  return createWorkSuite({
    suiteId: 'wwsuite',
    suiteSecret: 'suite-secret',
    token: 'callback-token',
    encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
    fetch: wechat.fetch,
    store,
    ...extra,
  });
}

eachStore('WeCom suite chain', (makeStore) => {
  it('suite token: needs a pushed ticket, fetched once, survives a restart; a new ticket heals a failure', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const s = suite(wechat, store);
    await expect(s.getSuiteAccessToken()).rejects.toThrow(/no suite_ticket stored yet.*saveSuiteTicket/);

    await s.saveSuiteTicket('old-ticket');
    const err = await s.getSuiteAccessToken().catch((e: unknown) => e);
    expect((err as WechatApiError).errcode).toBe(40085);
    await expect(s.getSuiteAccessToken()).rejects.toBeInstanceOf(CredentialError); // backing off
    expect(wechat.count(SUITE_TOKEN)).toBe(1);

    expect(await s.saveSuiteTicket(wechat.suiteTicket)).toBe(true);
    expect(await s.saveSuiteTicket('')).toBe(false);
    const token = await s.getSuiteAccessToken();
    expect(token).toMatch(/^suite_wwsuite_/);
    expect(wechat.params[SUITE_TOKEN]![1]).toEqual({
      suite_id: 'wwsuite',
      suite_secret: 'suite-secret',
      suite_ticket: 'suite-ticket-1',
    });
    expect(await suite(wechat, store).getSuiteAccessToken()).toBe(token);
    expect(wechat.count(SUITE_TOKEN)).toBe(2);
  });

  it('install URL with a fresh pre_auth_code', async () => {
    const wechat = fakeWechat();
    const s = suite(wechat, makeStore());
    await s.saveSuiteTicket(wechat.suiteTicket);
    const url = new URL(await s.installUrl({ redirectUri: 'https://example.com/installed', state: 'xyz' }));
    expect(`${url.origin}${url.pathname}`).toBe('https://open.work.weixin.qq.com/3rdapp/install');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      suite_id: 'wwsuite',
      pre_auth_code: expect.stringMatching(/^suite-preauth-/),
      redirect_uri: 'https://example.com/installed',
      state: 'xyz',
    });
    expect(await s.getPreAuthCode()).toMatch(/^suite-preauth-/);
    expect(wechat.count('/cgi-bin/service/get_pre_auth_code')).toBe(2);
  });

  it('install: permanent code and corp token stored; corp clients act for the corp; a restart keeps both', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const s = suite(wechat, store);
    await s.saveSuiteTicket(wechat.suiteTicket);
    const result = await s.handleAuthorization('install-code-for-wwcustomer');
    expect(result.auth_corp_info?.corpid).toBe('wwcustomer');

    const corp = s.corp('wwcustomer');
    expect(s.corp('wwcustomer')).toBe(corp);
    expect(await corp.api.basic.getCallbackIp()).toEqual({ ip_list: ['corp:wwsuite:wwcustomer'] });
    expect(wechat.count(CORP_TOKEN)).toBe(0); // get_permanent_code already gave the token

    const restarted = suite(wechat, store);
    expect(await restarted.corp('wwcustomer').getAccessToken()).toBe(await corp.getAccessToken());
    expect(wechat.count(CORP_TOKEN)).toBe(0);

    // The corp token expires (42001): get_corp_token with the stored permanent code.
    wechat.revoke('corp:wwsuite:wwcustomer');
    expect(await restarted.corp('wwcustomer').api.basic.getCallbackIp()).toEqual({
      ip_list: ['corp:wwsuite:wwcustomer'],
    });
    expect(wechat.count(CORP_TOKEN)).toBe(1);
    expect(wechat.params[CORP_TOKEN]![0]).toEqual({
      suite_access_token: expect.any(String),
      auth_corpid: 'wwcustomer',
      permanent_code: wechat.permanentCodes.get('wwcustomer'),
    });
    expect(wechat.count(SUITE_TOKEN)).toBe(1);
  });

  it('a corp that never installed gets a clear error; an imported permanent code works', async () => {
    const wechat = fakeWechat();
    const s = suite(wechat, makeStore());
    await s.saveSuiteTicket(wechat.suiteTicket);
    await expect(s.corp('wwnobody').getAccessToken()).rejects.toThrow(
      /no permanent code stored for corp wwnobody/,
    );
    wechat.permanentCodes.set('wwmoved', 'permanent-imported');
    await s.savePermanentCode('wwmoved', 'permanent-imported');
    expect(await s.corp('wwmoved').api.basic.getCallbackIp()).toEqual({ ip_list: ['corp:wwsuite:wwmoved'] });
  });

  it('provider token: needs the provider credentials; fetched once, kept across a restart', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    await expect(suite(wechat, store).getProviderAccessToken()).rejects.toThrow(
      /providerCorpId and providerSecret/,
    );
    const withProvider = { providerCorpId: 'wwprovider', providerSecret: 'provider-secret' };
    const token = await suite(wechat, store, withProvider).getProviderAccessToken();
    expect(token).toMatch(/^provider_wwprovider_/);
    expect(await suite(wechat, store, withProvider).getProviderAccessToken()).toBe(token);
    expect(wechat.count('/cgi-bin/service/get_provider_token')).toBe(1);
    expect(wechat.params['/cgi-bin/service/get_provider_token']![0]).toEqual({
      corpid: 'wwprovider',
      provider_secret: 'provider-secret',
    });
  });
});
