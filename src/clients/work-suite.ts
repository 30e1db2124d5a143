// createWorkSuite: a WeCom third-party suite (企业微信第三方应用). The chain:
// suite_ticket (pushed every 10 min) -> suite_access_token -> pre_auth_code and the install URL ->
// permanent_code per corp (stored, survives restarts) -> the corp's access_token via get_corp_token
// -> suite.corp(corpId), a WeCom client acting for that corp. Plus the provider_access_token.
import type { WorkSuiteApi } from '../../generated/api.js';
import type { WorkSuiteSuiteGetPermanentCodeResult } from '../../generated/types/index.js';
import { CredentialError } from '../errors.js';
import { operation } from '../http/operations.js';
import { Credential } from '../tokens/credential.js';
import { keys, ownerKey } from '../tokens/keys.js';
import { KEEP_MS, StoredValue } from '../tokens/stored-value.js';
import type { Bot, WebhookOptions } from '../webhook/index.js';
import { clientBase, clientCalls, productWebhook, ticketFed } from './assemble.js';
import {
  type ClientOptions,
  clientTuning,
  credentialTuning,
  encryptedWebhook,
  tokenSource,
} from './common.js';
import { lruCache, MAX_CACHED_CLIENTS } from './lru.js';
import { suiteOAuth } from './oauth.js';
import { fetchToken } from './token-endpoint.js';
import { type Work, workClient } from './work.js';

export interface WorkSuiteOptions extends ClientOptions {
  suiteId: string;
  suiteSecret: string;
  /** Callback settings of the suite (its pushes: suite_ticket, create_auth, ...). */
  token: string;
  encodingAESKey: string;
  previousEncodingAESKey?: string;
  /**
   * For the provider_access_token (service-provider APIs): the provider's CorpID and ProviderSecret.
   * The CorpID is also accepted as receiveId by webhook().
   */
  providerCorpId?: string;
  providerSecret?: string;
}

