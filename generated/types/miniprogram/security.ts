// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `security.getUserRiskRank`: Get a user's risk rank from the submitted user data (获取用户安全等级 getUserRiskRank) */
export interface MpSecurityGetUserRiskRankParams {
  /** The Mini Program appid */
  appid: string;
  /** The user's openid */
  openid: string;
  /** Scene: 0 registration, 1 marketing fraud, 2 UGC */
  scene: 0 | 1 | 2;
  /** The user's phone number */
  mobile_no?: string;
  /** The user's source IP */
  client_ip: string;
  /** The user's email address */
  email_address?: string;
  /** Extra information */
  extended_info?: string;
  /**
   * false = real call, true = test call
   * @default false
   */
  is_test?: boolean;
  /** Bank card number (only in the official example, not in the field table) */
  bank_card_no?: string;
  /** Certificate number (only in the official example, not in the field table) */
  cert_no?: string;
}

/** Result of `security.getUserRiskRank`: Get a user's risk rank from the submitted user data (获取用户安全等级 getUserRiskRank) */
export interface MpSecurityGetUserRiskRankResult {
  /** Risk rank 0-4; higher is riskier */
  risk_rank?: 0 | 1 | 2 | 3 | 4;
  /** Unique id of this request (spelt unoin_id by WeChat) */
  unoin_id?: number;
}

/** Params of `security.imgSecCheck`: Check an uploaded image for illegal or non-compliant content, v1 (security.imgSecCheck) */
export interface MpSecurityImgSecCheckParams {
  /** The image (PNG, JPEG, JPG or GIF, at most 750px x 1334px, 1M) */
  media: WechatUpload;
}

/** Result of `security.imgSecCheck`: Check an uploaded image for illegal or non-compliant content, v1 (security.imgSecCheck) */
export type MpSecurityImgSecCheckResult = Record<string, unknown>;

/** Params of `security.mediaCheckAsync`: Check an image or audio file asynchronously; the result is pushed later, v2 (多媒体内容安全识别 mediaCheckAsync) */
export interface MpSecurityMediaCheckAsyncParams {
  /** URL of the image (jpg, jpeg, png, bmp, gif first frame) or audio (mp3, aac, ac3, wma, flac, vorbis, opus, wav); at most 10M */
  media_url: string;
  /** 1 audio, 2 image */
  media_type: 1 | 2;
  /** API version: always 2 for version 2.0 */
  version: 2;
  /** Scene: 1 profile, 2 comment, 3 forum, 4 social log */
  scene: 1 | 2 | 3 | 4;
  /** The user's openid (the user must have visited the Mini Program in the last two hours) */
  openid: string;
}

/** Result of `security.mediaCheckAsync`: Check an image or audio file asynchronously; the result is pushed later, v2 (多媒体内容安全识别 mediaCheckAsync) */
export interface MpSecurityMediaCheckAsyncResult {
  /** Unique id of this request, to match the pushed result (wxa_media_check event) */
  trace_id?: string;
}

/** Params of `security.msgSecCheck`: Check a text for illegal or non-compliant content, v2 (文本内容安全识别 msgSecCheck) */
export interface MpSecurityMsgSecCheckParams {
  /**
   * Text to check, UTF-8, at most 2500 characters
   * (length ≤ 2500)
   */
  content: string;
  /** API version: always 2 for version 2.0 */
  version: 2;
  /** Scene: 1 profile, 2 comment, 3 forum, 4 social log */
  scene: 1 | 2 | 3 | 4;
  /** The user's openid (the user must have visited the Mini Program in the last two hours) */
  openid: string;
  /** Text title (UTF-8) */
  title?: string;
  /** User nickname (UTF-8) */
  nickname?: string;
  /** Personal signature (UTF-8); only used with scene 1 (profile) */
  signature?: string;
}

/** Result of `security.msgSecCheck`: Check a text for illegal or non-compliant content, v2 (文本内容安全识别 msgSecCheck) */
export interface MpSecurityMsgSecCheckResult {
  /** Detailed results, one per strategy */
  detail?: Array<{
    /** Strategy type */
    strategy?: string;
    /** Error code; the item is valid only when it is 0 */
    errcode?: number;
    /** Suggestion: risky, pass or review */
    suggest?: "risky" | "pass" | "review";
    /** Label hit: 100 normal, 10001 ads, 20001 politics, 20002 porn, 20003 abuse, 20006 crime, 20008 fraud, 20012 vulgar, 20013 copyright, 21000 other */
    label?: number;
    /** The custom keyword hit */
    keyword?: string;
    /** Confidence 0-100 that the content has the label */
    prob?: number;
    /** Level (only in the official example, not in the field table) */
    level?: number;
  }>;
  /** Unique id of this request */
  trace_id?: string;
  /** Overall result */
  result?: {
    /** Suggestion: risky, pass or review */
    suggest?: "risky" | "pass" | "review";
    /** Label hit: 100 normal, 10001 ads, 20001 politics, 20002 porn, 20003 abuse, 20006 crime, 20008 fraud, 20012 vulgar, 20013 copyright, 21000 other */
    label?: number;
  };
}
