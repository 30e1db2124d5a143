// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `donut.code2VerifyInfo`: Exchange a multi-platform app login code for the user's identity info (登录凭证校验) */
export interface DonutCode2VerifyInfoParams {
  /** Multi-platform app ID (not the Mini Program or mobile app AppID) */
  appid: string;
  /** Multi-platform app secret (parameter name is appsecret, not secret) */
  appsecret: string;
  /** Temporary login code from wx.weixinAppLogin, wx.weixinMiniProgramLogin, wx.phoneSmsLogin, wx.appleLogin or one-tap phone login */
  code: string;
  /** Grant type, always authorization_code */
  grant_type: "authorization_code";
}

/** Result of `donut.code2VerifyInfo`: Exchange a multi-platform app login code for the user's identity info (登录凭证校验) */
export interface DonutCode2VerifyInfoResult {
  /** Login info */
  login_info?: {
    /** Login method */
    type?: "weixinApp" | "weixinMiniProgram" | "phoneSms" | "apple" | "phoneOneClick";
    /** Login time */
    login_time?: number;
    /** AppID (in the official example, not the table) */
    appid?: string;
  };
  /** User identity info; which *_info objects come back depends on the login type and the accounts bound */
  user_info?: {
    /** Multi-platform user ID */
    user_id?: string;
    /** WeChat mobile app info (login type weixinApp) */
    openapp_info?: {
      /** Mobile app AppID */
      appid?: string;
      /** OpenID under the mobile app */
      openid?: string;
      /** UnionID */
      unionid?: string;
      /** Avatar URL; the last number is the size (0, 46, 64, 96, 132; 0 is 640x640); empty without an avatar */
      headimgurl?: string;
      /** Nickname */
      nickname?: string;
    };
    /** WeChat Mini Program info (login type weixinMiniProgram) */
    miniprogram_info?: {
      /** Mini Program AppID */
      appid?: string;
      /** OpenID under the Mini Program */
      openid?: string;
      /** UnionID, only when the Mini Program is bound to an Open Platform account; otherwise empty */
      unionid?: string;
    };
    /** Phone number info (login types phoneSms and phoneOneClick) */
    phone_info?: {
      /** Phone number */
      phone?: string;
    };
    /** Apple account info (login type apple) */
    apple_info?: {
      /** Apple app bundle id */
      bundleid?: string;
      /** Apple user id */
      apple_user_id?: string;
      /** Apple account email */
      apple_email?: string;
      /** Whether the email is verified */
      is_apple_email_verified?: boolean;
      /** Whether the email is a private relay address */
      is_apple_email_private?: boolean;
    };
    /** Huawei account info */
    huawei_info?: {
      /** Huawei client_id */
      client_id?: string;
      /** Huawei open_id */
      huawei_open_id?: string;
      /** Huawei union_id */
      huawei_union_id?: string;
      /** Huawei account nickname */
      huawei_display_name?: string;
      /** Huawei account avatar */
      huawei_picture?: string;
      /** Huawei account email */
      huawei_email?: string;
      /** Whether the email is verified */
      is_huawei_email_verified?: boolean;
      /** Type */
      type?: string;
    };
  };
}

/** Params of `donut.unbindApple`: Unbind the Apple account from a multi-platform user (解绑苹果账号) */
export interface DonutUnbindAppleParams {
  /** Multi-platform user ID from donut.code2VerifyInfo (never take it from the client) */
  user_id: string;
}

/** Result of `donut.unbindApple`: Unbind the Apple account from a multi-platform user (解绑苹果账号) */
export type DonutUnbindAppleResult = Record<string, unknown>;

/** Params of `donut.unbindPhone`: Unbind the phone number from a multi-platform user (解绑手机号) */
export interface DonutUnbindPhoneParams {
  /** Multi-platform user ID from donut.code2VerifyInfo (never take it from the client) */
  user_id: string;
}

/** Result of `donut.unbindPhone`: Unbind the phone number from a multi-platform user (解绑手机号) */
export type DonutUnbindPhoneResult = Record<string, unknown>;

/** Params of `donut.unbindWeixin`: Unbind WeChat from a multi-platform user (解绑微信) */
export interface DonutUnbindWeixinParams {
  /** Multi-platform user ID from donut.code2VerifyInfo (never take it from the client) */
  user_id: string;
}

/** Result of `donut.unbindWeixin`: Unbind WeChat from a multi-platform user (解绑微信) */
export type DonutUnbindWeixinResult = Record<string, unknown>;

/** Params of `donut.unregisterUser`: Deregister a multi-platform user (注销用户) */
export interface DonutUnregisterUserParams {
  /** Multi-platform user ID from donut.code2VerifyInfo (never take it from the client) */
  user_id: string;
}

/** Result of `donut.unregisterUser`: Deregister a multi-platform user (注销用户) */
export type DonutUnregisterUserResult = Record<string, unknown>;
