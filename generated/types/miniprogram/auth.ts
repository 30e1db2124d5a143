// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `auth.code2Session`: Exchange a wx.login code for the user's session (小程序登录凭证校验 code2Session) */
export interface MpAuthCode2SessionParams {
  /** The Mini Program's appId */
  appid: string;
  /** The Mini Program's appSecret */
  secret: string;
  /** The login code obtained on the client with wx.login */
  js_code: string;
  /** Always authorization_code */
  grant_type: "authorization_code";
}

/** Result of `auth.code2Session`: Exchange a wx.login code for the user's session (小程序登录凭证校验 code2Session) */
export interface MpAuthCode2SessionResult {
  /** The user's unique id under this Mini Program */
  openid: string;
  /** Session key used to decrypt/verify user data; keep it on the server and never send it to the client */
  session_key: string;
  /** The user's id across the Open Platform account; returned only when the Mini Program is bound to one */
  unionid?: string;
}
