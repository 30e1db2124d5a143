// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `report.grid.addCategory`: Add an event category (添加事件类别) */
export interface WorkReportGridAddCategoryParams {
  /**
   * Category name, at most 30 characters; unique among the second-level categories of one parent
   * (length ≤ 30)
   */
  category_name?: string;
  /** Category level: 1 or 2 */
  level?: 1 | 2;
  /** Id of the first-level parent; required when level is 2 */
  parent_category_id?: string;
}

/** Result of `report.grid.addCategory`: Add an event category (添加事件类别) */
export interface WorkReportGridAddCategoryResult {
  /** Id of the new category */
  category_id?: string;
}

/** Params of `report.grid.create`: Add a grid (添加网格) */
export interface WorkReportGridCreateParams {
  /** Grid name (网格名称) */
  grid_name?: string;
  /** Id of the parent grid (父节点的id) */
  grid_parent_id?: string;
  /** UserIDs of the grid's 负责人 (owners) */
  grid_admin?: Array<string>;
  /** UserIDs of the grid's members (该节点的成员userid列表) */
  grid_member?: Array<string>;
}

/** Result of `report.grid.create`: Add a grid (添加网格) */
export interface WorkReportGridCreateResult {
  /** Id of the new grid (from the sample) */
  grid_id?: string;
  /** UserIDs that were not valid */
  invalid_userids?: Array<string>;
}

/** Params of `report.grid.delete`: Delete a grid (删除网格) */
export interface WorkReportGridDeleteParams {
  /** Grid id (may be empty for the root). Deletes the grid and all its sub-grids when none has members */
  grid_id?: string;
}

/** Result of `report.grid.delete`: Delete a grid (删除网格) */
export type WorkReportGridDeleteResult = Record<string, unknown>;

/** Params of `report.grid.deleteCategory`: Delete an event category (删除事件类别) */
export interface WorkReportGridDeleteCategoryParams {
  /** Category id */
  category_id?: string;
}

/** Result of `report.grid.deleteCategory`: Delete an event category (删除事件类别) */
export type WorkReportGridDeleteCategoryResult = Record<string, unknown>;

/** Params of `report.grid.getUserGridInfo`: List the grids a member owns and joins (获取用户负责及参与的网格列表) */
export interface WorkReportGridGetUserGridInfoParams {
  /** UserID of the member */
  userid?: string;
}

/** Result of `report.grid.getUserGridInfo`: List the grids a member owns and joins (获取用户负责及参与的网格列表) */
export interface WorkReportGridGetUserGridInfoResult {
  /** Grids the member administers */
  manage_grids?: Array<{
    /** Grid id */
    grid_id?: string;
    /** Grid name */
    grid_name?: string;
  }>;
  /** Grids the member belongs to */
  joined_grids?: Array<{
    /** Grid id */
    grid_id?: string;
    /** Grid name */
    grid_name?: string;
  }>;
}

/** Params of `report.grid.list`: List a grid's parent and sub-grids (获取网格列表) */
export interface WorkReportGridListParams {
  /** Grid id; when left out, the root and its children are returned */
  grid_id?: string;
}

/** Result of `report.grid.list`: List a grid's parent and sub-grids (获取网格列表) */
export interface WorkReportGridListResult {
  /** The grids */
  grid_list?: Array<{
    /** Grid id */
    grid_id?: string;
    /** Grid name */
    grid_name?: string;
    /** Id of the parent grid */
    grid_parent_id?: string;
    /** UserIDs of the grid's admins */
    grid_admin?: Array<string>;
    /** UserIDs of the grid's members */
    grid_member?: Array<string>;
  }>;
}

/** Params of `report.grid.listCategories`: List the event categories (获取事件类别列表) */
export type WorkReportGridListCategoriesParams = Record<string, never>;

