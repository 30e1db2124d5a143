// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `authorizer.getOption`: Get an option setting of the authorized account (获取授权方选项信息 getAuthorizerOptionInfo) */
export interface OpenAuthorizerGetOptionParams {
  /** Option name (location_report, voice_recognize or customer_service per the older page) */
  option_name: string;
}

/** Result of `authorizer.getOption`: Get an option setting of the authorized account (获取授权方选项信息 getAuthorizerOptionInfo) */
export interface OpenAuthorizerGetOptionResult {
  /** Option name */
  option_name?: string;
  /** Option value */
  option_value?: string;
}
