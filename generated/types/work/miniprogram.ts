// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `miniprogram.code2Session`: Exchange a WeCom mini program login code for the session (code2Session) */
export interface WorkMiniprogramCode2SessionParams {
  /** The code from wx.qy.login */
  js_code: string;
  /** Always authorization_code */
  grant_type: "authorization_code";
}

/** Result of `miniprogram.code2Session`: Exchange a WeCom mini program login code for the session (code2Session) */
export interface WorkMiniprogramCode2SessionResult {
  /** The user's corp id */
  corpid?: string;
  /** The user's UserID in the corp (encrypted for third-party mini programs) */
  userid?: string;
  /** Session key; never send it to the mini program */
  session_key?: string;
}

/** Params of `miniprogram.transferSession`: Convert an upstream corp's mini program session into a downstream corp's (获取下级/下游企业小程序session) */
export interface WorkMiniprogramTransferSessionParams {
  /** Encrypted userid from code2Session, at most 64 bytes */
  userid: string;
  /** The upstream corp's session key from code2Session, at most 64 bytes (the token is the downstream corp's) */
  session_key: string;
}

/** Result of `miniprogram.transferSession`: Convert an upstream corp's mini program session into a downstream corp's (获取下级/下游企业小程序session) */
export interface WorkMiniprogramTransferSessionResult {
  /** The user's id in the downstream corp */
  userid?: string;
  /** Session key of the downstream corp */
  session_key?: string;
}
