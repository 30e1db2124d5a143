// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `code.commit`: Upload code for an authorized Mini Program and create its trial version (上传代码并生成体验版 commit) */
export interface OpenCodeCommitParams {
  /** Code template id in the template library (from getTemplateList); a standard-library template only allows extAppid, ext and window in ext_json */
  template_id: number;
  /** Content of the ext.json configuration, as a JSON string (declare requiredPrivateInfos for location APIs) */
  ext_json: string;
  /**
   * Code version number, chosen by the developer
   * (length ≤ 64)
   */
  user_version: string;
  /** Code description, chosen by the developer */
  user_desc: string;
}

/** Result of `code.commit`: Upload code for an authorized Mini Program and create its trial version (上传代码并生成体验版 commit) */
export type OpenCodeCommitResult = Record<string, unknown>;

/** Params of `code.getAuditStatus`: Get the status of a review (查询审核单状态 getAuditStatus) */
export interface OpenCodeGetAuditStatusParams {
  /** Review id returned by code.submitAudit */
  auditid: number;
}

/** Result of `code.getAuditStatus`: Get the status of a review (查询审核单状态 getAuditStatus) */
export interface OpenCodeGetAuditStatusResult {
  /** Review status: 0 approved, 1 rejected, 2 under review, 3 withdrawn, 4 delayed */
  status: 0 | 1 | 2 | 3 | 4;
  /** Rejection reason when status = 1; delay reason when status = 4 */
  reason?: string;
  /** When status = 1: example screenshots of the failure, media_ids separated by | (fetch them with the permanent-material API) */
  screenshot?: string;
}

/** Params of `code.getGrayReleasePlan`: Get the current phased release plan (获取分阶段发布详情 getGrayReleasePlan) */
export type OpenCodeGetGrayReleasePlanParams = Record<string, never>;

/** Result of `code.getGrayReleasePlan`: Get the current phased release plan (获取分阶段发布详情 getGrayReleasePlan) */
export interface OpenCodeGetGrayReleasePlanResult {
  /** The phased release plan */
  gray_release_plan?: {
    /** 0 initial, 1 running, 2 paused, 3 finished, 4 deleted */
    status?: 0 | 1 | 2 | 3 | 4;
    /** Creation time of the plan (Unix timestamp) */
    create_timestamp?: number;
    /** Current gray percentage */
    gray_percentage?: number;
    /** true: graying by project members */
    support_debuger_first?: boolean;
    /** true: graying by testers */
    support_experiencer_first?: boolean;
  };
}

/** Params of `code.getHistoryVersion`: List the versions the Mini Program can roll back to, at most 5 (获取可回退的小程序版本) */
export type OpenCodeGetHistoryVersionParams = Record<string, never>;

/** Result of `code.getHistoryVersion`: List the versions the Mini Program can roll back to, at most 5 (获取可回退的小程序版本) */
export interface OpenCodeGetHistoryVersionResult {
  /** Versions available for rollback */
  version_list?: Array<{
    /** Mini Program version (pass it to code.revertRelease) */
    app_version?: number;
    /** Template version number, set by the developer */
    user_version?: string;
    /** Template description, set by the developer */
    user_desc?: string;
    /** Update time, Unix timestamp */
    commit_time?: number;
  }>;
}

/** Params of `code.getLatestAuditStatus`: Get the status of the latest review (查询最新一次审核单状态 getLatestAuditStatus) */
export type OpenCodeGetLatestAuditStatusParams = Record<string, never>;

/** Result of `code.getLatestAuditStatus`: Get the status of the latest review (查询最新一次审核单状态 getLatestAuditStatus) */
export interface OpenCodeGetLatestAuditStatusResult {
  /** Id of the latest review */
  auditid: number;
  /** Review status: 0 approved, 1 rejected, 2 under review, 3 withdrawn, 4 delayed */
  status: 0 | 1 | 2 | 3 | 4;
  /** Rejection reason, when the review was rejected */
  reason?: string;
  /** When rejected: example screenshots, media_ids separated by | (fetch them with the permanent-material API) */
  screenshot?: string;
  /** Same as screenshot: the spelling of the official sample and of the older page's table */
  ScreenShot?: string;
  /** Version under review */
  user_version?: string;
  /** Version description */
  user_desc?: string;
  /** Unix time the review was submitted */
  submit_audit_time?: number;
}

/** Params of `code.getPage`: List the pages of the uploaded code (获取已上传的代码页面列表 getCodePage) */
export type OpenCodeGetPageParams = Record<string, never>;

/** Result of `code.getPage`: List the pages of the uploaded code (获取已上传的代码页面列表 getCodePage) */
export interface OpenCodeGetPageResult {
  /** Page paths of the code uploaded with code.commit (for item_list.address of code.submitAudit) */
  page_list?: Array<string>;
}

