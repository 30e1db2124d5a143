// createWork: a WeCom (企业微信) internal app. Its access_token comes from /cgi-bin/gettoken per
// corpId + secret; the store key carries the corpId, the agentId and a hash of the secret, so two
// apps of one corp (or the contacts secret and an agent's) never share a token.
import { createHash } from 'node:crypto';
import type { WorkApi } from '../../generated/api.js';
import { HttpCaller, type TokenSource } from '../http/caller.js';
import { Credential } from '../tokens/credential.js';
import { MemoryStore } from '../tokens/store.js';
import { buildApi } from './build-api.js';
import { type ClientOptions, credentialTuning, httpConfig, tokenSource } from './common.js';
import { fetchToken } from './token-endpoint.js';

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

/** What both createWork and a suite's corp(corpId) return. */
export interface Work {
  corpId: string;
  agentId: number | string | undefined;
  /** Every described WeCom endpoint, typed. */
  api: WorkApi;
  /** For a route no descriptor covers yet: `request('GET /cgi-bin/x', params)` on qyapi.weixin.qq.com. */
  request: HttpCaller['request'];
  /** The current access_token (fetched once, cluster-wide, when missing or about to expire). */
  getAccessToken(): Promise<string>;
  /** @internal the pieces other modules (webhook) build on. */
  internals: { caller: HttpCaller; accessToken: Credential; options: Omit<WorkOptions, 'secret'> };
}

export function createWork(options: WorkOptions): Work {
  const { secret, ...rest } = options;
  const store = options.store ?? new MemoryStore();
  const bare = new HttpCaller(httpConfig(options));
  const agent = options.agentId === undefined ? '-' : String(options.agentId);
  const accessToken = new Credential({
    key: `work:${options.corpId}:${agent}:${secretTag(secret)}:access_token`,
    store,
    ...credentialTuning(options),
    fetch: (_force, signal) =>
      fetchToken(
        bare,
        'work.token.get',
        { corpid: options.corpId, corpsecret: secret },
        'access_token',
        signal,
      ),
  });
  return workClient({ ...rest, store }, bare, accessToken);
}

/** @internal A WeCom client over a given access_token credential (an app's, or a suite's for a corp). */
export function workClient(
  options: Omit<WorkOptions, 'secret'>,
  bare: HttpCaller,
  accessToken: Credential,
): Work {
  const tokens: TokenSource = tokenSource({ access_token: accessToken });
  const caller = bare.withTokens(tokens);
  return {
    corpId: options.corpId,
    agentId: options.agentId,
    api: buildApi<WorkApi>('work', caller),
    request: (route, params, callOptions) =>
      caller.request(route, params, { host: 'qyapi.weixin.qq.com', ...callOptions }),
    getAccessToken: () => accessToken.get(),
    internals: { caller, accessToken, options },
  };
}

/** Tells secrets apart in a key without revealing them (a truncated SHA-256 cannot be reversed). */
export const secretTag = (secret: string) => createHash('sha256').update(secret).digest('hex').slice(0, 16);
