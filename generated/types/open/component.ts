// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `component.clearQuotaByAppSecret`: Reset API call quotas with the platform's AppSecret (使用AppSecret重置第三方平台API调用次数 clearComponentQuotaByAppSecret) */
export interface OpenComponentClearQuotaByAppSecretParams {
  /** Appid of an authorized account whose quota is cleared; leave out to clear the platform's own quota */
  appid?: string;
  /**
   * The third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
  /**
   * The third-party platform's appsecret
   * Filled in from the client's `componentAppSecret` when left out.
   */
  appsecret?: string;
}

/** Result of `component.clearQuotaByAppSecret`: Reset API call quotas with the platform's AppSecret (使用AppSecret重置第三方平台API调用次数 clearComponentQuotaByAppSecret) */
export type OpenComponentClearQuotaByAppSecretResult = Record<string, unknown>;

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

/** Params of `component.fastRegister.create`: Register a company Mini Program quickly, verified by the legal representative's face (快速注册企业小程序 registerMiniprogram) */
export interface OpenComponentFastRegisterCreateParams {
  /** Company name as registered (工商登记); for a 无主体名称个体工商户 write 个体户 + the legal representative's name, e.g. 个体户张三 */
  name: string;
  /** Company code */
  code: string;
  /** 1 unified social credit code (18 chars), 2 organization code (9 chars, xxxxxxxx-x), 3 business licence number (15 chars) */
  code_type: 1 | 2 | 3;
  /** WeChat ID of the legal representative */
  legal_persona_wechat: string;
  /** Name of the legal representative (as bound to the bank card) */
  legal_persona_name: string;
  /** The third party's contact phone */
  component_phone?: string;
}

/** Result of `component.fastRegister.create`: Register a company Mini Program quickly, verified by the legal representative's face (快速注册企业小程序 registerMiniprogram) */
export type OpenComponentFastRegisterCreateResult = Record<string, unknown>;

/** Params of `component.fastRegister.createBeta`: Create a trial Mini Program for a WeChat user (注册试用小程序 registerBetaMiniprogram) */
export interface OpenComponentFastRegisterCreateBetaParams {
  /**
   * Mini Program name, 4-30 characters; the suffix 的体验小程序 is added; brand keywords are refused
   * (length 4–30)
   */
  name: string;
  /** OpenID (not the WeChat ID) of the user who becomes the Mini Program's administrator */
  openid: string;
}

/** Result of `component.fastRegister.createBeta`: Create a trial Mini Program for a WeChat user (注册试用小程序 registerBetaMiniprogram) */
export interface OpenComponentFastRegisterCreateBetaResult {
  /** Id of this request; the creation push carries it to link the user and the new appid */
  unique_id?: string;
  /** Confirmation URL (valid 24 h) to send to the user, who authorizes the creation there */
  authorize_url?: string;
}

/** Params of `component.fastRegister.createPersonal`: Register a personal Mini Program quickly, verified by the user's face (快速注册个人小程序 fastRegisterPersonalMp) */
export interface OpenComponentFastRegisterCreatePersonalParams {
  /** The user's name (must match the name on the WeChat bank card) */
  idname: string;
  /** The user's WeChat ID */
  wxuser: string;
  /** The third party's contact phone */
  component_phone?: string;
  /**
   * Interface version flag: true for the new version of this API
   * @default false
   */
  new_version?: boolean;
}

/** Result of `component.fastRegister.createPersonal`: Register a personal Mini Program quickly, verified by the user's face (快速注册个人小程序 fastRegisterPersonalMp) */
export interface OpenComponentFastRegisterCreatePersonalResult {
  /** Task id, used by component.fastRegister.queryPersonal */
  taskid?: string;
  /** Verification URL the user scans (valid 24 h) to give identity, face and phone */
  authorize_url?: string;
  /** Task status: 0 created, 1 timed out, 2 refused by the user, 3 user agreed, 4 face check started, 5 face check failed, 6 face check ok, 7 phone code sent, 8 phone check failed, 9 phone check ok, 10 creation submitted, 11 creation failed, 12 created, 13 verified, 14 verification failed, 1001-1008 account/administrator limits or blacklists */
  status?: number;
}

