// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `userOrder.confirmPermission`: Submit the shopping-order integration for review (提交购物订单接入审核 confirmProductPermission) */
export type OpenUserOrderConfirmPermissionParams = Record<string, never>;

/** Result of `userOrder.confirmPermission`: Submit the shopping-order integration for review (提交购物订单接入审核 confirmProductPermission) */
export interface OpenUserOrderConfirmPermissionResult {
  /** Result of the most recent review (最近一次审核的结果); the review takes about 6 hours */
  last_result?: string;
}

/** Params of `userOrder.openPermission`: Open the shopping-order product permission (开通购物订单产品权限 openShoppingOrderProductPermission) */
export type OpenUserOrderOpenPermissionParams = Record<string, never>;
/** Result of `userOrder.openPermission`: Open the shopping-order product permission (开通购物订单产品权限 openShoppingOrderProductPermission) */
export type OpenUserOrderOpenPermissionResult = Record<string, unknown>;