/** Result of `report.grid.listCategories`: List the event categories (获取事件类别列表) */
export interface WorkReportGridListCategoriesResult {
  /** The categories (the sample's key; the table calls it cata_list) */
  category_list?: Array<{
    /** Category id */
    category_id?: string;
    /** Category name */
    category_name?: string;
    /** Category level */
    level?: 1 | 2;
    /** Id of the first-level parent; empty for level 1 */
    parent_category_id?: string;
  }>;
  /** The categories, under the table's name (the sample answers category_list) */
  cata_list?: Array<{
    /** Category id */
    category_id?: string;
    /** Category name */
    category_name?: string;
    /** Category level */
    level?: 1 | 2;
    /** Id of the first-level parent; empty for level 1 */
    parent_category_id?: string;
  }>;
}

/** Params of `report.grid.update`: Edit a grid (编辑网格) */
export interface WorkReportGridUpdateParams {
  /** Grid id */
  grid_id?: string;
  /**
   * Grid name, at most 30 characters; sibling grids under one parent need distinct names
   * (length ≤ 30)
   */
  grid_name?: string;
  /** Id of the parent grid; the grid tree has at most 10 levels */
  grid_parent_id?: string;
  /**
   * UserIDs of the grid's 负责人 (owners): at least 1, at most 20
   * (items 1–20)
   */
  grid_admin?: Array<string>;
  /**
   * UserIDs of the grid's members, at most 100; empty clears them. A member administers at most 10 grids
   * (items ≤ 100)
   */
  grid_member?: Array<string>;
}

/** Result of `report.grid.update`: Edit a grid (编辑网格) */
export interface WorkReportGridUpdateResult {
  /** UserIDs that were not valid */
  invalid_userids?: Array<string>;
}

/** Params of `report.grid.updateCategory`: Edit an event category (修改事件类别) */
export interface WorkReportGridUpdateCategoryParams {
  /** Category id */
  category_id?: string;
  /**
   * Category name, at most 30 characters; unique among the second-level categories of one parent
   * (length ≤ 30)
   */
  category_name?: string;
  /** Category level: 1 or 2 */
  level?: 1 | 2;
  /** Id of the first-level parent; required when level is 2 */
  parent_category_id?: string;
}

/** Result of `report.grid.updateCategory`: Edit an event category (修改事件类别) */
export type WorkReportGridUpdateCategoryResult = Record<string, unknown>;

/** Params of `report.patrol.getCategoryStatistic`: Get patrol report statistics by event category (获取上报事件分类统计) */
export interface WorkReportPatrolGetCategoryStatisticParams {
  /** Category id (on 93517: left out, all first-level categories; a first-level id, its second-level ones) */
  category_id?: string;
}

/** Result of `report.patrol.getCategoryStatistic`: Get patrol report statistics by event category (获取上报事件分类统计) */
export interface WorkReportPatrolGetCategoryStatisticResult {
  /** Statistics per category */
  dashboard_list?: Array<{
    /** Category id (分类 ID) */
    category_id?: string;
    /** Category name (分类名称) */
    category_name?: string;
    /** Category level (分类层级); on 93517 1 first level, 2 second level */
    category_level?: number;
    /** Reports filed in total (as on 93517: 累计上报) */
    total_case?: number;
    /** Reports closed in total (as on 93517: 累计办结) */
    total_solved?: number;
    /** Category type (as on 93517: 0 other, 1 valid category) */
    category_type?: number;
  }>;
}

/** Params of `report.patrol.getCorpStatus`: Get the corp's patrol report statistics (获取单位巡查上报数据统计) */
export interface WorkReportPatrolGetCorpStatusParams {
  /** Grid id; the whole corp when left out */
  grid_id?: string;
}

