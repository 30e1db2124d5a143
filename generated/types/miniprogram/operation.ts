// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `operation.getDomainInfo`: Get the Mini Program's domain configuration (查询域名配置 getDomainInfo) */
export interface MpOperationGetDomainInfoParams {
  /** getbizdomain = business domains, getserverdomain = server domains; absent = all */
  action?: "getbizdomain" | "getserverdomain";
}

/** Result of `operation.getDomainInfo`: Get the Mini Program's domain configuration (查询域名配置 getDomainInfo) */
export interface MpOperationGetDomainInfoResult {
  /** Legal request domains */
  requestdomain?: Array<string>;
  /** Legal socket domains */
  wsrequestdomain?: Array<string>;
  /** Legal uploadFile domains */
  uploaddomain?: Array<string>;
  /** Legal downloadFile domains */
  downloaddomain?: Array<string>;
  /** Legal udp domains */
  udpdomain?: Array<string>;
  /** Business domains */
  bizdomain?: Array<string>;
}

/** Params of `operation.getFeedback`: List user feedback (获取用户反馈列表 getFeedback) */
export interface MpOperationGetFeedbackParams {
  /** Feedback type (all when absent): 1 cannot open, 2 crash, 3 lag, 4 black/white screen, 5 freeze, 6 layout broken, 7 slow loading, 8 other */
  type?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  /**
   * Page number, from 1
   * (value ≥ 1)
   */
  page: number;
  /** Entries per page */
  num: number;
}

/** Result of `operation.getFeedback`: List user feedback (获取用户反馈列表 getFeedback) */
export interface MpOperationGetFeedbackResult {
  /** Feedback entries */
  list?: Array<{
    /** Record id (for getFeedbackmedia) */
    record_id?: number;
    /** Creation time */
    create_time?: number;
    /** Feedback content */
    content?: string;
    /** Contact: phone or email */
    phone?: string;
    /** The user's openid */
    openid?: string;
    /** The user's nickname */
    nickname?: string;
    /** The user's avatar */
    head_url?: string;
    /** Feedback type */
    type?: number;
    /** Image media ids */
    mediaIds?: Array<string>;
    /** System info (only in the official example, not in the field table) */
    systemInfo?: string;
  }>;
  /** Total number of entries */
  total_num?: number;
}

/** Params of `operation.getFeedbackmedia`: Download a feedback image by its mediaId (获取mediaId图片 getFeedbackmedia) */
export interface MpOperationGetFeedbackmediaParams {
  /** The feedback's record_id (from operation.getFeedback) */
  record_id: number;
  /** The image's mediaId */
  media_id: string;
}

/** Params of `operation.getJsErrDetail`: Get the details of a JS error (查询js错误详情 getJsErrDetail) */
export interface MpOperationGetJsErrDetailParams {
  /** Start date, as xxxx-xx-xx */
  startTime: string;
  /** End date, as xxxx-xx-xx */
  endTime: string;
  /** MD5 of the error message */
  errorMsgMd5: string;
  /** MD5 of the error stack */
  errorStackMd5: string;
  /** Mini Program version, "0" = all, e.g. "2.0.18" */
  appVersion: string;
  /** Base library version, "0" = all, e.g. "2.14.1" */
  sdkVersion: string;
  /** OS: "0" all, "1" Android, "2" iOS, "3" other */
  osName: "0" | "1" | "2" | "3";
  /** Client version, "0" = all, e.g. "7.0.22" */
  clientVersion: string;
  /** The openid of the user who hit the error */
  openid: string;
  /** Paging offset */
  offset: number;
  /** Maximum entries per call */
  limit: number;
  /** Order: "0" ascending, "1" descending */
  desc: "0" | "1";
}

