// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `component.code2Session`: Log in a user of an authorized Mini Program on its behalf (小程序登录 thirdpartyCode2Session) */
export interface OpenComponentCode2SessionParams {
  /** The authorized Mini Program's AppID */
  appid: string;
  /** The code obtained with wx.login */
  js_code: string;
  /** Always authorization_code */
  grant_type: "authorization_code";
  /**
   * The third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
}

/** Result of `component.code2Session`: Log in a user of an authorized Mini Program on its behalf (小程序登录 thirdpartyCode2Session) */
export interface OpenComponentCode2SessionResult {
  /** The user's unique id under the Mini Program */
  openid: string;
  /** Session key used to decrypt/verify user data; keep it on the server and never send it to the client */
  session_key: string;
  /** The user's Open Platform id; returned when the Mini Program is bound to an Open Platform account */
  unionid?: string;
}

/** Params of `component.createPreAuthCode`: Create a pre-authorization code for the authorization page (获取预授权码 getPreAuthCode) */
export interface OpenComponentCreatePreAuthCodeParams {
  /**
   * The third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
}

/** Result of `component.createPreAuthCode`: Create a pre-authorization code for the authorization page (获取预授权码 getPreAuthCode) */
export interface OpenComponentCreatePreAuthCodeResult {
  /** Pre-authorization code used to build the authorization link */
  pre_auth_code: string;
  /** Validity in seconds */
  expires_in: number;
}

/** Params of `component.getAuthorizerInfo`: Get an authorized account's profile and granted permissions (获取授权账号详情 getAuthorizerInfo) */
export interface OpenComponentGetAuthorizerInfoParams {
  /**
   * The third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
  /** Appid of the authorized Official Account or Mini Program */
  authorizer_appid: string;
}

/** Result of `component.getAuthorizerInfo`: Get an authorized account's profile and granted permissions (获取授权账号详情 getAuthorizerInfo) */
export interface OpenComponentGetAuthorizerInfoResult {
  /** Account information (Official Accounts, Mini Programs and Channels return different subsets) */
  authorizer_info: {
    /** Nickname */
    nick_name?: string;
    /** Avatar URL */
    head_img?: string;
    /** Account type */
    service_type_info?: {
      /** OA: 0 subscription, 1 upgraded legacy subscription, 2 service; Mini Program: 0 normal, 12 trial, 4 mini game, 10 mini shop, 2 or 3 store */
      id?: number;
      /** Type description */
      name?: string;
    };
    /** Verification type */
    verify_type_info?: {
      /** -1 unverified, 0 WeChat verified, 1 Sina Weibo, 3 qualified but name not verified, 4 as 3 plus Weibo */
      id?: number;
      /** Type description */
      name?: string;
    };
    /** Original id (gh_...) */
    user_name?: string;
    /** WeChat id set by the Official Account; may be empty */
    alias?: string;
    /** QR code image URL */
    qrcode_url?: string;
    /** Feature switches (0 off, 1 on) */
    business_info?: {
      /** WeChat Pay enabled */
      open_pay?: number;
      /** Shake enabled */
      open_shake?: number;
      /** Product scan enabled */
      open_scan?: number;
      /** Cards and offers enabled */
      open_card?: number;
      /** Stores enabled */
      open_store?: number;
    };
    /** Deprecated @deprecated 废弃参数 (no longer used) */
    idc?: number;
    /** Entity (principal) name */
    principal_name?: string;
    /** Mini Program introduction */
    signature?: string;
    /** Mini Program configuration; present only when the authorizer is a Mini Program */
    MiniProgramInfo?: {
      /** Configured server domains */
      network?: {
        /** request domains */
        RequestDomain?: Array<string>;
        /** socket domains */
        WsRequestDomain?: Array<string>;
        /** uploadFile domains */
        UploadDomain?: Array<string>;
        /** downloadFile domains */
        DownloadDomain?: Array<string>;
        /** udp domains */
        UDPDomain?: Array<string>;
        /** tcp domains */
        TCPDomain?: Array<string>;
        /** Business (web-view) domains (in the official example, not in the field table) */
        BizDomain?: Array<string>;
      };
      /** Configured categories */
      categories?: Array<{
        /** First-level category */
        first?: string;
        /** Second-level category */
        second?: string;
      }>;
      /** Deprecated @deprecated 废弃参数 (no longer used) */
      visit_status?: number;
    };
    /** How the Mini Program was registered: 0 normal, 2 reuse OA, 6 legal-person face, 13 trial, 15 alliance, 16 personal, 17 personal trade, 19 trial upgrade, 22/23 via merchant id */
    register_type?: number;
    /** 1 normal, 14 deregistered, 16 banned, 18 warned, 19 frozen */
    account_status?: number;
    /** Basic configuration */
    basic_config?: {
      /** A phone number is bound */
      is_phone_configured?: boolean;
      /** An email is bound (accounts without one cannot log in to the MP console) */
      is_email_configured?: boolean;
    };
    /** Present when the authorizer is a Channels account */
    channels_info?: {
      /** Channels type (0 normal) */
      id?: number;
    };
    /** Present when the authorizer is a WeChat Store */
    store_info?: {
      /** Store type (0 normal) */
      id?: number;
    };
    /** Present when the authorizer is a sales-assistant (带货助手) account */
    talent_info?: {
      /** Account type (0 normal) */
      id?: number;
    };
    /** Present when the authorizer is a supplier account */
    supplier_info?: {
      /** Supplier type (0 normal) */
      id?: number;
    };
  };
  /** Authorization information */
  authorization_info: {
    /** Appid of the authorized Official Account or Mini Program */
    authorizer_appid: string;
    /** Refresh token for the authorizer's access token (only when the account has API permissions) */
    authorizer_refresh_token?: string;
    /** Permission sets granted to the platform */
    func_info?: Array<S.ComponentFuncInfo>;
  };
}

/** Params of `component.getAuthorizerList`: List the accounts authorized to the platform (拉取已授权的账号信息 getAuthorizerList) */
export interface OpenComponentGetAuthorizerListParams {
  /**
   * The third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
  /** Start offset */
  offset: number;
  /** Number to fetch, at most 500 */
  count: number;
}

/** Result of `component.getAuthorizerList`: List the accounts authorized to the platform (拉取已授权的账号信息 getAuthorizerList) */
export interface OpenComponentGetAuthorizerListResult {
  /** Total number of authorized accounts */
  total_count: number;
  /** Accounts in this page */
  list: Array<{
    /** Appid of the authorized account */
    authorizer_appid: string;
    /** The account's authorizer_refresh_token */
    refresh_token?: string;
    /** Unix time of the authorization */
    auth_time?: number;
  }>;
}

/** Params of `component.getAuthorizerOption`: Get an authorizer's option setting (获取授权方选项信息) */
export interface OpenComponentGetAuthorizerOptionParams {
  /**
   * The third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
  /** Appid of the authorized Official Account or Mini Program */
  authorizer_appid: string;
  /** location_report (needs permission set 2), voice_recognize (set 1) or customer_service (set 6) */
  option_name: string;
}

/** Result of `component.getAuthorizerOption`: Get an authorizer's option setting (获取授权方选项信息) */
export interface OpenComponentGetAuthorizerOptionResult {
  /** Appid of the authorized Official Account or Mini Program */
  authorizer_appid?: string;
  /** Option name */
  option_name: string;
  /** location_report: 0 off, 1 on entering a chat, 2 every 5 s; voice_recognize and customer_service: 0 off, 1 on */
  option_value: string;
}

/** Params of `component.getAuthorizerToken`: Get or refresh an authorizer's access token (获取授权账号调用令牌 getAuthorizerAccessToken) */
export interface OpenComponentGetAuthorizerTokenParams {
  /**
   * The third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
  /** The authorizer's appid */
  authorizer_appid: string;
  /** Refresh token obtained from component.queryAuth */
  authorizer_refresh_token: string;
}

/** Result of `component.getAuthorizerToken`: Get or refresh an authorizer's access token (获取授权账号调用令牌 getAuthorizerAccessToken) */
export interface OpenComponentGetAuthorizerTokenResult {
  /** The authorizer's access token (valid 2 h; cache it) */
  authorizer_access_token: string;
  /** Validity in seconds */
  expires_in: number;
  /** Refresh token */
  authorizer_refresh_token: string;
}

/** Params of `component.getToken`: Get the platform's component_access_token (获取令牌 getComponentAccessToken) */
export interface OpenComponentGetTokenParams {
  /**
   * The third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
  /**
   * The third-party platform's appsecret
   * Filled in from the client's `componentAppSecret` when left out.
   */
  component_appsecret?: string;
  /** Latest ticket pushed by WeChat every 10 minutes (valid 12 h) */
  component_verify_ticket: string;
}

/** Result of `component.getToken`: Get the platform's component_access_token (获取令牌 getComponentAccessToken) */
export interface OpenComponentGetTokenResult {
  /** The platform's access token (valid 2 h) */
  component_access_token: string;
  /** Validity in seconds */
  expires_in: number;
}

/** Params of `component.queryAuth`: Exchange an authorization code for the authorizer's tokens and permissions (获取刷新令牌 getAuthorizerRefreshToken) */
export interface OpenComponentQueryAuthParams {
  /**
   * The third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
  /** Authorization code from the authorization callback (or the 授权变更通知 push) */
  authorization_code: string;
}

/** Result of `component.queryAuth`: Exchange an authorization code for the authorizer's tokens and permissions (获取刷新令牌 getAuthorizerRefreshToken) */
export interface OpenComponentQueryAuthResult {
  /** Authorization information */
  authorization_info: {
    /** Appid of the authorizing Official Account or Mini Program */
    authorizer_appid: string;
    /** The authorizer's access token (only when the account has API permissions) */
    authorizer_access_token?: string;
    /** Validity of authorizer_access_token in seconds (only when the account has API permissions) */
    expires_in?: number;
    /** Refresh token for authorizer_access_token; store it, it is lost only by re-authorization (only when the account has API permissions) */
    authorizer_refresh_token?: string;
    /** Permission sets granted to the platform */
    func_info?: Array<S.ComponentFuncInfo>;
  };
}

/** Params of `component.setAuthorizerOption`: Set an authorizer's option (设置授权方选项信息 setAuthorizerOption) */
export interface OpenComponentSetAuthorizerOptionParams {
  /**
   * The third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
  /** Appid of the authorized Official Account or Mini Program */
  authorizer_appid: string;
  /** location_report, voice_recognize or customer_service; the authorizer must have granted the matching permission set */
  option_name: string;
  /** location_report: 0 off, 1 on entering a chat, 2 every 5 s; voice_recognize and customer_service: 0 off, 1 on */
  option_value: string;
}

/** Result of `component.setAuthorizerOption`: Set an authorizer's option (设置授权方选项信息 setAuthorizerOption) */
export type OpenComponentSetAuthorizerOptionResult = Record<string, unknown>;

/** Params of `component.startPushTicket`: Start the component_verify_ticket push service (启动票据推送服务 startPushTicket) */
export interface OpenComponentStartPushTicketParams {
  /**
   * The platform-type third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
  /** The platform-type third-party platform's APPSECRET */
  component_secret: string;
}

/** Result of `component.startPushTicket`: Start the component_verify_ticket push service (启动票据推送服务 startPushTicket) */
export type OpenComponentStartPushTicketResult = Record<string, unknown>;
