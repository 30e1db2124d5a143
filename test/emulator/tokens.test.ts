// WeChat's token semantics, as the emulator plays them: classic and stable access tokens, WeCom
// tokens, and the ticket → component/suite token → authorizer/corp token chains.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidCredentialError, RateLimitError, TokenInvalidError } from '../../generated/errors.js';
import type { OperationId } from '../../generated/operations.js';
import { createOfficialAccount } from '../../src/clients/official-account.js';
import { WechatApiError } from '../../src/errors.js';
import { HttpCaller, type TokenSource } from '../../src/http/caller.js';
import { operation } from '../../src/http/operations.js';
import { createEmulator, type Emulator } from '../../src/testing/index.js';
import { accountOf, fetchToken } from './helpers.js';

const MIN = 60_000;
let emulator: Emulator;
beforeEach(async () => {
  emulator = await createEmulator();
});
afterEach(() => emulator.close());

/** Calls an endpoint with exactly this token (no refresh, no retry). */
async function callWith(operationId: OperationId, token: string, params: Record<string, unknown> = {}) {
  const fixed: TokenSource = { get: async () => token, invalidate: async () => false };
  return new HttpCaller({ hosts: emulator.hosts, retries: 0 }, fixed).call(
    await operation(operationId),
    params,
  );
}

const errcodeOf = (p: Promise<unknown>) =>
  p.then(
    () => 0,
    (err: unknown) => (err instanceof WechatApiError ? err.errcode : Promise.reject(err)),
  );

const oa = () => accountOf(emulator, 'oa');
const classic = () =>
  fetchToken(
    emulator,
    'shared.token.get',
    { grant_type: 'client_credential', appid: oa().appId, secret: oa().appSecret },
    'access_token',
  );
const stable = (force?: boolean) =>
  fetchToken(
    emulator,
    'shared.token.getStable',
    {
      grant_type: 'client_credential',
      appid: oa().appId,
      secret: oa().appSecret,
      ...(force === undefined ? {} : { force_refresh: force }),
    },
    'access_token',
  );
const stableWithExpiry = async () => {
  const caller = new HttpCaller({ hosts: emulator.hosts });
  return (await caller.call(await operation('shared.token.getStable'), {
    grant_type: 'client_credential',
    appid: oa().appId,
    secret: oa().appSecret,
  })) as { access_token: string; expires_in: number };
};
const works = (token: string) => errcodeOf(callWith('oa.menu.get', token));

describe('classic /cgi-bin/token', () => {
  it('issues a new token each call; the old one keeps working for 5 minutes, then 40001', async () => {
    const first = await classic();
    const second = await classic();
    expect(second).not.toBe(first);
    expect(await works(first)).toBe(0);
    emulator.advanceTime(4 * MIN);
    expect(await works(first)).toBe(0);
    emulator.advanceTime(1 * MIN + 1);
    expect(await works(first)).toBe(40001);
    expect(await works(second)).toBe(0);
  });

  it('expires after 7200 s with 42001', async () => {
    const token = await classic();
    emulator.advanceTime(7200_000);
    expect(await works(token)).toBe(42001);
  });

  it('refuses a wrong secret (40001) and an unknown appid (40013)', async () => {
    const wrong = fetchToken(
      emulator,
      'shared.token.get',
      { grant_type: 'client_credential', appid: oa().appId, secret: 'nope' },
      'access_token',
    );
    await expect(wrong).rejects.toMatchObject({ errcode: 40001 });
    const unknown = fetchToken(
      emulator,
      'shared.token.get',
      { grant_type: 'client_credential', appid: 'wx_nobody', secret: 'x' },
      'access_token',
    );
    await expect(unknown).rejects.toBeInstanceOf(InvalidCredentialError);
  });
});

describe('stable_token', () => {
  it('returns the same token, with what is left of its life, until the last 5 minutes', async () => {
    const a = await stableWithExpiry();
    emulator.advanceTime(60 * MIN);
    const b = await stableWithExpiry();
    expect(b.access_token).toBe(a.access_token);
    expect(b.expires_in).toBeGreaterThan(3590); // what is left (the real clock moved a little too)
    expect(b.expires_in).toBeLessThanOrEqual(3600);
    emulator.advanceTime(56 * MIN); // 4 minutes left: a new one, the old one still valid until it expires
    const c = await stableWithExpiry();
    expect(c.access_token).not.toBe(a.access_token);
    expect(c.expires_in).toBe(7200);
    expect(await works(a.access_token)).toBe(0);
    emulator.advanceTime(4 * MIN);
    expect(await works(a.access_token)).not.toBe(0);
    expect(await works(c.access_token)).toBe(0);
  });

  it('is independent of the classic token', async () => {
    const s = await stable();
    await classic();
    await classic();
    emulator.advanceTime(6 * MIN);
    expect(await works(s)).toBe(0);
  });

  it('force_refresh: a new token at once, the old one invalid; not again within 30 s; 20 a day, then 45009', async () => {
    // The daily quota counts per China calendar day: start just after a China midnight, so that the
    // 20 forced refreshes below (10 emulated minutes) never straddle one.
    const DAY = 86_400_000;
    const china = emulator.now() + 8 * 3_600_000;
    emulator.advanceTime(DAY - (china % DAY) + MIN);
    const old = await stable();
    const forced = await stable(true);
    expect(forced).not.toBe(old);
    expect(await works(old)).toBe(40001);
    expect(await stable(true)).toBe(forced); // < 30 s after the last: no refresh
    let last = forced;
    for (let i = 2; i <= 20; i++) {
      emulator.advanceTime(31_000);
      const next = await stable(true);
      expect(next).not.toBe(last);
      last = next;
    }
    emulator.advanceTime(31_000);
    await expect(stable(true)).rejects.toBeInstanceOf(RateLimitError);
    expect(await stable(false)).toBe(last);
  });

  it('says 40125 for a wrong secret', async () => {
    const p = fetchToken(
      emulator,
      'shared.token.getStable',
      { grant_type: 'client_credential', appid: oa().appId, secret: 'nope' },
      'access_token',
    );
    await expect(p).rejects.toMatchObject({ errcode: 40125 });
  });
});

