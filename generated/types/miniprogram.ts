// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from './shapes.js';

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

/** Params of `message.subscribe.send`: Send a subscribe message to a user (发送订阅消息 sendMessage) */
export interface MpMessageSubscribeSendParams {
  /** The recipient's openid */
  touser: string;
  /** Id of the subscribe-message template */
  template_id: string;
  /** Page opened when the card is tapped (this Mini Program only, query allowed, e.g. index?foo=bar); no jump when empty */
  page?: string;
  /** Template content, shaped like { "key1": { "value": any }, "key2": { "value": any } } */
  data: unknown;
  /** Version opened: developer, trial or formal (default formal) */
  miniprogram_state?: "developer" | "trial" | "formal";
  /** Language of the 进入小程序查看 link; default zh_CN */
  lang?: "zh_CN" | "en_US" | "zh_HK" | "zh_TW";
}

/** Result of `message.subscribe.send`: Send a subscribe message to a user (发送订阅消息 sendMessage) */
export type MpMessageSubscribeSendResult = Record<string, unknown>;

/** Params of `phone.getNumber`: Exchange a phone-number code for the user's phone number (获取手机号 getPhoneNumber) */
export interface MpPhoneGetNumberParams {
  /** Phone-number credential from the getPhoneNumber button; single use, valid 5 minutes */
  code: string;
  /** The user's openid; when given, WeChat checks that the code belongs to this user */
  openid?: string;
}

/** Result of `phone.getNumber`: Exchange a phone-number code for the user's phone number (获取手机号 getPhoneNumber) */
export interface MpPhoneGetNumberResult {
  /** The user's phone number information */
  phone_info: {
    /** The bound phone number (numbers outside mainland China include the country code) */
    phoneNumber: string;
    /** Phone number without the country code */
    purePhoneNumber: string;
    /** Country code (the field table says string; the official example prints it unquoted) */
    countryCode: string;
    /** Data watermark */
    watermark: {
      /** Unix time the user performed the phone-number action */
      timestamp: number;
      /** The Mini Program's appid */
      appid: string;
    };
  };
}

/** Params of `wxacode.getUnlimited`: Get an unlimited-quantity Mini Program code image (获取不限制的小程序码 getUnlimitedQRCode) */
export interface MpWxacodeGetUnlimitedParams {
  /** Up to 32 visible characters: digits, letters and !#$&'()*+,/:;=?@-._~ (passed to the page as the scene query) */
  scene: string;
  /** Page to open, e.g. pages/index/index, no leading / and no query; defaults to the home page */
  page?: string;
  /** Default true: page must exist in the released version; false allows unreleased pages (limited to 60000) */
  check_path?: boolean;
  /** Version to open; default release */
  env_version?: "release" | "trial" | "develop";
  /** Code width in px, 280 to 1280; default 430 */
  width?: number;
  /** Pick the line colour automatically; default false */
  auto_color?: boolean;
  /** Line colour as decimal RGB when auto_color is false; default {r:0,g:0,b:0} */
  line_color?: {
    /** Red (0-255) */
    r?: number;
    /** Green (0-255) */
    g?: number;
    /** Blue (0-255) */
    b?: number;
  };
  /** Transparent background; default false */
  is_hyaline?: boolean;
}