/** Params of `component.fastRegister.queryPersonal`: Query a personal Mini Program registration task (快速注册个人小程序 - 查询创建任务状态) */
export interface OpenComponentFastRegisterQueryPersonalParams {
  /** Task id returned by component.fastRegister.createPersonal */
  taskid: string;
}

/** Result of `component.fastRegister.queryPersonal`: Query a personal Mini Program registration task (快速注册个人小程序 - 查询创建任务状态) */
export interface OpenComponentFastRegisterQueryPersonalResult {
  /** Task status: 0 created, 1 timed out, 2 refused by the user, 3 user agreed, 4 face check started, 5 face check failed, 6 face check ok, 7 phone code sent, 8 phone check failed, 9 phone check ok, 10 creation submitted, 11 creation failed, 12 created, 13 verified, 14 verification failed, 1001-1008 account/administrator limits or blacklists */
  status?: number;
}

/** Params of `component.fastRegister.search`: Query a company Mini Program registration task (快速注册企业小程序 - 查询创建任务状态) */
export interface OpenComponentFastRegisterSearchParams {
  /** Company name (企业名), as sent to component.fastRegister.create */
  name?: string;
  /** WeChat ID of the legal representative */
  legal_persona_wechat?: string;
  /** Name of the legal representative (as bound to the bank card) */
  legal_persona_name?: string;
}

/** Result of `component.fastRegister.search`: Query a company Mini Program registration task (快速注册企业小程序 - 查询创建任务状态) */
export type OpenComponentFastRegisterSearchResult = Record<string, unknown>;

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

/** Params of `component.getJumpDomainConfirmFile`: Get the verification file for the platform's business domains (获取第三方平台业务域名校验文件 getThirdpartyJumpDomainConfirmFile) */
export type OpenComponentGetJumpDomainConfirmFileParams = Record<string, never>;

