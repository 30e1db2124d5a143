// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `cloudbase.addDelayedFunctionTask`: Schedule a cloud function to run after a delay (延时调用云函数) */
export interface MpCloudbaseAddDelayedFunctionTaskParams {
  /** Environment ID */
  env: string;
  /** Function name */
  function_name: string;
  /** Data passed to the function; must be a JSON string */
  data: string;
  /**
   * Delay in seconds, from 6 seconds to 30 days
   * (value 6–2592000)
   */
  delay_time: number;
}

/** Result of `cloudbase.addDelayedFunctionTask`: Schedule a cloud function to run after a delay (延时调用云函数) */
export type MpCloudbaseAddDelayedFunctionTaskResult = Record<string, unknown>;

/** Params of `cloudbase.batchDeleteFile`: Delete files from cloud storage (删除文件) */
export interface MpCloudbaseBatchDeleteFileParams {
  /** Cloud environment ID */
  env: string;
  /** IDs of the files to delete */
  fileid_list: Array<string>;
}

/** Result of `cloudbase.batchDeleteFile`: Delete files from cloud storage (删除文件) */
export interface MpCloudbaseBatchDeleteFileResult {
  /** Result per file (the table says Array.<string>; the sample shows objects) */
  delete_list?: Array<{
    /** File ID */
    fileid?: string;
    /** Status code (0 is success) */
    status?: number;
    /** Error message for this file */
    errmsg?: string;
  }>;
}

/** Params of `cloudbase.batchDownloadFile`: Get temporary download links for files in cloud storage (获取文件下载链接) */
export interface MpCloudbaseBatchDownloadFileParams {
  /** Cloud environment ID */
  env: string;
  /** Files */
  file_list: Array<{
    /** File ID */
    fileid: string;
    /** Validity of the download link, in seconds */
    max_age: number;
  }>;
}

/** Result of `cloudbase.batchDownloadFile`: Get temporary download links for files in cloud storage (获取文件下载链接) */
export interface MpCloudbaseBatchDownloadFileResult {
  /** Result per file */
  file_list?: Array<{
    /** File ID */
    fileid?: string;
    /** Download link */
    download_url?: string;
    /** Status code (0 is success) */
    status?: number;
    /** Error message for this file */
    errmsg?: string;
  }>;
}

/** Params of `cloudbase.checkMobile`: Check whether the Mini Program has a bound phone number (查询是否绑定手机号) */
export interface MpCloudbaseCheckMobileParams {
  /**
   * When no phone number is bound, push a template message asking the administrators for one
   * @default false
   */
  push_tmpl?: boolean;
}

/** Result of `cloudbase.checkMobile`: Check whether the Mini Program has a bound phone number (查询是否绑定手机号) */
export interface MpCloudbaseCheckMobileResult {
  /** Whether a phone number is bound */
  has_mobile?: boolean;
}

/** Params of `cloudbase.createCloudUser`: Open CloudBase for the Mini Program (开通云开发) */
export type MpCloudbaseCreateCloudUserParams = Record<string, never>;
/** Result of `cloudbase.createCloudUser`: Open CloudBase for the Mini Program (开通云开发) */
export type MpCloudbaseCreateCloudUserResult = Record<string, unknown>;

/** Params of `cloudbase.createEnvAndResource`: Create a pay-as-you-go cloud environment (创建云环境) */
export interface MpCloudbaseCreateEnvAndResourceParams {
  /** Always CreatePostpayPackage */
  type: "CreatePostpayPackage";
  /** Environment alias */
  alias: string;
}

/** Result of `cloudbase.createEnvAndResource`: Create a pay-as-you-go cloud environment (创建云环境) */
export interface MpCloudbaseCreateEnvAndResourceResult {
  /** ID of the new environment */
  envid?: string;
}

/** Params of `cloudbase.createFunction`: Create a cloud function (创建云函数) */
export interface MpCloudbaseCreateFunctionParams {
  /** Environment ID */
  env: string;
  /** Cloud function name */
  function_name: string;
}

/** Result of `cloudbase.createFunction`: Create a cloud function (创建云函数) */
export type MpCloudbaseCreateFunctionResult = Record<string, unknown>;

/** Params of `cloudbase.createPressureTestTask`: Create a pressure test of a Mini Program page (创建压测任务) */
export interface MpCloudbaseCreatePressureTestTaskParams {
  /** Page path to test */
  task_url: string;
  /** Number of workers (0-500) */
  run_count: number;
  /** Duration in seconds (0-600) */
  run_time: number;
  /** Version under test: 4 release, 9 trial */
  source_type: number;
}

/** Result of `cloudbase.createPressureTestTask`: Create a pressure test of a Mini Program page (创建压测任务) */
export interface MpCloudbaseCreatePressureTestTaskResult {
  /** Pressure test ID */
  pressure_id?: number;
}

