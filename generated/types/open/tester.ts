// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `tester.bind`: Bind a WeChat user as a tester of the Mini Program (绑定体验者 bindTester) */
export interface OpenTesterBindParams {
  /** WeChat ID (微信号) of the user */
  wechatid: string;
}

/** Result of `tester.bind`: Bind a WeChat user as a tester of the Mini Program (绑定体验者 bindTester) */
export interface OpenTesterBindResult {
  /** Unique string standing for the person */
  userstr?: string;
}

/** Params of `tester.list`: List the Mini Program's bound testers (获取体验者列表 getTester) */
export interface OpenTesterListParams {
  /** Always get_experiencer */
  action: "get_experiencer";
}

/** Result of `tester.list`: List the Mini Program's bound testers (获取体验者列表 getTester) */
export interface OpenTesterListResult {
  /** The testers */
  members?: Array<{
    /** Unique string standing for the person */
    userstr?: string;
  }>;
}

/** Params of `tester.unbind`: Unbind a tester from the Mini Program (解除绑定体验者 unbindTester) */
export interface OpenTesterUnbindParams {
  /** WeChat ID; give either userstr or wechatid */
  wechatid?: string;
  /** Unique string of the person (from tester.list); give either userstr or wechatid */
  userstr?: string;
}

/** Result of `tester.unbind`: Unbind a tester from the Mini Program (解除绑定体验者 unbindTester) */
export type OpenTesterUnbindResult = Record<string, unknown>;
