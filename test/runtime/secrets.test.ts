// Every error path, tried with an app secret and a full access_token in play: neither may appear in
// the error's message, stack, cause, inspection or JSON, nor in any hook's output.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createOfficialAccount } from '../../src/index.js';
import { fakeFetch } from '../helpers/fake-fetch.js';

const SECRET = 'app-secret-0123456789abcdef0123456789abcdef';
const TOKEN = `ACCESS_${'Zk9'.repeat(40)}`;
const leaks = (text: string) =>
  text.includes(SECRET) || text.includes(TOKEN) || text.includes(TOKEN.slice(0, 40));

function everything(err: unknown): string {
  const e = err as Error & { cause?: unknown };
  return [String(e), e.message, e.stack, inspect(e, { depth: 5 }), JSON.stringify(e), inspect(e.cause)].join(
    '\n',
  );
}

type Scenario = [
  string,
  (url: URL) => Response | Record<string, unknown> | Promise<never>,
  (oa: ReturnType<typeof createOfficialAccount>) => Promise<unknown>,
];

const scenarios: Scenario[] = [
  [
    'WeChat echoes the token in errmsg',
    (u) =>
      u.pathname.endsWith('stable_token')
        ? { access_token: TOKEN, expires_in: 7200 }
        : { errcode: 40001, errmsg: `invalid credential, access_token is invalid or not latest: ${TOKEN}` },
    (oa) => oa.api.user.info({ openid: 'o' }),
  ],
  [
    'WeChat echoes the secret when fetching the token',
    () => ({ errcode: 40125, errmsg: `invalid appsecret ${SECRET}` }),
    (oa) => oa.getAccessToken(),
  ],
  [
    'the network fails with the URL in its message',
    (u) => {
      if (u.pathname.endsWith('stable_token')) return { access_token: TOKEN, expires_in: 7200 };
      throw new TypeError(`fetch failed: ${u.toString()}`);
    },
    (oa) => oa.api.user.info({ openid: 'o' }),
  ],
  [
    'the classic token endpoint fails with the URL (secret in query) in its message',
    (u) => {
      throw new TypeError(`connect ECONNREFUSED ${u.toString()}`);
    },
    (oa) => oa.api.token.get({ grant_type: 'client_credential', appid: 'wx1', secret: SECRET }),
  ],
  [
    'an ordinary call whose errmsg carries the app secret (InvalidCredentialError)',
    (u) =>
      u.pathname.endsWith('stable_token')
        ? { access_token: TOKEN, expires_in: 7200 }
        : { errcode: 40013, errmsg: `invalid appid, secret ${SECRET} rid: 6543-21abcdef-1234` },
    (oa) => oa.api.user.info({ openid: 'o' }),
  ],
  [
    'HTTP 500 with an HTML body',
    () => new Response(`<html>${TOKEN}</html>`, { status: 500, headers: { 'content-type': 'text/html' } }),
    (oa) => oa.getAccessToken(),
  ],
  ['a timeout', () => new Promise<never>(() => {}), (oa) => oa.getAccessToken()],
  [
    'invalid params to the token endpoint',
    () => ({}),
    (oa) =>
      oa.api.token.getStable({
        grant_type: 'client_credential',
        appid: 'wx1',
        secret: 42 as unknown as string,
      }),
  ],
  [
    'a response that fails strict validation',
    (u) =>
      u.pathname.endsWith('stable_token') ? { access_token: TOKEN, expires_in: 7200 } : { subscribe: TOKEN },
    (oa) => oa.api.user.info({ openid: 'o' }, { validateResponse: 'strict' }),
  ],
];

describe('no secret in any error', () => {
  for (const [name, answer, act] of scenarios) {
    it(name, async () => {
      const logged: string[] = [];
      const { fetch } = fakeFetch((req) => answer(req.url));
      const oa = createOfficialAccount({
        appId: 'wx1',
        appSecret: SECRET,
        fetch,
        timeout: 100,
        retries: 0,
        hooks: {
          onRequest: (i) => logged.push(JSON.stringify(i)),
          onResponse: (i) => logged.push(JSON.stringify(i)),
          onDrift: (i) => logged.push(JSON.stringify(i)),
        },
      });
      const err = await act(oa).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err, 'the call should fail').toBeInstanceOf(Error);
      const text = everything(err);
      expect(leaks(text), text).toBe(false);
      expect(leaks(logged.join('\n')), logged.join('\n')).toBe(false);
    });
  }
});

describe('masking values, not words', () => {
  it('masks a short secret only where it stands as a value, and never rewrites rid', async () => {
    const { fetch } = fakeFetch(() => ({
      errcode: 40001,
      errmsg: 'invalid credential, ticket t is wrong rid: 6543-21abcdef-1234',
    }));
    const oa = createOfficialAccount({ appId: 'wx1', appSecret: SECRET, fetch, retries: 0 });
    const err = (await oa.api.qrcode.show({ ticket: 't' }).catch((e: unknown) => e)) as {
      errmsg: string;
      rid: string;
    };
    expect(err.errmsg).toBe('invalid credential, ticket *** is wrong rid: 6543-21abcdef-1234');
    expect(err.rid).toBe('6543-21abcdef-1234');
  });

  it('masks the same way in the rest of an error answer (WechatApiError.body)', async () => {
    const { fetch } = fakeFetch(() => ({
      errcode: 40001,
      errmsg: 'invalid credential',
      detail: { note: 'ticket t rejected, try another', items: ['t', 'tt', `secret ${SECRET}`] },
    }));
    const oa = createOfficialAccount({ appId: 'wx1', appSecret: SECRET, fetch, retries: 0 });
    const err = (await oa.api.qrcode.show({ ticket: 't' }).catch((e: unknown) => e)) as {
      body: unknown;
    };
    expect(err.body).toEqual({
      detail: { note: 'ticket *** rejected, try another', items: ['***', 'tt', 'secret ***'] },
    });
  });

  it('masks the app secret in the errmsg of a call that never sent it', async () => {
    const { fetch } = fakeFetch((req) =>
      req.url.pathname.endsWith('stable_token')
        ? { access_token: TOKEN, expires_in: 7200 }
        : { errcode: 40013, errmsg: `invalid appid (${SECRET})` },
    );
    const oa = createOfficialAccount({ appId: 'wx1', appSecret: SECRET, fetch, retries: 0 });
    const err = (await oa.api.user.info({ openid: 'o' }).catch((e: unknown) => e)) as Error & {
      errmsg: string;
    };
    expect(err.constructor.name).toBe('InvalidCredentialError');
    expect(err.errmsg).toBe('invalid appid (***)');
    expect(err.message).not.toContain(SECRET);
  });
});
