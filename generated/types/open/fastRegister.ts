// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `fastRegister.rebindAdmin`: Complete the rebinding of the Mini Program's administrator (换绑管理员 componentrebindadmin) */
export interface OpenFastRegisterRebindAdminParams {
  /** Rebinding task id, appended (taskid=) to the redirect_uri when the admins confirm on mp.weixin.qq.com/wxopen/componentrebindadmin */
  taskid: string;
}

/** Result of `fastRegister.rebindAdmin`: Complete the rebinding of the Mini Program's administrator (换绑管理员 componentrebindadmin) */
export type OpenFastRegisterRebindAdminResult = Record<string, unknown>;

/** Params of `fastRegister.registerMiniProgram`: Register a Mini Program reusing the Official Account's entity (复用公众号主体快速注册小程序 registerMiniprogramByOffiaccount) */
export interface OpenFastRegisterRegisterMiniProgramParams {
  /** Ticket carried back to the platform by the Official Account administrator's scan page; retry no sooner than 5 s (61058) */
  ticket: string;
}

/** Result of `fastRegister.registerMiniProgram`: Register a Mini Program reusing the Official Account's entity (复用公众号主体快速注册小程序 registerMiniprogramByOffiaccount) */
export interface OpenFastRegisterRegisterMiniProgramResult {
  /** Appid of the new Mini Program */
  appid?: string;
  /** Authorization code of the new Mini Program; exchange it (with the appid) for the authorizer_refresh_token and keep that */
  authorization_code?: string;
  /** Whether WeChat verification was reused (boolean in the table; the official samples send the string "true") */
  is_wx_verify_succ?: unknown;
  /** Whether the Mini Program was linked to the Official Account (boolean in the table; the samples send "true") */
  is_link_succ?: unknown;
}
