// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `cloudbase.batchGetEnvId`: Batch-query the environment ids shared with Mini Programs (批量查询小程序被共享的环境id / 查询环境共享信息) */
export interface OpenCloudbaseBatchGetEnvIdParams {
  /** Appids to query */
  appids: Array<string>;
  /** Environment source: 1 = 云托管 (cloud run) environments (必填 on the 云托管 page only) */
  source_type?: number;
}

/** Result of `cloudbase.batchGetEnvId`: Batch-query the environment ids shared with Mini Programs (批量查询小程序被共享的环境id / 查询环境共享信息) */
export interface OpenCloudbaseBatchGetEnvIdResult {
  /** Relation data */
  relation_data?: Array<{
    /** Appid */
    appid?: string;
    /** Environment ids */
    env_list?: Array<string>;
  }>;
  /** Errors */
  err_list?: Array<{
    /** Environment id */
    env?: string;
    /** Appid */
    appid?: string;
    /** Error message */
    errmsg?: string;
  }>;
}
