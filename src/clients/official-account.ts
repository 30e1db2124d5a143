// createOfficialAccount / createMiniProgram: one app client (the access_token, stable_token by
// default; api, request, webhook) that both share; an Official Account adds the jsapi and wx_card
// tickets, JS-SDK signing and web authorization on top. All tokens use the same Credential mechanism.
import type { MiniProgramApi, OfficialAccountApi } from '../../generated/api.js';
import { CredentialError } from '../errors.js';
import type { TokenSource } from '../http/caller.js';
import { HttpCaller } from '../http/caller.js';
import { keys, ownerKey } from '../tokens/keys.js';
import { MemoryStore } from '../tokens/store.js';
import { type Bot, createWebhook, type WebhookOptions } from '../webhook/index.js';
import { clientBase, clientCalls, fetchedToken } from './assemble.js';
import { buildApi } from './build-api.js';
import { type ClientOptions, httpConfig, ticketCredentials, tokenSource } from './common.js';
import { type JssdkConfig, type JssdkConfigOptions, jssdkConfig } from './jssdk.js';
import { officialAccountOAuth, websiteOAuth } from './oauth.js';

export interface AppCredentials extends ClientOptions {
  appId: string;
  /** Needed to fetch the access_token yourself; not needed when `accessToken` is given (an authorizer). */
  appSecret?: string;
  /** `stable` (default) uses /cgi-bin/stable_token, which never invalidates other holders' tokens. */
  tokenMode?: 'stable' | 'classic';
  /** Supply the access_token some other way (the Open Platform does this for authorizers). */
  accessToken?: TokenSource;
  /** Callback settings, used by webhook(). */
  token?: string;
  encodingAESKey?: string;
  previousEncodingAESKey?: string;
}

type Ticket = 'jsapi' | 'wx_card';

function appClient<Api, P extends 'oa' | 'miniprogram'>(product: P, o: AppCredentials) {
  const base = clientBase(product, o, { appId: o.appId, appSecret: o.appSecret });
  const { store } = base;
  const owner = ownerKey(product, o.appId);
  const key = keys.token(owner, 'access_token');
  const accessToken = fetchedToken(
    base,
    key,
    (force) => {
      if (!o.appSecret)
        throw new CredentialError(`appSecret is required to fetch an access_token for ${o.appId}`, key);
      const params = { grant_type: 'client_credential', appid: o.appId, secret: o.appSecret };
      return o.tokenMode === 'classic' ? params : { ...params, force_refresh: force };
    },
    o.tokenMode === 'classic' ? 'shared.token.get' : base.facts.tokenEndpoint.operation,
  );
  const tokens: TokenSource = o.accessToken ?? tokenSource({ access_token: accessToken });
  const { caller, api, request } = clientCalls<Api>(base, tokens);

  return {
    appId: o.appId,
    /** Every described endpoint, typed. */
    api,
    /** For a route no descriptor covers yet: `request('POST /cgi-bin/x', body)`. */
    request,
    /** The current access_token (fetched once, cluster-wide, when missing or about to expire). */
    getAccessToken: () => tokens.get('access_token'),
    /**
     * The callback handler for this account (router, transports, crypto, dedup, deadline), sharing
     * the client's store so duplicate suppression works across processes when it is Redis.
     */
    webhook: (overrides: Partial<Omit<WebhookOptions<P>, 'product'>> = {}): Bot<P> => {
      if (!o.token)
        throw new CredentialError('webhook() needs the callback `token` in the client options', owner);
      return createWebhook<P>({
        product,
        token: o.token,
        receiveId: o.appId,
        store,
        ...(o.encodingAESKey ? { encodingAESKey: o.encodingAESKey } : {}),
        ...(o.previousEncodingAESKey ? { previousEncodingAESKey: o.previousEncodingAESKey } : {}),
        ...overrides,
      });
    },
    /** @internal the pieces other modules (webhook, open platform) build on. */
    internals: { caller, store, options: o, accessToken },
  };
}

/** An Official Account: the shared app client, plus its tickets, JS-SDK signing and web authorization. */
export function createOfficialAccount(o: AppCredentials) {
  const { webhook, internals, ...core } = appClient<OfficialAccountApi, 'oa'>('oa', o);
  const { caller, store } = internals;
  const ticket = ticketCredentials<Ticket>({
    owner: ownerKey('oa', o.appId),
    store,
    options: o,
    caller,
    operationOf: (type) => ({ operationId: 'oa.ticket.get', params: { type } }),
  });
  return {
    ...core,
    /** A JS-SDK ticket (`jsapi`) or card ticket (`wx_card`), cached like the token. */
    getTicket: (type: Ticket = 'jsapi') => ticket(type).get(),
    jssdk: {
      /**
       * The `wx.config` object for the page at `url` (absolute; any `#fragment` is dropped), signed
       * with the cached jsapi ticket: `{ appId, timestamp, nonceStr, signature, jsApiList }`.
       */
      config: async (
        url: string,
        jsApiList: readonly string[],
        options: JssdkConfigOptions = {},
      ): Promise<JssdkConfig> => jssdkConfig(o.appId, await ticket('jsapi').get(), url, jsApiList, options),
    },
    /** Web authorization (网页授权): the authorize link and one call from the code to the user. */
    oauth: officialAccountOAuth(o.appId, core.api, store, o.hosts),
    webhook,
    internals,
  };
}

export type OfficialAccount = ReturnType<typeof createOfficialAccount>;
/** A Mini Program: the shared app client only (no tickets, JS-SDK or web authorization). */
export type MiniProgram = ReturnType<typeof appClient<MiniProgramApi, 'miniprogram'>>;

export function createMiniProgram(options: AppCredentials): MiniProgram {
  return appClient<MiniProgramApi, 'miniprogram'>('miniprogram', options);
}

export interface WebsiteAppOptions extends ClientOptions {
  /** The website app's AppID on the Open Platform (网站应用). */
  appId: string;
  appSecret: string;
}

/**
 * A website app (网站应用): WeChat QR-code login for desktop browsers. It only signs users in, with
 * the same /sns endpoints as an Official Account's pages, so it carries just `oauth`.
 */
export function createWebsiteApp(o: WebsiteAppOptions) {
  const store = o.store ?? new MemoryStore();
  const caller = new HttpCaller({ ...httpConfig(o), own: { appId: o.appId, appSecret: o.appSecret } });
  return {
    appId: o.appId,
    /** `qrConnectUrl({ redirectUri, state })`, then `login(code)` on the redirect. */
    oauth: websiteOAuth(o.appId, buildApi<OfficialAccountApi>('oa', caller), store, o.hosts),
  };
}
export type WebsiteApp = ReturnType<typeof createWebsiteApp>;
