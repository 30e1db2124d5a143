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

/** Params of `authorizer.setOption`: Set an option of the authorized account (设置授权方选项信息 setAuthorizerOptionInfo) */
export interface OpenAuthorizerSetOptionParams {
  /** Option name: location_report, voice_recognize or customer_service (needs the authorizer's matching permission set) */
  option_name: string;
  /** Value: location_report 0 no report, 1 on entering a chat, 2 every 5 s; voice_recognize and customer_service 0 off, 1 on */
  option_value: string;
}

/** Result of `authorizer.setOption`: Set an option of the authorized account (设置授权方选项信息 setAuthorizerOptionInfo) */
export type OpenAuthorizerSetOptionResult = Record<string, unknown>;
