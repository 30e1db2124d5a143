// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `user.authSucc`: Confirm a member's login second verification (登录二次验证) */
export interface WorkUserAuthSuccParams {
  /** The verified member's UserID (管理端的账号) */
  userid: string;
}

/** Result of `user.authSucc`: Confirm a member's login second verification (登录二次验证) */
export type WorkUserAuthSuccResult = Record<string, unknown>;

/** Params of `user.batchDelete`: Delete several members (批量删除成员) */
export interface WorkUserBatchDeleteParams {
  /**
   * UserIDs to delete, at most 200; any invalid UserID fails the whole call
   * (items ≤ 200)
   */
  useridlist: Array<string>;
}

/** Result of `user.batchDelete`: Delete several members (批量删除成员) */
export type WorkUserBatchDeleteResult = Record<string, unknown>;

/** Params of `user.checkMemberAuth`: Check whether a member authorized the app (查询成员用户是否已授权) */
export interface WorkUserCheckMemberAuthParams {
  /** The member's open_userid (the same for all apps of one service provider) */
  open_userid: string;
}

/** Result of `user.checkMemberAuth`: Check whether a member authorized the app (查询成员用户是否已授权) */
export interface WorkUserCheckMemberAuthResult {
  /** True when the member has authorized the app (member-authorization mode) */
  is_member_auth?: boolean;
}

/** Params of `user.convertToOpenId`: Convert a UserID to an openid (userid与openid互换 - userid转openid) */
export interface WorkUserConvertToOpenIdParams {
  /** The member's UserID (the member must be in the app's visible range) */
  userid: string;
}

/** Result of `user.convertToOpenId`: Convert a UserID to an openid (userid与openid互换 - userid转openid) */
export interface WorkUserConvertToOpenIdResult {
  /** The openid for the member's UserID (for corporate payments) */
  openid: string;
}

/** Params of `user.convertToUserId`: Convert an openid to a UserID (userid与openid互换 - openid转userid) */
export interface WorkUserConvertToUserIdParams {
  /** The openid returned after a corporate payment */
  openid: string;
}

/** Result of `user.convertToUserId`: Convert an openid to a UserID (userid与openid互换 - openid转userid) */
export interface WorkUserConvertToUserIdResult {
  /** The member's UserID for that openid */
  userid: string;
}

/** Params of `user.create`: Create a member (创建成员) */
export interface WorkUserCreateParams {
  /** Member UserID, unique in the corp (case-insensitive check); 1 to 64 bytes of digits, letters and _-@., starting with a digit or letter */
  userid: string;
  /**
   * Member name, 1 to 64 UTF-8 characters
   * (length 1–64)
   */
  name: string;
  /**
   * Alias, 1 to 64 UTF-8 characters
   * (length 1–64)
   */
  alias?: string;
  /** Mobile number, unique in the corp; mobile and email may not both be empty */
  mobile?: string;
  /**
   * Ids of the member's departments, at most 100
   * (items ≤ 100)
   */
  department: Array<number>;
  /** Sort values within each department, aligned with department; larger sorts first, range [0, 2^32), default 0 */
  order?: Array<number>;
  /**
   * Job title, 0 to 128 characters
   * (length ≤ 128)
   */
  position?: string;
  /** 1 male, 2 female */
  gender?: "1" | "2";
  /** Email, 6 to 64 bytes, valid format, unique in the corp; mobile and email may not both be empty */
  email?: string;
  /** Corporate (企业邮箱) address, only for corps with corporate mail; 6 to 64 bytes, unique; generated when empty */
  biz_mail?: string;
  /** 1 where the member leads the department, aligned with department (marks approvers in approval apps) */
  is_leader_in_dept?: Array<0 | 1>;
  /**
   * UserIDs of direct leaders (members of the corp), at most 5
   * (items ≤ 5)
   */
  direct_leader?: Array<string>;
  /** 1 enabled, 0 disabled */
  enable?: 0 | 1;
  /** media_id of an uploaded image for the avatar (素材管理) */
  avatar_mediaid?: string;
  /** Landline, up to 32 bytes of digits, -, + or , */
  telephone?: string;
  /**
   * Address, at most 128 characters
   * (length ≤ 128)
   */
  address?: string;
  /** Main department id */
  main_department?: number;
  /** Custom fields; they must first be added in the admin console, unknown attributes are ignored */
  extattr?: {
    /** The attributes (text value at most 64 UTF-8 characters; web url with http(s), title at most 12 characters) */
    attrs?: Array<S.In.WorkUserAttr>;
  };
  /**
   * Invite the member to WeCom (WeChat notice, SMS or email once a day for up to 3 working days); default true
   * @default true
   */
  to_invite?: boolean;
  /**
   * Job title shown externally (position is used when empty), within 12 characters
   * (length ≤ 12)
   */
  external_position?: string;
  /** The member's external profile (对外属性) */
  external_profile?: {
    /** Corp short name shown externally */
    external_corp_name?: string;
    /** WeChat Channels (视频号) account shown on the profile */
    wechat_channels?: {
      /** Channels account name */
      nickname?: string;
    };
    /** External attributes (text, web page or mini program) */
    external_attr?: Array<S.In.WorkUserAttr>;
  };
  /** Channels (视频号) name to show; must be one bound to the corp (older revisions; the sample uses external_profile.wechat_channels) */
  nickname?: string;
}

