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

/** Params of `cloudbase.batchShareEnv`: Share environments with Mini Programs (环境共享) */
export interface OpenCloudbaseBatchShareEnvParams {
  /** Sharing info (共享信息); the Mini Program must have granted permission set 18 (开发与数据分析) */
  data: Array<{
    /** Environment ID */
    env: string;
    /** Appids to share the environment with (an environment serves Mini Programs of one subject only) */
    appids: Array<string>;
  }>;
  /** Environment source: 1 = 云托管 (cloud run) environments (是 on the current page only) */
  source_type?: number;
}

/** Result of `cloudbase.batchShareEnv`: Share environments with Mini Programs (环境共享) */
export interface OpenCloudbaseBatchShareEnvResult {
  /** Failures (错误信息) */
  err_list?: Array<{
    /** Environment ID */
    env?: string;
    /** Appid */
    appid?: string;
    /** Error message */
    errmsg?: string;
  }>;
  /** Confirmation links: send each to the Mini Program's admin; the binding takes effect once confirmed (确认信息) */
  msg_info_list?: Array<{
    /** Appid */
    appid?: string;
    /** Confirmation URL (确认信息 url) */
    url?: string;
  }>;
}

/** Params of `cloudbase.containerService.batchCreateVersion`: Create cloud run versions in several environments (批量新建云托管版本) */
export interface OpenCloudbaseContainerServiceBatchCreateVersionParams {
  /** Environment ids */
  envs: Array<string>;
  /** Service name */
  service_name: string;
  /** How the code is uploaded */
  upload_type: "package" | "repository" | "image";
  /**
   * Traffic ratio (流量占比)
   * @default 0
   */
  flow_ratio?: number;
  /**
   * CPU size, in cores
   * @default 0.5
   */
  cpu?: number;
  /**
   * Memory size, in GB
   * @default 1
   */
  mem?: number;
  /**
   * Minimum number of replicas, at least 0
   * (value ≥ 0)
   * @default 0
   */
  minnum?: number;
  /**
   * Maximum number of replicas, at most 50
   * (value ≤ 50)
   * @default 50
   */
  maxnum?: number;
  /**
   * Scaling policy type
   * @default "cpu"
   */
  policy_type?: "cpu";
  /**
   * Scaling policy threshold
   * @default 60
   */
  policy_threshold?: number;
  /**
   * Service port
   * @default 80
   */
  container_port?: number;
  /** Repository type: coding, gitlab, github */
  repository_type?: string;
  /** Dockerfile path */
  dockerfile_path?: string;
  /** Build directory */
  build_dir?: string;
  /** Environment variables */
  env_params?: string;
  /** Repository address */
  repository?: string;
  /** Branch */
  branch?: string;
  /** Version remark */
  version_remark?: string;
  /** Code package name */
  package_name?: string;
  /** Code package version */
  package_version?: string;
  /** Image details */
  image_info?: {
    /** Image repository name */
    repository_name: string;
    /** Whether the image is public */
    ispublic?: boolean;
    /** Image tag */
    tagname?: string;
    /** Image registry address */
    server_addr?: string;
    /** Image pull address */
    image_url?: string;
  };
  /** Details for pulling the code from GitHub and the like */
  code_detail?: {
    /** Repository */
    name?: {
      /** Repository name */
      name?: string;
      /** Full repository name */
      fullname?: string;
    };
    /** Repository address */
    url?: string;
  };
  /** Private image credentials */
  image_secret_info?: {
    /** Image registry address */
    registryserver?: string;
    /** User name */
    username?: string;
    /** Password */
    password?: string;
    /** Email */
    email?: string;
  };
  /** Name of the private image credential */
  image_pulls_secret?: string;
  /** Custom log collection path */
  custom_logs?: string;
}

/** Result of `cloudbase.containerService.batchCreateVersion`: Create cloud run versions in several environments (批量新建云托管版本) */
export interface OpenCloudbaseContainerServiceBatchCreateVersionResult {
  /** Failures (from the official sample) */
  fail_list?: Array<{
    /** Environment id */
    env?: string;
    /** Error message */
    errormsg?: string;
  }>;
  /** Successes (from the official sample) */
  succ_list?: Array<{
    /** Environment id */
    env?: string;
    /** Name of the new version */
    version_name?: string;
  }>;
}

/** Params of `cloudbase.containerService.batchDeleteVersion`: Delete cloud run versions in batch (批量删除云托管版本) */
export interface OpenCloudbaseContainerServiceBatchDeleteVersionParams {
  /** The versions to delete */
  items: Array<{
    /** Environment id */
    env: string;
    /** Service name */
    service_name: string;
    /** Version name */
    version_name: string;
  }>;
}

/** Result of `cloudbase.containerService.batchDeleteVersion`: Delete cloud run versions in batch (批量删除云托管版本) */
export interface OpenCloudbaseContainerServiceBatchDeleteVersionResult {
  /** Deleted versions */
  succ_list?: Array<{
    /** Environment */
    env?: string;
    /** Service name */
    service_name?: string;
    /** Version name */
    version_name?: string;
  }>;
  /** Versions not deleted */
  fail_list?: Array<{
    /** Environment */
    env?: string;
    /** Service name */
    service_name?: string;
    /** Version name */
    version_name?: string;
    /** Error message */
    errmsg?: string;
  }>;
}

/** Params of `cloudbase.containerService.create`: Create a cloud run service (新建云托管服务) */
export interface OpenCloudbaseContainerServiceCreateParams {
  /** Environment id */
  env: string;
  /** Service name */
  service_name: string;
  /** Remark */
  remark?: string;
  /** VPC info */
  vpc?: {
    /** VPC id */
    vpcid: string;
    /** Subnet ids */
    subnetids: Array<string>;
    /** Creation type: 0 inherit (继承), 1 create (新建), 2 specify (指定) */
    create_type: number;
  };
}

/** Result of `cloudbase.containerService.create`: Create a cloud run service (新建云托管服务) */
export type OpenCloudbaseContainerServiceCreateResult = Record<string, unknown>;

