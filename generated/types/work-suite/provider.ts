// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `provider.corpIdToOpenCorpId`: Convert a corp's plain corpid to the service provider's encrypted corpid (corpid的转换) */
export interface WorkSuiteProviderCorpIdToOpenCorpIdParams {
  /** The plain corpid to convert */
  corpid: string;
}

/** Result of `provider.corpIdToOpenCorpId`: Convert a corp's plain corpid to the service provider's encrypted corpid (corpid的转换) */
export interface WorkSuiteProviderCorpIdToOpenCorpIdResult {
  /** The corp's encrypted corpid under this service provider */
  open_corpid?: string;
}

/** Params of `provider.finishExternalUserIdMigration`: Mark a corp's external_userid migration as finished for the provider's third-party apps (设置迁移完成) */
export interface WorkSuiteProviderFinishExternalUserIdMigrationParams {
  /** The corp's corpid; the corp must have authorized the provider's third-party app */
  corpid: string;
}

/** Result of `provider.finishExternalUserIdMigration`: Mark a corp's external_userid migration as finished for the provider's third-party apps (设置迁移完成) */
export type WorkSuiteProviderFinishExternalUserIdMigrationResult = Record<string, unknown>;
/** Params of `provider.getAccountBalance`: Get the balance of the service provider's prepaid account (充值账户余额查询) */
export type WorkSuiteProviderGetAccountBalanceParams = Record<string, never>;

/** Result of `provider.getAccountBalance`: Get the balance of the service provider's prepaid account (充值账户余额查询) */
export interface WorkSuiteProviderGetAccountBalanceResult {
  /** Prepaid account balance, in fen (分) */
  balance?: number;
}

/** Params of `provider.getLoginInfo`: Get the user who logged in to the provider's site by scanning (获取登录用户信息) */
export interface WorkSuiteProviderGetLoginInfoParams {
  /** The auth_code of the scan-login (oauth2) redirect */
  auth_code: string;
}

/** Result of `provider.getLoginInfo`: Get the user who logged in to the provider's site by scanning (获取登录用户信息) */
export interface WorkSuiteProviderGetLoginInfoResult {
  /** Login user type: 1 creator, 2 internal admin, 3 external admin, 4 sub-admin, 5 member (old page text) */
  usertype?: number;
  /** The logged-in user */
  user_info?: {
    /** The admin's userid */
    userid?: string;
    /** The member's open_userid, unique per provider */
    open_userid?: string;
    /** The admin's name */
    name?: string;
    /** The admin's avatar URL */
    avatar?: string;
  };
  /** The authorizing corp */
  corp_info?: {
    /** Corp id of the user's corp */
    corpid?: string;
  };
  /** Apps of this provider the admin can use */
  agent?: Array<{
    /** App id */
    agentid?: number;
    /** The admin's rights on the app: 1 manage, 0 use */
    auth_type?: 0 | 1;
  }>;
  /** The admin's contacts permissions */
  auth_info?: {
    /** Departments the admin may see */
    department?: Array<{
      /** Department id (a string in the official sample) */
      id?: string;
      /** Whether the admin may edit it ("true" in the official sample) */
      writable?: string;
    }>;
  };
}

/** Params of `provider.getRegisterCode`: Get a registration code from a promotion package (获取注册码) */
export interface WorkSuiteProviderGetRegisterCodeParams {
  /** Promotion package id, at most 128 bytes (provider admin console: 应用管理-推广二维码) */
  template_id: string;
  /** Corp name to prefill on the registration form */
  corp_name?: string;
  /** Admin name to prefill */
  admin_name?: string;
  /** Admin mobile number to prefill */
  admin_mobile?: string;
  /** Custom state, letters and digits only, at most 128 bytes; returned by get_register_info and the register_corp event */
  state?: string;
  /** userid of a member of the provider's corp; the registered corp's record is marked as followed by them */
  follow_user?: string;
}

/** Result of `provider.getRegisterCode`: Get a registration code from a promotion package (获取注册码) */
export interface WorkSuiteProviderGetRegisterCodeResult {
  /** Registration code, usable once (consumed when the registration link is opened), at most 512 bytes */
  register_code?: string;
  /** Lifetime of register_code in seconds; the link must be opened within it */
  expires_in?: number;
}

/** Params of `provider.getRegisterInfo`: Get the registration status of a corp created through a registration code (查询注册状态) */
export interface WorkSuiteProviderGetRegisterInfoParams {
  /** Registration code from get_register_code or the register_corp event; queryable for 24 hours. Not for corps that were not newly created (84024) */
  register_code: string;
}

/** Result of `provider.getRegisterInfo`: Get the registration status of a corp created through a registration code (查询注册状态) */
export interface WorkSuiteProviderGetRegisterInfoResult {
  /** The new corp's corpid */
  corpid?: string;
  /** Contacts-migration credentials, only when the promotion package enables the contacts migration API */
  contact_sync?: {
    /** Contacts API token with full read/write rights (not the provider_access_token); used by agent.setScope and sync.contactSyncSuccess */
    access_token?: string;
    /** Lifetime of access_token in seconds */
    expires_in?: number;
  };
  /** The authorizing admin */
  auth_user_info?: {
    /** The admin's userid */
    userid?: string;
  };
  /** The state given to get_register_code; absent when none was given */
  state?: string;
  /** Promotion package id */
  template_id?: string;
}

/** Params of `provider.getToken`: Get the service provider's provider_access_token (获取服务商凭证) */
export interface WorkSuiteProviderGetTokenParams {
  /** The provider's corpid */
  corpid: string;
  /** The provider's secret, shown in the provider admin console */
  provider_secret: string;
}

/** Result of `provider.getToken`: Get the service provider's provider_access_token (获取服务商凭证) */
export interface WorkSuiteProviderGetTokenResult {
  /** The provider access token, at most 512 bytes; cache it */
  provider_access_token: string;
  /** Lifetime in seconds (normally 7200) */
  expires_in: number;
}

/** Params of `provider.uploadMedia`: Upload a temporary file as the service provider, valid for 3 days, e.g. for id translation (服务商上传临时素材) */
export interface WorkSuiteProviderUploadMediaParams {
  /** Media type: image, voice, video or file (普通文件) */
  type: "image" | "voice" | "video" | "file";
  /** Attachment scenario; left out normally, required in specific scenarios: 3 收银台 (cashier) */
  attachment_type?: number;
  /** The file part named media, with filename, filelength and content-type; the filename may not start with / or contain \ or : */
  media: WechatUpload;
}

/** Result of `provider.uploadMedia`: Upload a temporary file as the service provider, valid for 3 days, e.g. for id translation (服务商上传临时素材) */
export interface WorkSuiteProviderUploadMediaResult {
  /** Media type: image, voice, video or file */
  type?: string;
  /** Id of the uploaded media, valid for 3 days */
  media_id: string;
  /** Upload time (Unix timestamp as a string, as in the sample) */
  created_at?: string;
}
