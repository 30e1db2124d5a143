// The token layer through a real client: cold-start stampede, compare-and-refresh on 40001,
// forced-refresh rate limit, refresh ahead of expiry, 45009 cool-down.
import { describe, expect, it } from 'vitest';
import {
  CredentialError,
  createOfficialAccount,
  RateLimitError,
  TokenInvalidError,
} from '../../src/index.js';
import { fakeFetch } from '../helpers/fake-fetch.js';

/** A fake WeChat with stable_token semantics and a switch to invalidate the current token. */
function fakeWechat() {
  let issued = 0;
  let current = '';
  const state = {
    tokenRequests: 0,
    forced: 0,
    quotaExhausted: false,
    expiresIn: 7200,
  };
  const { fetch, requests } = fakeFetch(async (req) => {
    if (req.url.pathname === '/cgi-bin/stable_token') {
      state.tokenRequests++;
      if (state.quotaExhausted) return { errcode: 45009, errmsg: 'reach max api daily quota limit' };
      const body = JSON.parse(req.text) as { force_refresh?: boolean };
      if (body.force_refresh) state.forced++;
      if (!current || body.force_refresh) current = `TOKEN_${++issued}_${'x'.repeat(100)}`;
      await new Promise((r) => setTimeout(r, 5));
      return { access_token: current, expires_in: state.expiresIn };
    }
    const token = req.url.searchParams.get('access_token');
    if (token !== current)
      return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' };
    return { subscribe: 1, openid: req.url.searchParams.get('openid') ?? '' };
  });
  return {
    fetch,
    requests,
    state,
    current: () => current,
    /** WeChat invalidates the token (someone else force-refreshed it). */
    rotate: () => {
      current = `TOKEN_${++issued}_${'y'.repeat(100)}`;
    },
  };
}

describe('access tokens', () => {
  it('1,000 concurrent calls on a cold client cause exactly one token request', async () => {
    const wx = fakeWechat();
    const oa = createOfficialAccount({ appId: 'wx1', appSecret: 'SECRET', fetch: wx.fetch });
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => oa.api.user.info({ openid: `o${i}` })),
    );
    expect(results).toHaveLength(1000);
    expect(results[999]).toEqual({ subscribe: 1, openid: 'o999' });
    expect(wx.state.tokenRequests).toBe(1);
  });

  it('a 40001 on the stored token forces exactly one refresh, then the call succeeds', async () => {
    const wx = fakeWechat();
    const oa = createOfficialAccount({ appId: 'wx1', appSecret: 'SECRET', fetch: wx.fetch });
    await oa.api.user.info({ openid: 'o' });
    wx.state.tokenRequests = 0;
    // Upstream invalidates; the next 100 concurrent calls all fail once with the same stored token.
    wx.rotate();
    const results = await Promise.all(Array.from({ length: 100 }, () => oa.api.user.info({ openid: 'o' })));
    expect(results.every((r) => r.subscribe === 1)).toBe(true);
    expect(wx.state.tokenRequests).toBe(1);
    expect(wx.state.forced).toBe(1);
  });

  it('a 40001 carrying an already-replaced token does not cause a second refresh', async () => {
    const wx = fakeWechat();
    const oa = createOfficialAccount({ appId: 'wx1', appSecret: 'SECRET', fetch: wx.fetch });
    const stale = await oa.getAccessToken();
    // Another caller already refreshed: the store holds a new token.
    await oa.internals.accessToken.put({ value: 'REPLACED_TOKEN', expiresIn: 7200 });
    wx.state.tokenRequests = 0;
    expect(await oa.internals.accessToken.invalidate(stale)).toBe(true);
    expect(await oa.getAccessToken()).toBe('REPLACED_TOKEN');
    expect(wx.state.tokenRequests).toBe(0);
  });

  it('forced refreshes are rate-limited: a token that keeps failing does not burn the quota', async () => {
    const wx = fakeWechat();
    const oa = createOfficialAccount({
      appId: 'wx1',
      appSecret: 'SECRET',
      fetch: wx.fetch,
      minForceIntervalMs: 60_000,
    });
    await oa.api.user.info({ openid: 'o' });
    wx.rotate();
    await oa.api.user.info({ openid: 'o' }); // one forced refresh heals it
    wx.rotate();
    // Within the interval a second forced refresh is refused: the caller sees the token error, and
    // the error says why no refresh was tried.
    const err = await oa.api.user.info({ openid: 'o' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TokenInvalidError);
    expect(err).toMatchObject({ refreshSkipped: 'rate-limited' });
    expect((err as Error).message).toMatch(/no refresh and retry: forced refreshes are rate-limited/);
    expect(wx.state.forced).toBe(1);
  });

  it('refreshes ahead of expiry in the background while serving the current token', async () => {
    const wx = fakeWechat();
    wx.state.expiresIn = 4; // seconds: the refresh-ahead window (half the life) starts after 2 s
    const oa = createOfficialAccount({
      appId: 'wx1',
      appSecret: 'SECRET',
      fetch: wx.fetch,
      refreshAheadMs: 60_000,
    });
    const first = await oa.getAccessToken();
    await new Promise((r) => setTimeout(r, 2_100));
    expect(await oa.getAccessToken()).toBe(first); // still valid: served at once
    await new Promise((r) => setTimeout(r, 50));
    expect(wx.state.tokenRequests).toBe(2); // and refreshed behind the scenes
  });

  it('45009 while fetching stops further fetches with a clear error', async () => {
    const wx = fakeWechat();
    wx.state.quotaExhausted = true;
    const oa = createOfficialAccount({ appId: 'wx1', appSecret: 'SECRET', fetch: wx.fetch });
    await expect(oa.getAccessToken()).rejects.toBeInstanceOf(RateLimitError);
    await expect(oa.getAccessToken()).rejects.toBeInstanceOf(CredentialError);
    await expect(oa.getAccessToken()).rejects.toThrow(/45009/);
    expect(wx.state.tokenRequests).toBe(1);
  });

  it('two accounts in one process never see each other’s tokens', async () => {
    const wx = fakeWechat();
    const a = createOfficialAccount({ appId: 'wxA', appSecret: 'S', fetch: wx.fetch });
    const b = createOfficialAccount({
      appId: 'wxB',
      appSecret: 'S',
      fetch: wx.fetch,
      store: a.internals.store,
    });
    await a.getAccessToken();
    await b.getAccessToken();
    expect(wx.state.tokenRequests).toBe(2);
  });
});