describe('token checks on API calls', () => {
  it('41001 without a token, 40001 for an unknown one, 48001 for another product’s token', async () => {
    const raw = await fetch(`${emulator.hosts['api.weixin.qq.com']}/cgi-bin/menu/get`);
    expect(await raw.json()).toMatchObject({ errcode: 41001 });
    expect(await works('made-up-token')).toBe(40001);
    const mp = accountOf(emulator, 'miniprogram');
    const mpToken = await fetchToken(
      emulator,
      'shared.token.getStable',
      { grant_type: 'client_credential', appid: mp.appId, secret: mp.appSecret },
      'access_token',
    );
    expect(await works(mpToken)).toBe(48001); // menu is an Official Account API
    expect(await errcodeOf(callWith('shared.quota.clear', mpToken, { appid: mp.appId }))).toBe(0);
  });

  it('a WeCom token is not an Official Account token, and WeCom says 40014 for a bad one', async () => {
    const work = accountOf(emulator, 'work');
    const token = await fetchToken(
      emulator,
      'work.token.get',
      { corpid: work.corpId, corpsecret: work.secret },
      'access_token',
    );
    expect(await works(token)).toBe(40001);
    expect(await errcodeOf(callWith('work.agent.get', token, { agentid: work.agentId }))).toBe(0);
    expect(await errcodeOf(callWith('work.agent.get', 'bad', { agentid: work.agentId }))).toBe(40014);
  });
});

describe('WeCom tokens', () => {
  it('gettoken returns the same token until it expires; a wrong secret is 40001', async () => {
    const work = accountOf(emulator, 'work');
    const get = (secret = work.secret) =>
      fetchToken(emulator, 'work.token.get', { corpid: work.corpId, corpsecret: secret }, 'access_token');
    const a = await get();
    emulator.advanceTime(119 * MIN);
    expect(await get()).toBe(a);
    emulator.advanceTime(1 * MIN);
    expect(await get()).not.toBe(a);
    await expect(get('wrong')).rejects.toMatchObject({ errcode: 40001 });
  });

  it('suite token from the suite_ticket, corp token from the permanent code, permanent code from an auth code', async () => {
    const suite = accountOf(emulator, 'work-suite');
    const corp = suite.corps[0]!;
    const getSuite = (ticket: unknown) =>
      fetchToken(
        emulator,
        'work-suite.suite.getToken',
        { suite_id: suite.suiteId, suite_secret: suite.suiteSecret, suite_ticket: ticket },
        'suite_access_token',
      );
    await expect(getSuite('stale')).rejects.toMatchObject({ errcode: 40085 });
    const suiteToken = await getSuite(emulator.ticket(suite.suiteId));
    const viaSuite: TokenSource = { get: async () => suiteToken, invalidate: async () => false };

    const perm = (await new HttpCaller({ hosts: emulator.hosts }, viaSuite).call(
      await operation('work-suite.suite.getPermanentCode'),
      {
        auth_code: emulator.suiteAuthCode(corp.corpId),
      },
    )) as { permanent_code: string; auth_corp_info: { corpid: string } };
    expect(perm.permanent_code).toBe(corp.permanentCode);
    expect(perm.auth_corp_info.corpid).toBe(corp.corpId);

    const corpToken = await fetchToken(
      emulator,
      'work-suite.suite.getCorpToken',
      { auth_corpid: corp.corpId, permanent_code: corp.permanentCode },
      'access_token',
      viaSuite,
    );
    expect(await errcodeOf(callWith('work.user.get', corpToken, { userid: 'zhangsan' }))).toBe(0);
    const wrongCode = fetchToken(
      emulator,
      'work-suite.suite.getCorpToken',
      { auth_corpid: corp.corpId, permanent_code: 'nope' },
      'access_token',
      viaSuite,
    );
    await expect(wrongCode).rejects.toMatchObject({ errcode: 40084 });
  });
});

