// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `datacube.getDailyRetain`: Get daily visit retention (获取用户访问小程序日留存) */
export interface MpDatacubeGetDailyRetainParams {
  /** Start date, yyyymmdd */
  begin_date: string;
  /** End date, yyyymmdd; one day only, at most yesterday */
  end_date: string;
}

/** Result of `datacube.getDailyRetain`: Get daily visit retention (获取用户访问小程序日留存) */
export interface MpDatacubeGetDailyRetainResult {
  /** Date */
  ref_date?: string;
  /** New-user retention */
  visit_uv_new?: Array<{
    /** Days after the date: 0 (that day), 1, 2, 3, 4, 5, 6, 7, 14, 30 */
    key?: number;
    /** New/active users (key 0) or retained users (key > 0) */
    value?: number;
  }>;
  /** Active-user retention */
  visit_uv?: Array<{
    /** Days after the date: 0 (that day), 1, 2, 3, 4, 5, 6, 7, 14, 30 */
    key?: number;
    /** New/active users (key 0) or retained users (key > 0) */
    value?: number;
  }>;
}

/** Params of `datacube.getDailySummary`: Get the Mini Program visit overview (获取用户访问小程序数据概况) */
export interface MpDatacubeGetDailySummaryParams {
  /** Start date, yyyymmdd */
  begin_date: string;
  /** End date, yyyymmdd; one day only, at most yesterday */
  end_date: string;
}

/** Result of `datacube.getDailySummary`: Get the Mini Program visit overview (获取用户访问小程序数据概况) */
export interface MpDatacubeGetDailySummaryResult {
  /** Data list */
  list?: Array<{
    /** Date, yyyymmdd */
    ref_date?: string;
    /** Cumulative users */
    visit_total?: number;
    /** Shares */
    share_pv?: number;
    /** Users who shared */
    share_uv?: number;
  }>;
}

/** Params of `datacube.getDailyVisitTrend`: Get the daily visit trend (获取用户访问小程序数据日趋势) */
export interface MpDatacubeGetDailyVisitTrendParams {
  /** Start date, yyyymmdd */
  begin_date: string;
  /** End date, yyyymmdd; one day only, at most yesterday */
  end_date: string;
}

/** Result of `datacube.getDailyVisitTrend`: Get the daily visit trend (获取用户访问小程序数据日趋势) */
export interface MpDatacubeGetDailyVisitTrendResult {
  /** Data list */
  list?: Array<{
    /** Date, yyyymmdd */
    ref_date?: string;
    /** Opens */
    session_cnt?: number;
    /** Visits */
    visit_pv?: number;
    /** Visitors */
    visit_uv?: number;
    /** New users */
    visit_uv_new?: number;
    /** Average stay per user (float, seconds) */
    stay_time_uv?: number;
    /** Average stay per open (float, seconds) */
    stay_time_session?: number;
    /** Average visit depth (float) */
    visit_depth?: number;
  }>;
}

/** Params of `datacube.getGameAnalysisData`: Get Mini Game analysis data (获取小游戏分析数据) */
export interface MpDatacubeGetGameAnalysisDataParams {
  /** Metric id (see the Mini Game data-analysis metric definitions) */
  metric: string;
  /** Time granularity: 1 minute, 5 minutes, 60 hour, 24 day, 7 natural week, 30 natural month */
  granularity: 1 | 5 | 60 | 24 | 7 | 30;
  /** Start timestamp, aligned to the granularity's zero time */
  start_time: number;
  /** End timestamp, aligned to the granularity's zero time */
  end_time: number;
  /** Dimension filters (one or more) */
  filter_list?: Array<{
    /** Dimension id */
    dimension: string;
    /** Dimension value */
    value: string;
  }>;
  /** Dimensions to break each period down by (one or more) */
  group_list?: Array<{
    /** Dimension id */
    dimension: string;
    /** Dimension value */
    value: string;
  }>;
}

/** Result of `datacube.getGameAnalysisData`: Get Mini Game analysis data (获取小游戏分析数据) */
export interface MpDatacubeGetGameAnalysisDataResult {
  /** Data list */
  data_list?: Array<{
    /** Data timestamp */
    timestamp?: number;
    /** Data time label */
    time_label?: string;
    /** Dimension value breakdown */
    group_dimension_list?: Array<{
      /** Dimension value */
      value?: string;
      /** Dimension label */
      label?: string;
    }>;
    /** Metric value; present when there is data */
    metric_value?: number;
  }>;
}

/** Params of `datacube.getMonthlyRetain`: Get monthly visit retention (获取用户访问小程序月留存) */
export interface MpDatacubeGetMonthlyRetainParams {
  /** Start date, first day of a natural month, yyyymmdd */
  begin_date: string;
  /** End date, last day of the same month, yyyymmdd */
  end_date: string;
}