/** The suite_ticket is valid for 30 minutes; WeCom pushes a new one every 10. */
const SUITE_TICKET_MS = 30 * 60_000;
export function createWorkSuite(options: WorkSuiteOptions) {
  const o = options;
  const base = clientBase('work-suite', o, { suiteId: o.suiteId, suiteSecret: o.suiteSecret });
  const { store } = base;
  const tuning = credentialTuning(o);
  const ns = ownerKey('work-suite', o.suiteId);
  const callbackWhere = { credential: ns, why: 'WeCom pushes are always encrypted' };

  const { token: suiteToken, saveTicket: saveSuiteTicket } = ticketFed(
    base,
    ns,
    {
      storedAs: 'suite_ticket',
      ttlMs: SUITE_TICKET_MS,
      missing:
        'no suite_ticket stored yet: WeCom pushes one every 10 minutes to the suite callback; pass it to saveSuiteTicket()',
    },
    (ticket) => ({ suite_id: o.suiteId, suite_secret: o.suiteSecret, suite_ticket: ticket }),
  );

  const { providerCorpId, providerSecret } = o;
  const providerToken =
    providerCorpId && providerSecret
      ? new Credential({
          key: keys.token(keys.provider(providerCorpId), 'provider_access_token'),
          store,
          ...tuning,
          fetch: (_force, signal) =>
            fetchToken(
              base.bare,
              'work-suite.provider.getToken',
              { corpid: providerCorpId, provider_secret: providerSecret },
              'provider_access_token',
              signal,
            ),
        })
      : undefined;

  const { caller, api, request } = clientCalls<WorkSuiteApi>(
    base,
    tokenSource({
      suite_access_token: suiteToken,
      ...(providerToken ? { provider_access_token: providerToken } : {}),
    }),
  );

  const permanentCode = (corpId: string) =>
    new StoredValue(keys.permanentCode(keys.corp(ns, corpId)), store, KEEP_MS);
  // One entry per installed corp: its access_token credential and the WeCom client using it.
  const corpEntry = lruCache(MAX_CACHED_CLIENTS, (corpId) => {
    const owner = keys.corp(ns, corpId);
    const token = new Credential({
      key: keys.token(owner, 'access_token'),
      store,
      ...tuning,
      fetch: async (_force, signal) => {
        const code = await permanentCode(corpId).require(
          `no permanent code stored for corp ${corpId}: it must install the suite (handleAuthorization), or import one with savePermanentCode()`,
        );
        const params = { auth_corpid: corpId, permanent_code: code };
        return fetchToken(caller, 'work-suite.suite.getCorpToken', params, 'access_token', signal);
      },
    });
    return { token, client: workClient({ ...clientTuning(o), store, corpId }, base, owner, token) };
  });

  const getPreAuthCode = async (callOptions?: { signal?: AbortSignal }) => {
    const res = (await caller.call(await operation('work-suite.suite.getPreAuthCode'), {}, callOptions)) as {
      pre_auth_code: string;
    };
    return res.pre_auth_code;
  };

  return {
    suiteId: o.suiteId,
    /** Every described suite endpoint, typed (suite_access_token injected). */
    api,
    /** Web authorization links of the suite itself (a corp's own links: `corp(corpId).oauth`). */
    oauth: suiteOAuth(o.suiteId, o.hosts),
    /** For a route no descriptor covers yet, on qyapi.weixin.qq.com with the suite_access_token. */
    request,

    /**
     * Keeps the suite_ticket from its push (InfoType `suite_ticket`). An empty ticket is ignored, so
     * the last good one stays; a new ticket also ends a backoff left by a failed token fetch.
     */
    saveSuiteTicket,
    getSuiteAccessToken: () => suiteToken.get(),
    /** A new pre_auth_code (valid 20 minutes), for the install URL. */
    getPreAuthCode,
    /** The URL that installs the suite in a corp: https://open.work.weixin.qq.com/3rdapp/install?... */
    async installUrl(params: { redirectUri: string; state?: string; preAuthCode?: string }): Promise<string> {
      const url = new URL('https://open.work.weixin.qq.com/3rdapp/install');
      url.searchParams.set('suite_id', o.suiteId);
      url.searchParams.set('pre_auth_code', params.preAuthCode ?? (await getPreAuthCode()));
      url.searchParams.set('redirect_uri', params.redirectUri);
      if (params.state !== undefined) url.searchParams.set('state', params.state);
      return url.toString();
    },
    /**
     * Handles an install (the auth_code from the redirect or the create_auth push): get_permanent_code,
     * then keeps the corp's permanent code and the access_token it came with.
     */
    async handleAuthorization(authCode: string): Promise<WorkSuiteSuiteGetPermanentCodeResult> {
      const res = (await caller.call(await operation('work-suite.suite.getPermanentCode'), {
        auth_code: authCode,
      })) as WorkSuiteSuiteGetPermanentCodeResult;
      const corpId = res.auth_corp_info?.corpid;
      if (!corpId) throw new CredentialError('get_permanent_code returned no auth_corp_info.corpid', ns);
      await permanentCode(corpId).set(res.permanent_code);
      if (res.access_token && res.expires_in)
        await corpEntry(corpId).token.put({ value: res.access_token, expiresIn: res.expires_in });
      return res;
    },
    /** Imports a permanent code kept elsewhere (e.g. when moving to wxkit). */
    savePermanentCode: (corpId: string, code: string) => permanentCode(corpId).set(code),
    /** A WeCom client acting for an installed corp; its access_token comes from get_corp_token. */
    corp(corpId: string): Work {
      return corpEntry(corpId).client;
    },
    /** The provider_access_token (needs providerCorpId and providerSecret). */
    getProviderAccessToken: async () => {
      if (!providerToken)
        throw new CredentialError(
          'providerCorpId and providerSecret are needed for it',
          'provider_access_token',
        );
      return providerToken.get();
    },
    /**
     * The handler of the suite's instruction callback URL (指令回调: suite_ticket, create_auth,
     * change_auth, cancel_auth, change_contact, ...): product `work-suite`, the client's token and
     * keys, the client's store for duplicate suppression; `overrides` win.
     *
     * It keeps the suite_ticket by itself: a `suite_ticket` push for this suite goes to
     * saveSuiteTicket() before any handler runs, and a `.onEvent('suite_ticket', …)` handler still
     * runs after it. A failure to store it goes to `onError` (stage `store`); WeCom still gets "success".
     *
     * receiveId: WeCom seals instruction callbacks for the SuiteID ("在第三方回调事件中使用加解密算法,
     * receiveid的内容为suiteid", developer.work.weixin.qq.com/document/path/90628 and 97172), but its
     * staff say URL verification of the provider's URLs uses the provider's own CorpID, and some
     * create_auth pushes are reported with it; so the providerCorpId, when given, is accepted too.
     * The data callback URL (messages from installed corps, sealed for each corp's CorpID) is a
     * different URL: serve it with dataWebhook().
     */
    webhook: (overrides: Partial<Omit<WebhookOptions<'work-suite'>, 'product'>> = {}): Bot<'work-suite'> => {
      const receiveId = o.providerCorpId ? [o.suiteId, o.providerCorpId] : o.suiteId;
      return productWebhook(base, o, callbackWhere, receiveId, overrides, {
        ownId: o.suiteId,
        save: saveSuiteTicket,
      });
    },
    /**
     * The handler of the suite's data callback URL (数据回调): messages and events from the users of
     * installed corps, product `work`, sealed by WeCom for each corp's CorpID. Any corp is accepted
     * (the suite's Token already authenticates the push); `ctx.account` is the corp's CorpID, so a
     * handler acts for it with `suite.corp(ctx.account)`. Pass `receiveId` to accept listed corps only.
     */
    dataWebhook: (overrides: Partial<Omit<WebhookOptions<'work'>, 'product'>> = {}): Bot<'work'> => {
      return encryptedWebhook('work', o, callbackWhere, '', store, overrides);
    },
    /** @internal the pieces other modules (webhook) build on. */
    internals: { caller, store, suiteToken, providerToken, options: o },
  };
}

export type WorkSuite = ReturnType<typeof createWorkSuite>;