/** Params of `cloudbase.containerService.createVersion`: Create a cloud run service version (新建云托管服务版本) */
export interface OpenCloudbaseContainerServiceCreateVersionParams {
  /** Environment id */
  env: string;
  /** Service name */
  service_name: string;
  /** How the code is uploaded */
  upload_type: "package" | "repository" | "image";
  /**
   * Traffic ratio (流量占比)
   * @default 0
   */
  flow_ratio?: number;
  /**
   * CPU size, in cores
   * @default 0.5
   */
  cpu?: number;
  /**
   * Memory size, in GB
   * @default 1
   */
  mem?: number;
  /**
   * Minimum number of replicas, at least 0
   * (value ≥ 0)
   * @default 0
   */
  minnum?: number;
  /**
   * Maximum number of replicas, at most 50
   * (value ≤ 50)
   * @default 50
   */
  maxnum?: number;
  /**
   * Scaling policy type
   * @default "cpu"
   */
  policy_type?: "cpu";
  /**
   * Scaling policy threshold
   * @default 60
   */
  policy_threshold?: number;
  /**
   * Service port
   * @default 80
   */
  container_port?: number;
  /** Repository type: coding, gitlab, github */
  repository_type?: string;
  /** Dockerfile path */
  dockerfile_path?: string;
  /** Build directory */
  build_dir?: string;
  /** Environment variables */
  env_params?: string;
  /** Repository address */
  repository?: string;
  /** Branch (是 in the table, absent from the sample) */
  branch?: string;
  /** Version remark (是 in the table, absent from the sample) */
  version_remark?: string;
  /** Code package name (是 in the table, absent from the sample) */
  package_name?: string;
  /** Code package version (是 in the table, absent from the sample) */
  package_version?: string;
  /** Image details (是 in the table, absent from the sample) */
  image_info?: {
    /** Image repository name */
    repository_name: string;
    /** Whether the image is public */
    ispublic?: boolean;
    /** Image tag */
    tagname?: string;
    /** Image registry address */
    server_addr?: string;
    /** Image pull address */
    image_url?: string;
  };
  /** Details for pulling the code from GitHub and the like */
  code_detail?: {
    /** Repository */
    name?: {
      /** Repository name */
      name?: string;
      /** Full repository name */
      fullname?: string;
    };
    /** Repository address */
    url?: string;
  };
  /** Private image credentials (是 in the table, absent from the sample) */
  image_secret_info?: {
    /** Image registry address */
    registryserver?: string;
    /** User name */
    username?: string;
    /** Password */
    password?: string;
    /** Email */
    email?: string;
  };
  /** Name of the private image credential (是 in the table, absent from the sample) */
  image_pulls_secret?: string;
  /** Custom log collection path (是 in the table, absent from the sample) */
  custom_logs?: string;
  /** Whether WeChat tokens are pushed to the service automatically (微信令牌自动推送) */
  mount_wx_token?: boolean;
}

/** Result of `cloudbase.containerService.createVersion`: Create a cloud run service version (新建云托管服务版本) */
export type OpenCloudbaseContainerServiceCreateVersionResult = Record<string, unknown>;

/** Params of `cloudbase.containerService.deleteVersion`: Delete a cloud run version (删除云托管版本) */
export interface OpenCloudbaseContainerServiceDeleteVersionParams {
  /** Environment id */
  env: string;
  /** Service name */
  service_name: string;
  /** Version name */
  version_name: string;
}

/** Result of `cloudbase.containerService.deleteVersion`: Delete a cloud run version (删除云托管版本) */
export type OpenCloudbaseContainerServiceDeleteVersionResult = Record<string, unknown>;

/** Params of `cloudbase.containerService.list`: List the cloud run services (查看云托管服务列表) */
export interface OpenCloudbaseContainerServiceListParams {
  /** Environment id */
  env: string;
  /**
   * Number of entries to return
   * @default 20
   */
  limit?: number;
  /**
   * Offset of the first entry
   * @default 0
   */
  offset?: number;
}

/** Result of `cloudbase.containerService.list`: List the cloud run services (查看云托管服务列表) */
export interface OpenCloudbaseContainerServiceListResult {
  /** Services (the page calls it 版本列表) */
  cslist?: Array<{
    /** Service name */
    server_name?: string;
    /** Creation time */
    created_time?: string;
    /** Update time */
    updated_time?: string;
    /** Status */
    status?: string;
    /** VPC id */
    vpcid?: string;
    /** Image repository */
    image_repo?: string;
  }>;
  /** Number of services */
  total?: number;
}

/** Params of `cloudbase.containerService.listVersions`: List the versions of a cloud run service (查看云托管版本列表) */
export interface OpenCloudbaseContainerServiceListVersionsParams {
  /** Environment id */
  env: string;
  /** Service name */
  service_name: string;
  /**
   * Number of entries to return
   * @default 20
   */
  limit?: number;
  /**
   * Offset of the first entry
   * @default 0
   */
  offset?: number;
}

/** Result of `cloudbase.containerService.listVersions`: List the versions of a cloud run service (查看云托管版本列表) */
export interface OpenCloudbaseContainerServiceListVersionsResult {
  /** Total number of versions */
  total?: number;
  /** Versions */
  items?: Array<{
    /** Version name */
    version_name?: string;
    /** Status */
    status?: string;
    /** Creation time */
    created_time?: string;
    /** Update time (in the sample, not in the table) */
    updated_time?: string;
    /** Traffic ratio */
    flow_ratio?: number;
    /** Build id */
    buildid?: number;
    /** Upload type */
    upload_type?: string;
    /** Minimum number of replicas */
    min_replicas?: number;
    /** Maximum number of replicas */
    max_replicas?: number;
  }>;
}

/** Params of `cloudbase.containerService.setVersionConfig`: Configure a cloud run version (配置云托管版本) */
export interface OpenCloudbaseContainerServiceSetVersionConfigParams {
  /** Environment id */
  env: string;
  /** Service name */
  service_name: string;
  /** Version name (the table says 服务名称) */
  version_name: string;
  /**
   * Minimum number of replicas, at least 0
   * (value ≥ 0)
   */
  minnum?: number;
  /**
   * Maximum number of replicas, at most 50
   * (value ≤ 50)
   */
  maxnum?: number;
  /** Remark */
  remark?: string;
  /** Service port */
  container_port?: number;
  /** Custom log collection path */
  custom_logs?: string;
  /** Environment variables */
  env_params?: string;
}

