// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `ams.checkCanOpenPublisher`: Check whether the Mini Program can open ad monetization (检测是否能开通流量主 AgencyCheckCanOpenPublisher) */
export type OpenAmsCheckCanOpenPublisherParams = Record<string, never>;

/** Result of `ams.checkCanOpenPublisher`: Check whether the Mini Program can open ad monetization (检测是否能开通流量主 AgencyCheckCanOpenPublisher) */
export interface OpenAmsCheckCanOpenPublisherResult {
  /** Error code (0 = ok) */
  ret?: number;
  /** Error message */
  err_msg?: string;
  /** Whether it can be opened: 0 no, 1 yes */
  status?: 0 | 1;
}

/** Params of `ams.createPublisher`: Open ad monetization (流量主) for the Mini Program (开通流量主 AgencyCreatePublisher) */
export type OpenAmsCreatePublisherParams = Record<string, never>;

/** Result of `ams.createPublisher`: Open ad monetization (流量主) for the Mini Program (开通流量主 AgencyCreatePublisher) */
export interface OpenAmsCreatePublisherResult {
  /** Error code (0 = ok; 2013 the 1000-UV threshold is not met, 2021 already opened) */
  ret?: number;
  /** Error message */
  err_msg?: string;
}

/** Params of `ams.getCustomShareRatio`: Get the custom ad revenue share ratio set for a Mini Program (查询自定义分账比例 GetCustomShareRatio) */
export interface OpenAmsGetCustomShareRatioParams {
  /** The Mini Program whose custom ratio (used when it signs) is read */
  appid: string;
}

/** Result of `ams.getCustomShareRatio`: Get the custom ad revenue share ratio set for a Mini Program (查询自定义分账比例 GetCustomShareRatio) */
export interface OpenAmsGetCustomShareRatioResult {
  /** Error code (0 = ok; 2061 no custom ratio set for this appid) */
  ret?: number;
  /** Error message */
  err_msg?: string;
  /** The platform's share, in percent */
  share_ratio?: number;
}

/** Params of `ams.getShareRatio`: Get the effective ad revenue share ratio (查询分账比例 GetShareRatio) */
export interface OpenAmsGetShareRatioParams {
  /** The platform's appid (its effective default ratio) or a Mini Program's (the platform's share of that Mini Program's ad revenue) */
  appid: string;
}

/** Result of `ams.getShareRatio`: Get the effective ad revenue share ratio (查询分账比例 GetShareRatio) */
export interface OpenAmsGetShareRatioResult {
  /** Error code (0 = ok) */
  ret?: number;
  /** Error message */
  err_msg?: string;
  /** The platform's share, in percent */
  share_ratio?: number;
}

/** Params of `ams.setCustomShareRatio`: Set a custom ad revenue share ratio for one Mini Program (设置自定义分账比例 SetCustomShareRatio) */
export interface OpenAmsSetCustomShareRatioParams {
  /** The platform's custom share in percent (40 = the platform gets 40%, the merchant 60%); used first when signing */
  share_ratio: number;
  /** The Mini Program the custom ratio is for */
  appid: string;
}

/** Result of `ams.setCustomShareRatio`: Set a custom ad revenue share ratio for one Mini Program (设置自定义分账比例 SetCustomShareRatio) */
export interface OpenAmsSetCustomShareRatioResult {
  /** Error code (0 = ok) */
  ret?: number;
  /** Error message */
  err_msg?: string;
}

/** Params of `ams.setShareRatio`: Set the default ad revenue share ratio for all Mini Programs (设置默认分账比例 SetShareRatio) */
export interface OpenAmsSetShareRatioParams {
  /** The platform's default share in percent; takes effect only once each merchant confirms it in the authorization flow */
  share_ratio: number;
}

/** Result of `ams.setShareRatio`: Set the default ad revenue share ratio for all Mini Programs (设置默认分账比例 SetShareRatio) */
export interface OpenAmsSetShareRatioResult {
  /** Error code (0 = ok) */
  ret?: number;
  /** Error message */
  err_msg?: string;
}