/** Params of `code.getPrivacyInfo`: Get the privacy-API check of the uploaded code (获取隐私接口检测结果 getCodePrivacyInfo) */
export type OpenCodeGetPrivacyInfoParams = Record<string, never>;

/** Result of `code.getPrivacyInfo`: Get the privacy-API check of the uploaded code (获取隐私接口检测结果 getCodePrivacyInfo) */
export interface OpenCodeGetPrivacyInfoResult {
  /** Privacy APIs used without permission (API names) */
  without_auth_list?: Array<string>;
  /** Privacy APIs used but not configured in ext.json (API names) */
  without_conf_list?: Array<string>;
}

/** Params of `code.getQrcode`: Get the trial version's QR code image (获取体验版二维码 getTrialQRCode) */
export interface OpenCodeGetQrcodeParams {
  /** Page (with its query) the QR code opens, e.g. page/index?action=1 */
  path?: string;
}

/** Params of `code.getVersionInfo`: Get the trial and online version information (查询小程序版本信息 getVersionInfo) */
export type OpenCodeGetVersionInfoParams = Record<string, never>;

/** Result of `code.getVersionInfo`: Get the trial and online version information (查询小程序版本信息 getVersionInfo) */
export interface OpenCodeGetVersionInfoResult {
  /** Trial version (体验版) */
  exp_info?: {
    /** Time the trial version was submitted */
    exp_time?: number;
    /** Trial version number */
    exp_version?: string;
    /** Trial version description */
    exp_desc?: string;
  };
  /** Online version (线上版) */
  release_info?: {
    /** Time the online version was released */
    release_time?: number;
    /** Online version number */
    release_version?: string;
    /** Online version description */
    release_desc?: string;
  };
}

/** Params of `code.getVisitStatus`: Get the Mini Program's service status (查询小程序服务状态 getVisitStatus) */
export type OpenCodeGetVisitStatusParams = Record<string, never>;

/** Result of `code.getVisitStatus`: Get the Mini Program's service status (查询小程序服务状态 getVisitStatus) */
export interface OpenCodeGetVisitStatusResult {
  /** 0 service paused (by the owner or for a violation), 1 not paused */
  status: 0 | 1;
}

/** Params of `code.grayRelease`: Start or widen a phased (gray) release (分阶段发布 grayRelease) */
export interface OpenCodeGrayReleaseParams {
  /**
   * Gray percentage, an integer 0-100; when 0, one of support_experiencer_first / support_debuger_first is required
   * (value 0–100)
   */
  gray_percentage: number;
  /**
   * true: gray by project members first
   * @default false
   */
  support_debuger_first?: boolean;
  /**
   * true: gray by testers (体验成员) first
   * @default false
   */
  support_experiencer_first?: boolean;
}

/** Result of `code.grayRelease`: Start or widen a phased (gray) release (分阶段发布 grayRelease) */
export type OpenCodeGrayReleaseResult = Record<string, unknown>;
/** Params of `code.queryQuota`: Get the platform's monthly review quota and expedite count (查询服务商审核额度 setCodeAuditQuota) */
export type OpenCodeQueryQuotaParams = Record<string, never>;

/** Result of `code.queryQuota`: Get the platform's monthly review quota and expedite count (查询服务商审核额度 setCodeAuditQuota) */
export interface OpenCodeQueryQuotaResult {
  /** Reviews left this month */
  rest: number;
  /** Reviews allotted this month */
  limit: number;
  /** Expedites left this month */
  speedup_rest: number;
  /** Expedites allotted this month */
  speedup_limit: number;
}

/** Params of `code.release`: Release the last approved version (发布已通过审核的小程序 release) */
export type OpenCodeReleaseParams = Record<string, never>;
/** Result of `code.release`: Release the last approved version (发布已通过审核的小程序 release) */
export type OpenCodeReleaseResult = Record<string, unknown>;
/** Params of `code.revertGrayRelease`: Cancel the phased release (取消分阶段发布 revertGrayRelease) */
export type OpenCodeRevertGrayReleaseParams = Record<string, never>;
/** Result of `code.revertGrayRelease`: Cancel the phased release (取消分阶段发布 revertGrayRelease) */
export type OpenCodeRevertGrayReleaseResult = Record<string, unknown>;

/** Params of `code.revertRelease`: Roll the online version back to the previous or a given version (小程序版本回退 revertCodeRelease) */
export interface OpenCodeRevertReleaseParams {
  /** Version to roll back to (from code.getHistoryVersion); defaults to the previous version */
  app_version?: string;
}

/** Result of `code.revertRelease`: Roll the online version back to the previous or a given version (小程序版本回退 revertCodeRelease) */
export type OpenCodeRevertReleaseResult = Record<string, unknown>;

/** Params of `code.setVisitStatus`: Pause or resume the Mini Program's service (设置小程序服务状态 setVisitStatus) */
export interface OpenCodeSetVisitStatusParams {
  /** Visibility: close makes it invisible, open visible (visible by default after release) */
  action: "close" | "open";
}

