// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `linkedCorp.getPermList`: Get the app's visible range in the interconnected corps (获取应用的可见范围) */
export type WorkLinkedCorpGetPermListParams = Record<string, never>;

/** Result of `linkedCorp.getPermList`: Get the app's visible range in the interconnected corps (获取应用的可见范围) */
export interface WorkLinkedCorpGetPermListResult {
  /** Visible members, each CorpId + '/' + USERID */
  userids?: Array<string>;
  /** Visible departments, each linkedid + '/' + department_id */
  department_ids?: Array<string>;
}

/** Params of `linkedCorp.getUser`: Get an interconnected corp member's details (获取互联企业成员详细信息) */
export interface WorkLinkedCorpGetUserParams {
  /** The member, as CorpId/USERID (the form get_perm_list returns) */
  userid: string;
}

/** Result of `linkedCorp.getUser`: Get an interconnected corp member's details (获取互联企业成员详细信息) */
export interface WorkLinkedCorpGetUserResult {
  /** The member */
  user_info?: {
    /** Member UserID, unique in its corp, case-insensitive, 1 to 64 bytes */
    userid?: string;
    /** Member's real name */
    name?: string;
    /** Department ids (LINKEDID/id): every interconnected-corp department of the member in the app's visible range */
    department?: Array<string>;
    /** Mobile number */
    mobile?: string;
    /** Landline */
    telephone?: string;
    /** Email */
    email?: string;
    /** Job title */
    position?: string;
    /** The member's corpid */
    corpid?: string;
    /** Extended attributes */
    extattr?: S.LinkedCorpExtAttr;
  };
}

/** Params of `linkedCorp.listDepartments`: List an interconnected corp's departments (获取互联企业部门列表) */
export interface WorkLinkedCorpListDepartmentsParams {
  /** The department, as LINKEDID/DEPARTMENTID (from the sample) */
  department_id: string;
}

/** Result of `linkedCorp.listDepartments`: List an interconnected corp's departments (获取互联企业部门列表) */
export interface WorkLinkedCorpListDepartmentsResult {
  /** From the sample */
  department_list?: Array<{
    /** From the sample ("1") */
    department_id?: string;
    /** From the sample */
    department_name?: string;
    /** From the sample ("0") */
    parentid?: string;
    /** From the sample (100000000) */
    order?: number;
  }>;
}

/** Params of `linkedCorp.listSimpleUsers`: List an interconnected corp department's members (获取互联企业部门成员) */
export interface WorkLinkedCorpListSimpleUsersParams {
  /** The department, as LINKEDID/DEPARTMENTID (from the sample) */
  department_id: string;
  /** From the sample (true): whether to include sub-departments' members */
  fetch_child?: boolean;
}

/** Result of `linkedCorp.listSimpleUsers`: List an interconnected corp department's members (获取互联企业部门成员) */
export interface WorkLinkedCorpListSimpleUsersResult {
  /** The members */
  userlist?: Array<{
    /** Member UserID, unique in its corp, case-insensitive, 1 to 64 bytes */
    userid?: string;
    /** Member's real name */
    name?: string;
    /** Department ids (LINKEDID/id) in the app's visible range */
    department?: Array<string>;
    /** The member's corpid */
    corpid?: string;
  }>;
}

/** Params of `linkedCorp.listUsers`: List an interconnected corp department's members with details (获取互联企业部门成员详情) */
export interface WorkLinkedCorpListUsersParams {
  /** The department, as LINKEDID/DEPARTMENTID */
  department_id: string;
  /** Whether to include sub-departments' members (as on simplelist) */
  fetch_child?: boolean;
}

/** Result of `linkedCorp.listUsers`: List an interconnected corp department's members with details (获取互联企业部门成员详情) */
export interface WorkLinkedCorpListUsersResult {
  /** The members */
  userlist?: Array<{
    /** Member UserID, unique in its corp, case-insensitive, 1 to 64 bytes */
    userid?: string;
    /** Member's real name */
    name?: string;
    /** Department ids (LINKEDID/id) in the app's visible range */
    department?: Array<string>;
    /** Mobile number */
    mobile?: string;
    /** Landline */
    telephone?: string;
    /** Email */
    email?: string;
    /** Job title */
    position?: string;
    /** The member's corpid */
    corpid?: string;
    /** Extended attributes */
    extattr?: S.LinkedCorpExtAttr;
  }>;
}