/** Params of `cloudbase.createSendSmsTask`: Create a task that sends SMS to the numbers of an uploaded CSV file (创建发短信任务) */
export interface MpCloudbaseCreateSendSmsTaskParams {
  /** Environment ID */
  env: string;
  /** CodeUri of the uploaded SMS CSV file (see cloudbase.describeExtensionUploadInfo) */
  file_url: string;
  /**
   * SMS template ID, 844110 (the marketing template) by default
   * @default "844110"
   */
  template_id?: string;
  /** Whether to sign with the short name (required when the name is longer than 12 characters) */
  use_short_name?: boolean;
}

/** Result of `cloudbase.createSendSmsTask`: Create a task that sends SMS to the numbers of an uploaded CSV file (创建发短信任务) */
export interface MpCloudbaseCreateSendSmsTaskResult {
  /** Query ID (see cloudbase.describeSmsRecords) */
  query_id?: string;
}

/** Params of `cloudbase.databaseAdd`: Insert records into a cloud database collection (数据库插入记录) */
export interface MpCloudbaseDatabaseAddParams {
  /** Cloud environment ID */
  env: string;
  /** Database operation statement (same syntax as the database API, e.g. db.collection(...).add(...)) */
  query: string;
}

/** Result of `cloudbase.databaseAdd`: Insert records into a cloud database collection (数据库插入记录) */
export interface MpCloudbaseDatabaseAddResult {
  /** _id of each inserted record */
  id_list?: Array<string>;
}

/** Params of `cloudbase.databaseAggregate`: Run an aggregation on the cloud database (数据库聚合) */
export interface MpCloudbaseDatabaseAggregateParams {
  /** Cloud environment ID */
  env: string;
  /** Database operation statement (aggregate().....end()) */
  query: string;
}

/** Result of `cloudbase.databaseAggregate`: Run an aggregation on the cloud database (数据库聚合) */
export interface MpCloudbaseDatabaseAggregateResult {
  /** Result records, each a JSON string */
  data?: Array<string>;
}

/** Params of `cloudbase.databaseCollectionAdd`: Create a collection in the cloud database (新增集合) */
export interface MpCloudbaseDatabaseCollectionAddParams {
  /** Cloud environment ID */
  env: string;
  /** Collection name */
  collection_name: string;
}

/** Result of `cloudbase.databaseCollectionAdd`: Create a collection in the cloud database (新增集合) */
export type MpCloudbaseDatabaseCollectionAddResult = Record<string, unknown>;

/** Params of `cloudbase.databaseCollectionDelete`: Delete a collection from the cloud database (删除集合) */
export interface MpCloudbaseDatabaseCollectionDeleteParams {
  /** Cloud environment ID */
  env: string;
  /** Collection name */
  collection_name: string;
}

/** Result of `cloudbase.databaseCollectionDelete`: Delete a collection from the cloud database (删除集合) */
export type MpCloudbaseDatabaseCollectionDeleteResult = Record<string, unknown>;

/** Params of `cloudbase.databaseCollectionGet`: List the collections of a cloud environment with their sizes (获取集合信息) */
export interface MpCloudbaseDatabaseCollectionGetParams {
  /** Cloud environment ID */
  env: string;
  /**
   * Number of collections to return
   * @default 10
   */
  limit?: number;
  /**
   * Offset
   * @default 0
   */
  offset?: number;
}

/** Result of `cloudbase.databaseCollectionGet`: List the collections of a cloud environment with their sizes (获取集合信息) */
export interface MpCloudbaseDatabaseCollectionGetResult {
  /** Paging information */
  pager?: {
    /** Offset */
    Offset?: number;
    /** Page size */
    Limit?: number;
    /** Number of collections in total */
    Total?: number;
  };
  /** Collections */
  collections?: Array<{
    /** Collection name */
    name?: string;
    /** Number of documents */
    count?: number;
    /** Total size of the documents, in bytes */
    size?: number;
    /** Number of indexes */
    index_count?: number;
    /** Size of the indexes, in bytes */
    index_size?: number;
  }>;
}

/** Params of `cloudbase.databaseCount`: Count the records of a collection or of a query (统计集合记录数) */
export interface MpCloudbaseDatabaseCountParams {
  /** Cloud environment ID */
  env: string;
  /** Database operation statement (....count()) */
  query: string;
}

/** Result of `cloudbase.databaseCount`: Count the records of a collection or of a query (统计集合记录数) */
export interface MpCloudbaseDatabaseCountResult {
  /** Number of records */
  count?: number;
}

/** Params of `cloudbase.databaseDelete`: Delete records from the cloud database (数据库删除记录) */
export interface MpCloudbaseDatabaseDeleteParams {
  /** Cloud environment ID */
  env: string;
  /** Database operation statement (....remove()) */
  query: string;
}

/** Result of `cloudbase.databaseDelete`: Delete records from the cloud database (数据库删除记录) */
export interface MpCloudbaseDatabaseDeleteResult {
  /** Number of deleted records */
  deleted?: number;
}

