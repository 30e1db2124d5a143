// The HTTP runtime against an injected fetch: envelope unwrap into error classes, validation,
// binary and JSON-error-or-binary, multipart, retries only where idempotent, timeouts, hooks.
import { describe, expect, it, vi } from 'vitest';
import { parseJson } from '../../src/http/json.js';
import {
  createOfficialAccount,
  HttpError,
  IpNotWhitelistedError,
  RateLimitError,
  SystemBusyError,
  TokenInvalidError,
  ValidationError,
  WechatApiError,
} from '../../src/index.js';
import { fakeFetch, PNG_1X1 } from '../helpers/fake-fetch.js';

const TOKEN = { access_token: 'T'.repeat(80), expires_in: 7200 };

function client(answer: Parameters<typeof fakeFetch>[0], extra: object = {}) {
  const { fetch, requests } = fakeFetch((req) =>
    req.url.pathname === '/cgi-bin/stable_token' ? TOKEN : answer(req),
  );
  const oa = createOfficialAccount({ appId: 'wx1', appSecret: 'SECRET', fetch, retries: 2, ...extra });
  return { oa, requests: () => requests.filter((r) => r.url.pathname !== '/cgi-bin/stable_token') };
}

describe('errcode envelope', () => {
  it.each([
    [40001, TokenInvalidError],
    [42001, TokenInvalidError],
    [40014, TokenInvalidError],
    [45009, RateLimitError],
    [40164, IpNotWhitelistedError],
    [-1, SystemBusyError],
    [40003, WechatApiError],
    [99999, WechatApiError],
  ])('errcode %i throws %s with errcode, errmsg, rid and endpoint', async (errcode, Cls) => {
    const { oa } = client(() => ({ errcode, errmsg: 'something rid: 6543-21abcdef-1234' }), {
      minForceIntervalMs: 0,
    });
    const err = await oa.api.user.info({ openid: 'o' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Cls);
    expect(err).toMatchObject({ errcode, rid: '6543-21abcdef-1234', endpoint: 'oa.user.info' });
    expect((err as WechatApiError).errmsg).toContain('something');
  });

  it('keeps the rest of an error answer on the error (a partial failure reports its items), secrets masked', async () => {
    const { oa } = client(() => ({
      errcode: 40003,
      errmsg: 'invalid openid',
      result_list: [
        { openid: 'o1', errcode: 0 },
        { openid: 'o2', errcode: 40003, note: `echo ${TOKEN.access_token}` },
      ],
    }));
    const err = (await oa.api.user.info({ openid: 'o' }).catch((e: unknown) => e)) as WechatApiError;
    expect(err).toBeInstanceOf(WechatApiError);
    expect(err.body).toEqual({
      result_list: [
        { openid: 'o1', errcode: 0 },
        { openid: 'o2', errcode: 40003, note: 'echo ***' },
      ],
    });
    const bare = client(() => ({ errcode: 40003, errmsg: 'invalid openid' }));
    const plain = (await bare.oa.api.user.info({ openid: 'o' }).catch((e: unknown) => e)) as WechatApiError;
    expect(plain.body).toBeUndefined();
  });

  it('strips errcode 0 from the data', async () => {
    const { oa } = client(() => ({ errcode: 0, errmsg: 'ok', subscribe: 0, openid: 'o' }));
    expect(await oa.api.user.info({ openid: 'o' })).toEqual({ subscribe: 0, openid: 'o' });
  });

  it('keeps 64-bit integers exact', () => {
    expect(parseJson('{"msgid":12345678901234567890,"s":"12345678901234567890","n":1.5e300}')).toEqual({
      msgid: '12345678901234567890',
      s: '12345678901234567890',
      n: 1.5e300,
    });
  });
});

describe('validation', () => {
  it('rejects bad params before sending, naming the field', async () => {
    const { oa, requests } = client(() => ({}));
    const err = await oa.api.user.info({ openid: 123 as unknown as string }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues[0]?.path).toBe('openid');
    expect(requests()).toHaveLength(0);
  });

  it('warn mode reports drift through a hook and returns the data; strict throws; off is silent', async () => {
    const onDrift = vi.fn();
    const answer = () => ({ subscribe: 'yes', openid: 'o' });
    const warn = client(answer, { hooks: { onDrift } });
    expect(await warn.oa.api.user.info({ openid: 'o' })).toEqual({ subscribe: 'yes', openid: 'o' });
    expect(onDrift).toHaveBeenCalledWith(expect.objectContaining({ endpoint: 'oa.user.info' }));
    const strict = client(answer, { validateResponse: 'strict' });
    await expect(strict.oa.api.user.info({ openid: 'o' })).rejects.toBeInstanceOf(ValidationError);
    const off = client(answer, { validateResponse: 'off' });
    expect(await off.oa.api.user.info({ openid: 'o' }, { validateResponse: 'off' })).toMatchObject({
      subscribe: 'yes',
    });
  });
});

describe('drift without a hook', () => {
  it('warns once per endpoint on the console, naming paths and expected types, never values', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { oa } = client(() => ({ subscribe: 'SECRET-LOOKING-VALUE', openid: 'o' }));
      await oa.api.menu.get().catch(() => {});
      expect(await oa.api.user.info({ openid: 'o' })).toMatchObject({ subscribe: 'SECRET-LOOKING-VALUE' });
      await oa.api.user.info({ openid: 'o' });
      const forUserInfo = warn.mock.calls.filter((c) => String(c[0]).includes('oa.user.info'));
      expect(forUserInfo).toHaveLength(1);
      expect(String(forUserInfo[0]![0])).toMatch(/subscribe: expected one of 0, 1/);
      expect(String(forUserInfo[0]![0])).not.toContain('SECRET-LOOKING-VALUE');
    } finally {
      warn.mockRestore();
    }
  });
});