/** Result of `report.patrol.getCorpStatus`: Get the corp's patrol report statistics (获取单位巡查上报数据统计) */
export interface WorkReportPatrolGetCorpStatusResult {
  /** Reports waiting to be assigned (待分配) */
  to_be_assigned?: number;
  /** Reports being handled (办理中) */
  processing?: number;
  /** Reports filed today (今日上报) */
  added_today?: number;
  /** Reports closed today (今日办结) */
  solved_today?: number;
  /** Reports filed in total (累计上报) */
  total_case?: number;
  /** Reports closed in total (累计办结) */
  total_solved?: number;
}

/** Params of `report.patrol.getGridInfo`: Get the configured grids and their administrators, for patrol reports (获取配置的网格及网格负责人) */
export type WorkReportPatrolGetGridInfoParams = Record<string, never>;

/** Result of `report.patrol.getGridInfo`: Get the configured grids and their administrators, for patrol reports (获取配置的网格及网格负责人) */
export interface WorkReportPatrolGetGridInfoResult {
  /** Grids */
  grid_list?: Array<{
    /** Grid id */
    grid_id?: string;
    /** Grid name */
    grid_name?: string;
    /** UserIDs of the grid administrators */
    grid_admin?: Array<string>;
  }>;
}

/** Params of `report.patrol.getOrderInfo`: Get a patrol report's details (获取巡查上报的事件详情信息) */
export interface WorkReportPatrolGetOrderInfoParams {
  /** Work order id (工单 ID) */
  order_id?: string;
}

/** Result of `report.patrol.getOrderInfo`: Get a patrol report's details (获取巡查上报的事件详情信息) */
export interface WorkReportPatrolGetOrderInfoResult {
  /** The report (work order) */
  order_info?: {
    /** Work order id */
    order_id?: string;
    /** Event description */
    desc?: string;
    /** Urgency type (紧急类型) */
    urge_type?: number;
    /** Event category name */
    case_name?: string;
    /** Grid name */
    grid_name?: string;
    /** Grid id */
    grid_id?: string;
    /** Creation timestamp */
    create_time?: number;
    /** Image URLs */
    image_urls?: Array<string>;
    /** Video media ids */
    video_media_ids?: Array<string>;
    /** Location (the sample says: example address, coordinates meaningless) */
    location?: {
      /** Place name */
      name?: string;
      /** Address */
      address?: string;
      /** Latitude */
      latitude?: number;
      /** Longitude */
      longitude?: number;
    };
    /** UserIDs of the handlers */
    processor_userids?: Array<string>;
    /** Handling steps (处理记录) */
    process_list?: Array<{
      /** Step type */
      process_type?: number;
      /** UserID of the member who closed the step */
      solve_userid?: string;
      /** Step description */
      process_desc?: string;
      /** Step status */
      status?: number;
      /** Timestamp the step was closed */
      solved_time?: number;
      /** Image URLs of the step */
      image_urls?: Array<string>;
      /** Video media ids of the step */
      video_media_ids?: Array<string>;
    }>;
  };
}

/** Params of `report.patrol.getOrderList`: List patrol reports (获取巡查上报事件列表) */
export interface WorkReportPatrolGetOrderListParams {
  /** Timestamp: only reports created after it (as on 93518) */
  begin_create_time?: number;
  /** Timestamp: only reports modified after it (as on 93518) */
  begin_modify_time?: number;
  /** Paging cursor: empty on the first call (as on 93518) */
  cursor?: string;
  /** Page size (on 93518: 20 by default, at most 50) */
  limit?: number;
}

