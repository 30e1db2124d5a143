// The emulator's token issuers: app, stable, WeCom, component, authorizer, suite, provider and corp
// tokens, and the codes and tickets traded for them, with WeChat's refresh rules (force_refresh
// limits per day and interval, rotation) on the token table of tokens.ts.
import type { ResolvedAuthorizer } from './accounts.js';
import { fail, type Handler, type HandlerContext, type Json, ok, patch } from './handler-base.js';
import type { IssuedToken, RefreshPolicy } from './tokens.js';

const FORCE_PER_DAY = 20;
const FORCE_MIN_INTERVAL_MS = 30_000;
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

const issue = (
  ctx: HandlerContext,
  slot: string,
  meta: Pick<IssuedToken, 'kind' | 'family' | 'owner' | 'product'>,
  policy: RefreshPolicy,
) => ctx.state.tokens.issue(slot, meta, policy);

const appToken: Handler = (ctx) => {
  const app = ctx.state.accounts.app(ctx.params.appid)!; // checked by checkCredentials
  const t = issue(
    ctx,
    `classic:${app.appId}`,
    { kind: 'access_token', family: 'app', owner: app.appId, product: app.product },
    'rotate',
  );
  return { json: { access_token: t.value, expires_in: t.expiresIn } };
};

const stableToken: Handler = (ctx) => {
  const { state, params } = ctx;
  const app = state.accounts.app(params.appid)!;
  let policy: RefreshPolicy = 'stable';
  if (params.force_refresh === true) {
    const now = state.now();
    const day = Math.floor((now + CHINA_OFFSET_MS) / DAY_MS);
    const seen = state.forcedRefreshes.get(app.appId);
    const log = seen && seen.day === day ? seen : { day, count: 0, last: Number.NEGATIVE_INFINITY };
    if (log.count >= FORCE_PER_DAY) return fail(45009, 'reach max api daily quota limit');
    // WeChat: forced refreshes less than 30 s apart do not refresh; the current token comes back.
    if (now - log.last >= FORCE_MIN_INTERVAL_MS) {
      policy = 'force';
      state.forcedRefreshes.set(app.appId, { day, count: log.count + 1, last: now });
    }
  }
  const t = issue(
    ctx,
    `stable:${app.appId}`,
    { kind: 'access_token', family: 'app', owner: app.appId, product: app.product },
    policy,
  );
  return { json: { access_token: t.value, expires_in: t.expiresIn } };
};

const workToken: Handler = (ctx) => {
  const app = ctx.state.accounts.workApps(ctx.params.corpid).find((a) => a.secret === ctx.params.corpsecret)!;
  const t = issue(
    ctx,
    `corp:${app.corpId}:${app.agentId}`,
    { kind: 'access_token', family: 'corp', owner: app.corpId, product: app.product },
    'reuse',
  );
  return ok({ access_token: t.value, expires_in: t.expiresIn });
};

const componentToken: Handler = (ctx) => {
  const id = String(ctx.params.component_appid);
  if (!ctx.state.tickets.accepts(id, ctx.params.component_verify_ticket)) {
    return ctx.state.tickets.current(id)
      ? fail(61006, 'component_verify_ticket is invalid')
      : fail(61005, 'component_verify_ticket is expired or was never pushed');
  }
  const t = issue(
    ctx,
    `component:${id}`,
    { kind: 'component_access_token', family: 'component', owner: id },
    'rotate',
  );
  return { json: { component_access_token: t.value, expires_in: t.expiresIn } };
};

/** The component of a component_access_token, and the authorizer it names. */
function authorizerOf(ctx: HandlerContext, appId: unknown) {
  const component = ctx.state.accounts.component(ctx.token?.owner);
  const authorizer = component?.authorizers.find((a) => a.appId === appId);
  return { component, authorizer };
}

const issueAuthorizerToken = (
  ctx: HandlerContext,
  componentAppId: string,
  a: Pick<ResolvedAuthorizer, 'appId' | 'product'>,
) =>
  issue(
    ctx,
    `authorizer:${componentAppId}:${a.appId}`,
    { kind: 'access_token', family: 'authorizer', owner: a.appId, product: a.product },
    'rotate',
  );

const authorizerToken: Handler = (ctx) => {
  const { component, authorizer } = authorizerOf(ctx, ctx.params.authorizer_appid);
  if (!component || !authorizer) return fail(61003, 'component is not authorized by this account');
  if (ctx.params.authorizer_refresh_token !== authorizer.refreshToken) {
    return fail(61023, 'refresh_token is invalid');
  }
  const t = issueAuthorizerToken(ctx, component.componentAppId, authorizer);
  return {
    json: {
      authorizer_access_token: t.value,
      expires_in: t.expiresIn,
      authorizer_refresh_token: authorizer.refreshToken,
    },
  };
};