/** Result of `component.getJumpDomainConfirmFile`: Get the verification file for the platform's business domains (获取第三方平台业务域名校验文件 getThirdpartyJumpDomainConfirmFile) */
export interface OpenComponentGetJumpDomainConfirmFileResult {
  /** File name (place the file in the root of each business domain) */
  file_name?: string;
  /** File content */
  file_content?: string;
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

/** Params of `component.modifyJumpDomain`: Set the platform's Mini Program business domains (设置第三方平台业务域名 modifyThirdpartyJumpDomain) */
export interface OpenComponentModifyJumpDomainParams {
  /** add, delete (deleting a missing domain still succeeds), set (overwrite) or get (returns both the testing and the published lists) */
  action: "add" | "delete" | "set" | "get";
  /** Business domains separated by `;`, at most 300 (200 on the older page), without scheme or path; each needs the verification file (component.getJumpDomainConfirmFile) in its root */
  wxa_jump_h5_domain?: string;
  /**
   * true changes the testing and the published (全网发布版) lists, false only the testing list
   * @default false
   */
  is_modify_published_together?: boolean;
}

/** Result of `component.modifyJumpDomain`: Set the platform's Mini Program business domains (设置第三方平台业务域名 modifyThirdpartyJumpDomain) */
export interface OpenComponentModifyJumpDomainResult {
  /** Business domains of the published platform now in force; absent when the change failed or the platform is not published */
  published_wxa_jump_h5_domain?: string;
  /** Business domains of the testing platform now in force; absent when the change failed */
  testing_wxa_jump_h5_domain?: string;
  /** Domains that failed verification; absent when there are none */
  invalid_wxa_jump_h5_domain?: string;
}

/** Params of `component.modifyServerDomain`: Set the platform's Mini Program server domains (设置第三方平台服务器域名 modifyThirdpartyServerDomain) */
export interface OpenComponentModifyServerDomainParams {
  /** add, delete (deleting a missing domain still succeeds), set (overwrite) or get (returns both the testing and the published lists) */
  action: "add" | "delete" | "set" | "get";
  /** Server domains separated by `;`, at most 1000, without scheme or path (like www.qq.com); not needed for get */
  wxa_server_domain?: string;
  /**
   * true changes the testing and the published (全网发布版) lists, false only the testing list
   * @default false
   */
  is_modify_published_together?: boolean;
}

/** Result of `component.modifyServerDomain`: Set the platform's Mini Program server domains (设置第三方平台服务器域名 modifyThirdpartyServerDomain) */
export interface OpenComponentModifyServerDomainResult {
  /** Server domains of the published platform now in force; absent when the change failed or the platform is not published */
  published_wxa_server_domain?: string;
  /** Server domains of the testing platform now in force; absent when the change failed */
  testing_wxa_server_domain?: string;
  /** Domains that failed verification; absent when there are none */
  invalid_wxa_server_domain?: string;
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

/** Params of `component.template.add`: Add a draft to the code template library (将草稿添加到模板库 addToTemplate) */
export interface OpenComponentTemplateAddParams {
  /** Draft id (from component.template.listDrafts) */
  draft_id: number;
  /**
   * 0 normal template library, 1 standard template library
   * @default 0
   */
  template_type?: 0 | 1;
}

/** Result of `component.template.add`: Add a draft to the code template library (将草稿添加到模板库 addToTemplate) */
export type OpenComponentTemplateAddResult = Record<string, unknown>;

/** Params of `component.template.delete`: Delete a template from the code template library (删除代码模板 deleteTemplate) */
export interface OpenComponentTemplateDeleteParams {
  /** Template id (from component.template.list) */
  template_id: number;
}

/** Result of `component.template.delete`: Delete a template from the code template library (删除代码模板 deleteTemplate) */
export type OpenComponentTemplateDeleteResult = Record<string, unknown>;

/** Params of `component.template.list`: List the templates in the code template library (获取模板列表 getTemplateList) */
export interface OpenComponentTemplateListParams {
  /** 0 normal templates, 1 standard templates; left out, all are returned */
  template_type?: 0 | 1;
}

/** Result of `component.template.list`: List the templates in the code template library (获取模板列表 getTemplateList) */
export interface OpenComponentTemplateListResult {
  /** Templates */
  template_list?: Array<{
    /** Time the template was added (Unix seconds) */
    create_time?: number;
    /** Template version, chosen by the developer */
    user_version?: string;
    /** Template description, chosen by the developer */
    user_desc?: string;
    /** Template id */
    template_id?: number;
    /** Id of the draft the template was made from (草稿 id; current page's table) */
    draft_id?: number;
    /** 0 normal template, 1 standard template */
    template_type?: 0 | 1;
    /** Appid of the development Mini Program */
    source_miniprogram_appid?: string;
    /** Name of the development Mini Program */
    source_miniprogram?: string;
    /** In the newer official sample, not in its table */
    developer?: string;
    /** Categories of a standard template; an empty array for a normal template */
    category_list?: Array<{
      /** Page of the Mini Program (see getCodePage; OpenApiDoc English copy) */
      address?: string;
      /** Mini Program labels (OpenApiDoc English copy) */
      tag?: string;
      /** First-level category */
      first_class?: string;
      /** First-level category id */
      first_id?: number;
      /** Second-level category */
      second_class?: string;
      /** Second-level category id */
      second_id?: number;
    }>;
    /** Scene tag of a standard template (not returned for normal templates) */
    audit_scene?: number;
    /** Review status of a standard template: 0 not submitted, 1 under review, 2 rejected, 3 approved, 4 submitting, 5 submission failed */
    audit_status?: 0 | 1 | 2 | 3 | 4 | 5;
    /** Rejection reason of a standard template */
    reason?: string;
  }>;
}

/** Params of `component.template.listDrafts`: List the drafts in the platform's draft box (获取草稿箱列表 getTemplatedRaftList) */
export type OpenComponentTemplateListDraftsParams = Record<string, never>;

/** Result of `component.template.listDrafts`: List the drafts in the platform's draft box (获取草稿箱列表 getTemplatedRaftList) */
export interface OpenComponentTemplateListDraftsResult {
  /** Drafts (uploaded from the development Mini Programs with WeChat DevTools) */
  draft_list?: Array<{
    /** Upload time (Unix seconds) */
    create_time?: number;
    /** Version number, chosen by the developer */
    user_version?: string;
    /** Version description, chosen by the developer */
    user_desc?: string;
    /** Draft id */
    draft_id?: number;
    /** Appid of the development Mini Program */
    source_miniprogram_appid?: string;
    /** Name of the development Mini Program */
    source_miniprogram?: string;
    /** WeChat nickname of the uploader */
    developer?: string;
    /** In the current official sample ([]), not in its table */
    category_list?: Array<unknown>;
  }>;
}