/** Params of `cloudbase.databaseMigrateExport`: Export a collection to a file in cloud storage (数据库导出) */
export interface MpCloudbaseDatabaseMigrateExportParams {
  /** Cloud environment ID */
  env: string;
  /** Export file path (exported to the environment's storage; get a download link with cloudbase.batchDownloadFile) */
  file_path: string;
  /** File type: 1 JSON, 2 CSV */
  file_type: 1 | 2;
  /** Export condition (same syntax as the database API) */
  query: string;
}

/** Result of `cloudbase.databaseMigrateExport`: Export a collection to a file in cloud storage (数据库导出) */
export interface MpCloudbaseDatabaseMigrateExportResult {
  /** Export job ID (see cloudbase.databaseMigrateQueryInfo) */
  job_id?: number;
}

/** Params of `cloudbase.databaseMigrateImport`: Import a file from cloud storage into a collection (数据库导入) */
export interface MpCloudbaseDatabaseMigrateImportParams {
  /** Cloud environment ID */
  env: string;
  /** Collection to import into */
  collection_name: string;
  /** Import file path (upload it to the same environment's storage first, e.g. with cloudbase.uploadFile) */
  file_path: string;
  /** File type: 1 JSON, 2 CSV */
  file_type: 1 | 2;
  /** Whether to stop importing at the first error */
  stop_on_error: boolean;
  /** Conflict handling: 1 INSERT, 2 UPSERT */
  conflict_mode: 1 | 2;
}

/** Result of `cloudbase.databaseMigrateImport`: Import a file from cloud storage into a collection (数据库导入) */
export interface MpCloudbaseDatabaseMigrateImportResult {
  /** Import job ID (see cloudbase.databaseMigrateQueryInfo) */
  job_id?: number;
}

/** Params of `cloudbase.databaseMigrateQueryInfo`: Query the status of a database import or export job (数据库迁移状态查询) */
export interface MpCloudbaseDatabaseMigrateQueryInfoParams {
  /** Cloud environment ID */
  env: string;
  /** Migration job ID */
  job_id: number;
}

/** Result of `cloudbase.databaseMigrateQueryInfo`: Query the status of a database import or export job (数据库迁移状态查询) */
export interface MpCloudbaseDatabaseMigrateQueryInfoResult {
  /** Job status (e.g. success) */
  status?: string;
  /** Number of records exported successfully */
  record_success?: number;
  /** Number of records that failed */
  record_fail?: number;
  /** Error message of the job */
  error_msg?: string;
  /** Download URL of the exported file */
  file_url?: string;
}

/** Params of `cloudbase.databaseQuery`: Query records of the cloud database (数据库查询记录) */
export interface MpCloudbaseDatabaseQueryParams {
  /** Cloud environment ID */
  env: string;
  /** Database operation statement (....get()); use limit() to bound the page, 10 by default */
  query: string;
}

/** Result of `cloudbase.databaseQuery`: Query records of the cloud database (数据库查询记录) */
export interface MpCloudbaseDatabaseQueryResult {
  /** Paging information */
  pager?: {
    /** Offset */
    Offset?: number;
    /** Page size */
    Limit?: number;
    /** Number of records matching the query */
    Total?: number;
  };
  /** Records, each a JSON string */
  data?: Array<string>;
}

/** Params of `cloudbase.databaseUpdate`: Update records of the cloud database (数据库更新记录) */
export interface MpCloudbaseDatabaseUpdateParams {
  /** Cloud environment ID */
  env: string;
  /** Database operation statement (....update(...) or .set(...)) */
  query: string;
}

/** Result of `cloudbase.databaseUpdate`: Update records of the cloud database (数据库更新记录) */
export interface MpCloudbaseDatabaseUpdateResult {
  /** Number of records matching the update condition */
  matched?: number;
  /** Number of records modified (records inserted by set are not counted) */
  modified?: number;
  /** Id of the record inserted by set (empty otherwise) */
  id?: string;
}

/** Params of `cloudbase.describeExtensionUploadInfo`: Get upload URLs for extension files such as an SMS CSV file (描述扩展上传文件信息) */
export interface MpCloudbaseDescribeExtensionUploadInfoParams {
  /** The request (the samples wrap the table's fields in PostData) */
  PostData: {
    /** Files to upload */
    ExtensionFiles: Array<{
      /** File type: FUNCTION function code, STATIC static hosting code, SMS SMS file */
      FileType: "FUNCTION" | "STATIC" | "SMS";
      /** File name, at most 24 characters (length ≤ 24) */
      FileName: string;
    }>;
  };
}

/** Result of `cloudbase.describeExtensionUploadInfo`: Get upload URLs for extension files such as an SMS CSV file (描述扩展上传文件信息) */
export interface MpCloudbaseDescribeExtensionUploadInfoResult {
  /** Upload information per file (as in the table; the samples put it under Response) */
  FilesData?: Array<S.CloudbaseExtensionFileData>;
  /** Unique request ID */
  RequestId?: string;
  /** The samples' wrapper around FilesData and RequestId */
  Response?: {
    /** Upload information per file */
    FilesData?: Array<S.CloudbaseExtensionFileData>;
    /** Unique request ID */
    RequestId?: string;
  };
}