/** Result of `operation.getJsErrDetail`: Get the details of a JS error (查询js错误详情 getJsErrDetail) */
export interface MpOperationGetJsErrDetailResult {
  /** Error entries */
  data?: Array<{
    /** Count */
    Count?: string;
    /** Base library version */
    sdkVersion?: string;
    /** Client version */
    ClientVersion?: string;
    /** MD5 of the error stack */
    errorStackMd5?: string;
    /** Time */
    TimeStamp?: string;
    /** Mini Program version */
    appVersion?: string;
    /** MD5 of the error message */
    errorMsgMd5?: string;
    /** Error message */
    errorMsg?: string;
    /** Error stack */
    errorStack?: string;
    /** Date */
    Ds?: string;
    /** OS */
    OsName?: string;
    /** The user's openid */
    openId?: string;
    /** Plugin version */
    pluginversion?: string;
    /** appid */
    appId?: string;
    /** Device model */
    DeviceModel?: string;
    /** source */
    source?: string;
    /** route */
    route?: string;
    /** Nickname */
    nickname?: string;
    /** Uin (only in the official example, not in the field table) */
    Uin?: string;
  }>;
  /** Total number of entries */
  totalCount?: number;
  /** Success flag (only in the official example, not in the field table) */
  success?: boolean;
  /** openid (only in the official example, not in the field table) */
  openid?: string;
}

/** Params of `operation.getJsErrList`: List JS errors (查询错误列表 getJsErrList) */
export interface MpOperationGetJsErrListParams {
  /** Mini Program version, "0" = all, e.g. "2.0.18" */
  appVersion: string;
  /** Error type: "0" all, "1" business code, "2" plugin, "3" framework */
  errType: "0" | "1" | "2" | "3";
  /** Start date, as xxxx-xx-xx */
  startTime: string;
  /** End date, as xxxx-xx-xx */
  endTime: string;
  /** Keyword to filter errors by */
  keyword: string;
  /** The openid of the user who hit the error */
  openid: string;
  /** Sort field: uv or pv */
  orderby: "uv" | "pv";
  /** Order: "1" descending, "2" ascending */
  desc: "1" | "2";
  /** Paging offset */
  offset: number;
  /**
   * Maximum entries per call (at most 30)
   * (value ≤ 30)
   */
  limit: number;
}

/** Result of `operation.getJsErrList`: List JS errors (查询错误列表 getJsErrList) */
export interface MpOperationGetJsErrListResult {
  /** Error entries */
  data?: Array<{
    /** MD5 of the error message */
    errorMsgMd5?: string;
    /** Error message */
    errorMsg?: string;
    /** uv */
    uv?: number;
    /** pv */
    pv?: number;
    /** MD5 of the error stack */
    errorStackMd5?: string;
    /** Error stack */
    errorStack?: string;
    /** pv percentage */
    pvPercent?: string;
    /** uv percentage */
    uvPercent?: string;
  }>;
  /** Total number of entries */
  totalCount?: number;
  /** Success flag (only in the official example, not in the field table) */
  success?: boolean;
  /** openid (only in the official example, not in the field table) */
  openid?: string;
}

/** Params of `operation.getPerformance`: Get performance data (获取性能数据 getPerformance) */
export interface MpOperationGetPerformanceParams {
  /** 1 total launch time, 2 download time, 3 first render time */
  cost_time_type: 1 | 2 | 3;
  /** Query start time */
  default_start_time: number;
  /** Query end time */
  default_end_time: number;
  /** Platform: "@_all" (all), 1 (iOS), 2 (Android) */
  device: string;
  /** Whether the code package was downloaded (cost_time_type 1 only): "@_all", 1 yes, 2 no */
  is_download_code: string;
  /** Visit source (cost_time_type 1 or 2), from operation.getSceneList */
  scene: string;
  /** Network (cost_time_type 2 only): "@_all", wifi, 4g, 3g, 2g */
  networktype: string;
}

/** Result of `operation.getPerformance`: Get performance data (获取性能数据 getPerformance) */
export interface MpOperationGetPerformanceResult {
  /** The data, a JSON string {"list":[{ref_date, cost_time_type, cost_time (ms)}]} */
  default_time_data?: string;
  /** Comparison data */
  compare_time_data?: string;
}

/** Params of `operation.getPerformanceData`: Get launch and runtime performance data (获取小程序性能数据 getPerformanceData) */
export interface MpOperationGetPerformanceDataParams {
  /** Data kind: 10016 open rate, 10017 launch stage times, 10021 page switch time, 10022 memory, 10023 memory anomalies */
  module: 10016 | 10017 | 10021 | 10022 | 10023;
  /** Start and end dates (at most 30 days apart) */
  time: {
    /** Start date timestamp */
    begin_timestamp: number;
    /** End date timestamp */
    end_timestamp: number;
  };
  /** Query conditions (network type, device level, platform) */
  params: Array<{
    /** Condition: networktype, device_level or device */
    field: "networktype" | "device_level" | "device";
    /** networktype: -1/3g/4g/wifi; device_level: -1/1/2/3 (all/high/mid/low); device: -1/1/2 (all/iOS/Android) */
    value: string;
  }>;
}

