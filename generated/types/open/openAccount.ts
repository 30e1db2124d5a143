// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `openAccount.bind`: Bind the authorized account to an Open Platform account (绑定开放平台账号 bindOpenAccount) */
export interface OpenOpenAccountBindParams {
  /** Open Platform account appid (from openAccount.create); an unverified one must have been created by the API and share the entity */
  open_appid: string;
  /** Appid of the authorized account; left out, the one of the authorizer_access_token (a different one fails with 40013) */
  appid?: string;
}

/** Result of `openAccount.bind`: Bind the authorized account to an Open Platform account (绑定开放平台账号 bindOpenAccount) */
export type OpenOpenAccountBindResult = Record<string, unknown>;

/** Params of `openAccount.create`: Create an Open Platform account and bind the authorized account to it (创建开放平台账号并绑定公众号/小程序) */
export interface OpenOpenAccountCreateParams {
  /** Appid of the authorized account; left out, the one of the authorizer_access_token (a different one fails with 40013) */
  appid?: string;
}

/** Result of `openAccount.create`: Create an Open Platform account and bind the authorized account to it (创建开放平台账号并绑定公众号/小程序) */
export interface OpenOpenAccountCreateResult {
  /** Appid of the created Open Platform account */
  open_appid?: string;
}

/** Params of `openAccount.get`: Get the Open Platform account the authorized account is bound to (获取开放平台账号 getOpenAccount) */
export interface OpenOpenAccountGetParams {
  /** Appid of the authorized account; left out, the one of the authorizer_access_token (a different one fails with 40013) */
  appid?: string;
}

/** Result of `openAccount.get`: Get the Open Platform account the authorized account is bound to (获取开放平台账号 getOpenAccount) */
export interface OpenOpenAccountGetResult {
  /** Appid of the bound Open Platform account (89002 when there is none) */
  open_appid?: string;
}

/** Params of `openAccount.hasBound`: Check whether the authorized account is bound to an Open Platform account (查询绑定的开放平台账号 getBindOpenAccount) */
export type OpenOpenAccountHasBoundParams = Record<string, never>;

/** Result of `openAccount.hasBound`: Check whether the authorized account is bound to an Open Platform account (查询绑定的开放平台账号 getBindOpenAccount) */
export interface OpenOpenAccountHasBoundResult {
  /** true if bound to an Open Platform account, false if not */
  have_open?: boolean;
}

/** Params of `openAccount.isSameEntity`: Check whether the bound Open Platform account has the same entity (查询开放平台账号是否与小程序同主体 getBindOpenAccountEntity) */
export type OpenOpenAccountIsSameEntityParams = Record<string, never>;

/** Result of `openAccount.isSameEntity`: Check whether the bound Open Platform account has the same entity (查询开放平台账号是否与小程序同主体 getBindOpenAccountEntity) */
export interface OpenOpenAccountIsSameEntityResult {
  /** true if the bound Open Platform account has the same entity as this account */
  same_entity?: boolean;
}

/** Params of `openAccount.unbind`: Unbind the authorized account from its Open Platform account (解除绑定开放平台账号 unbindOpenAccount) */
export interface OpenOpenAccountUnbindParams {
  /** Open Platform account appid; only accounts created by openAccount.create can be unbound */
  open_appid: string;
  /** Appid of the authorized account; left out, the one of the authorizer_access_token (a different one fails with 40013) */
  appid?: string;
}

/** Result of `openAccount.unbind`: Unbind the authorized account from its Open Platform account (解除绑定开放平台账号 unbindOpenAccount) */
export type OpenOpenAccountUnbindResult = Record<string, unknown>;