/** Params of `cloudbase.describeSmsRecords`: Query the SMS records of the last two months (查询短信记录) */
export interface MpCloudbaseDescribeSmsRecordsParams {
  /** The query (the samples wrap the table's fields in PostData) */
  PostData: {
    /** Environment ID */
    EnvId: string;
    /** Start date, e.g. 2021-01-01 */
    StartDate: string;
    /** End date, e.g. 2021-01-07 */
    EndDate: string;
    /** Phone number */
    Mobile?: string;
    /** Query ID (from cloudbase.createSendSmsTask) */
    QueryId?: string;
    /** Page number, from 1 */
    PageNumber?: number;
    /** Records per page */
    PageSize?: number;
  };
}

/** Result of `cloudbase.describeSmsRecords`: Query the SMS records of the last two months (查询短信记录) */
export interface MpCloudbaseDescribeSmsRecordsResult {
  /** Records */
  SmsRecords?: Array<{
    /** Phone number */
    Mobile?: string;
    /** Message text */
    Content?: string;
    /** Length of the text */
    ContentSize?: number;
    /** Number of billed messages */
    Fee?: number;
    /** Sent at */
    CreateTime?: string;
    /** Received by the user at */
    ReceivedTime?: string;
    /** sent (success) or error (failure) */
    Status?: string;
    /** Remarks */
    Remarks?: string;
  }>;
  /** Number of records */
  TotalCount?: number;
  /** Unique request ID (give it when reporting a problem) */
  RequestId?: string;
}

/** Params of `cloudbase.downloadFunction`: Get the download URL of a cloud function's code (获取云函数下载地址) */
export interface MpCloudbaseDownloadFunctionParams {
  /** Environment ID */
  env: string;
  /** Cloud function name */
  function_name: string;
}

/** Result of `cloudbase.downloadFunction`: Get the download URL of a cloud function's code (获取云函数下载地址) */
export interface MpCloudbaseDownloadFunctionResult {
  /** Download URL of the code package */
  url?: string;
  /** SHA256 of the code package */
  checksum?: string;
}

/** Params of `cloudbase.getAppConfig`: Get a Mini Program configuration (获取小程序配置) */
export interface MpCloudbaseGetAppConfigParams {
  /** Configuration type: 1 callback configuration */
  type: 1;
}

/** Result of `cloudbase.getAppConfig`: Get a Mini Program configuration (获取小程序配置) */
export interface MpCloudbaseGetAppConfigResult {
  /** The configuration, a JSON string */
  config?: string;
}

/** Params of `cloudbase.getCallbackConfig`: Get the message-push configuration (cloud function and cloud hosting) (获取消息推送配置) */
export type MpCloudbaseGetCallbackConfigParams = Record<string, never>;

/** Result of `cloudbase.getCallbackConfig`: Get the message-push configuration (cloud function and cloud hosting) (获取消息推送配置) */
export interface MpCloudbaseGetCallbackConfigResult {
  /** The configuration */
  data?: {
    /** Cloud function push configuration */
    function_config?: S.CloudbaseCallbackFunctionConfig;
    /** Cloud hosting push configuration */
    container_config?: S.CloudbaseCallbackContainerConfig;
  };
}

/** Params of `cloudbase.getCodeSecret`: Get the code-protection key used when uploading cloud function code (获取代码保护密钥) */
export type MpCloudbaseGetCodeSecretParams = Record<string, never>;

/** Result of `cloudbase.getCodeSecret`: Get the code-protection key used when uploading cloud function code (获取代码保护密钥) */
export interface MpCloudbaseGetCodeSecretResult {
  /** Code-protection key (one per Mini Program and third-party platform; it does not change) */
  codesecret?: string;
}

/** Params of `cloudbase.getEnvInfo`: Get the cloud environments of the Mini Program (获取云环境) */
export interface MpCloudbaseGetEnvInfoParams {
  /** Environment ID; when given only that environment is returned */
  env?: string;
}

/** Result of `cloudbase.getEnvInfo`: Get the cloud environments of the Mini Program (获取云环境) */
export interface MpCloudbaseGetEnvInfoResult {
  /** Environments */
  info_list?: Array<{
    /** Environment ID */
    env?: string;
    /** Environment alias */
    alias?: string;
    /** Opened at */
    create_time?: string;
    /** Last modified at */
    update_time?: string;
    /** NORMAL usable, HALTED stopped (quota exceeded or banned), UNAVAILABLE not initialized yet */
    status?: "NORMAL" | "HALTED" | "UNAVAILABLE";
    /** Plan ID */
    package_id?: string;
    /** Plan name */
    package_name?: string;
  }>;
}

/** Params of `cloudbase.getFunctionConfig`: Get a configuration of a cloud function (获取云函数配置) */
export interface MpCloudbaseGetFunctionConfigParams {
  /** Configuration type: 1 cloud-call (openapi permissions), 2 timer triggers, 3 environment configuration (timeout, environment) */
  type: number;
  /** Environment ID */
  env: string;
  /** Cloud function name */
  function_name: string;
}