/** Result of `cloudbase.containerService.setVersionConfig`: Configure a cloud run version (配置云托管版本) */
export type OpenCloudbaseContainerServiceSetVersionConfigResult = Record<string, unknown>;

/** Params of `cloudbase.createEnv`: Create a cloud environment (创建环境) */
export interface OpenCloudbaseCreateEnvParams {
  /** Environment alias: starts with a-z, only a-z, A-Z, 0-9 and - (环境别名) */
  alias: string;
  /** Environment type: run (环境类型; 是 in the table, absent from the official sample) */
  EnvType?: string;
}

/** Result of `cloudbase.createEnv`: Create a cloud environment (创建环境) */
export interface OpenCloudbaseCreateEnvResult {
  /** Postpaid order number (后付费订单号) */
  tranid?: string;
  /** Environment ID */
  env?: string;
}

/** Params of `cloudbase.db.addCollection`: Create a collection (数据库增加集合) */
export interface OpenCloudbaseDbAddCollectionParams {
  /** Environment ID */
  env: string;
  /** Collection name */
  collection_name: string;
}

/** Result of `cloudbase.db.addCollection`: Create a collection (数据库增加集合) */
export type OpenCloudbaseDbAddCollectionResult = Record<string, unknown>;

/** Params of `cloudbase.db.aggregate`: Run an aggregation on the cloud database (数据库聚合) */
export interface OpenCloudbaseDbAggregateParams {
  /** Cloud environment ID */
  env: string;
  /** Database statement, same syntax as the database API (aggregate()...end()) */
  query: string;
}

/** Result of `cloudbase.db.aggregate`: Run an aggregation on the cloud database (数据库聚合) */
export interface OpenCloudbaseDbAggregateResult {
  /** Records, each a JSON string (记录数组) */
  data?: Array<string>;
}

/** Params of `cloudbase.db.createIndex`: Create indexes on a collection (数据库创建索引) */
export interface OpenCloudbaseDbCreateIndexParams {
  /** Environment ID */
  env: string;
  /** Collection name */
  collection_name: string;
  /** Indexes to create (索引信息) */
  indexes: Array<{
    /** Index name */
    name: string;
    /** Indexed fields */
    keys: Array<{
      /** Field name */
      name: string;
      /** Order: "1" ascending, "-1" descending, "2dsphere" geo */
      direction: "1" | "-1" | "2dsphere";
    }>;
  }>;
}

/** Result of `cloudbase.db.createIndex`: Create indexes on a collection (数据库创建索引) */
export type OpenCloudbaseDbCreateIndexResult = Record<string, unknown>;

/** Params of `cloudbase.db.deleteCollection`: Delete a collection (数据库集合管理) */
export interface OpenCloudbaseDbDeleteCollectionParams {
  /** Environment ID */
  env: string;
  /** Collection name */
  collection_name: string;
}

/** Result of `cloudbase.db.deleteCollection`: Delete a collection (数据库集合管理) */
export type OpenCloudbaseDbDeleteCollectionResult = Record<string, unknown>;

/** Params of `cloudbase.db.deleteIndex`: Delete indexes of a collection (数据库删除索引) */
export interface OpenCloudbaseDbDeleteIndexParams {
  /** Environment ID */
  env: string;
  /** Collection name */
  collection_name: string;
  /** Indexes to delete (索引信息) */
  indexes: Array<{
    /** Index name */
    name: string;
  }>;
}

/** Result of `cloudbase.db.deleteIndex`: Delete indexes of a collection (数据库删除索引) */
export type OpenCloudbaseDbDeleteIndexResult = Record<string, unknown>;

/** Params of `cloudbase.db.deleteRecords`: Delete records from a collection (数据库删除记录) */
export interface OpenCloudbaseDbDeleteRecordsParams {
  /** Cloud environment ID */
  env: string;
  /** Database statement (....remove()) */
  query: string;
}

/** Result of `cloudbase.db.deleteRecords`: Delete records from a collection (数据库删除记录) */
export interface OpenCloudbaseDbDeleteRecordsResult {
  /** Number of records deleted */
  deleted?: number;
}

/** Params of `cloudbase.db.export`: Export a collection to a file in cloud storage (数据库导出) */
export interface OpenCloudbaseDbExportParams {
  /** Cloud environment ID */
  env: string;
  /** Export file path in cloud storage (get a link with cloudbase.file.batchDownload) */
  file_path: string;
  /** File type: 1 JSON, 2 CSV */
  file_type: 1 | 2;
  /** Export condition, same syntax as the database API */
  query: string;
}

/** Result of `cloudbase.db.export`: Export a collection to a file in cloud storage (数据库导出) */
export interface OpenCloudbaseDbExportResult {
  /** Export job ID (see cloudbase.db.getMigrationState for the result and file URL) */
  job_id?: number;
}

/** Params of `cloudbase.db.getAcl`: Get a collection's access permission (获取数据库操作权限) */
export interface OpenCloudbaseDbGetAclParams {
  /** Environment ID */
  env: string;
  /** Collection name */
  collection_name: string;
}

/** Result of `cloudbase.db.getAcl`: Get a collection's access permission (获取数据库操作权限) */
export interface OpenCloudbaseDbGetAclResult {
  /** Permission: READONLY public read/private write, PRIVATE private read/write, ADMINWRITE admin-only write, ADMINONLY admin only, CUSTOM custom rule */
  acl_tag?: "READONLY" | "PRIVATE" | "ADMINWRITE" | "ADMINONLY" | "CUSTOM";
  /** Custom rule (JSON text) when acl_tag is CUSTOM */
  rule?: string;
}

/** Params of `cloudbase.db.getCollections`: List the collections of an environment (数据库查询集合) */
export interface OpenCloudbaseDbGetCollectionsParams {
  /** Environment ID */
  env: string;
  /**
   * Number of collections to return (返回数据长度)
   * @default 20
   */
  limit?: number;
  /**
   * Offset (数据偏移量)
   * @default 0
   */
  offset?: number;
}

