// wxkit: typed WeChat server APIs. Crypto, messages, Redis and the emulator live in subpaths
// (wxkit/crypto, wxkit/messages, wxkit/redis, wxkit/testing).
export type * from '../generated/api.js';
export * from '../generated/errors.js';
export type * from '../generated/types/index.js';
export type { ClientOptions } from './clients/common.js';
export type { AgentConfig, JssdkConfig, JssdkConfigOptions, PageSignature } from './clients/jssdk.js';
export type { WebLoginOptions, WebUser, WorkUser } from './clients/oauth.js';
export type {
  AppCredentials,
  MiniProgram,
  OfficialAccount,
  WebsiteApp,
  WebsiteAppOptions,
} from './clients/official-account.js';
export { createMiniProgram, createOfficialAccount, createWebsiteApp } from './clients/official-account.js';
export type {
  AuthorizationUrlOptions,
  Authorizer,
  OpenPlatform,
  OpenPlatformOptions,
} from './clients/open-platform.js';
export { createOpenPlatform } from './clients/open-platform.js';
export type { Work, WorkApp, WorkOptions, WorkTicket, WorkWebhookOverrides } from './clients/work.js';
export { createWork } from './clients/work.js';
export type { WorkSuite, WorkSuiteOptions } from './clients/work-suite.js';
export { createWorkSuite } from './clients/work-suite.js';
export { CredentialError, HttpError, ValidationError, WechatApiError, WxkitError } from './errors.js';
export type { HttpConfig, HttpHooks, RequestInfo, TokenSource, ValidationMode } from './http/config.js';
export type { EndpointRow, Host, Product, TokenKind } from './http/endpoint.js';
export type { CallOptions, WechatFile } from './http/types.js';
export type { WechatUpload } from './http/upload.js';
export { OAuthUrlError } from './oauth/urls.js';
export type { PageHost } from './products.js';
export type {
  CredentialEvents,
  CredentialOptions,
  FetchedCredential,
  RefreshSkipReason,
} from './tokens/credential.js';
export { Credential } from './tokens/credential.js';
export type { Store } from './tokens/store.js';
export { MemoryStore, memoryStore } from './tokens/store.js';