describe('binary responses', () => {
  it('returns bytes with content type and filename', async () => {
    const { oa } = client(
      () =>
        new Response(PNG_1X1, {
          headers: {
            'content-type': 'image/jpeg',
            'content-disposition': 'attachment; filename="MEDIA.jpg"',
          },
        }),
    );
    const file = await oa.api.media.get({ media_id: 'm' });
    expect(file).toEqual({ bytes: PNG_1X1, contentType: 'image/jpeg', filename: 'MEDIA.jpg' });
  });

  it('detects a JSON error body on a binary endpoint and throws it', async () => {
    const { oa } = client(
      () =>
        new Response('{"errcode":40007,"errmsg":"invalid media_id"}', {
          headers: { 'content-type': 'text/plain' },
        }),
    );
    await expect(oa.api.media.get({ media_id: 'm' })).rejects.toMatchObject({ errcode: 40007 });
  });

  it('refuses a file of a type the descriptor does not declare (an HTML page with status 200)', async () => {
    const { oa } = client(
      () => new Response('<html><body>busy</body></html>', { headers: { 'content-type': 'text/html' } }),
    );
    const err = await oa.api.qrcode.show({ ticket: 'T' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).message).toMatch(/expected image\/\*, got text\/html/);
    const { oa: ok } = client(() => new Response(PNG_1X1, { headers: { 'content-type': 'image/jpg' } }));
    expect(await ok.api.qrcode.show({ ticket: 'T' })).toMatchObject({ contentType: 'image/jpg' });
  });

  it('turns an HTTP status the descriptor names into an HttpError saying what it means', async () => {
    const { oa } = client(() => new Response('', { status: 404 }));
    const err = await oa.api.qrcode.show({ ticket: 'T' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ status: 404 });
    expect((err as HttpError).message).toMatch(/HTTP 404: the ticket is invalid or expired/);
  });

  it('json-or-binary returns the JSON when it is not an error', async () => {
    const { oa } = client(() => ({ video_url: 'http://x/y.mp4' }));
    expect(await oa.api.media.get({ media_id: 'm' })).toEqual({ video_url: 'http://x/y.mp4' });
  });
});