/** Result of `cloudbase.getFunctionConfig`: Get a configuration of a cloud function (获取云函数配置) */
export interface MpCloudbaseGetFunctionConfigResult {
  /** The configuration, a JSON string (environment configuration: {timeout, environment: [{key, value}]}) */
  config?: string;
}

/** Params of `cloudbase.getOpenData`: Exchange cloudIDs for the open data they stand for (获取cloudID对应的数据) */
export interface MpCloudbaseGetOpenDataParams {
  /** The user's openid (the page's sample says the URL may carry it) */
  openid?: string;
  /** CloudIDs */
  cloudid_list: Array<string>;
}

/** Result of `cloudbase.getOpenData`: Exchange cloudIDs for the open data they stand for (获取cloudID对应的数据) */
export interface MpCloudbaseGetOpenDataResult {
  /** Open data per cloudID */
  data_list?: Array<{
    /** The cloudID */
    cloud_id?: string;
    /** The data (the table says string; the sample shows an object {cloudID, data}) */
    json?: unknown;
  }>;
}

/** Params of `cloudbase.getPressureTestReport`: Get the report of a finished pressure test (获取压测报告) */
export interface MpCloudbaseGetPressureTestReportParams {
  /** Pressure test ID */
  pressure_id: number;
}

/** Result of `cloudbase.getPressureTestReport`: Get the report of a finished pressure test (获取压测报告) */
export interface MpCloudbaseGetPressureTestReportResult {
  /** The report */
  report?: {
    /** Mini Program appid */
    appid?: string;
    /** Page path tested */
    task_url?: string;
    /** Test duration, seconds */
    run_time?: number;
    /** Pressure test ID */
    pressure_id?: number;
    /** Blank-page rate when opening the page */
    blankpage_pencent?: number;
    /** Average page opening time, ms */
    aver_time_cost?: number;
    /** Maximum page opening time, ms */
    max_time_cost?: number;
    /** Times the page was opened */
    total_launch_cnt?: number;
    /** Network requests made */
    total_request_cnt?: number;
    /** Statistics per network request path */
    network_list?: Array<{
      /** Request path */
      path?: string;
      /** Average time, ms */
      aver_time_cost?: number;
      /** Maximum time, ms */
      max_time_cost?: number;
      /** Requests to this path */
      total_request_cnt?: number;
      /** Success rate */
      succ_percent?: number;
    }>;
  };
}

/** Params of `cloudbase.getPressureTestStatus`: Get the status of a pressure test (获取压测状态) */
export interface MpCloudbaseGetPressureTestStatusParams {
  /** Pressure test ID */
  pressure_id: number;
}

/** Result of `cloudbase.getPressureTestStatus`: Get the status of a pressure test (获取压测状态) */
export interface MpCloudbaseGetPressureTestStatusResult {
  /** Task status; the report is available once it is Done */
  status?: string;
  /** Start timestamp */
  beg_time?: number;
  /** End timestamp */
  end_time?: number;
}

/** Params of `cloudbase.getQcloudToken`: Get temporary Tencent Cloud API credentials, 10 calls an hour (获取腾讯云API调用凭证) */
export interface MpCloudbaseGetQcloudTokenParams {
  /**
   * Validity in seconds, at most 7200
   * (value ≤ 7200)
   */
  lifespan: number;
}

/** Result of `cloudbase.getQcloudToken`: Get temporary Tencent Cloud API credentials, 10 calls an hour (获取腾讯云API调用凭证) */
export interface MpCloudbaseGetQcloudTokenResult {
  /** secretid */
  secretid?: string;
  /** secretkey */
  secretkey?: string;
  /** token */
  token?: string;
  /** Expiry timestamp */
  expired_time?: number;
}

/** Params of `cloudbase.getStatistics`: Get CloudBase SMS-marketing statistics (获取云开发数据) */
export interface MpCloudbaseGetStatisticsParams {
  /** What to get: SMS marketing overview, conversion or real-time data */
  action: "smsMarketingOverviewData" | "smsMarketingConversionData" | "smsMarketingRealTimeData";
  /** Start timestamp */
  begin_date: number;
  /** End timestamp */
  end_date: number;
  /** Page size (required for smsMarketingOverviewData and smsMarketingConversionData) */
  page_limit?: number;
  /** Page offset (required for smsMarketingOverviewData and smsMarketingConversionData) */
  page_offset?: number;
  /** Query condition */
  condition?: {
    /** Environment ID */
    env_id?: string;
    /** Activity ID */
    activity_id?: string;
    /** 0 overview, 1 per channel (required for smsMarketingOverviewData) */
    by_channel_id?: string;
    /** Channel ID, _cms_sms_ for CloudBase CMS (required for smsMarketingConversionData and smsMarketingRealTimeData) */
    channel_id?: string;
    /** Behaviour: h5 (H5 opened) or wxapp (jumped to the Mini Program); required for smsMarketingRealTimeData */
    act_type?: string;
  };
}

