// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `liveAccess.apply`: Apply for the Mini Program's live-streaming capability (申请开通直播 applyLivelnfo) */
export interface OpenLiveAccessApplyParams {
  /** Always apply */
  action: "apply";
}

/** Result of `liveAccess.apply`: Apply for the Mini Program's live-streaming capability (申请开通直播 applyLivelnfo) */
export interface OpenLiveAccessApplyResult {
  /** apply */
  action?: string;
}