/** Result of `user.create`: Create a member (创建成员) */
export type WorkUserCreateResult = Record<string, unknown>;

/** Params of `user.delete`: Delete a member (删除成员) */
export interface WorkUserDeleteParams {
  /** The member's UserID (its account in the admin console) */
  userid: string;
}

/** Result of `user.delete`: Delete a member (删除成员) */
export type WorkUserDeleteResult = Record<string, unknown>;

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

/** Params of `user.getActiveStat`: Get the number of active members on a day (获取企业活跃成员数) */
export interface WorkUserGetActiveStatParams {
  /** The day, YYYY-MM-DD; at most 30 days back */
  date: string;
}

/** Result of `user.getActiveStat`: Get the number of active members on a day (获取企业活跃成员数) */
export interface WorkUserGetActiveStatResult {
  /** Number of active members */
  active_cnt: number;
}

/** Params of `user.getUserId`: Get a member's UserID by mobile number (手机号获取userid) */
export interface WorkUserGetUserIdParams {
  /** Mobile number, 5 to 32 bytes; too many wrong numbers block the call for a day */
  mobile: string;
}

/** Result of `user.getUserId`: Get a member's UserID by mobile number (手机号获取userid) */
export interface WorkUserGetUserIdResult {
  /** The member's UserID */
  userid: string;
}

/** Params of `user.getUserIdByEmail`: Get a member's UserID by email (邮箱获取userid) */
export interface WorkUserGetUserIdByEmailParams {
  /** The email address */
  email: string;
  /**
   * 1 corporate email (default), 2 personal email
   * @default 1
   */
  email_type?: 1 | 2;
}

/** Result of `user.getUserIdByEmail`: Get a member's UserID by email (邮箱获取userid) */
export interface WorkUserGetUserIdByEmailResult {
  /** The member's UserID (an encrypted one for custom/third-party apps that upgraded to openid) */
  userid: string;
}

/** Params of `user.list`: List a department's members with details (获取部门成员详情) */
export interface WorkUserListParams {
  /** The department to list */
  department_id: number;
  /**
   * 1 to include sub-departments, 0 this department only
   * @deprecated no longer on the page: fetch sub-departments and list them one by one
   */
  fetch_child?: 0 | 1;
}

