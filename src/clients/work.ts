// createWork: a WeCom (企业微信) internal app. Its access_token comes from /cgi-bin/gettoken per
// corpId + secret; the store key carries the corpId, the agentId and a hash of the secret, so two
// apps of one corp (or the contacts secret and an agent's) never share a token.
import { createHash } from 'node:crypto';
import type { WorkApi } from '../../generated/api.js';
import type { HttpCaller } from '../http/caller.js';
import { type Product, productFacts } from '../products.js';
import type { Credential } from '../tokens/credential.js';
import { keys, ownerKey } from '../tokens/keys.js';
import { MemoryStore } from '../tokens/store.js';
import type { Bot, WebhookOptions } from '../webhook/index.js';
import { type ClientBase, clientBase, clientCalls, fetchedToken, productWebhook } from './assemble.js';
import { type ClientOptions, ticketCredentials, tokenSource } from './common.js';
import { type AgentConfig, type JssdkConfig, jssdkConfig, signPage } from './jssdk.js';
import { workOAuth } from './oauth.js';

export interface WorkOptions extends ClientOptions {
  corpId: string;
  /** The app's AgentId (not needed for the contacts or customer-contact secrets). */
  agentId?: number | string;
  /** The app's Secret. */
  secret: string;
  /** Callback settings, used by webhook(). */
  token?: string;
  encodingAESKey?: string;
  previousEncodingAESKey?: string;
}

/** What webhook() takes: any createWebhook option but the product, over the client's own settings. */
export type WorkWebhookOverrides = Partial<Omit<WebhookOptions<'work'>, 'product'>>;

/**
 * What both createWork and a suite's corp(corpId) return. `webhook` is there on createWork's client
 * (see WorkApp) and absent on a suite's corp: a corp served by a suite has no callback of its own, its
 * pushes reach the suite's callback URLs (see suite.webhook()).
 */
export interface Work {
  corpId: string;
  agentId: number | string | undefined;
  /** Every described WeCom endpoint, typed. */
  api: WorkApi;
  /** For a route no descriptor covers yet: `request('GET /cgi-bin/x', params)` on qyapi.weixin.qq.com. */
  request: HttpCaller['request'];
  /** The current access_token (fetched once, cluster-wide, when missing or about to expire). */
  getAccessToken(): Promise<string>;
  /** Web authorization: the OAuth link for pages inside WeCom, the web login link, and code → member. */
  oauth: ReturnType<typeof workOAuth>;
  /**
   * A JS-SDK ticket, cached like the token: `jsapi` (the corp's, signs wx.config) or `agent_config`
   * (the app's, signs wx.agentConfig).
   */
  getTicket(type?: WorkTicket): Promise<string>;
  jssdk: {
    /**
     * The `wx.config` object for the page at `url` (absolute; any `#fragment` is dropped), signed with
     * the corp's jsapi ticket: `{ beta: true, appId: corpId, timestamp, nonceStr, signature, jsApiList }`.
     */
    config(url: string, jsApiList: readonly string[], options?: { debug?: boolean }): Promise<JssdkConfig>;
    /**
     * The `wx.agentConfig` object for the page at `url`, signed with the app's ticket:
     * `{ corpid, agentid, timestamp, nonceStr, signature, jsApiList }`. `agentId` defaults to the
     * client's (a suite's corp client has none: pass the agentid from the corp's auth info).
     */
    agentConfig(
      url: string,
      jsApiList: readonly string[],
      options?: { agentId?: number | string },
    ): Promise<AgentConfig>;
  };
  /**
   * The callback handler of the app (router, transports, crypto, dedup, deadline): product `work`,
   * receiveId the CorpID, the client's store for duplicate suppression. Only on createWork's client.
   */
  webhook?(overrides?: WorkWebhookOverrides): Bot<'work'>;
  /** @internal the pieces other modules (webhook) build on. */
  internals: { caller: HttpCaller; accessToken: Credential; options: Omit<WorkOptions, 'secret'> };
}

export type WorkTicket = 'jsapi' | 'agent_config';

/** What createWork returns: a Work whose webhook() is always there. */
export interface WorkApp extends Work {
  /**
   * The callback handler of the app, built from the client's `token`, `encodingAESKey` (and
   * `previousEncodingAESKey`), the CorpID as receiveId and the client's store; `overrides` win.
   * Throws a CredentialError when `token` or `encodingAESKey` is missing: WeCom pushes are always
   * encrypted.
   */
  webhook(overrides?: WorkWebhookOverrides): Bot<'work'>;
}

export function createWork(options: WorkOptions): WorkApp {
  const { secret, ...rest } = options;
  const base = clientBase('work', options, { corpId: options.corpId });
  const agent = options.agentId === undefined ? '-' : String(options.agentId);
  // The secret's tag keeps two apps of one corp (or the contacts secret and an agent's) apart.
  const owner = ownerKey('work', options.corpId, agent, secretTag(secret));
  const accessToken = fetchedToken(base, keys.token(owner, 'access_token'), () => ({
    corpid: options.corpId,
    corpsecret: secret,
  }));
  const client = workClient({ ...rest, store: base.store }, base, owner, accessToken);
  const where = {
    credential: ownerKey('work', options.corpId, agent),
    why: 'WeCom pushes are always encrypted',
  };
  return {
    ...client,
    webhook: (overrides: WorkWebhookOverrides = {}): Bot<'work'> =>
      productWebhook(base, options, where, options.corpId, overrides),
  };
}

/** @internal A WeCom client over a given access_token credential (an app's, or a suite's for a corp). */
export function workClient(
  options: Omit<WorkOptions, 'secret'>,
  base: ClientBase<Product>,
  owner: string,
  accessToken: Credential,
): Work {
  const { caller, api, request } = clientCalls<WorkApi>(
    { ...base, product: 'work', facts: productFacts('work') },
    tokenSource({ access_token: accessToken }),
  );
  // The tickets belong to whoever's token fetches them (an app, or a suite's corp): keyed next to it.
  const ticket = ticketCredentials<WorkTicket>({
    owner,
    store: options.store ?? new MemoryStore(),
    options,
    caller,
    operationOf: (type) => ({
      operationId: type === 'jsapi' ? 'work.jssdk.getCorpTicket' : 'work.jssdk.getAgentTicket',
      params: {},
    }),
  });
  return {
    corpId: options.corpId,
    agentId: options.agentId,
    api,
    oauth: workOAuth(options.corpId, options.agentId, api, options.hosts),
    request,
    getAccessToken: () => accessToken.get(),
    getTicket: (type: WorkTicket = 'jsapi') => ticket(type).get(),
    jssdk: {
      config: async (url, jsApiList, config = {}) =>
        jssdkConfig(options.corpId, await ticket('jsapi').get(), url, jsApiList, { ...config, beta: true }),
      agentConfig: async (url, jsApiList, config = {}) => {
        const agentid = config.agentId ?? options.agentId;
        if (agentid === undefined || agentid === '') {
          throw new TypeError(
            'agentConfig needs the agentid: set agentId on the client, or pass { agentId } (a suite finds it in the corp auth info)',
          );
        }
        const signed = signPage(await ticket('agent_config').get(), url);
        return { corpid: options.corpId, agentid, ...signed, jsApiList: [...jsApiList] };
      },
    },
    internals: { caller, accessToken, options },
  };
}

/** Tells secrets apart in a key without revealing them (a truncated SHA-256 cannot be reversed). */
export const secretTag = (secret: string) => createHash('sha256').update(secret).digest('hex').slice(0, 16);