/** Params of `linkedCorp.sendMessage`: Send an app message to members of linked corps (互联企业发送应用消息) */
export type WorkLinkedCorpSendMessageParams = {
  /** Members: own userids, or CorpId/userid for members of a linked corp */
  touser?: Array<string>;
  /** Departments: own ids, or LinkedId/partyid for departments of a linked corp */
  toparty?: Array<string>;
  /** Tag ids */
  totag?: Array<string>;
  /** 1 sends to the app's whole visible range (recipients ignored) */
  toall?: 0 | 1;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown or miniprogram_notice */
  msgtype: "text";
  /** The app id (every type except miniprogram_notice) */
  agentid?: number;
  /** Text message */
  text: {
    /** Content, at most 2048 bytes, truncated beyond; \n and <a> links allowed (supports id translation) */
    content: string;
  };
} | {
  /** Members: own userids, or CorpId/userid for members of a linked corp */
  touser?: Array<string>;
  /** Departments: own ids, or LinkedId/partyid for departments of a linked corp */
  toparty?: Array<string>;
  /** Tag ids */
  totag?: Array<string>;
  /** 1 sends to the app's whole visible range (recipients ignored) */
  toall?: 0 | 1;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown or miniprogram_notice */
  msgtype: "image";
  /** The app id (every type except miniprogram_notice) */
  agentid?: number;
  /** Image message */
  image: {
    /** media_id of the image from the temporary media upload */
    media_id: string;
  };
} | {
  /** Members: own userids, or CorpId/userid for members of a linked corp */
  touser?: Array<string>;
  /** Departments: own ids, or LinkedId/partyid for departments of a linked corp */
  toparty?: Array<string>;
  /** Tag ids */
  totag?: Array<string>;
  /** 1 sends to the app's whole visible range (recipients ignored) */
  toall?: 0 | 1;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown or miniprogram_notice */
  msgtype: "voice";
  /** The app id (every type except miniprogram_notice) */
  agentid?: number;
  /** Voice message */
  voice: {
    /** media_id of the voice file from the temporary media upload */
    media_id: string;
  };
} | {
  /** Members: own userids, or CorpId/userid for members of a linked corp */
  touser?: Array<string>;
  /** Departments: own ids, or LinkedId/partyid for departments of a linked corp */
  toparty?: Array<string>;
  /** Tag ids */
  totag?: Array<string>;
  /** 1 sends to the app's whole visible range (recipients ignored) */
  toall?: 0 | 1;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown or miniprogram_notice */
  msgtype: "video";
  /** The app id (every type except miniprogram_notice) */
  agentid?: number;
  /** Video message */
  video: {
    /** media_id of the video from the temporary media upload */
    media_id: string;
    /** Title, at most 128 bytes, truncated beyond */
    title?: string;
    /** Description, at most 512 bytes, truncated beyond */
    description?: string;
  };
} | {
  /** Members: own userids, or CorpId/userid for members of a linked corp */
  touser?: Array<string>;
  /** Departments: own ids, or LinkedId/partyid for departments of a linked corp */
  toparty?: Array<string>;
  /** Tag ids */
  totag?: Array<string>;
  /** 1 sends to the app's whole visible range (recipients ignored) */
  toall?: 0 | 1;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown or miniprogram_notice */
  msgtype: "file";
  /** The app id (every type except miniprogram_notice) */
  agentid?: number;
  /** File message */
  file: {
    /** media_id of the file from the temporary media upload */
    media_id: string;
  };
} | {
  /** Members: own userids, or CorpId/userid for members of a linked corp */
  touser?: Array<string>;
  /** Departments: own ids, or LinkedId/partyid for departments of a linked corp */
  toparty?: Array<string>;
  /** Tag ids */
  totag?: Array<string>;
  /** 1 sends to the app's whole visible range (recipients ignored) */
  toall?: 0 | 1;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown or miniprogram_notice */
  msgtype: "textcard";
  /** The app id (every type except miniprogram_notice) */
  agentid?: number;
  /** Text card message */
  textcard: {
    /** Title, at most 128 bytes, truncated beyond (supports id translation) */
    title: string;
    /** Description, at most 512 bytes; <br> and <div class=gray|highlight|normal> allowed (supports id translation) */
    description: string;
    /** URL opened on click, at most 2048 bytes with http(s) scheme */
    url: string;
    /** Button text, 详情 by default, at most 4 characters */
    btntxt?: string;
  };
} | {
  /** Members: own userids, or CorpId/userid for members of a linked corp */
  touser?: Array<string>;
  /** Departments: own ids, or LinkedId/partyid for departments of a linked corp */
  toparty?: Array<string>;
  /** Tag ids */
  totag?: Array<string>;
  /** 1 sends to the app's whole visible range (recipients ignored) */
  toall?: 0 | 1;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown or miniprogram_notice */
  msgtype: "news";
  /** The app id (every type except miniprogram_notice) */
  agentid?: number;
  /** News message */
  news: {
    /** Articles (1 to 8) (items 1–8) */
    articles: Array<S.In.WorkNewsArticle>;
  };
} | {
  /** Members: own userids, or CorpId/userid for members of a linked corp */
  touser?: Array<string>;
  /** Departments: own ids, or LinkedId/partyid for departments of a linked corp */
  toparty?: Array<string>;
  /** Tag ids */
  totag?: Array<string>;
  /** 1 sends to the app's whole visible range (recipients ignored) */
  toall?: 0 | 1;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown or miniprogram_notice */
  msgtype: "mpnews";
  /** The app id (every type except miniprogram_notice) */
  agentid?: number;
  /** mpnews message: like news, but the content is stored in WeCom */
  mpnews: {
    /** Articles (1 to 8) (items 1–8) */
    articles: Array<S.In.WorkMpNewsArticle>;
  };
} | {
  /** Members: own userids, or CorpId/userid for members of a linked corp */
  touser?: Array<string>;
  /** Departments: own ids, or LinkedId/partyid for departments of a linked corp */
  toparty?: Array<string>;
  /** Tag ids */
  totag?: Array<string>;
  /** 1 sends to the app's whole visible range (recipients ignored) */
  toall?: 0 | 1;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown or miniprogram_notice */
  msgtype: "markdown";
  /** The app id (every type except miniprogram_notice) */
  agentid?: number;
  /** Markdown message (the supported subset is listed on the page) */
  markdown: {
    /** Markdown content, at most 2048 bytes, UTF-8 */
    content: string;
  };
} | {
  /** Members: own userids, or CorpId/userid for members of a linked corp */
  touser?: Array<string>;
  /** Departments: own ids, or LinkedId/partyid for departments of a linked corp */
  toparty?: Array<string>;
  /** Tag ids */
  totag?: Array<string>;
  /** 1 sends to the app's whole visible range (recipients ignored) */
  toall?: 0 | 1;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown or miniprogram_notice */
  msgtype: "miniprogram_notice";
  /** The app id (every type except miniprogram_notice) */
  agentid?: number;
  /** Mini program notice; only with the token of an associated mini program app */
  miniprogram_notice: {
    /** Appid of the mini program associated with the app */
    appid: string;
    /** Mini program page opened on click (no jump when unset) */
    page?: string;
    /** Title, 4 to 12 Chinese characters (supports id translation) */
    title: string;
    /** Description, 4 to 12 Chinese characters (supports id translation) */
    description?: string;
    /** Whether to enlarge the first content_item */
    emphasis_first_item?: boolean;
    /** Key-value content (at most 10) (items ≤ 10) */
    content_item?: Array<{
      /** Key, at most 10 Chinese characters */
      key: string;
      /** Value, at most 30 Chinese characters (supports id translation) */
      value: string;
    }>;
  };
};

/** Result of `linkedCorp.sendMessage`: Send an app message to members of linked corps (互联企业发送应用消息) */
export interface WorkLinkedCorpSendMessageResult {
  /** Recipients that are invalid or not visible to the app */
  invaliduser?: Array<string>;
  /** Invalid departments */
  invalidparty?: Array<string>;
  /** Invalid tags */
  invalidtag?: Array<string>;
}