const queryAuth: Handler = (ctx) => {
  const code = ctx.state.authorizationCodes.redeem(ctx.params.authorization_code);
  if (!code || code.componentAppId !== ctx.token?.owner)
    return fail(61010, 'authorization_code is expired or invalid');
  const { component, authorizer } = authorizerOf(ctx, code.authorizerAppId);
  if (!component || !authorizer) return fail(61003, 'component is not authorized by this account');
  const t = issueAuthorizerToken(ctx, component.componentAppId, authorizer);
  const info = (ctx.entry.example?.authorization_info ?? {}) as Json;
  return {
    json: {
      authorization_info: {
        ...info,
        authorizer_appid: authorizer.appId,
        authorizer_access_token: t.value,
        expires_in: t.expiresIn,
        authorizer_refresh_token: authorizer.refreshToken,
      },
    },
  };
};

const startPushTicket: Handler = (ctx) => {
  ctx.pushTicket(String(ctx.params.component_appid));
  return ok({});
};

const suiteToken: Handler = (ctx) => {
  const id = String(ctx.params.suite_id);
  if (!ctx.state.tickets.accepts(id, ctx.params.suite_ticket)) return fail(40085, 'invalid suite_ticket');
  const t = issue(ctx, `suite:${id}`, { kind: 'suite_access_token', family: 'suite', owner: id }, 'reuse');
  return ok({ suite_access_token: t.value, expires_in: t.expiresIn });
};

const providerToken: Handler = (ctx) => {
  const id = String(ctx.params.corpid);
  const t = issue(
    ctx,
    `provider:${id}`,
    { kind: 'provider_access_token', family: 'provider', owner: id },
    'reuse',
  );
  return ok({ provider_access_token: t.value, expires_in: t.expiresIn });
};

/** The corp a suite token + auth_corpid + permanent_code names, if the code is right. */
function suiteCorp(ctx: HandlerContext) {
  const suite = ctx.state.accounts.suite(ctx.token?.owner);
  const corp = suite?.corps.find((c) => c.corpId === ctx.params.auth_corpid);
  return suite && corp && corp.permanentCode === ctx.params.permanent_code ? { suite, corp } : undefined;
}

const corpTokenFor = (ctx: HandlerContext, suiteId: string, corpId: string) =>
  issue(
    ctx,
    `suitecorp:${suiteId}:${corpId}`,
    { kind: 'access_token', family: 'corp', owner: corpId, product: 'work' },
    'reuse',
  );

const corpToken: Handler = (ctx) => {
  const hit = suiteCorp(ctx);
  if (!hit) return fail(40084, 'invalid permanent_code');
  const t = corpTokenFor(ctx, hit.suite.suiteId, hit.corp.corpId);
  return ok({ access_token: t.value, expires_in: t.expiresIn });
};

const withCorpId = (example: Json | undefined, corpId: string): Json => {
  const out = { ...(example ?? {}) };
  const info = out.auth_corp_info as Json | undefined;
  if (info) out.auth_corp_info = { ...info, corpid: corpId };
  return out;
};

const authInfo: Handler = (ctx) => {
  const hit = suiteCorp(ctx);
  if (!hit) return fail(40084, 'invalid permanent_code');
  return { json: withCorpId(ctx.entry.example, hit.corp.corpId) };
};

const permanentCode: Handler = (ctx) => {
  const code = ctx.state.suiteAuthCodes.redeem(ctx.params.auth_code);
  const suite = ctx.state.accounts.suite(ctx.token?.owner);
  const corp = suite?.corps.find((c) => c.corpId === code?.corpId);
  if (!code || !suite || !corp || code.suiteId !== suite.suiteId) return fail(40029, 'invalid code');
  const t = corpTokenFor(ctx, suite.suiteId, corp.corpId);
  return {
    json: patch(withCorpId(ctx.entry.example, corp.corpId), {
      access_token: t.value,
      expires_in: t.expiresIn,
      permanent_code: corp.permanentCode,
    }),
  };
};

export const TOKEN_HANDLERS: Readonly<Record<string, Handler>> = {
  'shared.token.get': appToken,
  'shared.token.getStable': stableToken,
  'work.token.get': workToken,
  'open.component.getToken': componentToken,
  'open.component.getAuthorizerToken': authorizerToken,
  'open.component.queryAuth': queryAuth,
  'open.component.startPushTicket': startPushTicket,
  'work-suite.suite.getToken': suiteToken,
  'work-suite.provider.getToken': providerToken,
  'work-suite.suite.getCorpToken': corpToken,
  'work-suite.suite.getAuthInfo': authInfo,
  'work-suite.suite.getPermanentCode': permanentCode,
};
