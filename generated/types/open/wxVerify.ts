// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `wxVerify.checkNickName`: Check a name against the WeChat-verification naming rules (小程序名称检测 checkNickName) */
export interface OpenWxVerifyCheckNickNameParams {
  /** Name to check */
  nick_name: string;
}

/** Result of `wxVerify.checkNickName`: Check a name against the WeChat-verification naming rules (小程序名称检测 checkNickName) */
export interface OpenWxVerifyCheckNickNameResult {
  /** true if a keyword rule is hit (supporting material may then be supplied) */
  hit_condition?: boolean;
  /** Description of the keyword rule that was hit */
  wording?: string;
}
