// Third-party platforms end to end: the public clients (createOpenPlatform acting for an authorized
// Mini Program, createWorkSuite with its provider credentials) against the emulator over HTTP, for
// the most used endpoints of the third-party slice: code upload, review and release, categories,
// templates, the QR code of a trial version (binary), a suite installation and a licence order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenPlatform, createWorkSuite, type OpenPlatform, type WorkSuite } from '../../src/index.js';
import { createEmulator, defaultAccounts, type Emulator } from '../../src/testing/index.js';

const MP = 'wx9000000000000009';
let emulator: Emulator;
let open: OpenPlatform;
let suite: WorkSuite;

beforeAll(async () => {
  // The demo component, with a Mini Program among its authorizers.
  const accounts = defaultAccounts().map((a) =>
    a.product === 'open'
      ? { ...a, authorizers: [...(a.authorizers ?? []), { appId: MP, product: 'miniprogram' as const }] }
      : a,
  );
  emulator = await createEmulator({ accounts });
  const c = emulator.account('open');
  open = createOpenPlatform({
    componentAppId: c.componentAppId,
    componentAppSecret: c.componentAppSecret,
    token: c.token,
    encodingAESKey: c.encodingAESKey,
    hosts: emulator.hosts,
    validateResponse: 'strict',
  });
  await open.saveVerifyTicket(emulator.ticket(c.componentAppId)!);
  await open.saveAuthorizerRefreshToken(MP, c.authorizers.find((a) => a.appId === MP)!.refreshToken);
  const s = emulator.account('work-suite');
  suite = createWorkSuite({
    suiteId: s.suiteId,
    suiteSecret: s.suiteSecret,
    token: s.token,
    encodingAESKey: s.encodingAESKey,
    providerCorpId: s.providerCorpId!,
    providerSecret: s.providerSecret!,
    hosts: emulator.hosts,
    validateResponse: 'strict',
  });
  await suite.saveSuiteTicket(emulator.ticket(s.suiteId)!);
});
afterAll(() => emulator.close());

describe('Open Platform, for an authorized Mini Program', () => {
  it('uploads code, submits it for review, reads the review and releases', async () => {
    const mp = open.authorizer(MP).mp;
    await mp.api.code.commit({
      template_id: 1,
      ext_json: JSON.stringify({ extAppid: MP }),
      user_version: 'V1.0',
      user_desc: 'first version',
    });
    expect(emulator.received('open.code.commit').at(-1)).toMatchObject({
      template_id: 1,
      user_version: 'V1.0',
    });
    const review = await mp.api.code.submitAudit({
      item_list: [
        { address: 'index', first_class: '教育', second_class: '学历教育', first_id: 3, second_id: 4 },
      ],
    });
    expect(review.auditid).toBeTypeOf('number');
    const status = await mp.api.code.getAuditStatus({ auditid: review.auditid });
    expect(status.status).toBeTypeOf('number');
    await mp.api.code.release({});
    expect(emulator.calls('open.code.release')).toBe(1);
  });

  it('lists the categories it may use', async () => {
    const all = await open.authorizer(MP).mp.api.category.getAllCategories();
    expect(Array.isArray(all.categories_list?.categories)).toBe(true);
  });

  it('downloads the QR code of the trial version (binary)', async () => {
    const file = await open.authorizer(MP).mp.api.code.getQrcode({ path: 'page/index?action=1' });
    expect(file.contentType).toMatch(/^image\//);
    expect(file.bytes.length).toBeGreaterThan(8);
    expect(emulator.received('open.code.getQrcode').at(-1)).toEqual({ path: 'page/index?action=1' });
  });

  it('lists and adds code templates with the component token', async () => {
    const list = await open.api.component.template.list();
    expect(Array.isArray(list.template_list)).toBe(true);
    await open.api.component.template.add({ draft_id: 1 });
    expect(emulator.received('open.component.template.add').at(-1)).toMatchObject({ draft_id: 1 });
  });
});

describe('WeCom suite and service provider', () => {
  it('turns an install into a permanent code, then a corp client works', async () => {
    const corp = emulator.account('work-suite').corps[0]!;
    const installed = await suite.handleAuthorization(emulator.suiteAuthCode(corp.corpId));
    expect(installed.auth_corp_info?.corpid).toBe(corp.corpId);
    const token = await suite.corp(corp.corpId).getAccessToken();
    expect(token).toBeTypeOf('string');
  });

  it('sends the provider token under the param the route names (tokenParam: get_login_info takes ?access_token=)', async () => {
    const sent: string[] = [];
    const watched = createWorkSuite({
      suiteId: emulator.account('work-suite').suiteId,
      suiteSecret: emulator.account('work-suite').suiteSecret,
      token: emulator.account('work-suite').token,
      encodingAESKey: emulator.account('work-suite').encodingAESKey,
      providerCorpId: emulator.account('work-suite').providerCorpId!,
      providerSecret: emulator.account('work-suite').providerSecret!,
      hosts: emulator.hosts,
      hooks: { onRequest: (r) => void sent.push(r.url) },
    });
    const login = await watched.api.provider.getLoginInfo({ auth_code: 'code-from-the-redirect' });
    expect(login.usertype).toBe(2);
    const url = new URL(sent.at(-1)!);
    expect(url.pathname).toMatch(/\/cgi-bin\/service\/get_login_info$/);
    // The hook sees the token redacted (a prefix and its length), under the route's own param name.
    expect(url.searchParams.get('access_token')).toMatch(/…\(\d+\)$/);
    expect(url.searchParams.has('provider_access_token')).toBe(false);
    expect(emulator.received('work-suite.provider.getLoginInfo').at(-1)).toEqual({
      auth_code: 'code-from-the-redirect',
    });
  });

  it('places a licence order with the provider token', async () => {
    const order = await suite.api.license.createNewOrder({
      corpid: emulator.account('work-suite').corps[0]!.corpId,
      buyer_userid: 'xxxx',
      account_count: { base_count: 1000, external_contact_count: 1000 },
      account_duration: { months: 2 },
    });
    expect(order.order_id).toBeTypeOf('string');
    expect(emulator.received('work-suite.license.createNewOrder').at(-1)).toMatchObject({
      buyer_userid: 'xxxx',
    });
  });
});