/** Result of `user.list`: List a department's members with details (获取部门成员详情) */
export interface WorkUserListResult {
  /** The members */
  userlist: Array<{
    /** The member's UserID */
    userid?: string;
    /** Member name; third-party apps get the userid instead, custom apps need admin authorization */
    name?: string;
    /** The member's department ids the app may see (all of them for third-party apps with 组织架构信息) */
    department?: Array<number>;
    /** Sort values within each department, aligned with department; larger sorts first */
    order?: Array<number>;
    /** Job title */
    position?: string;
    /** Mobile number (not returned to most apps created after 2022-06-20) */
    mobile?: string;
    /** 0 undefined, 1 male, 2 female (0 when not readable) */
    gender?: "0" | "1" | "2";
    /** Email address */
    email?: string;
    /** Corporate (企业邮箱) address */
    biz_mail?: string;
    /** 1 where the member leads the department, aligned with department */
    is_leader_in_dept?: Array<number>;
    /** Direct leaders' UserIDs within the app's visible range (at most 5) */
    direct_leader?: Array<string>;
    /** Avatar URL */
    avatar?: string;
    /** Avatar thumbnail URL */
    thumb_avatar?: string;
    /** Landline number */
    telephone?: string;
    /** Alias */
    alias?: string;
    /** 1 activated, 2 disabled, 4 not activated, 5 left the corp */
    status?: 1 | 2 | 4 | 5;
    /** Address */
    address?: string;
    /** English name (in the page's sample; the table does not describe it) */
    english_name?: string;
    /** Globally unique id per service provider, at most 64 bytes; third-party apps only */
    open_userid?: string;
    /** Main department id, when the app may see it */
    main_department?: number;
    /** Extended attributes */
    extattr?: {
      /** The attributes */
      attrs?: Array<S.WorkUserAttr>;
    };
    /** URL of the member's personal QR code (scan to add as an external contact) */
    qr_code?: string;
    /** Job title shown externally (position is used when empty) */
    external_position?: string;
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
  }>;
}

/** Params of `user.listId`: List member UserIDs and their departments (获取成员ID列表) */
export interface WorkUserListIdParams {
  /** Paging cursor returned by the previous call; leave out on the first call */
  cursor?: string;
  /**
   * Number of records wanted, 1 to 10000
   * (value 1–10000)
   */
  limit?: number;
}

/** Result of `user.listId`: List member UserIDs and their departments (获取成员ID列表) */
export interface WorkUserListIdResult {
  /** Cursor for the next page; empty when there is no more data */
  next_cursor?: string;
  /** UserID-department pairs (one per department of a member) */
  dept_user?: Array<{
    /** The member's UserID */
    userid: string;
    /** The department id */
    department: number;
  }>;
}

/** Params of `user.listMemberAuth`: List members who authorized the app (获取成员授权列表) */
export interface WorkUserListMemberAuthParams {
  /** next_cursor from the previous call; leave out on the first call */
  cursor?: string;
  /**
   * Records per call; default and maximum 1000
   * (value ≤ 1000)
   * @default 1000
   */
  limit?: number;
}

/** Result of `user.listMemberAuth`: List members who authorized the app (获取成员授权列表) */
export interface WorkUserListMemberAuthResult {
  /** Cursor for the next page; an empty string on the last page */
  next_cursor?: string;
  /** Members who authorized the app */
  member_auth_list?: Array<{
    /** The member's open_userid (the same for all apps of one service provider, different across providers) */
    open_userid?: string;
  }>;
}

/** Params of `user.listSelectedTicketUser`: Get the users behind a contact-picker ticket (获取选人ticket对应的用户) */
export interface WorkUserListSelectedTicketUserParams {
  /** The selectedTicket returned by the contact-picker JS-API */
  selected_ticket: string;
}

/** Result of `user.listSelectedTicketUser`: Get the users behind a contact-picker ticket (获取选人ticket对应的用户) */
export interface WorkUserListSelectedTicketUserResult {
  /** open_userid of the user who picked */
  operator_open_userid?: string;
  /** Picked users inside the app's visible range (open_userid) */
  open_userid_list?: Array<string>;
  /** Picked users outside the app's visible range (open_userid) */
  unauth_open_userid_list?: Array<string>;
  /** Number of users picked */
  total?: number;
}

