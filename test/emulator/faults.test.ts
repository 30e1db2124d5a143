// Each injected fault reaches the caller as the error class a real WeChat failure would, and the
// emulator answers malformed requests the way WeChat does.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RateLimitError, SystemBusyError, TokenInvalidError } from '../../generated/errors.js';
import { createOfficialAccount, type OfficialAccount } from '../../src/clients/official-account.js';
import { HttpError, type WechatApiError } from '../../src/errors.js';
import { createEmulator, type Emulator } from '../../src/testing/index.js';
import { accountOf } from './helpers.js';

let emulator: Emulator;
let client: OfficialAccount;
beforeAll(async () => {
  emulator = await createEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.clearFaults();
  emulator.resetCalls();
  const oa = accountOf(emulator, 'oa');
  // retries: 0 so that each fault is seen once; timeout short for the delay fault.
  client = createOfficialAccount({
    appId: oa.appId,
    appSecret: oa.appSecret,
    hosts: emulator.hosts,
    retries: 0,
    timeout: 300,
  });
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

describe('faults', () => {
  it('errcode 40001 on every call: one refresh and retry, then TokenInvalidError', async () => {
    emulator.fault('oa.menu.get', { errcode: 40001 });
    const err = await failure(client.api.menu.get());
    expect(err).toBeInstanceOf(TokenInvalidError);
    expect((err as WechatApiError).errcode).toBe(40001);
    expect((err as WechatApiError).rid).toMatch(/^[0-9a-f-]+$/);
    expect(emulator.calls('oa.menu.get')).toBe(2);
  });

  it('errcode 42001 once: the client refreshes the token and the retry succeeds', async () => {
    const handle = emulator.fault('oa.menu.get', { errcode: 42001 }, { times: 1 });
    await expect(client.api.menu.get()).resolves.toBeTypeOf('object');
    expect(handle.hits).toBe(1);
    expect(emulator.calls('oa.menu.get')).toBe(2);
    expect(emulator.calls('shared.token.getStable')).toBe(2);
  });

  it('errcode 42001 on every call: TokenInvalidError', async () => {
    emulator.fault('oa.menu.get', { errcode: 42001 });
    expect(await failure(client.api.menu.get())).toBeInstanceOf(TokenInvalidError);
  });

  it('errcode 45009: RateLimitError, not retried', async () => {
    emulator.fault('oa.menu.get', { errcode: 45009 });
    expect(await failure(client.api.menu.get())).toBeInstanceOf(RateLimitError);
    expect(emulator.calls('oa.menu.get')).toBe(1);
  });

  it('errcode -1: SystemBusyError with WeChat’s errmsg', async () => {
    emulator.fault('oa.menu.get', { errcode: -1 });
    const err = await failure(client.api.menu.get());
    expect(err).toBeInstanceOf(SystemBusyError);
    expect((err as WechatApiError).errmsg).toMatch(/^system error rid: /);
  });

  it('HTTP 503: HttpError with the status', async () => {
    emulator.fault('oa.menu.get', { status: 503 });
    const err = await failure(client.api.menu.get());
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(503);
  });

  it('a delay past the client timeout: HttpError "timed out"', async () => {
    emulator.fault('oa.menu.get', { delayMs: 1000 });
    const err = await failure(client.api.menu.get());
    expect(err).toBeInstanceOf(HttpError);
    expect(err?.message).toMatch(/timed out after 300 ms/);
  });

  it('a delay under the timeout: the answer comes late but right', async () => {
    emulator.fault('oa.menu.get', { delayMs: 100 });
    const started = performance.now();
    await expect(client.api.menu.get()).resolves.toBeTypeOf('object');
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
  });

  it('a dropped connection: HttpError "network error"', async () => {
    emulator.fault('oa.menu.get', { drop: true });
    const err = await failure(client.api.menu.get());
    expect(err).toBeInstanceOf(HttpError);
    expect(err?.message).toMatch(/network error/);
    expect((err as HttpError).status).toBeUndefined();
  });

  it('an idempotent endpoint is retried through a 5xx fault that clears', async () => {
    const oa = accountOf(emulator, 'oa');
    const retrying = createOfficialAccount({
      appId: oa.appId,
      appSecret: oa.appSecret,
      hosts: emulator.hosts,
      retries: 2,
    });
    emulator.fault('oa.menu.get', { status: 502 }, { times: 2 });
    await expect(retrying.api.menu.get()).resolves.toBeTypeOf('object');
    expect(emulator.calls('oa.menu.get')).toBe(3);
  });

  it('`*` faults every endpoint, the token endpoint included; clear() ends it', async () => {
    const handle = emulator.fault('*', { errcode: -1 });
    expect(await failure(client.api.user.info({ openid: 'o1' }))).toBeInstanceOf(SystemBusyError);
    expect(emulator.calls('shared.token.getStable')).toBe(1);
    expect(handle.hits).toBe(1);
    handle.clear();
    // The client backs off after a failed token fetch; a fresh one shows the emulator is healthy again.
    const oa = accountOf(emulator, 'oa');
    const fresh = createOfficialAccount({ appId: oa.appId, appSecret: oa.appSecret, hosts: emulator.hosts });
    await expect(fresh.api.user.info({ openid: 'o1' })).resolves.toMatchObject({ openid: 'o1' });
  });

  it('faults and latency given at creation', async () => {
    const oa = accountOf(emulator, 'oa');
    const slow = await createEmulator({
      latencyMs: 50,
      faults: { 'oa.menu.get': { errcode: 45009, times: 1 } },
    });
    try {
      const c = createOfficialAccount({
        appId: oa.appId,
        appSecret: oa.appSecret,
        hosts: slow.hosts,
        retries: 0,
      });
      const started = performance.now();
      expect(await failure(c.api.menu.get())).toBeInstanceOf(RateLimitError);
      expect(performance.now() - started).toBeGreaterThanOrEqual(95); // token + menu, 50 ms each
      await expect(c.api.menu.get()).resolves.toBeTypeOf('object');
    } finally {
      await slow.close();
    }
  });

  it('refuses a malformed fault', () => {
    expect(() => emulator.fault('oa.menu.get', {})).toThrow(/at least one/);
    expect(() => emulator.fault('oa.menu.get', { status: 200 })).toThrow(/HTTP error status/);
    expect(() => emulator.fault('oa.menu.get', { errcode: 0 })).toThrow(/non-zero/);
    expect(() => emulator.fault('oa.menu.get', { body: 'x', errcode: 40001 })).toThrow(/give one/);
    expect(() => emulator.fault('oa.menu.get', { contentType: 'text/html' })).toThrow(/goes with body/);
  });

  it('answers a given body and content type: an HTML 502 page, truncated JSON, an image for JSON', async () => {
    emulator.fault('oa.menu.get', {
      status: 502,
      body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
      contentType: 'text/html',
    });
    const page = await failure(client.api.menu.get());
    expect(page).toBeInstanceOf(HttpError);
    expect(page?.message).toMatch(/HTTP 502/);

    emulator.fault('oa.menu.get', { body: '{"menu":{"button":[', contentType: 'application/json' });
    const truncated = await failure(client.api.menu.get());
    expect(truncated).toBeInstanceOf(HttpError);
    expect(truncated?.message).toMatch(/expected JSON/);

    emulator.fault('oa.user.info', {
      body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      contentType: 'image/png',
    });
    const image = await failure(client.api.user.info({ openid: 'o' }));
    expect(image).toBeInstanceOf(HttpError);
    expect(image?.message).toMatch(/image\/png/);
  });
});

describe('requests WeChat would refuse', () => {
  const api = () => emulator.hosts['api.weixin.qq.com'];
  const token = async () => {
    const oa = accountOf(emulator, 'oa');
    const res = await fetch(`${api()}/cgi-bin/stable_token`, {
      method: 'POST',
      body: JSON.stringify({ grant_type: 'client_credential', appid: oa.appId, secret: oa.appSecret }),
    });
    return ((await res.json()) as { access_token: string }).access_token;
  };

  it('invalid params: 40097 invalid args, naming the field', async () => {
    const res = await fetch(`${api()}/cgi-bin/tags/create?access_token=${await token()}`, {
      method: 'POST',
      body: JSON.stringify({ tag: { name: 42 } }),
    });
    const body = (await res.json()) as { errcode: number; errmsg: string };
    expect(body.errcode).toBe(40097);
    expect(body.errmsg).toMatch(/invalid args hint: \[tag\.name: /);
  });

  it('a body that is not JSON: 47001 data format error', async () => {
    const res = await fetch(`${api()}/cgi-bin/tags/create?access_token=${await token()}`, {
      method: 'POST',
      body: '{oops',
    });
    expect(await res.json()).toMatchObject({ errcode: 47001 });
  });

  it('the wrong method: 43002 require POST method', async () => {
    const res = await fetch(`${api()}/cgi-bin/tags/create?access_token=${await token()}`);
    expect(await res.json()).toMatchObject({ errcode: 43002 });
  });

  it('an undescribed path: HTTP 404 with errcode 40066, not counted', async () => {
    const res = await fetch(`${api()}/cgi-bin/no/such/api`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ errcode: 40066 });
    expect(emulator.calls()).toEqual({});
  });

  it('the query of a GET is typed back before validation (agentid is an integer)', async () => {
    const work = accountOf(emulator, 'work');
    const t = await fetch(
      `${emulator.hosts['qyapi.weixin.qq.com']}/cgi-bin/gettoken?corpid=${work.corpId}&corpsecret=${work.secret}`,
    );
    const { access_token } = (await t.json()) as { access_token: string };
    const res = await fetch(
      `${emulator.hosts['qyapi.weixin.qq.com']}/cgi-bin/agent/get?access_token=${access_token}&agentid=${work.agentId}`,
    );
    expect(await res.json()).toMatchObject({ errcode: 0, agentid: work.agentId });
  });

  it('uploaded media can be downloaded again', async () => {
    const uploaded = await client.api.media.upload({
      type: 'image',
      media: { data: new Uint8Array([7, 7, 7]), filename: 'x.jpg', contentType: 'image/jpeg' },
    });
    const file = await client.api.media.get({ media_id: uploaded.media_id });
    expect(file).toMatchObject({ contentType: 'image/jpeg', filename: 'x.jpg' });
    expect([...(file as { bytes: Uint8Array }).bytes]).toEqual([7, 7, 7]);
    expect(emulator.received('shared.media.upload')[0]).toMatchObject({
      type: 'image',
      media: { filename: 'x.jpg', size: 3 },
    });
  });
});