describe('limits from the descriptor', () => {
  it('refuses a menu with more than 3 top-level buttons before sending it', async () => {
    const { oa, requests } = client(() => ({ errcode: 0, errmsg: 'ok' }));
    const button = { type: 'click', name: 'b', key: 'K' };
    const err = await oa.api.menu
      .create({ button: [button, button, button, button] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues[0]).toMatchObject({
      path: 'button',
      message: expect.stringMatching(/at most 3/),
    });
    expect(requests()).toHaveLength(0);
    await oa.api.menu.create({ button: [button] });
    expect(requests()).toHaveLength(1);
  });
});

describe('multipart uploads', () => {
  it.each([
    ['Buffer', () => Buffer.from('abc')],
    ['Blob', () => new Blob(['abc'], { type: 'image/png' })],
    ['web stream', () => new Blob(['abc']).stream()],
    [
      '{ data, filename, contentType }',
      () => ({ data: Buffer.from('abc'), filename: 'a.png', contentType: 'image/png' }),
    ],
  ])('sends a %s as a file part', async (_name, make) => {
    const { oa, requests } = client(() => ({ type: 'image', media_id: 'M', created_at: 1 }));
    await oa.api.media.upload({ type: 'image', media: make() as never });
    const part = requests()[0]!.form!.get('media') as File;
    expect(await part.text()).toBe('abc');
    expect(requests()[0]!.url.searchParams.get('type')).toBe('image');
  });
});

describe('retries and timeouts', () => {
  it('retries idempotent endpoints on 5xx and network errors', async () => {
    let n = 0;
    const { oa, requests } = client(() => {
      n++;
      if (n === 1) return new Response('bad gateway', { status: 502 });
      if (n === 2) throw new TypeError('fetch failed');
      return { subscribe: 1, openid: 'o' };
    });
    expect(await oa.api.user.info({ openid: 'o' })).toMatchObject({ subscribe: 1 });
    expect(requests()).toHaveLength(3);
    expect(n).toBe(3);
  });

  it('never retries a non-idempotent endpoint', async () => {
    let n = 0;
    const { oa } = client(() => {
      n++;
      return new Response('oops', { status: 503 });
    });
    await expect(
      oa.api.message.custom.send({ touser: 'o', msgtype: 'text', text: { content: 'hi' } }),
    ).rejects.toBeInstanceOf(HttpError);
    expect(n).toBe(1);
  });

  it('times out with an HttpError', async () => {
    const { oa } = client(() => new Promise(() => {}), { retries: 0 });
    const err = await oa.api.user.info({ openid: 'o' }, { timeout: 50 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(String(err)).toMatch(/timed out after 50 ms/);
  });
});

describe('hooks and the escape hatch', () => {
  it('onRequest / onResponse see a redacted URL', async () => {
    const seen: string[] = [];
    const { oa } = client(() => ({ subscribe: 1, openid: 'o' }), {
      hooks: {
        onRequest: (i: { url: string }) => seen.push(i.url),
        onResponse: (i: { status: number }) => seen.push(String(i.status)),
      },
    });
    await oa.api.user.info({ openid: 'o' });
    const call = seen.findIndex((u) => u.includes('/cgi-bin/user/info'));
    expect(seen[call]).toContain('access_token=TTTT%E2%80%A6%2880%29');
    expect(seen.join()).not.toContain(TOKEN.access_token);
    expect(seen[call + 1]).toBe('200');
  });

  it('request() sends a route no descriptor covers, with the token', async () => {
    const { oa, requests } = client(() => ({ errcode: 0, errmsg: 'ok', anything: true }));
    expect(await oa.request('POST /cgi-bin/some/new/api?action=x', { a: 1 })).toEqual({ anything: true });
    const r = requests()[0]!;
    expect(r.url.pathname).toBe('/cgi-bin/some/new/api');
    expect(r.url.searchParams.get('action')).toBe('x');
    expect(r.url.searchParams.get('access_token')).toBe(TOKEN.access_token);
    expect(JSON.parse(r.text)).toEqual({ a: 1 });
  });
});