describe('Open Platform tokens', () => {
  it('component token only with a ticket the emulator pushed or knows; the previous ticket still works', async () => {
    const open = accountOf(emulator, 'open');
    const get = (ticket: unknown) =>
      fetchToken(
        emulator,
        'open.component.getToken',
        {
          component_appid: open.componentAppId,
          component_appsecret: open.componentAppSecret,
          component_verify_ticket: ticket,
        },
        'component_access_token',
      );
    await expect(get('ticket@@@made-up')).rejects.toMatchObject({ errcode: 61006 });
    const known = emulator.ticket(open.componentAppId)!;
    expect(await get(known)).toBeTypeOf('string');

    // A pushed ticket becomes current; the one before stays valid, older ones do not.
    const sink = async () => new Response('success');
    await emulator.push(
      'http://127.0.0.1:9/unused',
      { type: 'ComponentVerifyTicketNotification' },
      { fetch: sink },
    );
    const pushed = emulator.ticket(open.componentAppId)!;
    expect(pushed).not.toBe(known);
    expect(await get(pushed)).toBeTypeOf('string');
    expect(await get(known)).toBeTypeOf('string');
    await emulator.push(
      'http://127.0.0.1:9/unused',
      { type: 'ComponentVerifyTicketNotification' },
      { fetch: sink },
    );
    await expect(get(known)).rejects.toMatchObject({ errcode: 61006 });
  });

  it('authorizer tokens from an authorization code (once) and from the refresh token', async () => {
    const open = accountOf(emulator, 'open');
    const authorizer = open.authorizers[0]!;
    const componentToken = await fetchToken(
      emulator,
      'open.component.getToken',
      {
        component_appid: open.componentAppId,
        component_appsecret: open.componentAppSecret,
        component_verify_ticket: emulator.ticket(open.componentAppId),
      },
      'component_access_token',
    );
    const viaComponent = new HttpCaller(
      { hosts: emulator.hosts },
      { get: async () => componentToken, invalidate: async () => false },
    );
    const code = emulator.authorizationCode(authorizer.appId);
    const auth = (await viaComponent.call(await operation('open.component.queryAuth'), {
      component_appid: open.componentAppId,
      authorization_code: code,
    })) as {
      authorization_info: {
        authorizer_appid: string;
        authorizer_access_token: string;
        authorizer_refresh_token: string;
      };
    };
    expect(auth.authorization_info.authorizer_appid).toBe(authorizer.appId);
    expect(await works(auth.authorization_info.authorizer_access_token)).toBe(0);
    await expect(
      viaComponent.call(await operation('open.component.queryAuth'), {
        component_appid: open.componentAppId,
        authorization_code: code,
      }),
    ).rejects.toMatchObject({ errcode: 61010 });

    const refreshed = (await viaComponent.call(await operation('open.component.getAuthorizerToken'), {
      component_appid: open.componentAppId,
      authorizer_appid: authorizer.appId,
      authorizer_refresh_token: auth.authorization_info.authorizer_refresh_token,
    })) as { authorizer_access_token: string };
    expect(await works(refreshed.authorizer_access_token)).toBe(0);
    await expect(
      viaComponent.call(await operation('open.component.getAuthorizerToken'), {
        component_appid: open.componentAppId,
        authorizer_appid: authorizer.appId,
        authorizer_refresh_token: 'nope',
      }),
    ).rejects.toMatchObject({ errcode: 61023 });
  });
});

describe('with the real client', () => {
  it('300 concurrent calls on a cold Official Account client cause exactly one token fetch', async () => {
    const client = createOfficialAccount({
      appId: oa().appId,
      appSecret: oa().appSecret,
      hosts: emulator.hosts,
    });
    await Promise.all(Array.from({ length: 300 }, () => client.api.menu.get()));
    expect(emulator.calls('shared.token.getStable')).toBe(1);
    expect(emulator.calls('oa.menu.get')).toBe(300);
  });

  it('a token revoked by a forced refresh elsewhere is refreshed once and the call retried', async () => {
    const client = createOfficialAccount({
      appId: oa().appId,
      appSecret: oa().appSecret,
      hosts: emulator.hosts,
      minForceIntervalMs: 0,
    });
    await client.api.menu.get();
    await stable(true); // another holder forces a refresh: the client's token stops working
    await client.api.menu.get();
    expect(emulator.calls('shared.token.getStable')).toBe(3);
    expect(emulator.calls('oa.menu.get')).toBe(3);
  });

  it('a wrong app secret reaches the caller as InvalidCredentialError, the secret nowhere in it', async () => {
    const client = createOfficialAccount({
      appId: oa().appId,
      appSecret: 'definitely-wrong-secret',
      hosts: emulator.hosts,
    });
    const err = await client.api.menu.get().catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(InvalidCredentialError);
    expect(String((err as Error).message)).not.toContain('definitely-wrong-secret');
    expect(err).not.toBeInstanceOf(TokenInvalidError);
  });
});
