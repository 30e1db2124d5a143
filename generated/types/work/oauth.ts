// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `oauth.completeTfa`: Let a member through the usage second-factor verification (使用二次验证) */
export interface WorkOauthCompleteTfaParams {
  /** The member's UserID */
  userid: string;
  /** tfa_code from oauth.getTfaInfo, valid 5 minutes, single use */
  tfa_code: string;
}

/** Result of `oauth.completeTfa`: Let a member through the usage second-factor verification (使用二次验证) */
export type WorkOauthCompleteTfaResult = Record<string, unknown>;

/** Params of `oauth.getTfaInfo`: Get the member and tfa_code behind a second-factor verification code (获取用户二次验证信息) */
export interface WorkOauthGetTfaInfoParams {
  /** The code WeCom passed to the verification page; single use, expires after 5 minutes */
  code: string;
}

/** Result of `oauth.getTfaInfo`: Get the member and tfa_code behind a second-factor verification code (获取用户二次验证信息) */
export interface WorkOauthGetTfaInfoResult {
  /** Member UserID */
  userid?: string;
  /** Verification code for oauth.completeTfa, valid 5 minutes, single use */
  tfa_code?: string;
}

/** Params of `oauth.getUserDetail`: Get the sensitive fields a member authorized (获取访问用户敏感信息) */
export interface WorkOauthGetUserDetailParams {
  /** Member ticket from oauth.getUserInfo */
  user_ticket: string;
}

/** Result of `oauth.getUserDetail`: Get the sensitive fields a member authorized (获取访问用户敏感信息) */
export interface WorkOauthGetUserDetailResult {
  /** Member UserID */
  userid?: string;
  /** 0 undefined, 1 male, 2 female; the real value only with snsapi_privateinfo consent (0 otherwise) */
  gender?: "0" | "1" | "2";
  /** Avatar URL; the real one only with snsapi_privateinfo consent */
  avatar?: string;
  /** Personal QR code (scan to add as an external contact); with snsapi_privateinfo consent */
  qr_code?: string;
  /** Mobile; with snsapi_privateinfo consent, not for third-party apps */
  mobile?: string;
  /** Email; with snsapi_privateinfo consent, not for third-party apps */
  email?: string;
  /** Corporate email; with snsapi_privateinfo consent, not for third-party apps */
  biz_mail?: string;
  /** Address; with snsapi_privateinfo consent, not for third-party apps */
  address?: string;
}

/** Params of `oauth.getUserInfo`: Get the identity of the user behind an OAuth code (获取访问用户身份) */
export interface WorkOauthGetUserInfoParams {
  /** The code from the member's authorization, at most 512 bytes; single use, expires after 5 minutes */
  code: string;
}

/** Result of `oauth.getUserInfo`: Get the identity of the user behind an OAuth code (获取访问用户身份) */
export interface WorkOauthGetUserInfoResult {
  /** Member UserID (members, visible to the app or not); CorpId/userid for linked corps */
  userid?: string;
  /** Member ticket (at most 512 bytes, valid 1800 s) for oauth.getUserDetail; with scope snsapi_privateinfo and the member in the app's visible range */
  user_ticket?: string;
  /** Id of a non-member, unique within the corp, at most 64 bytes */
  openid?: string;
  /** External contact id, when the non-member is a customer of the corp followed by a member in the app's visible range */
  external_userid?: string;
}

/** Params of `oauth.legacyGetUserInfo`: Get the identity of the user behind an OAuth code, legacy route (获取访问用户身份 - 旧接口) */
export interface WorkOauthLegacyGetUserInfoParams {
  /** The code from the member's authorization, at most 512 bytes; single use, expires after 5 minutes */
  code: string;
}

/** Result of `oauth.legacyGetUserInfo`: Get the identity of the user behind an OAuth code, legacy route (获取访问用户身份 - 旧接口) */
export interface WorkOauthLegacyGetUserInfoResult {
  /** Member UserID (members) */
  UserId?: string;
  /** Device id, generated when WeCom is installed */
  DeviceId?: string;
  /** Member ticket for the detail call */
  user_ticket?: string;
  /** Id of a non-member, unique within the corp, at most 64 bytes */
  OpenId?: string;
  /** External contact id, when the non-member is a customer of the corp */
  external_userid?: string;
}