/** Result of `operation.getPerformanceData`: Get launch and runtime performance data (获取小程序性能数据 getPerformanceData) */
export interface MpOperationGetPerformanceDataResult {
  /** The performance data */
  data?: {
    /** The performance data */
    body?: {
      /** Metrics */
      tables?: Array<{
        /** Metric id */
        id?: string;
        /** Data by time */
        lines?: Array<{
          /** Data of one day */
          fields?: Array<{
            /** Date */
            refdate?: string;
            /** Value */
            value?: string;
          }>;
        }>;
        /** Metric name (Chinese) */
        zh?: string;
      }>;
      /** Number of metrics */
      count?: number;
    };
  };
}

/** Params of `operation.getSceneList`: List the visit sources for performance queries (获取访问来源 getSceneList) */
export type MpOperationGetSceneListParams = Record<string, never>;

/** Result of `operation.getSceneList`: List the visit sources for performance queries (获取访问来源 getSceneList) */
export interface MpOperationGetSceneListResult {
  /** Visit sources */
  scene?: Array<{
    /** Source name (Chinese) */
    name?: string;
    /** Source value ("@_all" or a scene number) */
    value?: unknown;
  }>;
}

/** Params of `operation.getVersionList`: List the client versions for performance queries (获取客户端版本 getVersionList) */
export type MpOperationGetVersionListParams = Record<string, never>;

/** Result of `operation.getVersionList`: List the client versions for performance queries (获取客户端版本 getVersionList) */
export interface MpOperationGetVersionListResult {
  /** Version lists */
  cvlist?: Array<{
    /** 1 client, 2 service direct (服务直达) */
    type?: 1 | 2;
    /** Versions */
    client_version_list?: Array<string>;
  }>;
}

/** Params of `operation.realtimelogSearch`: Search the real-time logs (查询实时日志 realtimelogSearch) */
export interface MpOperationRealtimelogSearchParams {
  /** Date as YYYYMMDD, within the last 7 days */
  date: string;
  /** Start time (within date) */
  begintime: number;
  /** End time (within date) */
  endtime: number;
  /**
   * Offset of the first entry (paging)
   * @default 0
   */
  start?: number;
  /**
   * Number of entries (paging)
   * @default 20
   */
  limit?: number;
  /** Launch id: shows the logs of every page of that launch */
  traceId?: string;
  /** Page path, e.g. pages/index/index */
  url?: string;
  /** The user's WeChat id or openid */
  id?: string;
  /** The filterMsg set with setFilterMsg/addFilterMsg */
  filterMsg?: string;
  /** Minimum level: 2 Info, 4 Warn, 8 Error */
  level?: 2 | 4 | 8;
}

/** Result of `operation.realtimelogSearch`: Search the real-time logs (查询实时日志 realtimelogSearch) */
export interface MpOperationRealtimelogSearchResult {
  /** The logs and their total */
  data?: {
    /** Log entries */
    list?: Array<{
      /** OR of the levels of the msg entries (Info 2 + Warn 4 = 6) */
      level?: number;
      /** Base library version */
      libraryVersion?: string;
      /** Client version */
      clientVersion?: string;
      /** The user's openid */
      id?: string;
      /** Unix time of the log */
      timestamp?: number;
      /** 1 Android, 2 iOS */
      platform?: 1 | 2;
      /** Page path */
      url?: string;
      /** Log contents (log.info etc.) */
      msg?: Array<{
        /** Time of the log.info call */
        time?: number;
        /** The call's arguments, one item each */
        msg?: Array<unknown>;
        /** Level of the call */
        level?: number;
      }>;
      /** Launch id */
      traceid?: string;
      /** filterMsg */
      filterMsg?: string;
    }>;
    /** Total number of entries */
    total?: number;
  };
}
