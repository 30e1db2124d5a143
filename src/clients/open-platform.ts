// createOpenPlatform: a WeChat Open Platform third-party platform (开放平台, "component"). The chain:
// component_verify_ticket (pushed every 10 min; the last good one kept) -> component_access_token ->
// pre_auth_code and the authorization URLs -> api_query_auth, which hands out the authorizer's
// refresh token (stored, and stored again whenever WeChat rotates it) -> authorizer_access_token ->
// open.authorizer(appid), OA and Mini Program clients acting for that account.
import type { OpenPlatformApi } from '../../generated/api.js';
import type { OpenComponentQueryAuthResult } from '../../generated/types/index.js';
import { operation } from '../http/operations.js';
import { Credential } from '../tokens/credential.js';
import { keys, ownerKey } from '../tokens/keys.js';
import { KEEP_MS, StoredValue } from '../tokens/stored-value.js';
import type { Bot, WebhookOptions } from '../webhook/index.js';
import { clientBase, clientCalls, productWebhook, ticketFed } from './assemble.js';
import { type ClientOptions, clientTuning, credentialTuning, tokenSource } from './common.js';
import { lruCache, MAX_CACHED_CLIENTS } from './lru.js';
import { componentOAuth } from './oauth.js';
import {
  createMiniProgram,
  createOfficialAccount,
  type MiniProgram,
  type OfficialAccount,
} from './official-account.js';
import { fetchToken } from './token-endpoint.js';

export interface OpenPlatformOptions extends ClientOptions {
  componentAppId: string;
  componentAppSecret: string;
  /** Callback settings of the platform (its pushes: component_verify_ticket, authorized, ...). */
  token: string;
  encodingAESKey: string;
  previousEncodingAESKey?: string;
}

export interface AuthorizationUrlOptions {
  /** Where WeChat sends the admin back, with `auth_code` and `expires_in` in the query. */
  redirectUri: string;
  /** 1: Official Accounts only, 2: Mini Programs only, 3: both (default); see the docs for newer kinds. */
  authType?: number;
  /** Only this account may authorize. */
  bizAppid?: string;
  /** Permission sets to ask for, e.g. `1|2|3`. */
  categoryIdList?: string;
  /** The mobile link (opened in WeChat) instead of the PC page (scanned with WeChat). */
  mobile?: boolean;
  /** Use this pre_auth_code instead of creating one. */
  preAuthCode?: string;
}

export interface Authorizer {
  oa: OfficialAccount;
  mp: MiniProgram;
}

/** The component_verify_ticket is valid for 12 hours; WeChat pushes a new one every 10 minutes. */
const VERIFY_TICKET_MS = 12 * 3_600_000;