/** Result of `code.setVisitStatus`: Pause or resume the Mini Program's service (设置小程序服务状态 setVisitStatus) */
export type OpenCodeSetVisitStatusResult = Record<string, unknown>;

/** Params of `code.speedupAudit`: Expedite a submitted code review (加急代码审核 speedupCodeAudit) */
export interface OpenCodeSpeedupAuditParams {
  /** Review id (审核单ID) to expedite */
  auditid: number;
}

/** Result of `code.speedupAudit`: Expedite a submitted code review (加急代码审核 speedupCodeAudit) */
export type OpenCodeSpeedupAuditResult = Record<string, unknown>;

/** Params of `code.submitAudit`: Submit the uploaded code for review (提交代码审核 submitAudit) */
export interface OpenCodeSubmitAuditParams {
  /**
   * Review items (选填), at most 5 (errcode 85023 outside 1-5); the category must be one already configured for the Mini Program
   * (items 1–5)
   */
  item_list?: Array<{
    /** Mini Program page (from code.getPage) */
    address?: string;
    /** Tags separated by spaces: at most 10 tags, each at most 20 long */
    tag?: string;
    /** First-level category name (from getAllCategoryName) */
    first_class: string;
    /** Second-level category name (from getAllCategoryName) */
    second_class: string;
    /** Third-level category name (from getAllCategoryName) */
    third_class?: string;
    /** Title of the page, at most 32 long (length ≤ 32) */
    title?: string;
    /** First-level category id (from getAllCategoryName) */
    first_id: number;
    /** Second-level category id (from getAllCategoryName) */
    second_id: number;
    /** Third-level category id (from getAllCategoryName) */
    third_id?: number;
  }>;
  /**
   * Feedback, at most 200 characters; used only when the previous version was rejected
   * (length ≤ 200)
   */
  feedback_info?: string;
  /** Up to 5 image media_ids separated by |, from the temporary media upload; used only when the previous version was rejected */
  feedback_stuff?: string;
  /** Version notes and explanation of the features */
  version_desc?: string;
  /** Preview material: page screenshots and screen recordings */
  preview_info?: {
    /** Screen-recording mediaids (from code.uploadMedia) */
    video_id_list: Array<string>;
    /** Screenshot mediaids (from code.uploadMedia) */
    pic_id_list: Array<string>;
  };
  /** UGC information-security declaration; required on the first review when the categories include 社交-社区/论坛, 社交-笔记 or 社交-问答 */
  ugc_declare?: {
    /** UGC scenes, several allowed: 0 none (then nothing else is needed), 1 user profile, 2 images, 3 video, 4 text, 5 audio */
    scene?: Array<0 | 1 | 2 | 3 | 4 | 5>;
    /** Content-safety measures: 1 the platform's content-security API, 2 another moderation product, 3 human review, 4 none */
    method?: Array<1 | 2 | 3 | 4>;
    /** Description when the scene is other, at most 256 characters (length ≤ 256) */
    other_scene_desc?: string;
    /** Has a moderation team: 0 no, 1 yes @default 0 */
    has_audit_team?: 0 | 1;
    /** How UGC content is moderated, at most 256 characters (length ≤ 256) */
    audit_desc?: string;
  };
  /** Declares that privacy APIs detected in the code but not configured are not used */
  privacy_api_not_use?: boolean;
  /** Order-center path (订单中心path) */
  order_path?: string;
}

/** Result of `code.submitAudit`: Submit the uploaded code for review (提交代码审核 submitAudit) */
export interface OpenCodeSubmitAuditResult {
  /** Review id (审核编号), for code.getAuditStatus and code.speedupAudit */
  auditid: number;
}

/** Params of `code.undoAudit`: Withdraw the current code review (撤回代码审核 undoAudit) */
export type OpenCodeUndoAuditParams = Record<string, never>;
/** Result of `code.undoAudit`: Withdraw the current code review (撤回代码审核 undoAudit) */
export type OpenCodeUndoAuditResult = Record<string, unknown>;

/** Params of `code.uploadMedia`: Upload a screenshot or screen recording for code review (上传提审素材 uploadMediaToCodeAudit) */
export interface OpenCodeUploadMediaParams {
  /** Image up to 2 MB (PNG, JPEG, JPG, GIF) or video up to 10 MB (MP4); the mediaid is valid 3 days, for preview_info of code.submitAudit */
  media: WechatUpload;
}

/** Result of `code.uploadMedia`: Upload a screenshot or screen recording for code review (上传提审素材 uploadMediaToCodeAudit) */
export interface OpenCodeUploadMediaResult {
  /** Media type (image or video in the samples) */
  type?: string;
  /** Media id (the table says buffer; the samples return a string) */
  mediaid?: string;
}
