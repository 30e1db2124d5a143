// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `customService.bindKfWork`: Bind WeChat Customer Service (WeCom) to the Mini Program (绑定微信客服) */
export interface MpCustomServiceBindKfWorkParams {
  /** WeCom corp id; must belong to the same entity as the Mini Program (non-individual Mini Programs only) */
  corpid: string;
}

/** Result of `customService.bindKfWork`: Bind WeChat Customer Service (WeCom) to the Mini Program (绑定微信客服) */
export type MpCustomServiceBindKfWorkResult = Record<string, unknown>;

/** Params of `customService.cancelAdmin`: Remove a customer-service account's administrator role (取消客服管理员) */
export interface MpCustomServiceCancelAdminParams {
  /** The customer-service account's openid */
  kf_openid: string;
  /** Sub-merchant business_id; not needed for ordinary customer-service accounts */
  business_id?: string;
}

/** Result of `customService.cancelAdmin`: Remove a customer-service account's administrator role (取消客服管理员) */
export type MpCustomServiceCancelAdminResult = Record<string, unknown>;
/** Params of `customService.getKfWorkBound`: Get the Mini Program's WeChat Customer Service binding (查询绑定情况) */
export type MpCustomServiceGetKfWorkBoundParams = Record<string, never>;

/** Result of `customService.getKfWorkBound`: Get the Mini Program's WeChat Customer Service binding (查询绑定情况) */
export interface MpCustomServiceGetKfWorkBoundResult {
  /** Entity name of the Mini Program; absent when not bound */
  entityName?: string;
  /** Bound WeCom corp id; absent when not bound */
  corpid?: string;
  /** Binding time (Unix seconds); absent when not bound */
  bindTime?: number;
}

/** Params of `customService.setAdmin`: Make a customer-service account an administrator (设置客服管理员) */
export interface MpCustomServiceSetAdminParams {
  /** The customer-service account's openid */
  kf_openid: string;
  /** Sub-merchant business_id; not needed for ordinary customer-service accounts */
  business_id?: string;
}

/** Result of `customService.setAdmin`: Make a customer-service account an administrator (设置客服管理员) */
export type MpCustomServiceSetAdminResult = Record<string, unknown>;

/** Params of `customService.unbindKfWork`: Unbind WeChat Customer Service from the Mini Program (解除绑定微信客服) */
export interface MpCustomServiceUnbindKfWorkParams {
  /** WeCom corp id */
  corpid: string;
}

/** Result of `customService.unbindKfWork`: Unbind WeChat Customer Service from the Mini Program (解除绑定微信客服) */
export type MpCustomServiceUnbindKfWorkResult = Record<string, unknown>;