/** Params of `user.simpleList`: List a department's members (获取部门成员) */
export interface WorkUserSimpleListParams {
  /** The department to list */
  department_id: number;
  /**
   * 1 to include sub-departments, 0 this department only
   * @deprecated no longer on the page: fetch sub-departments and list them one by one
   */
  fetch_child?: 0 | 1;
}

/** Result of `user.simpleList`: List a department's members (获取部门成员) */
export interface WorkUserSimpleListResult {
  /** The members */
  userlist: Array<{
    /** The member's UserID */
    userid?: string;
    /** Member name; custom apps need admin authorization, third-party apps get the userid instead */
    name?: string;
    /** The member's department ids (32-bit) */
    department?: Array<number>;
    /** Globally unique id per service provider, at most 64 bytes; third-party apps only */
    open_userid?: string;
  }>;
}

/** Params of `user.update`: Update a member (更新成员) */
export interface WorkUserUpdateParams {
  /** Member UserID (case-insensitive, 1 to 64 bytes) */
  userid: string;
  /** New UserID; only when the userid was generated by the system, and only once */
  new_userid?: string;
  /**
   * Member name, 1 to 64 UTF-8 characters
   * (length 1–64)
   */
  name?: string;
  /**
   * Alias, 1 to 64 UTF-8 characters
   * (length 1–64)
   */
  alias?: string;
  /** Mobile number, unique in the corp; ignored without error when the member has activated WeCom */
  mobile?: string;
  /**
   * Ids of the member's departments, at most 100
   * (items ≤ 100)
   */
  department?: Array<number>;
  /** Sort values within each department (only with department), aligned with it; larger sorts first, range [0, 2^32) */
  order?: Array<number>;
  /**
   * Job title, 0 to 128 characters
   * (length ≤ 128)
   */
  position?: string;
  /** 1 male, 2 female */
  gender?: "1" | "2";
  /** Email, at most 64 bytes, valid format, unique; ignored when the corp is bound to Tencent corporate mail */
  email?: string;
  /** Corporate (企业邮箱) address, 6 to 64 bytes, unique; a system-generated one may be changed once */
  biz_mail?: string;
  /** Corporate mail aliases; overwrites the current ones, an empty object or list clears them */
  biz_mail_alias?: {
    /** Alias addresses (6 to 63 bytes, unique in the corp), at most 5 (items ≤ 5) */
    item?: Array<string>;
  };
  /** 1 where the member leads the department, aligned with department */
  is_leader_in_dept?: Array<0 | 1>;
  /**
   * UserIDs of direct leaders (members of the corp), at most 5
   * (items ≤ 5)
   */
  direct_leader?: Array<string>;
  /** 1 enabled, 0 disabled */
  enable?: 0 | 1;
  /** media_id of an uploaded image for the avatar (素材管理) */
  avatar_mediaid?: string;
  /** Landline, 1 to 32 digits, -, + or , */
  telephone?: string;
  /**
   * Address, at most 128 characters
   * (length ≤ 128)
   */
  address?: string;
  /** Main department id */
  main_department?: number;
  /** Custom fields; they must first be added in the admin console, unknown attributes are ignored */
  extattr?: {
    /** The attributes (text value at most 64 UTF-8 characters; web url with http(s), title at most 12 characters) */
    attrs?: Array<S.In.WorkUserAttr>;
  };
  /**
   * Job title shown externally (position is used when empty), at most 12 characters
   * (length ≤ 12)
   */
  external_position?: string;
  /** The member's external profile (对外属性) */
  external_profile?: {
    /** Corp short name shown externally */
    external_corp_name?: string;
    /** WeChat Channels (视频号) account shown on the profile */
    wechat_channels?: {
      /** Channels account name */
      nickname?: string;
    };
    /** External attributes (text, web page or mini program) */
    external_attr?: Array<S.In.WorkUserAttr>;
  };
  /** Channels (视频号) name to show; must be one bound to the corp (older revisions; the sample uses external_profile.wechat_channels) */
  nickname?: string;
}

/** Result of `user.update`: Update a member (更新成员) */
export type WorkUserUpdateResult = Record<string, unknown>;
