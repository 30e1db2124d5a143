// The endpoints that trade a web-authorization code (src/testing/web-auth.ts) for a user: /sns for
// Official Account pages and website apps, /cgi-bin/auth for WeCom apps.
import { fail, type Handler, type HandlerContext, ok } from './handler-base.js';
import { openidOf, unionidOf } from './web-auth.js';

const PROFILE_SCOPES = new Set(['snsapi_userinfo', 'snsapi_login']);

const snsToken = (
  grant: { appId: string; userId: string; scope: string },
  token: { accessToken: string; refreshToken: string; expiresIn: number },
) =>
  ok({
    access_token: token.accessToken,
    expires_in: token.expiresIn,
    refresh_token: token.refreshToken,
    openid: openidOf(grant.appId, grant.userId),
    scope: grant.scope,
    ...(PROFILE_SCOPES.has(grant.scope) ? { unionid: unionidOf(grant.userId) } : {}),
  });

/** /sns/oauth2/access_token: a used code is 40163, an unknown or expired one 40029 (WeChat's errcodes). */
const snsAccessToken: Handler = (ctx) => {
  const grant = ctx.state.web.redeem(ctx.params.code, 'sns', ctx.params.appid);
  if (grant === 'used') return fail(40163, 'code been used');
  if (grant === 'invalid') return fail(40029, 'invalid code');
  return snsToken(grant, ctx.state.web.issueToken(grant));
};

const snsRefresh: Handler = (ctx) => {
  const got = ctx.state.web.refresh(ctx.params.refresh_token, ctx.params.appid);
  if (!got) return fail(40030, 'invalid refresh_token');
  return snsToken(got.grant, {
    accessToken: got.accessToken,
    refreshToken: String(ctx.params.refresh_token),
    expiresIn: 7200,
  });
};

const snsUser = (ctx: HandlerContext) => {
  const t = ctx.state.web.token(ctx.params.access_token);
  if (t?.kind !== 'sns')
    return { error: fail(40001, 'invalid credential, access_token is invalid or not latest') };
  if (openidOf(t.appId, t.userId) !== ctx.params.openid) return { error: fail(40003, 'invalid openid') };
  return { token: t };
};

const snsUserInfo: Handler = (ctx) => {
  const got = snsUser(ctx);
  if ('error' in got) return got.error;
  const { token } = got;
  if (!PROFILE_SCOPES.has(token.scope)) return fail(48001, 'api unauthorized');
  const u = ctx.state.web.user(token.userId)!;
  return {
    json: {
      openid: openidOf(token.appId, u.id),
      nickname: u.nickname,
      sex: u.sex ?? 0,
      province: u.province ?? '',
      city: u.city ?? '',
      country: u.country ?? '',
      headimgurl: '',
      privilege: [],
      unionid: unionidOf(u.id),
    },
  };
};

const snsCheck: Handler = (ctx) => {
  const got = snsUser(ctx);
  return 'error' in got ? got.error : ok({});
};

/** /cgi-bin/auth/getuserinfo: the code must have been issued to the token's corp. */
const workUserInfo: Handler = (ctx) => {
  const grant = ctx.state.web.redeem(ctx.params.code, 'work', ctx.token?.owner);
  if (typeof grant === 'string') return fail(40029, 'invalid code');
  const ticket =
    grant.scope === 'snsapi_privateinfo' ? ctx.state.web.issueToken(grant).accessToken : undefined;
  return ok({ userid: grant.userId, ...(ticket ? { user_ticket: ticket } : {}) });
};

// The emulator answers an unknown or expired user_ticket with 40029 (invalid code): the official page
// names no errcode of its own for it.
const workUserDetail: Handler = (ctx) => {
  const t = ctx.state.web.token(ctx.params.user_ticket);
  if (t?.kind !== 'work' || t.appId !== ctx.token?.owner) return fail(40029, 'invalid user_ticket');
  const u = ctx.state.web.user(t.userId)!;
  return ok({
    userid: u.id,
    gender: String(u.sex ?? 0),
    avatar: '',
    qr_code: '',
    mobile: u.mobile ?? '',
    email: u.email ?? `${u.id}@example.com`,
  });
};

export const WEB_AUTH_HANDLERS: Readonly<Record<string, Handler>> = {
  'oa.oauth.getAccessToken': snsAccessToken,
  'oa.oauth.refreshAccessToken': snsRefresh,
  'oa.oauth.getUserInfo': snsUserInfo,
  'oa.oauth.checkAccessToken': snsCheck,
  'work.oauth.getUserInfo': workUserInfo,
  'work.oauth.getUserDetail': workUserDetail,
};
