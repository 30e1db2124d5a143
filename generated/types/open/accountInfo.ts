// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `accountInfo.getBasicInfo`: Get the account's basic information (获取基本信息 getAccountBasicInfo) */
export type OpenAccountInfoGetBasicInfoParams = Record<string, never>;

/** Result of `accountInfo.getBasicInfo`: Get the account's basic information (获取基本信息 getAccountBasicInfo) */
export interface OpenAccountInfoGetBasicInfoResult {
  /** Account appid */
  appid?: string;
  /** 1 subscription account, 2 service account, 3 Mini Program */
  account_type?: 1 | 2 | 3;
  /** Entity type (enum table not readable) */
  principal_type?: number;
  /** Entity name */
  principal_name?: string;
  /** Real-name verification status (enum table not readable) */
  realname_status?: number;
  /** WeChat verification information */
  wx_verify_info?: {
    /** Qualification verified (gives the WeChat-verification permissions) */
    qualification_verify?: boolean;
    /** Name verified */
    naming_verify?: boolean;
    /** Annual review (row cut after its type; typed boolean from the readable "bool") */
    annual_review?: boolean;
  };
  /** Introduction (功能介绍) information, an object whose rows were not readable */
  signature_info?: unknown;
  /** Head image information, an object whose rows were not readable */
  head_image_info?: unknown;
  /** Mini Program name */
  nickname?: string;
  /** Country of registration (enum table not readable) */
  registered_country?: number;
  /** Name information, an object whose rows were not readable */
  nickname_info?: unknown;
  /** Code of the company, government or other organization (non-personal entities) */
  credential?: string;
  /** Verification type; 0 when WeChat verification is not completed (enum table not readable) */
  customer_type?: number;
}

/** Params of `accountInfo.modifyHeadImage`: Change the Mini Program's head image (修改头像 setHeadImage) */
export interface OpenAccountInfoModifyHeadImageParams {
  /** media_id of the image, uploaded as temporary media with the authorizer_access_token (other tokens' media_id fail with 40007); BMP/JPEG/JPG/GIF/PNG up to 2 MB */
  head_img_media_id: string;
  /** Crop box top-left x, in [0, 1] */
  x1: string;
  /** Crop box top-left y, in [0, 1] */
  y1: string;
  /** Crop box bottom-right x, in [0, 1] */
  x2: string;
  /** Crop box bottom-right y, in [0, 1] */
  y2: string;
}

/** Result of `accountInfo.modifyHeadImage`: Change the Mini Program's head image (修改头像 setHeadImage) */
export type OpenAccountInfoModifyHeadImageResult = Record<string, unknown>;

/** Params of `accountInfo.modifySignature`: Change the Mini Program's introduction (设置小程序介绍 setSignature) */
export interface OpenAccountInfoModifySignatureParams {
  /**
   * Introduction (功能介绍), 4-120 characters, at least 4 Chinese characters; limited changes per month (53200)
   * (length 4–120)
   */
  signature: string;
}

/** Result of `accountInfo.modifySignature`: Change the Mini Program's introduction (设置小程序介绍 setSignature) */
export type OpenAccountInfoModifySignatureResult = Record<string, unknown>;