/** Result of `datacube.getMonthlyRetain`: Get monthly visit retention (获取用户访问小程序月留存) */
export interface MpDatacubeGetMonthlyRetainResult {
  /** Month, e.g. 201702 */
  ref_date?: string;
  /** New-user retention */
  visit_uv_new?: Array<{
    /** Months after: 0 (that month), 1 */
    key?: number;
    /** New/active users (key 0) or retained users (key > 0) */
    value?: number;
  }>;
  /** Active-user retention */
  visit_uv?: Array<{
    /** Months after: 0 (that month), 1 */
    key?: number;
    /** New/active users (key 0) or retained users (key > 0) */
    value?: number;
  }>;
}

/** Params of `datacube.getMonthlyVisitTrend`: Get the monthly visit trend, up to last month (获取用户访问小程序数据月趋势) */
export interface MpDatacubeGetMonthlyVisitTrendParams {
  /** Start date, first day of a natural month, yyyymmdd */
  begin_date: string;
  /** End date, last day of the same month, yyyymmdd */
  end_date: string;
}

/** Result of `datacube.getMonthlyVisitTrend`: Get the monthly visit trend, up to last month (获取用户访问小程序数据月趋势) */
export interface MpDatacubeGetMonthlyVisitTrendResult {
  /** Data list */
  list?: Array<{
    /** Month, yyyymm, e.g. 201702 */
    ref_date?: string;
    /** Opens (month total) */
    session_cnt?: number;
    /** Visits (month total) */
    visit_pv?: number;
    /** Visitors (deduplicated in the month) */
    visit_uv?: number;
    /** New users (deduplicated in the month) */
    visit_uv_new?: number;
    /** Average stay per user (float, seconds) */
    stay_time_uv?: number;
    /** Average stay per open (float, seconds) */
    stay_time_session?: number;
    /** Average visit depth (float) */
    visit_depth?: number;
  }>;
}

/** Params of `datacube.getUserPortrait`: Get the portrait of new or active users (获取小程序用户画像分布) */
export interface MpDatacubeGetUserPortraitParams {
  /** Start date, yyyymmdd */
  begin_date: string;
  /** End date, yyyymmdd: 0, 6 or 29 days after begin_date (last 1/7/30 days), at most yesterday */
  end_date: string;
}

/** Result of `datacube.getUserPortrait`: Get the portrait of new or active users (获取小程序用户画像分布) */
export interface MpDatacubeGetUserPortraitResult {
  /** Period, e.g. 20170611-20170617 */
  ref_date?: string;
  /** New-user portrait */
  visit_uv_new?: {
    /** Provinces, e.g. 北京, 广东 */
    province?: Array<{
      /** Attribute value id */
      id?: number;
      /** Attribute value name */
      name?: string;
      /** Users (uv) */
      value?: number;
    }>;
    /** Cities, e.g. 北京, 广州 */
    city?: Array<{
      /** Attribute value id */
      id?: number;
      /** Attribute value name */
      name?: string;
      /** Users (uv) */
      value?: number;
    }>;
    /** Genders: male, female, unknown */
    genders?: Array<{
      /** Attribute value id */
      id?: number;
      /** Attribute value name */
      name?: string;
      /** Users (uv) */
      value?: number;
    }>;
    /** Platforms, e.g. Android, iOS */
    platforms?: Array<{
      /** Attribute value id */
      id?: number;
      /** Attribute value name */
      name?: string;
      /** Users (uv) */
      value?: number;
    }>;
    /** Devices, e.g. iPhone, android, other */
    devices?: Array<{
      /** Attribute value id */
      id?: number;
      /** Attribute value name */
      name?: string;
      /** Users (uv) */
      value?: number;
    }>;
    /** Age bands, e.g. under 17, 18-24 */
    ages?: Array<{
      /** Attribute value id */
      id?: number;
      /** Attribute value name */
      name?: string;
      /** Users (uv) */
      value?: number;
    }>;
  };
  /** Active-user portrait */
  visit_uv?: {
    /** Provinces, e.g. 北京, 广东 */
    province?: Array<{
      /** Attribute value id */
      id?: number;
      /** Attribute value name */
      name?: string;
      /** Users (uv) */
      value?: number;
    }>;
    /** Cities, e.g. 北京, 广州 */
    city?: Array<{
      /** Attribute value id */
      id?: number;
      /** Attribute value name */
      name?: string;
      /** Users (uv) */
      value?: number;
    }>;
    /** Genders: male, female, unknown */
    genders?: Array<{
      /** Attribute value id */
      id?: number;
      /** Attribute value name */
      name?: string;
      /** Users (uv) */
      value?: number;
    }>;
    /** Platforms, e.g. Android, iOS */
    platforms?: Array<{
      /** Attribute value id */
      id?: number;
      /** Attribute value name */
      name?: string;
      /** Users (uv) */
      value?: number;
    }>;
    /** Devices, e.g. iPhone, android, other */
    devices?: Array<{
      /** Attribute value id */
      id?: number;
      /** Attribute value name */
      name?: string;
      /** Users (uv) */
      value?: number;
    }>;
    /** Age bands, e.g. under 17, 18-24 */
    ages?: Array<{
      /** Attribute value id */
      id?: number;
      /** Attribute value name */
      name?: string;
      /** Users (uv) */
      value?: number;
    }>;
  };
}

