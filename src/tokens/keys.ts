// Every store key wxkit writes, named in one place. A store may put its own prefix in front (the
// Redis store adds `wxkit:`); these are the keys below it. Renaming one orphans what is stored under
// the old name (a token is fetched again, but a permanent code or a refresh token is lost), so a
// rename needs a migration or a CHANGELOG entry.
import { type Product, productFacts } from '../products.js';

/** Whose keys: `oa:<appId>`, `open:<componentAppId>`, `work:<corpId>:<agentId>:<secret tag>`, … */
export const ownerKey = (product: Product, ...ids: string[]) =>
  [productFacts(product).namespace, ...ids].join(':');

export const keys = {
  /** A token of an owner: `oa:<appId>:access_token`, `suite:<suiteId>:suite_access_token`. */
  token: (owner: string, kind: string) => `${owner}:${kind}`,
  /** A JS-SDK or card ticket of an owner: `oa:<appId>:ticket:jsapi`. */
  ticket: (owner: string, type: string) => `${owner}:ticket:${type}`,
  /** The last good ticket WeChat pushed: `open:<id>:verify_ticket`, `suite:<id>:suite_ticket`. */
  pushedTicket: (owner: string, name: 'verify_ticket' | 'suite_ticket') => `${owner}:${name}`,
  /** An account authorized to an Open Platform component, as an owner of its own keys. */
  authorizer: (component: string, appId: string) => `${component}:authorizer:${appId}`,
  /** A corp that installed a WeCom suite, as an owner of its own keys. */
  corp: (suite: string, corpId: string) => `${suite}:corp:${corpId}`,
  /** What an authorizer keeps to refresh its token. */
  refreshToken: (authorizer: string) => `${authorizer}:refresh_token`,
  /** What a corp's installation keeps to get its token. */
  permanentCode: (corp: string) => `${corp}:permanent_code`,
  /** A WeCom service provider (its provider_access_token), shared by its suites. */
  provider: (corpId: string) => `provider:${corpId}`,
  /** A website app (网站应用), as an owner of its web-authorization keys. */
  website: (appId: string) => `web:${appId}`,
  /** A web-authorization user's refresh token: `oa:<appId>:oauth:<openid>:refresh_token`. */
  oauthRefreshToken: (owner: string, openid: string) => `${owner}:oauth:${openid}:refresh_token`,
  /** A push's duplicate-suppression claim. */
  webhookDelivery: (product: Product, account: string, fingerprint: string) =>
    `webhook:${product}:${account}:${fingerprint}`,
  /** A Credential's bookkeeping beside its value: refresh lock, forced-refresh state, backoff. */
  credentialLock: (key: string) => `${key}:lock`,
  credentialForce: (key: string) => `${key}:force`,
  credentialBackoff: (key: string) => `${key}:backoff`,
  /** Forced refreshes on one day (Beijing time, `YYYY-MM-DD`), against WeChat's daily limit. */
  credentialForcedOn: (key: string, day: string) => `${key}:forced:${day}`,
} as const;
