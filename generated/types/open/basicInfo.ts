// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `basicInfo.fetchDataSetting`: Get or set data prefetch and periodic data update (数据预拉取和数据周期性更新 getFetchdataSetting) */
export type OpenBasicInfoFetchDataSettingParams = {
  /** get (read the settings), set_pre_fetch (set data prefetch), set_period_fetch (set periodic data update) */
  action: "get";
} | {
  /** get (read the settings), set_pre_fetch (set data prefetch), set_period_fetch (set periodic data update) */
  action: "set_pre_fetch";
  /** Whether data prefetch is on */
  is_pre_fetch_open: boolean;
  /** Data source: 0 developer server, 1 cloud function */
  pre_fetch_type: 0 | 1;
  /** Download URL, required when pre_fetch_type is 0; its domain must be a business domain of the platform and then of the Mini Program */
  pre_fetch_url?: string;
  /** Cloud environment ID, required when pre_fetch_type is 1 */
  pre_env?: string;
  /** Cloud function name, required when pre_fetch_type is 1 */
  pre_function_name?: string;
} | {
  /** get (read the settings), set_pre_fetch (set data prefetch), set_period_fetch (set periodic data update) */
  action: "set_period_fetch";
  /** Whether periodic data update is on (true on, false off) */
  is_period_fetch_open: boolean;
  /** Data source: 0 developer server, 1 cloud function */
  period_fetch_type: 0 | 1;
  /** Download URL, required when period_fetch_type is 0; its domain must be a business domain of the platform and then of the Mini Program */
  period_fetch_url?: string;
  /** Cloud environment ID, required when period_fetch_type is 1 */
  period_env?: string;
  /** Cloud function name, required when period_fetch_type is 1 */
  period_function_name?: string;
};

/** Result of `basicInfo.fetchDataSetting`: Get or set data prefetch and periodic data update (数据预拉取和数据周期性更新 getFetchdataSetting) */
export interface OpenBasicInfoFetchDataSettingResult {
  /** Whether data prefetch is on (action get) */
  is_pre_fetch_open?: boolean;
  /** Prefetch data source: 0 developer server, 1 cloud function */
  pre_fetch_type?: 0 | 1;
  /** Prefetch download URL, when pre_fetch_type is 0 */
  pre_fetch_url?: string;
  /** Prefetch cloud environment ID, when pre_fetch_type is 1 */
  pre_env?: string;
  /** Prefetch cloud function name, when pre_fetch_type is 1 */
  pre_function_name?: string;
  /** Whether periodic data update is on (action get) */
  is_period_fetch_open?: boolean;
  /** Periodic update data source: 0 developer server, 1 cloud function */
  period_fetch_type?: 0 | 1;
  /** Periodic update download URL, when period_fetch_type is 0 */
  period_fetch_url?: string;
  /** Periodic update cloud environment ID, when period_fetch_type is 1 */
  period_env?: string;
  /** Periodic update cloud function name, when period_fetch_type is 1 */
  period_function_name?: string;
}

/** Params of `basicInfo.getNickNameStatus`: Query the review status of a name change (查询小程序名称审核状态 getNickNameStatus) */
export interface OpenBasicInfoGetNickNameStatusParams {
  /** Review ticket id, returned by setNickName */
  audit_id: number;
}

/** Result of `basicInfo.getNickNameStatus`: Query the review status of a name change (查询小程序名称审核状态 getNickNameStatus) */
export interface OpenBasicInfoGetNickNameStatusResult {
  /** Name under review */
  nickname?: string;
  /** Review status: 1 under review, 2 failed, 3 succeeded */
  audit_stat?: 1 | 2 | 3;
  /** Reason of the failure */
  fail_reason?: string;
  /** Submission time (Unix seconds) */
  create_time?: number;
  /** Review completion time (Unix seconds) */
  audit_time?: number;
}

/** Params of `basicInfo.getSearchStatus`: Query whether the Mini Program can be found by search (获取搜索状态 getSearchStatus) */
export type OpenBasicInfoGetSearchStatusParams = Record<string, never>;

/** Result of `basicInfo.getSearchStatus`: Query whether the Mini Program can be found by search (获取搜索状态 getSearchStatus) */
export interface OpenBasicInfoGetSearchStatusResult {
  /** 1 not searchable, 0 searchable */
  status?: 0 | 1;
}

/** Params of `basicInfo.setNickName`: Set the Mini Program's name (设置小程序名称 setNickName) */
export interface OpenBasicInfoSetNickNameParams {
  /** The name; names containing the keyword 小程序 are not accepted */
  nick_name: string;
  /** media_id (temporary material) of the ID card photo; required for individual accounts (个人号必填) */
  id_card?: string;
  /** media_id of the organization code certificate or business license; required for organizations (组织号必填) */
  license?: string;
  /** media_id of another supporting document */
  naming_other_stuff_1?: string;
  /** media_id of another supporting document */
  naming_other_stuff_2?: string;
  /** media_id of another supporting document */
  naming_other_stuff_3?: string;
  /** media_id of another supporting document */
  naming_other_stuff_4?: string;
  /** media_id of another supporting document */
  naming_other_stuff_5?: string;
}

/** Result of `basicInfo.setNickName`: Set the Mini Program's name (设置小程序名称 setNickName) */
export interface OpenBasicInfoSetNickNameResult {
  /** Explanation of the materials (材料说明) */
  wording?: string;
  /** Review ticket id, for basicInfo.getNickNameStatus (when the name needs review) */
  audit_id?: number;
}

/** Params of `basicInfo.setSearchStatus`: Set whether the Mini Program can be found by search (设置搜索状态 setSearchStatus) */
export interface OpenBasicInfoSetSearchStatusParams {
  /** 1 not searchable, 0 searchable */
  status: 0 | 1;
}

/** Result of `basicInfo.setSearchStatus`: Set whether the Mini Program can be found by search (设置搜索状态 setSearchStatus) */
export type OpenBasicInfoSetSearchStatusResult = Record<string, unknown>;