/** Params of `datacube.getVisitDistribution`: Get the visit distribution by source, stay time and depth (获取用户小程序访问分布数据) */
export interface MpDatacubeGetVisitDistributionParams {
  /** Start date, yyyymmdd */
  begin_date: string;
  /** End date, yyyymmdd; one day only, at most yesterday */
  end_date: string;
}

/** Result of `datacube.getVisitDistribution`: Get the visit distribution by source, stay time and depth (获取用户小程序访问分布数据) */
export interface MpDatacubeGetVisitDistributionResult {
  /** Date, yyyymmdd */
  ref_date?: string;
  /** Data list */
  list?: Array<{
    /** Distribution: access_source_session_cnt (source), access_staytime_info (stay time), access_depth_info (depth) */
    index?: string;
    /** Distribution data */
    item_list?: Array<{
      /** Bucket id; meaning depends on index (see the page's key tables) */
      key?: number;
      /** Visits (pv) in the bucket */
      value?: number;
    }>;
  }>;
}

/** Params of `datacube.getVisitPage`: Get page visit data, top 200 pages by page_visit_pv (获取访问页面数据) */
export interface MpDatacubeGetVisitPageParams {
  /** Start date, yyyymmdd */
  begin_date: string;
  /** End date, yyyymmdd; one day only, at most yesterday */
  end_date: string;
}

/** Result of `datacube.getVisitPage`: Get page visit data, top 200 pages by page_visit_pv (获取访问页面数据) */
export interface MpDatacubeGetVisitPageResult {
  /** Date, yyyymmdd */
  ref_date?: string;
  /** Data list */
  list?: Array<{
    /** Page path */
    page_path?: string;
    /** Visits */
    page_visit_pv?: number;
    /** Visitors */
    page_visit_uv?: number;
    /** Average stay per visit */
    page_staytime_pv?: number;
    /** Times the page was the entry page */
    entrypage_pv?: number;
    /** Times the page was the exit page */
    exitpage_pv?: number;
    /** Shares */
    page_share_pv?: number;
    /** Users who shared */
    page_share_uv?: number;
  }>;
}

/** Params of `datacube.getWeeklyRetain`: Get weekly visit retention (获取用户访问小程序周留存) */
export interface MpDatacubeGetWeeklyRetainParams {
  /** Start date, a Monday, yyyymmdd */
  begin_date: string;
  /** End date, the Sunday of the same natural week, yyyymmdd */
  end_date: string;
}

/** Result of `datacube.getWeeklyRetain`: Get weekly visit retention (获取用户访问小程序周留存) */
export interface MpDatacubeGetWeeklyRetainResult {
  /** Period, e.g. 20170306-20170312 */
  ref_date?: string;
  /** New-user retention */
  visit_uv_new?: Array<{
    /** Weeks after: 0 (that week), 1, 2, 3, 4 */
    key?: number;
    /** New/active users (key 0) or retained users (key > 0) */
    value?: number;
  }>;
  /** Active-user retention */
  visit_uv?: Array<{
    /** Weeks after: 0 (that week), 1, 2, 3, 4 */
    key?: number;
    /** New/active users (key 0) or retained users (key > 0) */
    value?: number;
  }>;
}

/** Params of `datacube.getWeeklyVisitTrend`: Get the weekly visit trend (获取用户访问小程序数据周趋势) */
export interface MpDatacubeGetWeeklyVisitTrendParams {
  /** Start date, a Monday, yyyymmdd */
  begin_date: string;
  /** End date, the Sunday of the same natural week, yyyymmdd */
  end_date: string;
}

/** Result of `datacube.getWeeklyVisitTrend`: Get the weekly visit trend (获取用户访问小程序数据周趋势) */
export interface MpDatacubeGetWeeklyVisitTrendResult {
  /** Data list */
  list?: Array<{
    /** Period, yyyymmdd-yyyymmdd, e.g. 20170306-20170312 */
    ref_date?: string;
    /** Opens (week total) */
    session_cnt?: number;
    /** Visits (week total) */
    visit_pv?: number;
    /** Visitors (deduplicated in the week) */
    visit_uv?: number;
    /** New users (deduplicated in the week) */
    visit_uv_new?: number;
    /** Average stay per user (float, seconds) */
    stay_time_uv?: number;
    /** Average stay per open (float, seconds) */
    stay_time_session?: number;
    /** Average visit depth (float) */
    visit_depth?: number;
  }>;
}