/** Result of `cloudbase.getStatistics`: Get CloudBase SMS-marketing statistics (获取云开发数据) */
export interface MpCloudbaseGetStatisticsResult {
  /** Column definitions */
  data_column?: Array<{
    /** Column id */
    col_id?: string;
    /** Column name */
    col_name?: string;
    /** Data type: 0 string, 1 number, 2 double */
    col_data_type?: string;
  }>;
  /** Rows */
  data_value?: Array<{
    /** Values of the row */
    data_value?: Array<string>;
  }>;
  /** Number of rows */
  total_num?: number;
}

/** Params of `cloudbase.getUploadSignature`: Get signed headers for uploading cloud function code (获取上传凭证) */
export interface MpCloudbaseGetUploadSignatureParams {
  /** Lower-case hex SHA256 of the upload request's JSON body (CodeSecret, EnvId, FunctionName, Handler, ZipFile) */
  hashed_payload: string;
}

/** Result of `cloudbase.getUploadSignature`: Get signed headers for uploading cloud function code (获取上传凭证) */
export interface MpCloudbaseGetUploadSignatureResult {
  /** Headers with the signature (Authorization: TC3-HMAC-SHA256 ...) */
  headers?: string;
}

/** Params of `cloudbase.getVoipSign`: Get a real-time voice (VoIP) signature (获取实时语音签名) */
export interface MpCloudbaseGetVoipSignParams {
  /** The user's openid (the page's sample says the URL may carry it) */
  openid?: string;
  /** ID of the game room */
  group_id: string;
  /** UNIX timestamp (seconds) at which the nonce was generated */
  timestamp: number;
  /**
   * Random string, shorter than 128 characters
   * (length ≤ 127)
   */
  nonce: string;
}

/** Result of `cloudbase.getVoipSign`: Get a real-time voice (VoIP) signature (获取实时语音签名) */
export interface MpCloudbaseGetVoipSignResult {
  /** The signature */
  signature?: string;
}

/** Params of `cloudbase.invokeCloudFunction`: Trigger a cloud function over HTTP, without user identity (触发云函数) */
export interface MpCloudbaseInvokeCloudFunctionParams {
  /** Cloud environment ID */
  env: string;
  /** Name of the cloud function to trigger */
  name: string;
  /** Input for the function, a JSON string whose shape the developer defines (the POST body is passed to the function) */
  req_data?: string;
}

/** Result of `cloudbase.invokeCloudFunction`: Trigger a cloud function over HTTP, without user identity (触发云函数) */
export interface MpCloudbaseInvokeCloudFunctionResult {
  /** What the function returned (a JSON string) */
  resp_data?: string;
}

/** Params of `cloudbase.listFunctions`: List the cloud functions of an environment (获取云函数列表) */
export interface MpCloudbaseListFunctionsParams {
  /** Environment ID */
  env: string;
  /** Number of functions to return */
  limit: number;
  /** Offset */
  offset: number;
}

/** Result of `cloudbase.listFunctions`: List the cloud functions of an environment (获取云函数列表) */
export interface MpCloudbaseListFunctionsResult {
  /** Total number of functions */
  total_count?: number;
  /** Functions */
  functions?: Array<{
    /** Last modified, e.g. 2019-06-21 15:23:54 */
    mod_time?: string;
    /** Created at */
    add_time?: string;
    /** Runtime, e.g. Nodejs8.9 */
    runtime?: string;
    /** Function name */
    name?: string;
    /** Function status, e.g. Active */
    status?: string;
  }>;
}

/** Params of `cloudbase.modifyEnv`: Turn an environment created in the Tencent Cloud console into a Mini Program environment (转换云环境) */
export interface MpCloudbaseModifyEnvParams {
  /** Environment ID */
  env: string;
}

/** Result of `cloudbase.modifyEnv`: Turn an environment created in the Tencent Cloud console into a Mini Program environment (转换云环境) */
export type MpCloudbaseModifyEnvResult = Record<string, unknown>;
/** Params of `cloudbase.report`: Report a CloudBase SMS-marketing event (云开发上报接口) */
export type MpCloudbaseReportParams = {
  /** What is reported: sendSmsTask (SMS sent) or openH5 (H5 opened) */
  report_action: "sendSmsTask";
  /** Environment ID */
  env_id: string;
  /** Activity ID */
  activity_id: string;
  /** Task ID */
  task_id: string;
  /** Number of phone numbers sent to */
  phone_count: string;
} | {
  /** What is reported: sendSmsTask (SMS sent) or openH5 (H5 opened) */
  report_action: "openH5";
  /** Environment ID */
  env_id: string;
  /** Activity ID */
  activity_id: string;
  /** Channel ID (_cms_sms_ for CloudBase CMS) */
  channel_id: string;
  /** Session ID */
  session_id: string;
};
/** Result of `cloudbase.report`: Report a CloudBase SMS-marketing event (云开发上报接口) */
export type MpCloudbaseReportResult = Record<string, unknown>;
/** Params of `cloudbase.sendSms`: Send an SMS that opens a CloudBase static website, which can open the Mini Program (发送短信) */
export type MpCloudbaseSendSmsParams = {
  /** Environment ID */
  env: string;
  /** Phone numbers, at most 1000 mainland numbers per request, each starting with +86 (items ≤ 1000) */
  phone_number_list: Array<string>;
  /** SMS type: Marketing (marketing) or Notification (notification) */
  sms_type: "Marketing";
  /** Whether to sign with the Mini Program's short name @default false */
  use_short_name?: boolean;
  /** Appid owning the environment in env (third-party development: the platform's or the Mini Program's appid) */
  resource_appid?: string;
  /** Custom text (a message is at most 70 characters; the custom part at most 30) */
  content: string;
  /** Path on the CloudBase static website, without domain, e.g. /index.html */
  path: string;
} | {
  /** Environment ID */
  env: string;
  /** Phone numbers, at most 1000 mainland numbers per request, each starting with +86 (items ≤ 1000) */
  phone_number_list: Array<string>;
  /** SMS type: Marketing (marketing) or Notification (notification) */
  sms_type: "Notification";
  /** Whether to sign with the Mini Program's short name @default false */
  use_short_name?: boolean;
  /** Appid owning the environment in env (third-party development: the platform's or the Mini Program's appid) */
  resource_appid?: string;
  /** Template ID */
  template_id: string;
  /** Template variables */
  template_param_list: Array<string>;
};