/** Result of `report.patrol.getOrderList`: List patrol reports (获取巡查上报事件列表) */
export interface WorkReportPatrolGetOrderListResult {
  /** Cursor of the next page (翻页标记) */
  next_cursor?: string;
  /** Reports (work orders) */
  order_list?: Array<{
    /** Work order id (工单 ID) */
    order_id?: string;
    /** Event description */
    desc?: string;
    /** Urgency type (紧急类型) */
    urge_type?: number;
    /** Event category name */
    case_name?: string;
    /** Grid name */
    grid_name?: string;
    /** Grid id */
    grid_id?: string;
    /** Creation timestamp */
    create_time?: number;
    /** Image URLs */
    image_urls?: Array<string>;
    /** Video media ids */
    video_media_ids?: Array<string>;
    /** Location (the sample says: example address, coordinates meaningless) */
    location?: {
      /** Place name */
      name?: string;
      /** Address */
      address?: string;
      /** Latitude */
      latitude?: number;
      /** Longitude */
      longitude?: number;
    };
    /** UserIDs of the handlers */
    processor_userids?: Array<string>;
    /** Handling steps (处理记录) */
    process_list?: Array<{
      /** Step type */
      process_type?: number;
      /** UserID of the member who closed the step */
      solve_userid?: string;
      /** Step description */
      process_desc?: string;
      /** Step status */
      status?: number;
      /** Timestamp the step was closed */
      solved_time?: number;
      /** Image URLs of the step */
      image_urls?: Array<string>;
      /** Video media ids of the step */
      video_media_ids?: Array<string>;
    }>;
  }>;
}

/** Params of `report.patrol.getUserStatus`: Get a member's patrol report statistics (获取个人巡查上报数据统计) */
export interface WorkReportPatrolGetUserStatusParams {
  /** UserID of the member (in the app's visible range) */
  userid: string;
}

/** Result of `report.patrol.getUserStatus`: Get a member's patrol report statistics (获取个人巡查上报数据统计) */
export interface WorkReportPatrolGetUserStatusResult {
  /** Reports being handled (办理中) */
  processing?: number;
  /** Reports filed today (今日上报) */
  added_today?: number;
  /** Reports closed today (今日办结) */
  solved_today?: number;
}

/** Params of `report.resident.getCategoryStatistic`: Get report statistics by event category (获取上报事件分类统计) */
export interface WorkReportResidentGetCategoryStatisticParams {
  /** Category id: left out, all first-level categories; a first-level id, its second-level categories */
  category_id?: string;
}

/** Result of `report.resident.getCategoryStatistic`: Get report statistics by event category (获取上报事件分类统计) */
export interface WorkReportResidentGetCategoryStatisticResult {
  /** Statistics per category */
  dashboard_list?: Array<{
    /** Category id (分类ID) */
    category_id?: string;
    /** Category name (分类名称) */
    category_name?: string;
    /** Category level: 1 first level, 2 second level */
    category_level?: 1 | 2;
    /** Total reported (累计上报) */
    total_case?: number;
    /** Total closed (累计办结) */
    total_solved?: number;
    /** Category type: 0 other, 1 valid category */
    category_type?: 0 | 1;
  }>;
}

/** Params of `report.resident.getCorpStatus`: Get the corp's resident report statistics (获取单位居民上报数据统计) */
export interface WorkReportResidentGetCorpStatusParams {
  /** Grid id; the whole corp's overview when left out */
  grid_id?: string;
}

/** Result of `report.resident.getCorpStatus`: Get the corp's resident report statistics (获取单位居民上报数据统计) */
export interface WorkReportResidentGetCorpStatusResult {
  /** In progress (办理中) */
  processing?: number;
  /** Reported today (今日上报) */
  added_today?: number;
  /** Closed today (今日办结) */
  solved_today?: number;
  /** Awaiting acceptance (待受理) */
  pending?: number;
  /** Total reported (累计上报) */
  total_case?: number;
  /** Total accepted (累计受理) */
  total_accepted?: number;
  /** Total closed (累计办结) */
  total_solved?: number;
}

/** Params of `report.resident.getGridInfo`: Get the configured grids and their administrators (获取配置的网格及网格负责人) */
export type WorkReportResidentGetGridInfoParams = Record<string, never>;

