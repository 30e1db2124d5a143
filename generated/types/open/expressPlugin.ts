// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `expressPlugin.applyMsg`: Apply for the logistics message capability (申请开通物流消息 applyMsgPlugin) */
export type OpenExpressPluginApplyMsgParams = Record<string, never>;
/** Result of `expressPlugin.applyMsg`: Apply for the logistics message capability (申请开通物流消息 applyMsgPlugin) */
export type OpenExpressPluginApplyMsgResult = Record<string, unknown>;
/** Params of `expressPlugin.applyQuery`: Apply for the logistics query component (申请开通物流查询组件 applyQueryPlugin) */
export type OpenExpressPluginApplyQueryParams = Record<string, never>;
/** Result of `expressPlugin.applyQuery`: Apply for the logistics query component (申请开通物流查询组件 applyQueryPlugin) */
export type OpenExpressPluginApplyQueryResult = Record<string, unknown>;
/** Params of `expressPlugin.applyReturn`: Apply for the logistics return component (申请开通物流退货组件 applyReturnPlugin) */
export type OpenExpressPluginApplyReturnParams = Record<string, never>;
/** Result of `expressPlugin.applyReturn`: Apply for the logistics return component (申请开通物流退货组件 applyReturnPlugin) */
export type OpenExpressPluginApplyReturnResult = Record<string, unknown>;
