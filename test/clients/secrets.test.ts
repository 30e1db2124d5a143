// Secrets (app secrets, corp/suite/provider secrets) never reach the store, neither in keys nor in
// values (backoff markers carry error messages), and failed fetches never put them in an error.
import { expect, it } from 'vitest';
import { createOfficialAccount } from '../../src/clients/official-account.js';
import { createOpenPlatform } from '../../src/clients/open-platform.js';
import { createWork } from '../../src/clients/work.js';
import { createWorkSuite } from '../../src/clients/work-suite.js';
import { MemoryStore } from '../../src/tokens/store.js';
import { fakeWechat } from './fake-wechat.js';

const SECRETS = {
  app: 'APP_SECRET_0123456789abcdef',
  corp: 'CORP_SECRET_0123456789abcdef',
  suite: 'SUITE_SECRET_0123456789abcdef',
  provider: 'PROVIDER_SECRET_0123456789abcdef',
  component: 'COMPONENT_SECRET_0123456789abcdef',
  aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
};

class RecordingStore extends MemoryStore {
  readonly written: string[] = [];
  override async set(key: string, value: string, ttlMs: number) {
    this.written.push(key, value);
    return super.set(key, value, ttlMs);
  }
  override async setIfAbsent(key: string, value: string, ttlMs: number) {
    this.written.push(key, value);
    return super.setIfAbsent(key, value, ttlMs);
  }
}

it('no secret reaches the store or an error message, on success or failure', async () => {
  const wechat = fakeWechat();
  const store = new RecordingStore();
  const errors: string[] = [];
  const capture = (p: Promise<unknown>) => p.catch((e: unknown) => errors.push(String(e), JSON.stringify(e)));
  const common = { fetch: wechat.fetch, store, failureBackoffMs: 60_000 };

  const oa = createOfficialAccount({ appId: 'wx1', appSecret: SECRETS.app, ...common });
  await oa.api.basic.getCallbackIp();
  await oa.getTicket();
  const work = createWork({ corpId: 'ww1', agentId: 2, secret: SECRETS.corp, ...common });
  await work.api.basic.getCallbackIp();

  const suite = createWorkSuite({
    suiteId: 'wwsuite',
    suiteSecret: SECRETS.suite,
    providerCorpId: 'wwprovider',
    providerSecret: SECRETS.provider,
    token: 't',
    encodingAESKey: SECRETS.aesKey,
    ...common,
  });
  await capture(suite.getSuiteAccessToken()); // no ticket yet: fails, leaves a backoff marker
  await suite.saveSuiteTicket('wrong-ticket');
  await capture(suite.getSuiteAccessToken()); // 40085: fails, leaves a backoff marker
  await suite.saveSuiteTicket(wechat.suiteTicket);
  await suite.handleAuthorization('install-code-for-wwcustomer');
  await suite.getProviderAccessToken();

  const open = createOpenPlatform({
    componentAppId: 'wxcomponent',
    componentAppSecret: SECRETS.component,
    token: 't',
    encodingAESKey: SECRETS.aesKey,
    ...common,
  });
  await open.saveVerifyTicket('stale');
  await capture(open.getComponentAccessToken());
  await open.saveVerifyTicket(wechat.verifyTicket);
  await open.handleAuthorization('auth-code-for-wxA');
  await open.authorizer('wxA').oa.api.basic.getCallbackIp();

  expect(errors.length).toBeGreaterThanOrEqual(6);
  const everything = [...store.written, ...errors].join('\n');
  for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);
});
