// The endpoints whose answer depends on what the emulator remembers: token issuing, one-time codes,
// tickets, QR codes and media. Every other endpoint answers with its descriptor's example.

import { randomBytes } from 'node:crypto';
import type { ZodMiniType } from 'zod/mini';
import type { CatalogEntry } from './catalog.js';
import type { EmulatorState, StoredMedia } from './state.js';
import type { IssuedToken, RefreshPolicy } from './tokens.js';
import { WEB_AUTH_HANDLERS } from './web-auth-handlers.js';
import { type WechatErrorBody, wechatError } from './wechat-errors.js';

type Json = Record<string, unknown>;

export type HandlerResult = { json: Json } | { error: WechatErrorBody } | { file: StoredMedia };

export interface HandlerContext {
  entry: CatalogEntry;
  params: Json;
  /** The request's token, already checked. */
  token?: IssuedToken;
  state: EmulatorState;
  /** Sends a fresh ticket notification to a component's or suite's ticket URL (api_start_push_ticket). */
  pushTicket(ownerId: string): void;
}

/** `undefined`: answer as for any endpoint (the example, or a PNG for binary ones). */
type Handler = (ctx: HandlerContext) => HandlerResult | undefined | Promise<HandlerResult | undefined>;

const FORCE_PER_DAY = 20;
const FORCE_MIN_INTERVAL_MS = 30_000;
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

const ok = (json: Json): HandlerResult => ({ json: { errcode: 0, errmsg: 'ok', ...json } });
const fail = (errcode: number, errmsg: string): HandlerResult => ({ error: wechatError(errcode, errmsg) });

/** The example with some fields replaced, each keeping the example's type (WeCom sends created_at as a string). */
function patch(example: Json | undefined, values: Json): Json {
  const out: Json = { ...(example ?? {}) };
  for (const [k, v] of Object.entries(values)) {
    out[k] = typeof out[k] === 'string' && typeof v === 'number' ? String(v) : v;
  }
  return out;
}

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
    { kind: 'access_token', family: 'corp', owner: app.corpId, product: 'work' },
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
  a: { appId: string; product: 'oa' | 'miniprogram' },
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

const qrcodeCreate: Handler = (ctx) => {
  const permanent = String(ctx.params.action_name).startsWith('QR_LIMIT');
  const id = randomBytes(12).toString('base64url');
  const ticket = Buffer.from(`http://weixin.qq.com/q/${id}`).toString('base64');
  const expire = Math.min(Number(ctx.params.expire_seconds ?? 60) || 60, 2_592_000);
  return {
    json: {
      ticket,
      ...(permanent ? {} : { expire_seconds: expire }),
      url: `http://weixin.qq.com/q/${id}`,
    },
  };
};

const mediaUpload: Handler = async (ctx) => {
  const file = ctx.params.media;
  const mediaId = randomBytes(24).toString('base64url');
  if (file instanceof Blob) {
    ctx.state.storeMedia(mediaId, {
      bytes: new Uint8Array(await file.arrayBuffer()),
      contentType: file.type || 'application/octet-stream',
      filename: file instanceof File && file.name ? file.name : `${mediaId}.bin`,
    });
  }
  return {
    json: patch(ctx.entry.example, {
      type: ctx.params.type,
      media_id: mediaId,
      created_at: Math.floor(ctx.state.now() / 1000),
    }),
  };
};

/** What was uploaded under that media_id; anything else gets the default PNG. */
const mediaGet: Handler = (ctx) => {
  const stored = ctx.state.media.get(String(ctx.params.media_id));
  return stored ? { file: stored } : undefined;
};

/**
 * The example response, echoing the request where both name the same top-level scalar (the openid
 * of user.info, the agentid of agent.get), so answers read as answers to the question asked.
 */
export function exampleAnswer(entry: CatalogEntry, params: Json): Json {
  const example: Json = entry.example ?? { errcode: 0, errmsg: 'ok' };
  const out: Json = { ...example };
  for (const [k, v] of Object.entries(params)) {
    if (k in out && typeof v !== 'object' && typeof v === typeof out[k]) out[k] = v;
  }
  // An echo must not make the official example an answer its own schema refuses (an OCR request's
  // `type=photo` is not the response's `type: Front | Back`).
  const schema = entry.row.result as ZodMiniType | undefined;
  return schema && !schema.safeParse(out).success ? { ...example } : out;
}

export const HANDLERS: Readonly<Record<string, Handler>> = {
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
  'oa.qrcode.create': qrcodeCreate,
  'shared.media.upload': mediaUpload,
  'work.media.upload': mediaUpload,
  'shared.media.get': mediaGet,
  'work.media.get': mediaGet,
  ...WEB_AUTH_HANDLERS,
};
