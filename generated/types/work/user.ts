// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `user.get`: Read a member's details (读取成员) */
export interface WorkUserGetParams {
  /** The member's UserID (case-insensitive, 1 to 64 bytes) */
  userid: string;
}

/** Result of `user.get`: Read a member's details (读取成员) */
export interface WorkUserGetResult {
  /** The member's UserID */
  userid: string;
  /** Member name; third-party apps get the userid instead, custom apps need admin authorization */
  name: string;
  /** Mobile number; only for apps allowed to read it (not returned to most newer apps since 2022-06-20) */
  mobile?: string;
  /** Ids of the member's departments the app may see (always [1] in member-authorization mode) */
  department: Array<number>;
  /** Sort values within each department, aligned with department; larger sorts first. Absent in member-authorization mode */
  order?: Array<number>;
  /** Job title */
  position?: string;
  /** 0 undefined, 1 male, 2 female (0 when the app may not read it) */
  gender?: "0" | "1" | "2";
  /** Email address */
  email?: string;
  /** Corporate (企业邮箱) email address */
  biz_mail?: string;
  /** 1 where the member leads the department, aligned with department */
  is_leader_in_dept?: Array<number>;
  /** UserIDs of the direct leaders within the app's visible range (at most 5) */
  direct_leader?: Array<string>;
  /** Avatar URL */
  avatar?: string;
  /** Avatar thumbnail URL */
  thumb_avatar?: string;
  /** Landline number */
  telephone?: string;
  /** Alias */
  alias?: string;
  /** Extended attributes */
  extattr?: {
    /** The attributes */
    attrs?: Array<S.WorkUserAttr>;
  };
  /** 1 activated, 2 disabled, 4 not activated, 5 left the corp */
  status?: 1 | 2 | 4 | 5;
  /** URL of the member's personal QR code (scan to add as an external contact) */
  qr_code?: string;
  /** The member's external profile (对外属性) */
  external_profile?: {
    /** Corp short name shown externally */
    external_corp_name?: string;
    /** The WeChat Channels (视频号) account shown on the profile */
    wechat_channels?: {
      /** Channels account name */
      nickname?: string;
      /** Channels account status as returned by WeCom */
      status?: number;
    };
    /** External attributes (text, web page or mini program) */
    external_attr?: Array<S.WorkUserAttr>;
  };
  /** Job title shown externally (position is used when empty) */
  external_position?: string;
  /** Address */
  address?: string;
  /** Globally unique id per service provider, at most 64 bytes; third-party apps only */
  open_userid?: string;
  /** Main department id, when the app may see it */
  main_department?: number;
}