/** Result of `report.resident.getGridInfo`: Get the configured grids and their administrators (获取配置的网格及网格负责人) */
export interface WorkReportResidentGetGridInfoResult {
  /** Grids (网格列表) */
  grid_list?: Array<{
    /** Grid id (网格 ID) */
    grid_id?: string;
    /** Grid name (网格名称); the official sample prints the number 1 */
    grid_name?: unknown;
    /** UserIDs of the grid administrators */
    grid_admin?: Array<string>;
  }>;
}

/** Params of `report.resident.getOrderInfo`: Get a resident report's details (获取居民上报的事件详情信息) */
export interface WorkReportResidentGetOrderInfoParams {
  /** Report (work order) id; when set, the other parameters are ignored */
  order_id?: string;
}

/** Result of `report.resident.getOrderInfo`: Get a resident report's details (获取居民上报的事件详情信息) */
export interface WorkReportResidentGetOrderInfoResult {
  /** The report (from the official sample) */
  order_info?: {
    /** Report (work order) id; sample: order_id */
    order_id?: string;
    /** Description; sample: test */
    desc?: string;
    /** Urgency type; sample: 1 */
    urge_type?: number;
    /** Event name; sample: 测试事件 */
    case_name?: string;
    /** Grid name; sample: 测试网格 */
    grid_name?: string;
    /** Grid id; sample: grid_id */
    grid_id?: string;
    /** Reporter's name (上报人名称) */
    reporter_name?: string;
    /** Reporter's mobile (上报人手机) */
    reporter_mobile?: string;
    /** Reporter's unionid (上报人unionid) */
    unionid?: string;
    /** Image URLs */
    image_urls?: Array<string>;
    /** Video media ids */
    video_media_ids?: Array<string>;
    /** Creation timestamp; sample: 12345678 */
    create_time?: number;
    /** Location (the sample says: example address, coordinates meaningless) */
    location?: {
      /** Place name; sample: 测试小区 */
      name?: string;
      /** Address */
      address?: string;
      /** Latitude */
      latitude?: number;
      /** Longitude */
      longitude?: number;
    };
    /** UserIDs of the handlers */
    processor_userids?: Array<string>;
    /** Handling steps */
    process_list?: Array<{
      /** Step type; sample: 1 */
      process_type?: number;
      /** UserID of the handler; sample: zhangsan */
      solve_userid?: string;
      /** Step description; sample: 第一个流程 */
      process_desc?: string;
      /** Step status; sample: 1 */
      status?: number;
      /** Handling timestamp; sample: 123456789 */
      solved_time?: number;
      /** Image URLs of the step (first value: https://image1.qq.com) */
      image_urls?: Array<string>;
    }>;
  };
}

/** Params of `report.resident.getOrderList`: List resident reports (获取居民上报事件列表) */
export interface WorkReportResidentGetOrderListParams {
  /** Timestamp: only reports created after it */
  begin_create_time?: number;
  /** Timestamp: only reports modified after it */
  begin_modify_time?: number;
  /** Paging cursor: empty on the first call; reset it when the filters change */
  cursor?: string;
  /**
   * Page size: 20 by default, at most 50
   * (value ≤ 50)
   * @default 20
   */
  limit?: number;
}

