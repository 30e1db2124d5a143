// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { OperationId } from './operations.js';
/** The products wxkit has a client for (spec/products.yaml). */
export const PRODUCTS = ["oa", "miniprogram", "open", "work", "work-suite"] as const;
export type Product = (typeof PRODUCTS)[number];
/** The API hosts, the descriptors' default first. */
export const HOSTS = ["api.weixin.qq.com", "qyapi.weixin.qq.com", "mp.weixin.qq.com"] as const;
export type Host = (typeof HOSTS)[number];
/** The hosts of the web-authorization pages a browser is sent to. */
export const PAGE_HOSTS = ["open.weixin.qq.com", "login.work.weixin.qq.com"] as const;
export type PageHost = (typeof PAGE_HOSTS)[number];
/** The tokens a call may carry, and `none` for a call without one. */
export const TOKEN_KINDS = ["access_token", "component_access_token", "suite_access_token", "provider_access_token", "none"] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];
/** The kinds of account a client holds (a product's `account`; codegen/descriptor.ts says what each holds). */
export const ACCOUNT_KINDS = ["app", "component", "corp", "suite"] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
/** Each product's account kind (its `account` fact). */
export interface ProductAccountKinds {
  readonly oa: "app";
  readonly miniprogram: "app";
  readonly open: "component";
  readonly work: "corp";
  readonly "work-suite": "suite";
}

export type AccountKindOf<P extends Product> = ProductAccountKinds[P];
/** The products whose accounts are of a kind: `ProductOfAccount<'app'>` is every appId + appSecret product. */
export type ProductOfAccount<K extends AccountKind> = { [P in Product]: ProductAccountKinds[P] extends K ? P : never }[Product];
/** What the runtime knows of a product; spec/products.yaml says what each fact means. */
export interface ProductFacts {
  readonly title: string;
  readonly namespace: string;
  readonly client: string;
  readonly host: Host;
  readonly token: TokenKind;
  readonly account: AccountKind;
  readonly pushes: { readonly alwaysEncrypted: boolean; readonly receiveId: string; readonly family: 'wechat' | 'wecom' };
  readonly tokenEndpoint: { readonly operation: OperationId; readonly field: string };
  readonly ticket?: { readonly infoType: string; readonly field: string; readonly addressedBy: string; readonly invalidErrcodes: readonly number[] };
}

export const products: { readonly [P in Product]: ProductFacts & { readonly account: AccountKindOf<P> } } = {
  oa: { "title": "Official Account", "namespace": "oa", "client": "OfficialAccount", "host": "api.weixin.qq.com", "token": "access_token", "account": "app", "pushes": { "alwaysEncrypted": false, "receiveId": "appId", "family": "wechat" }, "tokenEndpoint": { "operation": "shared.token.getStable", "field": "access_token" } },
  miniprogram: { "title": "Mini Program", "namespace": "mp", "client": "MiniProgram", "host": "api.weixin.qq.com", "token": "access_token", "account": "app", "pushes": { "alwaysEncrypted": false, "receiveId": "appId", "family": "wechat" }, "tokenEndpoint": { "operation": "shared.token.getStable", "field": "access_token" } },
  open: { "title": "Open Platform component", "namespace": "open", "client": "OpenPlatform", "host": "api.weixin.qq.com", "token": "component_access_token", "account": "component", "pushes": { "alwaysEncrypted": true, "receiveId": "componentAppId", "family": "wechat" }, "tokenEndpoint": { "operation": "open.component.getToken", "field": "component_access_token" }, "ticket": { "infoType": "component_verify_ticket", "field": "ComponentVerifyTicket", "addressedBy": "AppId", "invalidErrcodes": [61005, 61006] } },
  work: { "title": "WeCom app", "namespace": "work", "client": "Work", "host": "qyapi.weixin.qq.com", "token": "access_token", "account": "corp", "pushes": { "alwaysEncrypted": true, "receiveId": "corpId", "family": "wecom" }, "tokenEndpoint": { "operation": "work.token.get", "field": "access_token" } },
  "work-suite": { "title": "WeCom third-party suite", "namespace": "suite", "client": "WorkSuite", "host": "qyapi.weixin.qq.com", "token": "suite_access_token", "account": "suite", "pushes": { "alwaysEncrypted": true, "receiveId": "suiteId", "family": "wecom" }, "tokenEndpoint": { "operation": "work-suite.suite.getToken", "field": "suite_access_token" }, "ticket": { "infoType": "suite_ticket", "field": "SuiteTicket", "addressedBy": "SuiteId", "invalidErrcodes": [40085] } },
};
