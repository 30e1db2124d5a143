// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `betaMiniProgram.setNickName`: Rename a trial Mini Program (修改试用小程序名称 modifyBetaMiniprogramNickName) */
export interface OpenBetaMiniProgramSetNickNameParams {
  /** New name; the suffix 的体验小程序 is added; brand keywords are refused (86011) */
  name: string;
}

/** Result of `betaMiniProgram.setNickName`: Rename a trial Mini Program (修改试用小程序名称 modifyBetaMiniprogramNickName) */
export type OpenBetaMiniProgramSetNickNameResult = Record<string, unknown>;
