// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `quota.clear`: Reset the daily API call quota of an account (重置API调用次数) */
export interface QuotaClearParams {
  /** AppID of the account whose quota is cleared */
  appid: string;
}

/** Result of `quota.clear`: Reset the daily API call quota of an account (重置API调用次数) */
export type QuotaClearResult = Record<string, unknown>;

/** Params of `quota.clearByAppSecret`: Reset the daily API call quota using the AppSecret, no access_token needed (使用AppSecret重置API调用次数) */
export interface QuotaClearByAppSecretParams {
  /** AppID of the account whose quota is cleared */
  appid: string;
  /** The account's AppSecret */
  appsecret: string;
}

/** Result of `quota.clearByAppSecret`: Reset the daily API call quota using the AppSecret, no access_token needed (使用AppSecret重置API调用次数) */
export type QuotaClearByAppSecretResult = Record<string, unknown>;