export function createOpenPlatform(options: OpenPlatformOptions) {
  const o = options;
  const base = clientBase('open', o, {
    componentAppId: o.componentAppId,
    componentAppSecret: o.componentAppSecret,
  });
  const { store } = base;
  const tuning = credentialTuning(o);
  const ns = ownerKey('open', o.componentAppId);

  const { token: componentToken, saveTicket: saveVerifyTicket } = ticketFed(
    base,
    ns,
    {
      storedAs: 'verify_ticket',
      ttlMs: VERIFY_TICKET_MS,
      missing:
        'no component_verify_ticket stored yet: WeChat pushes one every 10 minutes to the authorization event URL; pass it to saveVerifyTicket()',
    },
    (ticket) => ({
      component_appid: o.componentAppId,
      component_appsecret: o.componentAppSecret,
      component_verify_ticket: ticket,
    }),
  );
  const { caller, api, request } = clientCalls<OpenPlatformApi>(
    base,
    tokenSource({ component_access_token: componentToken }),
  );

  const refreshToken = (appid: string) =>
    new StoredValue(keys.refreshToken(keys.authorizer(ns, appid)), store, KEEP_MS);
  // One entry per authorized account: its access_token credential and the OA / MP clients using it.
  const account = lruCache(MAX_CACHED_CLIENTS, (appid) => {
    const token = new Credential({
      key: keys.token(keys.authorizer(ns, appid), 'access_token'),
      store,
      ...tuning,
      fetch: async (_force, signal) => {
        const stored = refreshToken(appid);
        const current = await stored.require(
          `no authorizer_refresh_token stored for ${appid}: it must authorize first (handleAuthorization), or import one with saveAuthorizerRefreshToken()`,
        );
        const params = {
          component_appid: o.componentAppId,
          authorizer_appid: appid,
          authorizer_refresh_token: current,
        };
        const got = await fetchToken(
          caller,
          'open.component.getAuthorizerToken',
          params,
          'authorizer_access_token',
          signal,
        );
        // WeChat may rotate the refresh token; the old one stops working, so keep the new one at once.
        const next = got.result.authorizer_refresh_token;
        if (typeof next === 'string' && next && next !== current) await stored.set(next);
        return got;
      },
    });
    const child = {
      ...clientTuning(o),
      store,
      appId: appid,
      accessToken: tokenSource({ access_token: token }),
    };
    const clients: Authorizer = { oa: createOfficialAccount(child), mp: createMiniProgram(child) };
    return { token, clients };
  });

  const createPreAuthCode = async (): Promise<string> => {
    const res = (await caller.call(await operation('open.component.createPreAuthCode'), {
      component_appid: o.componentAppId,
    })) as { pre_auth_code: string };
    return res.pre_auth_code;
  };

  return {
    componentAppId: o.componentAppId,
    /** Every described Open Platform endpoint, typed (component_access_token injected). */
    api,
    /** Web authorization on behalf of an authorized Official Account (the code exchange: api.oauth). */
    oauth: componentOAuth(o.componentAppId, o.hosts),
    /** For a route no descriptor covers yet, with the component_access_token. */
    request,

    /**
     * Keeps the component_verify_ticket from its push (InfoType `component_verify_ticket`). An empty
     * ticket is ignored, so the last good one stays; a new ticket also ends the backoff left by a
     * component token fetch that failed (e.g. 61005/61006), so the token heals at once.
     */
    saveVerifyTicket,
    getComponentAccessToken: () => componentToken.get(),
    /** A new pre_auth_code (valid 10 minutes), for an authorization URL. */
    createPreAuthCode,
    /**
     * The page where an admin authorizes this platform: PC (scan with WeChat) or mobile (open in WeChat).
     * https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/getting_started/how_to_read.html
     */
    async authorizationUrl(params: AuthorizationUrlOptions): Promise<string> {
      const url = new URL(
        params.mobile
          ? 'https://open.weixin.qq.com/wxaopen/safe/bindcomponent'
          : 'https://mp.weixin.qq.com/cgi-bin/componentloginpage',
      );
      if (params.mobile) {
        url.searchParams.set('action', 'bindcomponent');
        url.searchParams.set('no_scan', '1');
      }
      url.searchParams.set('component_appid', o.componentAppId);
      url.searchParams.set('pre_auth_code', params.preAuthCode ?? (await createPreAuthCode()));
      url.searchParams.set('redirect_uri', params.redirectUri);
      url.searchParams.set('auth_type', String(params.authType ?? 3));
      if (params.bizAppid) url.searchParams.set('biz_appid', params.bizAppid);
      if (params.categoryIdList) url.searchParams.set('category_id_list', params.categoryIdList);
      if (params.mobile) url.hash = 'wechat_redirect';
      return url.toString();
    },
    /**
     * Handles an authorization (the auth_code from the redirect or the `authorized` push): api_query_auth,
     * then keeps the authorizer's refresh token and the access token it came with.
     */
    async handleAuthorization(authCode: string): Promise<OpenComponentQueryAuthResult['authorization_info']> {
      const res = (await caller.call(await operation('open.component.queryAuth'), {
        component_appid: o.componentAppId,
        authorization_code: authCode,
      })) as OpenComponentQueryAuthResult;
      const info = res.authorization_info;
      if (info.authorizer_refresh_token)
        await refreshToken(info.authorizer_appid).set(info.authorizer_refresh_token);
      if (info.authorizer_access_token && info.expires_in) {
        await account(info.authorizer_appid).token.put({
          value: info.authorizer_access_token,
          expiresIn: info.expires_in,
        });
      }
      return info;
    },
    /** Imports a refresh token kept elsewhere (e.g. when moving to wxkit). */
    saveAuthorizerRefreshToken: (appid: string, token: string) => refreshToken(appid).set(token),
    /** OA and Mini Program clients acting for an authorized account, with every generated endpoint. */
    authorizer(appid: string): Authorizer {
      return account(appid).clients;
    },
    /**
     * The handler of the platform's authorization event URL (授权事件接收URL: component_verify_ticket,
     * authorized, unauthorized, updateauthorized, ...): product `open`, the client's token and keys,
     * the component AppID as receiveId (WeChat seals every push to a third-party platform for it),
     * the client's store for duplicate suppression; `overrides` win.
     *
     * It keeps the component_verify_ticket by itself: a `component_verify_ticket` push for this
     * platform goes to saveVerifyTicket() before any handler runs, and a
     * `.onEvent('component_verify_ticket', …)` handler still runs after it. A failure to store it goes
     * to `onError` (stage `store`); WeChat still gets "success".
     */
    webhook: (overrides: Partial<Omit<WebhookOptions<'open'>, 'product'>> = {}): Bot<'open'> => {
      const where = { credential: ns, why: 'Open Platform pushes are always encrypted' };
      return productWebhook(base, o, where, o.componentAppId, overrides, {
        ownId: o.componentAppId,
        save: saveVerifyTicket,
      });
    },
    /** @internal the pieces other modules (webhook) build on. */
    internals: { caller, store, componentToken, options: o },
  };
}

export type OpenPlatform = ReturnType<typeof createOpenPlatform>;