/** Result of `report.resident.getOrderList`: List resident reports (获取居民上报事件列表) */
export interface WorkReportResidentGetOrderListResult {
  /** Cursor of the next page (from the official sample) */
  next_cursor?: string;
  /** Reports (from the official sample) */
  order_list?: Array<{
    /** Report (work order) id; sample: order_id */
    order_id?: string;
    /** Description; sample: test */
    desc?: string;
    /** Urgency type; sample: 1 */
    urge_type?: number;
    /** Event name; sample: 测试事件 */
    case_name?: string;
    /** Grid name; sample: 测试网格 */
    grid_name?: string;
    /** Grid id; sample: grid_id */
    grid_id?: string;
    /** Creation timestamp; sample: 12345678 */
    create_time?: number;
    /** Reporter's name (上报人名称) */
    reporter_name?: string;
    /** Reporter's mobile (上报人手机) */
    reporter_mobile?: string;
    /** Reporter's unionid (上报人unionid) */
    unionid?: string;
    /** Image URLs */
    image_urls?: Array<string>;
    /** Video media ids */
    video_media_ids?: Array<string>;
    /** Location (the sample says: example address, coordinates meaningless) */
    location?: {
      /** Place name; sample: 测试小区 */
      name?: string;
      /** Address */
      address?: string;
      /** Latitude */
      latitude?: number;
      /** Longitude */
      longitude?: number;
    };
    /** UserIDs of the handlers */
    processor_userids?: Array<string>;
    /** Handling steps (cut in this page's sample; item fields as printed on get_order_info) */
    process_list?: Array<{
      /** Step type; sample: 1 */
      process_type?: number;
      /** UserID of the handler; sample: zhangsan */
      solve_userid?: string;
      /** Step description; sample: 第一个流程 */
      process_desc?: string;
      /** Step status; sample: 1 */
      status?: number;
      /** Handling timestamp; sample: 123456789 */
      solved_time?: number;
      /** Image URLs of the step */
      image_urls?: Array<string>;
    }>;
  }>;
}

/** Params of `report.resident.getUserStatus`: Get a member's resident report statistics (获取个人居民上报数据统计) */
export interface WorkReportResidentGetUserStatusParams {
  /** The member's UserID (must be in the app's visible range) */
  userid?: string;
}

/** Result of `report.resident.getUserStatus`: Get a member's resident report statistics (获取个人居民上报数据统计) */
export interface WorkReportResidentGetUserStatusResult {
  /** In progress (办理中) */
  processing?: number;
  /** Reported today (今日上报) */
  added_today?: number;
  /** Closed today (今日办结) */
  solved_today?: number;
  /** Awaiting acceptance (待受理) */
  pending?: number;
}

/** Params of `report.siteCode.getReportAnswer`: Get the answers users filled in for a site code (获取用户填写答案) */
export interface WorkReportSiteCodeGetReportAnswerParams {
  /** Site code id (场所码 ID) */
  siteid: string;
  /** Day, as yyyy-MM-dd */
  date: string;
  /** Paging cursor */
  cursor?: string;
  /** Page size */
  limit?: number;
}

/** Result of `report.siteCode.getReportAnswer`: Get the answers users filled in for a site code (获取用户填写答案) */
export interface WorkReportSiteCodeGetReportAnswerResult {
  /** Answers */
  answers?: Array<{
    /** Report timestamp */
    report_time?: number;
    /** Answers to the questions */
    report_values?: Array<{
      /** Question id */
      question_id?: number;
      /** Option id chosen (single choice) */
      single_choice?: number;
      /** Option ids chosen (multiple choice) */
      multi_choice?: Array<number>;
      /** Text answer */
      text?: string;
    }>;
  }>;
  /** Paging cursor of the next page */
  next_cursor?: string;
  /** 1 if there are more answers */
  has_more?: 0 | 1;
}

/** Params of `report.siteCode.getReportInfo`: Get a site code's report questionnaire (获取场所码上报问卷) */
export interface WorkReportSiteCodeGetReportInfoParams {
  /** Site code id (场所码 ID) */
  siteid: string;
}

/** Result of `report.siteCode.getReportInfo`: Get a site code's report questionnaire (获取场所码上报问卷) */
export interface WorkReportSiteCodeGetReportInfoResult {
  /** Questions of the health report (健康上报问题列表) */
  question_templates?: Array<{
    /** Question id */
    question_id?: number;
    /** Question title */
    title?: string;
    /** Question type */
    question_type?: number;
    /** 1 if the question must be answered */
    is_required?: 0 | 1;
    /** Options (choice questions) */
    option_list?: Array<{
      /** Option id */
      option_id?: number;
      /** Option text */
      option_text?: string;
    }>;
  }>;
}