/** Result of `cloudbase.db.getCollections`: List the collections of an environment (数据库查询集合) */
export interface OpenCloudbaseDbGetCollectionsResult {
  /** Collections (集合信息) */
  collections?: Array<{
    /** Collection name */
    name?: string;
    /** Number of documents */
    count?: number;
    /** Size of the documents in bytes */
    size?: number;
    /** Number of indexes */
    index_count?: number;
    /** Size of the indexes in bytes */
    index_size?: number;
  }>;
  /** Total number of collections (页面信息) */
  total?: number;
}

/** Params of `cloudbase.db.getMigrationState`: Query the status of a database import or export job (数据库状态查询) */
export interface OpenCloudbaseDbGetMigrationStateParams {
  /** Environment ID */
  env: string;
  /** Migration job ID */
  job_id: number;
}

/** Result of `cloudbase.db.getMigrationState`: Query the status of a database import or export job (数据库状态查询) */
export interface OpenCloudbaseDbGetMigrationStateResult {
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

/** Params of `cloudbase.db.import`: Import a file from cloud storage into a collection (数据库导入) */
export interface OpenCloudbaseDbImportParams {
  /** Cloud environment ID */
  env: string;
  /** Collection to import into */
  collection_name: string;
  /** Import file path (upload it to the same environment's storage first, e.g. with cloudbase.file.getUploadLink) */
  file_path: string;
  /** File type: 1 JSON, 2 CSV */
  file_type: 1 | 2;
  /** Whether to stop importing at the first error */
  stop_on_error: boolean;
  /** Conflict handling: 1 INSERT, 2 UPSERT */
  conflict_mode: 1 | 2;
}

/** Result of `cloudbase.db.import`: Import a file from cloud storage into a collection (数据库导入) */
export interface OpenCloudbaseDbImportResult {
  /** Import job ID (see cloudbase.db.getMigrationState) */
  job_id?: number;
}

/** Params of `cloudbase.db.insertRecords`: Insert records into a collection (数据库插入记录) */
export interface OpenCloudbaseDbInsertRecordsParams {
  /** Cloud environment ID */
  env: string;
  /** Database statement, same syntax as the database API (db.collection(...).add(...)) */
  query: string;
}

/** Result of `cloudbase.db.insertRecords`: Insert records into a collection (数据库插入记录) */
export interface OpenCloudbaseDbInsertRecordsResult {
  /** _id of each inserted record */
  id_list?: Array<string>;
}

/** Params of `cloudbase.db.modifyAcl`: Set a collection's access permission (修改数据库操作权限) */
export interface OpenCloudbaseDbModifyAclParams {
  /** Environment ID */
  env: string;
  /** Collection name */
  collection_name: string;
  /** Permission: READONLY public read/private write, PRIVATE private read/write, ADMINWRITE admin-only write, ADMINONLY admin only, CUSTOM custom rule */
  acl_tag: "READONLY" | "PRIVATE" | "ADMINWRITE" | "ADMINONLY" | "CUSTOM";
  /** Custom rule (JSON text) */
  rule: string;
}

/** Result of `cloudbase.db.modifyAcl`: Set a collection's access permission (修改数据库操作权限) */
export type OpenCloudbaseDbModifyAclResult = Record<string, unknown>;

/** Params of `cloudbase.db.queryRecords`: Query records of a collection (数据库查询记录) */
export interface OpenCloudbaseDbQueryRecordsParams {
  /** Cloud environment ID */
  env: string;
  /** Database statement (....get()) */
  query: string;
}

/** Result of `cloudbase.db.queryRecords`: Query records of a collection (数据库查询记录) */
export interface OpenCloudbaseDbQueryRecordsResult {
  /** Paging information (分页信息) */
  pager?: {
    /** Offset */
    offset?: number;
    /** Page size (单次查询限制) */
    limit?: number;
    /** Number of records matching the query */
    total?: number;
  };
  /** Records, each a JSON string (记录数组) */
  data?: Array<string>;
}

/** Params of `cloudbase.db.updateRecords`: Update records of a collection (数据库更新记录) */
export interface OpenCloudbaseDbUpdateRecordsParams {
  /** Cloud environment ID */
  env: string;
  /** Database statement (....update(...) or ....set(...)) */
  query: string;
}

/** Result of `cloudbase.db.updateRecords`: Update records of a collection (数据库更新记录) */
export interface OpenCloudbaseDbUpdateRecordsResult {
  /** Number of records matching the condition */
  matched?: number;
  /** Number of records modified (records newly inserted by set are not counted) */
  modified?: number;
  /** ID of the record inserted by set (empty otherwise) */
  id?: string;
}

/** Params of `cloudbase.describeEnvs`: Get the platform's environments (获取环境信息) */
export type OpenCloudbaseDescribeEnvsParams = Record<string, never>;

/** Result of `cloudbase.describeEnvs`: Get the platform's environments (获取环境信息) */
export interface OpenCloudbaseDescribeEnvsResult {
  /** Environments (数据) */
  info_list?: Array<{
    /** Environment ID */
    env?: string;
    /** Environment alias */
    alias?: string;
    /** Creation time */
    create_time?: string;
    /** Last modification time */
    update_time?: string;
    /** Environment status (NORMAL once initialized) */
    status?: string;
    /** TCB package ID (tcb产品套餐ID) */
    package_id?: string;
    /** Package name in Chinese (套餐中文名称) */
    package_name?: string;
    /** Database instance ID (数据库示例ID) */
    dbinstance_id?: string;
    /** Static storage ID (静态存储ID) */
    bucket_id?: string;
  }>;
}

/** Params of `cloudbase.file.batchDelete`: Delete files from cloud storage (删除文件) */
export interface OpenCloudbaseFileBatchDeleteParams {
  /** Cloud environment ID */
  env: string;
  /** File IDs (cloud://...) */
  fileid_list: Array<string>;
}

/** Result of `cloudbase.file.batchDelete`: Delete files from cloud storage (删除文件) */
export interface OpenCloudbaseFileBatchDeleteResult {
  /** Result per file (文件列表) */
  delete_list?: Array<{
    /** File ID */
    fileid?: string;
    /** Status code (0 on success) */
    status?: number;
    /** Error message for this file */
    errmsg?: string;
  }>;
}

/** Params of `cloudbase.file.batchDownload`: Get download links for files in cloud storage (获取下载文件链接) */
export interface OpenCloudbaseFileBatchDownloadParams {
  /** Cloud environment ID */
  env: string;
  /** Files (文件列表) */
  file_list: Array<{
    /** File ID */
    fileid: string;
    /** Validity of the download link (下载链接有效期) */
    max_age: number;
  }>;
}

/** Result of `cloudbase.file.batchDownload`: Get download links for files in cloud storage (获取下载文件链接) */
export interface OpenCloudbaseFileBatchDownloadResult {
  /** Result per file (文件列表) */
  file_list?: Array<{
    /** File ID */
    fileid?: string;
    /** Download URL */
    download_url?: string;
    /** Status (0 on success) */
    status?: number;
    /** Error message */
    errmsg?: string;
  }>;
}

/** Params of `cloudbase.file.getUploadLink`: Get an upload link for a file in cloud storage (获取上传文件链接) */
export interface OpenCloudbaseFileGetUploadLinkParams {
  /** Cloud environment ID */
  env: string;
  /** Upload path (上传路径) */
  path: string;
}

/** Result of `cloudbase.file.getUploadLink`: Get an upload link for a file in cloud storage (获取上传文件链接) */
export interface OpenCloudbaseFileGetUploadLinkResult {
  /** Upload URL: POST multipart/form-data with key (the path), Signature, x-cos-security-token, x-cos-meta-fileid and file */
  url?: string;
  /** Sent as x-cos-security-token in the upload request */
  token?: string;
  /** Sent as Signature in the upload request */
  authorization?: string;
  /** File ID (文件ID) */
  file_id?: string;
  /** COS file ID, sent as x-cos-meta-fileid (named by the usage note, not in the table) */
  cos_file_id?: string;
}

/** Params of `cloudbase.file.list`: List the files in cloud storage (获取文件列表) */
export interface OpenCloudbaseFileListParams {
  /** Environment ID */
  env: string;
  /** Only list files whose path starts with this prefix (前缀匹配) */
  prefix?: string;
  /** Delimiter: paths between prefix and delimiter are grouped as a Common Prefix (定界符) */
  delimiter?: string;
  /** List entries (in UTF-8 binary order) starting from this marker */
  marker?: string;
}

/** Result of `cloudbase.file.list`: List the files in cloud storage (获取文件列表) */
export interface OpenCloudbaseFileListResult {
  /** Files (文件信息) */
  contents?: Array<{
    /** File name */
    key?: string;
    /** Last modification time */
    last_modified?: string;
    /** MD5 of the file */
    md5?: string;
    /** File size */
    size?: string;
  }>;
  /** Whether the list was truncated (返回内容是否被截断) */
  is_truncated?: boolean;
}

/** Params of `cloudbase.functions.batchCreate`: Create a cloud function in several environments (创建云函数) */
export interface OpenCloudbaseFunctionsBatchCreateParams {
  /** Function name */
  functionname: string;
  /** Environment IDs */
  envs: Array<string>;
  /** Base64 of a zip of the function's code files, at most 20 MB; zip the files themselves, not a folder (dependencies are installed in the cloud) */
  zipfile: string;
  /** VPC ID (VPC唯一标识) */
  vpcid?: string;
  /** Subnet ID */
  subnetid?: string;
}

/** Result of `cloudbase.functions.batchCreate`: Create a cloud function in several environments (创建云函数) */
export interface OpenCloudbaseFunctionsBatchCreateResult {
  /** Failures (失败列表) */
  fail_env_list?: Array<{
    /** Environment ID */
    env?: string;
    /** Error message */
    errmsg?: string;
  }>;
}

/** Params of `cloudbase.functions.batchUpdateCode`: Update a cloud function's code in several environments (更新云函数代码) */
export interface OpenCloudbaseFunctionsBatchUpdateCodeParams {
  /** Function name */
  functionname: string;
  /** Environment IDs */
  envs: Array<string>;
  /** Base64 of a zip of the function's code files, at most 20 MB; zip the files themselves, not a folder (dependencies are installed in the cloud) */
  zipfile: string;
}

/** Result of `cloudbase.functions.batchUpdateCode`: Update a cloud function's code in several environments (更新云函数代码) */
export interface OpenCloudbaseFunctionsBatchUpdateCodeResult {
  /** Failures (失败列表) */
  fail_list?: Array<{
    /** Environment ID */
    env?: string;
    /** Error message */
    errormsg?: string;
  }>;
}

/** Params of `cloudbase.functions.batchUpdateTriggers`: Update a cloud function's triggers in several environments (批量更新触发器) */
export interface OpenCloudbaseFunctionsBatchUpdateTriggersParams {
  /** Environment IDs */
  envs: Array<string>;
  /** Function name */
  funcname: string;
  /** Triggers (触发器信息; typed Object in the table, an array in the sample) */
  triggers: Array<{
    /** Trigger name */
    trigger_name: string;
    /** Trigger type: Timer (填"Timer") */
    type: string;
    /** Timer trigger schedule (定时触发器触发周期) */
    config: string;
  }>;
}

/** Result of `cloudbase.functions.batchUpdateTriggers`: Update a cloud function's triggers in several environments (批量更新触发器) */
export interface OpenCloudbaseFunctionsBatchUpdateTriggersResult {
  /** Failures (失败列表; typed Object in the table, an array in the sample) */
  err_list?: Array<{
    /** Environment ID */
    env?: string;
    /** Error message */
    errmsg?: string;
  }>;
}

/** Params of `cloudbase.functions.delete`: Delete a cloud function (删除云函数) */
export interface OpenCloudbaseFunctionsDeleteParams {
  /** Function name */
  functionname: string;
  /** Environment ID */
  env: string;
}

/** Result of `cloudbase.functions.delete`: Delete a cloud function (删除云函数) */
export type OpenCloudbaseFunctionsDeleteResult = Record<string, unknown>;

/** Params of `cloudbase.functions.getTriggers`: Get a cloud function's triggers (获取触发器) */
export interface OpenCloudbaseFunctionsGetTriggersParams {
  /** Environment ID */
  env: string;
  /** Function name */
  funcname: string;
}

/** Result of `cloudbase.functions.getTriggers`: Get a cloud function's triggers (获取触发器) */
export interface OpenCloudbaseFunctionsGetTriggersResult {
  /** Triggers (触发器信息) */
  triggers?: Array<{
    /** Trigger name (from the official sample) */
    trigger_name?: string;
    /** Timer schedule, e.g. 0 0 2 1 * * * (from the official sample) */
    config?: string;
    /** Trigger type, e.g. timer (from the official sample) */
    type?: string;
  }>;
}

/** Params of `cloudbase.functions.list`: List the cloud functions of an environment (获取云函数) */
export interface OpenCloudbaseFunctionsListParams {
  /** Environment ID */
  env: string;
  /**
   * Offset (数据偏移量)
   * @default 0
   */
  offset?: number;
  /**
   * Number of functions to return (返回数据长度)
   * @default 20
   */
  limit?: number;
  /** Fuzzy match on the function name */
  searchkey?: string;
}

/** Result of `cloudbase.functions.list`: List the cloud functions of an environment (获取云函数) */
export interface OpenCloudbaseFunctionsListResult {
  /** Number of cloud functions */
  total_count?: number;
  /** Cloud functions (云函数信息) */
  functions?: Array<{
    /** Modification time */
    mod_time?: string;
    /** Creation time */
    add_time?: string;
    /** Runtime (e.g. Nodejs8.9) */
    runtime?: string;
    /** Function name */
    name?: string;
    /** Status (e.g. Active, CreateFailed) */
    status?: string;
    /** Reasons for the status (原因) */
    status_reason?: Array<{
      /** Error code (a string, e.g. ResourceNotFound.File) */
      errcode?: string;
      /** Error message */
      errmsg?: string;
    }>;
  }>;
}

/** Params of `cloudbase.functions.updateConfig`: Update a cloud function's configuration (更新云函数配置) */
export interface OpenCloudbaseFunctionsUpdateConfigParams {
  /** Environment ID */
  env: string;
  /** Function name */
  functionname: string;
  /** Memory size (内存大小) */
  memorysize?: number;
  /** Timeout in seconds */
  timeout?: number;
  /** Environment variables */
  environment_variables?: Array<{
    /** Variable name */
    key: string;
    /** Variable value */
    value: string;
  }>;
  /** Public network access (公网访问配置) */
  public_net_config?: {
    /** Whether public network access is enabled */
    public_net_status: "DISABLE" | "ENABLE";
    /** Whether the EIP is enabled */
    eip_status: "DISABLE" | "ENABLE";
  };
  /** Private network (私有网络配置) */
  vpc_config?: {
    /** VPC ID */
    vpcid?: string;
    /** Subnet ID */
    subnetid?: string;
  };
}

/** Result of `cloudbase.functions.updateConfig`: Update a cloud function's configuration (更新云函数配置) */
export type OpenCloudbaseFunctionsUpdateConfigResult = Record<string, unknown>;

/** Params of `cloudbase.run.createEnv`: Create a WeChat cloud run environment (创建云托管环境 / 创建微信云托管环境) */
export interface OpenCloudbaseRunCreateEnvParams {
  /** Environment alias: starts with a-z and contains only a-z, 0-9 and - */
  alias?: string;
  /** Private network (VPC) id */
  vpc_id?: string;
  /** Subnet ids */
  sub_net_ids?: Array<string>;
}

/** Result of `cloudbase.run.createEnv`: Create a WeChat cloud run environment (创建云托管环境 / 创建微信云托管环境) */
export interface OpenCloudbaseRunCreateEnvResult {
  /** Environment id */
  env_id?: string;
  /** Postpaid order number (后付费订单号) */
  tran_id?: string;
}

/** Params of `cloudbase.run.createService`: Create a cloud app service (创建云应用服务) */
export interface OpenCloudbaseRunCreateServiceParams {
  /** Environment id */
  env_id: string;
  /** Service name */
  service_name: string;
  /** Whether public network access is enabled (是否开通外网访问) */
  is_public: boolean;
  /** Image repository */
  image_repo?: string;
  /** Service description */
  remark?: string;
  /** Elasticsearch info (CloudBaseEsInfo) */
  es_info?: {
    /** Id of the ES instance */
    id?: number;
    /** Secret name */
    secret_name?: string;
    /** IP address */
    ip?: string;
    /** Port */
    port?: number;
    /** Index */
    index?: string;
    /** User name */
    account?: string;
    /** Password */
    password?: string;
  };
  /** Log type: es or cls */
  log_type?: string;
  /** VPC info (CloudBaseRunVpcInfo) */
  vpc_info?: {
    /** VPC id */
    vpc_id?: string;
    /** Subnet ids */
    subnet_ids?: Array<string>;
    /** Creation type (创建类型) */
    create_type?: number;
  };
  /** Public access: 0/1 */
  public_access?: 0 | 1;
}

/** Result of `cloudbase.run.createService`: Create a cloud app service (创建云应用服务) */
export type OpenCloudbaseRunCreateServiceResult = Record<string, unknown>;

/** Params of `cloudbase.run.createVersion`: Create a service version (createCloudbaseServiceVersion) */
export interface OpenCloudbaseRunCreateVersionParams {
  /** Environment id */
  env_id: string;
  /** How the code is supplied */
  upload_type: "package" | "repository" | "image" | "jar" | "war";
  /** Traffic ratio (流量占比) */
  flow_ratio: number;
  /** CPU size, in cores */
  cpu: number;
  /** Memory size, in GB */
  mem: number;
  /**
   * Minimum number of replicas, at least 0
   * (value ≥ 0)
   */
  min_num: number;
  /**
   * Maximum number of replicas, at most 50
   * (value ≤ 50)
   */
  max_num: number;
  /** Scaling policy type (enumeration, such as cpu) */
  policy_type: string;
  /** Scaling policy threshold */
  policy_threshold: number;
  /** Service port */
  container_port: number;
  /** Service name */
  server_name: string;
  /** Repository type: coding, gitlab, github */
  repository_type?: string;
  /** Dockerfile path */
  dockerfile_path?: string;
  /** Build directory */
  build_dir?: string;
  /** Repository address (from the official sample; table row unreadable) */
  repository?: string;
  /** Branch (from the official sample; table row unreadable) */
  branch?: string;
  /** Details for pulling the code from GitHub and the like (from the official sample; table unreadable) */
  code_detail?: {
    /** Repository */
    name?: {
      /** Repository name */
      name?: string;
      /** Full repository name */
      full_name?: string;
    };
  };
  /** Whether the code has a Dockerfile (from the official sample, 1; table row unreadable) */
  has_dockerfile?: number;
  /** Environment variables (from the official sample, "{}"; table row unreadable) */
  env_params?: string;
}

/** Result of `cloudbase.run.createVersion`: Create a service version (createCloudbaseServiceVersion) */
export interface OpenCloudbaseRunCreateVersionResult {
  /** Result, succ on success (from the official sample) */
  result?: string;
  /** Name of the new version (from the official sample) */
  version_name?: string;
  /** Run id (from the official sample) */
  run_id?: string;
}

/** Params of `cloudbase.run.deleteVersion`: Delete a service version (删除服务版本) */
export interface OpenCloudbaseRunDeleteVersionParams {
  /** Environment id */
  env_id: string;
  /** Service name */
  server_name: string;
  /** Version name */
  version_name: string;
  /** Whether to delete the service too; only takes effect when this is its last version */
  is_delete_server?: boolean;
  /** Whether to delete the image too; only takes effect when the service is deleted */
  is_delete_image?: boolean;
}

/** Result of `cloudbase.run.deleteVersion`: Delete a service version (删除服务版本) */
export interface OpenCloudbaseRunDeleteVersionResult {
  /** Result, succ on success */
  result?: string;
}

/** Params of `cloudbase.run.getEnvs`: Get the WeChat cloud run environments (获取环境信息 / 查询微信云托管环境信息) */
export type OpenCloudbaseRunGetEnvsParams = Record<string, never>;

/** Result of `cloudbase.run.getEnvs`: Get the WeChat cloud run environments (获取环境信息 / 查询微信云托管环境信息) */
export interface OpenCloudbaseRunGetEnvsResult {
  /** Environments (env列表) */
  env_list?: Array<{
    /** Unique id of the environment under the account */
    env_id?: string;
    /** Where the environment comes from: miniapp (WeChat Mini Program), qcloud (Tencent Cloud) */
    source?: string;
    /** Environment alias: starts with a-z, only a-z, A-Z, 0-9 and - */
    alias?: string;
    /** Creation time */
    create_time?: string;
    /** Last modification time */
    update_time?: string;
    /** Status: NORMAL usable; UNAVAILABLE not usable (not initialised yet, or initialising) */
    status?: string;
    /** Databases (数据库列表; fields from SKIT's model, the sample's list is empty) */
    databases?: Array<{
      /** Region of the database */
      region?: string;
      /** Database instance id */
      instance_id?: string;
      /** Status */
      status?: string;
    }>;
    /** Storages (存储列表) */
    storages?: Array<{
      /** Region */
      region?: string;
      /** Bucket name */
      bucket?: string;
      /** CDN domain */
      cdn_domain?: string;
      /** Tencent Cloud AppId owning the resource */
      app_id?: string;
    }>;
    /** Cloud functions (函数列表) */
    functions?: Array<{
      /** Namespace */
      namespace?: string;
      /** Region */
      region?: string;
    }>;
    /** TCB package id (tcb产品套餐ID) */
    package_id?: string;
    /** Package name in Chinese (套餐中文名称) */
    package_name?: string;
    /** Cloud log services (云日志服务列表) */
    log_services?: Array<{
      /** Logset name */
      logset_name?: string;
      /** Logset id */
      logset_id?: string;
      /** Topic name */
      topic_name?: string;
      /** Topic id */
      topic_id?: string;
      /** Region */
      region?: string;
    }>;
    /** Static resources (静态资源信息) */
    static_storages?: Array<{
      /** Static CDN domain */
      static_domain?: string;
      /** Default directory of the static CDN */
      default_dir_name?: string;
      /** Status */
      status?: string;
      /** Region */
      region?: string;
      /** Bucket name */
      bucket?: string;
    }>;
    /** Whether it falls back to the free edition when it expires */
    is_auto_degrade?: boolean;
    /** Environment channel */
    env_channel?: string;
    /** Payment: prepayment (预付费) or postpaid (后付费) */
    pay_mode?: string;
    /** Whether it is the default environment */
    is_default?: boolean;
    /** Region of the environment */
    region?: string;
    /** Environment tags (环境标签列表) */
    tags?: Array<{
      /** Tag key */
      key?: string;
      /** Tag value */
      value?: string;
    }>;
    /** Custom log services (from the official sample; the table row was cut) */
    custom_log_services?: Array<{
      /** CLS region */
      cls_region?: string;
      /** CLS logset id */
      cls_logset_id?: string;
      /** CLS topic id */
      cls_topic_id?: string;
      /** Creation time */
      create_time?: string;
    }>;
  }>;
}

/** Params of `cloudbase.run.openMicroservice`: Enable microservices for a cloud run environment (开通微服务 createCloudbaseMicrservice) */
export interface OpenCloudbaseRunOpenMicroserviceParams {
  /** Id of the environment to enable microservices for (需要授权开通微服务的环境ID) */
  env_id: string;
}

/** Result of `cloudbase.run.openMicroservice`: Enable microservices for a cloud run environment (开通微服务 createCloudbaseMicrservice) */
export type OpenCloudbaseRunOpenMicroserviceResult = Record<string, unknown>;

/** Params of `cloudbase.run.releaseVersion`: Release a service version to all traffic (releaseCloudbaseServiceVersion) */
export interface OpenCloudbaseRunReleaseVersionParams {
  /** Environment id */
  env_id: string;
  /** Service name */
  server_name: string;
  /** Version to release */
  release_version: string;
}

/** Result of `cloudbase.run.releaseVersion`: Release a service version to all traffic (releaseCloudbaseServiceVersion) */
export interface OpenCloudbaseRunReleaseVersionResult {
  /** success on success, failure on failure */
  result?: string;
  /** Release order id (发布单id) */
  release_order_id?: number;
}

/** Params of `cloudbase.run.rollUpdateVersion`: Rolling-update a service version (滚动更新服务版本) */
export interface OpenCloudbaseRunRollUpdateVersionParams {
  /** Environment id */
  env_id: string;
  /** Name of the version to replace; may be latest */
  version_name: string;
  /** How the code is supplied */
  upload_type?: "package" | "repository" | "image";
  /** Repository type: coding, gitlab, github */
  repository_type?: string;
  /** Traffic ratio (流量占比) */
  flow_ratio?: number;
  /** Dockerfile path */
  dockerfile_path?: string;
  /** Build directory */
  build_dir?: string;
  /** CPU size, in cores */
  cpu?: string;
  /** Memory size, in GB */
  mem?: string;
  /** Minimum number of replicas, at least 0 */
  min_num?: string;
  /** Maximum number of replicas */
  max_num?: string;
  /** Scaling policy type */
  policy_type?: string;
  /** Scaling policy threshold */
  policy_threshold?: string;
  /** Environment variables */
  env_params?: string;
  /** Container port */
  container_port?: number;
  /** Service name */
  server_name?: string;
  /** Repository address */
  repository?: string;
  /** Branch */
  branch?: string;
  /** Version remark */
  version_remark?: string;
  /** Code package name */
  package_name?: string;
  /** Code package version */
  package_version?: string;
  /** Image details (CloudBaseRunImageInfo; fields from the official sample) */
  image_info?: {
    /** Image repository name */
    repository_name?: string;
    /** Whether the image is public */
    is_public?: boolean;
    /** Image tag */
    tag_name?: string;
    /** Image registry address */
    server_addr?: string;
    /** Image pull address */
    image_url?: string;
  };
  /** Details for pulling the code from GitHub and the like (CloudBaseCodeRepoDetail) */
  code_detail?: {
    /** Repository */
    name?: {
      /** Repository name */
      name?: string;
      /** Full repository name */
      full_name?: string;
    };
  };
  /** Whether to replay traffic (是否回放流量) */
  is_rebuild?: boolean;
  /** Delay before health checks start, in seconds */
  initial_delay_seconds?: number;
  /** CFS mounts (Array.<CloudBaseRunVolumeMount>; the structure table was not readable) */
  mount_volume_info?: Array<unknown>;
  /** Whether to roll back (是否回滚) */
  rollback?: boolean;
  /** Version history name (版本历史名) */
  snapshot_name?: string;
  /** Custom log collection path (自定义采集路径) */
  custom_logs?: string;
  /** Whether to use the unified domain (是否启用统一域名) */
  enable_union?: boolean;
  /** Service path (服务路径; only takes effect the first time) */
  server_path?: string;
  /** Whether to update CLS (是否更新Cls) */
  is_update_cls?: boolean;
  /** Auto-scaling policy group (Array.<HpaPolicy> 自动扩缩容策略组; the HpaPolicy table was not readable) */
  policy_detail?: Array<unknown>;
}

/** Result of `cloudbase.run.rollUpdateVersion`: Rolling-update a service version (滚动更新服务版本) */
export interface OpenCloudbaseRunRollUpdateVersionResult {
  /** Result, succ on success (from the official sample) */
  result?: string;
  /** Run id (from the official sample) */
  run_id?: string;
}

/** Params of `cloudbase.staticStore.create`: Open static website hosting for an environment (开通静态网站) */
export interface OpenCloudbaseStaticStoreCreateParams {
  /** Environment ID */
  env: string;
}

/** Result of `cloudbase.staticStore.create`: Open static website hosting for an environment (开通静态网站) */
export type OpenCloudbaseStaticStoreCreateResult = Record<string, unknown>;

/** Params of `cloudbase.staticStore.describe`: Get the static website's status (查看静态网站状态) */
export interface OpenCloudbaseStaticStoreDescribeParams {
  /** Environment ID */
  env: string;
}

/** Result of `cloudbase.staticStore.describe`: Get the static website's status (查看静态网站状态) */
export interface OpenCloudbaseStaticStoreDescribeResult {
  /** Static websites (数据; the official sample spells the key `Data`) */
  data?: Array<S.OpenStaticStoreInfo>;
  /** Static websites, as the official sample spells the key (the table says `data`) */
  Data?: Array<S.OpenStaticStoreInfo>;
}

/** Params of `cloudbase.staticStore.getUploadLink`: Get an upload link for a static website file (获取上传静态网站文件链接) */
export interface OpenCloudbaseStaticStoreGetUploadLinkParams {
  /** Environment ID */
  env: string;
  /** Path of the file to upload (上传文件路径) */
  filename: string;
}

/** Result of `cloudbase.staticStore.getUploadLink`: Get an upload link for a static website file (获取上传静态网站文件链接) */
export interface OpenCloudbaseStaticStoreGetUploadLinkResult {
  /** Upload link: PUT the file's content to it with the x-cos-security-token header */
  signed_url?: string;
  /** Value of the x-cos-security-token header */
  token?: string;
}

/** Params of `cloudbase.staticStore.listFiles`: List the static website's files (获取静态网站文件列表) */
export interface OpenCloudbaseStaticStoreListFilesParams {
  /** Environment ID */
  env: string;
  /** Only list files whose path starts with this prefix (前缀匹配) */
  prefix?: string;
  /** Delimiter: paths between prefix and delimiter are grouped as a Common Prefix (定界符) */
  delimiter?: string;
  /** List entries (in UTF-8 binary order) starting from this marker */
  marker?: string;
}

/** Result of `cloudbase.staticStore.listFiles`: List the static website's files (获取静态网站文件列表) */
export interface OpenCloudbaseStaticStoreListFilesResult {
  /** Files (from public copies of the page; see the source note) */
  contents?: Array<{
    /** File name */
    key?: string;
    /** Last modification time */
    last_modified?: string;
    /** MD5 of the file */
    md5?: string;
    /** File size */
    size?: string;
  }>;
  /** Whether the list was truncated (from public copies of the page; see the source note) */
  is_truncated?: boolean;
}