/** Result of `cloudbase.sendSms`: Send an SMS that opens a CloudBase static website, which can open the Mini Program (发送短信) */
export interface MpCloudbaseSendSmsResult {
  /** Send status per number */
  send_status_list?: Array<{
    /** Serial number of the send */
    serial_no?: string;
    /** Phone number */
    phone_number?: string;
    /** SMS request result code */
    code?: string;
    /** Description of the code */
    message?: string;
    /** Country or region code */
    iso_code?: string;
  }>;
}

/** Params of `cloudbase.sendSmsV2`: Send an SMS that carries a URL Link to the Mini Program (发送短信v2) */
export interface MpCloudbaseSendSmsV2Params {
  /** Environment ID */
  env: string;
  /** The URL Link to put in the message */
  url_link: string;
  /** SMS template ID (844110: the marketing template) */
  template_id: string;
  /** Template variables */
  template_param_list: Array<string>;
  /**
   * Phone numbers, at most 1000 mainland numbers per request, each starting with +86
   * (items ≤ 1000)
   */
  phone_number_list: Array<string>;
  /**
   * Whether to sign with the Mini Program's short name
   * @default false
   */
  use_short_name?: boolean;
  /** Appid owning the environment in env (third-party development: the platform's or the Mini Program's appid) */
  resource_appid?: string;
}

/** Result of `cloudbase.sendSmsV2`: Send an SMS that carries a URL Link to the Mini Program (发送短信v2) */
export interface MpCloudbaseSendSmsV2Result {
  /** Send status per number */
  send_status_list?: Array<{
    /** Serial number of the send */
    serial_no?: string;
    /** Phone number */
    phone_number?: string;
    /** SMS request result code (e.g. Ok) */
    code?: string;
    /** Description of the code */
    message?: string;
    /** Country or region code */
    iso_code?: string;
  }>;
}

/** Params of `cloudbase.setCallbackConfig`: Upload the message-push configuration (cloud function and cloud hosting) (上传消息推送配置) */
export interface MpCloudbaseSetCallbackConfigParams {
  /** Cloud function configuration; left out: not updated */
  function_config?: S.In.CloudbaseCallbackFunctionConfig;
  /** Cloud hosting configuration; left out: not updated (function push cannot be enabled while hosting push is on) */
  container_config?: S.In.CloudbaseCallbackContainerConfig;
}

/** Result of `cloudbase.setCallbackConfig`: Upload the message-push configuration (cloud function and cloud hosting) (上传消息推送配置) */
export type MpCloudbaseSetCallbackConfigResult = Record<string, unknown>;

/** Params of `cloudbase.shareEnv`: Share an environment with an authorized account (环境共享) */
export interface MpCloudbaseShareEnvParams {
  /** Appid of the authorized account */
  appid: string;
  /** Cloud environment ID */
  env: string;
}

/** Result of `cloudbase.shareEnv`: Share an environment with an authorized account (环境共享) */
export type MpCloudbaseShareEnvResult = Record<string, unknown>;

/** Params of `cloudbase.updateIndex`: Create and drop indexes of a collection (更新数据库索引) */
export interface MpCloudbaseUpdateIndexParams {
  /** Cloud environment ID */
  env: string;
  /** Collection name */
  collection_name: string;
  /** Indexes to create */
  create_indexes: Array<{
    /** Index name */
    name: string;
    /** Whether the index is unique */
    unique: boolean;
    /** Indexed fields */
    keys: Array<{
      /** Field name */
      name: string;
      /** Order: "1" ascending, "-1" descending, "2dsphere" geo */
      direction: "1" | "-1" | "2dsphere";
    }>;
  }>;
  /** Indexes to drop */
  drop_indexes: Array<{
    /** Index name */
    name: string;
  }>;
}

/** Result of `cloudbase.updateIndex`: Create and drop indexes of a collection (更新数据库索引) */
export type MpCloudbaseUpdateIndexResult = Record<string, unknown>;

/** Params of `cloudbase.uploadAppConfig`: Upload a Mini Program configuration (上传小程序配置) */
export interface MpCloudbaseUploadAppConfigParams {
  /** Configuration type (1: callback configuration) */
  type: number;
  /** The configuration, a JSON string */
  config: string;
}

/** Result of `cloudbase.uploadAppConfig`: Upload a Mini Program configuration (上传小程序配置) */
export type MpCloudbaseUploadAppConfigResult = Record<string, unknown>;

/** Params of `cloudbase.uploadFile`: Get an upload link (URL and signature) for a file in cloud storage (获取文件上传链接) */
export interface MpCloudbaseUploadFileParams {
  /** Cloud environment ID */
  env: string;
  /** Upload path (the file's path in storage) */
  path: string;
}

/** Result of `cloudbase.uploadFile`: Get an upload link (URL and signature) for a file in cloud storage (获取文件上传链接) */
export interface MpCloudbaseUploadFileResult {
  /** URL to upload the file to */
  url?: string;
  /** Token for the upload request */
  token?: string;
  /** Authorization for the upload request */
  authorization?: string;
  /** File ID (cloud://...), used to download or delete the file later */
  file_id?: string;
  /** COS file ID (also sent with the upload request) */
  cos_file_id?: string;
}

/** Params of `cloudbase.uploadFunctionConfig`: Upload a configuration of a cloud function (上传云函数配置) */
export interface MpCloudbaseUploadFunctionConfigParams {
  /** Configuration type: 1 cloud-call (openapi permissions), 2 timer triggers, 3 environment configuration */
  type: number;
  /** The configuration, a JSON string (environment configuration: timeout 1-300 s, default 3; environment: [{key, value}]) */
  config: string;
  /** Environment ID */
  env: string;
  /** Cloud function name */
  function_name: string;
}

/** Result of `cloudbase.uploadFunctionConfig`: Upload a configuration of a cloud function (上传云函数配置) */
export type MpCloudbaseUploadFunctionConfigResult = Record<string, unknown>;
/** Params of `cloudbase.useCloudAccessToken`: Get or set the permission to use cloudbase_access_token and its API whitelist (管理微信令牌权限) */
export type MpCloudbaseUseCloudAccessTokenParams = {
  /** get or set */
  action: "get";
  /** Environment ID (the whitelist is per environment) */
  env: string;
} | {
  /** get or set */
  action: "set";
  /** Environment ID (the whitelist is per environment) */
  env: string;
  /** true to allow, false to forbid (global) */
  open: boolean;
  /** API paths allowed with cloudbase_access_token, e.g. /* */
  api_whitelist: Array<string>;
  /** Version number */
  version: number;
};

/** Result of `cloudbase.useCloudAccessToken`: Get or set the permission to use cloudbase_access_token and its API whitelist (管理微信令牌权限) */
export interface MpCloudbaseUseCloudAccessTokenResult {
  /** Allowed or not (action get) */
  open?: boolean;
  /** API whitelist (action get) */
  api_whitelist?: Array<string>;
  /** Version number (action get) */
  version?: number;
}

/** Params of `cloudbase.wxpayList`: List the WeChat Pay merchant numbers bound by authorization (获取授权绑定的商户号列表) */
export type MpCloudbaseWxpayListParams = Record<string, never>;

/** Result of `cloudbase.wxpayList`: List the WeChat Pay merchant numbers bound by authorization (获取授权绑定的商户号列表) */
export interface MpCloudbaseWxpayListResult {
  /** Merchant numbers */
  list?: Array<{
    /** Merchant ID */
    merchant_code?: string;
    /** Merchant name */
    merchant_name?: string;
    /** Company name */
    company_name?: string;
    /** Binding state, e.g. RELATION_BINDED, RELATION_WAIT_CONFIRM_WXTPL (the table says number) */
    mch_relation_state?: string;
    /** JSAPI authorization state, e.g. AUTH_AUTHORIZED (the table says number) */
    jsapi_auth_state?: string;
    /** Refund authorization state, e.g. AUTH_AUTHORIZED (the table says number) */
    refund_auth_state?: string;
  }>;
}

/** Params of `cloudbase.wxpayOpenAuth`: Request a merchant-number authorization (binding, JSAPI or refund) (申请商户号授权) */
export interface MpCloudbaseWxpayOpenAuthParams {
  /** bind: bind the merchant number; openjsapi: open JSAPI calls; openrefund: open refunds */
  action: "bind" | "openjsapi" | "openrefund";
  /** Merchant number */
  merchant_code: string;
}

/** Result of `cloudbase.wxpayOpenAuth`: Request a merchant-number authorization (binding, JSAPI or refund) (申请商户号授权) */
export type MpCloudbaseWxpayOpenAuthResult = Record<string, unknown>;
