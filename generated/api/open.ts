// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../../src/http/types.js';
import type * as T_open_ams from '../types/open/ams.js';
import type * as T_open_cloudbase from '../types/open/cloudbase.js';
import type * as T_open_component from '../types/open/component.js';
import type * as T_open_oauth from '../types/open/oauth.js';
import type * as T_open_privacy from '../types/open/privacy.js';
import type * as T_open_serviceMarket from '../types/open/serviceMarket.js';
import type * as T_open_weData from '../types/open/weData.js';
/** Every described endpoint the OpenPlatform client can call, as `client.api.<area>.<method>(params)`. */
export interface OpenPlatformApi {
  ams: {
    /**
     * Get the custom ad revenue share ratio set for a Mini Program (查询自定义分账比例 GetCustomShareRatio)
     * 
     * `POST /wxa/getdefaultamsinfo?action=agency_get_custom_share_ratio` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ams/percentage/api_getcustomshareratio
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCustomShareRatio(params: T_open_ams.OpenAmsGetCustomShareRatioParams, options?: CallOptions): Promise<T_open_ams.OpenAmsGetCustomShareRatioResult>;
    /**
     * Get the effective ad revenue share ratio (查询分账比例 GetShareRatio)
     * 
     * `POST /wxa/getdefaultamsinfo?action=get_share_ratio` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ams/percentage/api_getshareratio.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getShareRatio(params: T_open_ams.OpenAmsGetShareRatioParams, options?: CallOptions): Promise<T_open_ams.OpenAmsGetShareRatioResult>;
    /**
     * Set a custom ad revenue share ratio for one Mini Program (设置自定义分账比例 SetCustomShareRatio)
     * 
     * `POST /wxa/setdefaultamsinfo?action=agency_set_custom_share_ratio` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ams/percentage/api_setcustomshareratio
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setCustomShareRatio(params: T_open_ams.OpenAmsSetCustomShareRatioParams, options?: CallOptions): Promise<T_open_ams.OpenAmsSetCustomShareRatioResult>;
    /**
     * Set the default ad revenue share ratio for all Mini Programs (设置默认分账比例 SetShareRatio)
     * 
     * `POST /wxa/setdefaultamsinfo?action=set_share_ratio` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/ams/percentage/SetShareRatio.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setShareRatio(params: T_open_ams.OpenAmsSetShareRatioParams, options?: CallOptions): Promise<T_open_ams.OpenAmsSetShareRatioResult>;
  };
  cloudbase: {
    /**
     * Batch-query the environment ids shared with Mini Programs (批量查询小程序被共享的环境id / 查询环境共享信息)
     * 
     * `POST /componenttcb/batchgetenvid` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/batchgetenvid.html
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudrun-batch/cloudenv-mgnt/api_getsharecloudbaseenv
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchGetEnvId(params: T_open_cloudbase.OpenCloudbaseBatchGetEnvIdParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseBatchGetEnvIdResult>;
    /**
     * Share environments with Mini Programs (环境共享)
     * 
     * `POST /componenttcb/batchshareenv` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/env-mgnt/api_sharecloudbaseenv.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/batchshareenv.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchShareEnv(params: T_open_cloudbase.OpenCloudbaseBatchShareEnvParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseBatchShareEnvResult>;
    containerService: {
      /**
       * Create cloud run versions in several environments (批量新建云托管版本)
       * 
       * `POST /componenttcb/batchcreatecsversion` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/batchcreatecsversion.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchCreateVersion(params: T_open_cloudbase.OpenCloudbaseContainerServiceBatchCreateVersionParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseContainerServiceBatchCreateVersionResult>;
      /**
       * Delete cloud run versions in batch (批量删除云托管版本)
       * 
       * `POST /componenttcb/batchdelcsversion` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/batchDelCSVersion.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchDeleteVersion(params: T_open_cloudbase.OpenCloudbaseContainerServiceBatchDeleteVersionParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseContainerServiceBatchDeleteVersionResult>;
      /**
       * Create a cloud run service (新建云托管服务)
       * 
       * `POST /componenttcb/createcontainerservice` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/createcontainerservice.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      create(params: T_open_cloudbase.OpenCloudbaseContainerServiceCreateParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseContainerServiceCreateResult>;
      /**
       * Create a cloud run service version (新建云托管服务版本)
       * 
       * `POST /componenttcb/createcsversion` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/createcsversion.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      createVersion(params: T_open_cloudbase.OpenCloudbaseContainerServiceCreateVersionParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseContainerServiceCreateVersionResult>;
      /**
       * Delete a cloud run version (删除云托管版本)
       * 
       * `POST /componenttcb/delcsversion` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/delcsversion.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      deleteVersion(params: T_open_cloudbase.OpenCloudbaseContainerServiceDeleteVersionParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseContainerServiceDeleteVersionResult>;
      /**
       * List the cloud run services (查看云托管服务列表)
       * 
       * `POST /componenttcb/getcslist` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/getcslist.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      list(params: T_open_cloudbase.OpenCloudbaseContainerServiceListParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseContainerServiceListResult>;
      /**
       * List the versions of a cloud run service (查看云托管版本列表)
       * 
       * `POST /componenttcb/getcsversionlist` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/getcsversionlist.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      listVersions(params: T_open_cloudbase.OpenCloudbaseContainerServiceListVersionsParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseContainerServiceListVersionsResult>;
      /**
       * Configure a cloud run version (配置云托管版本)
       * 
       * `POST /componenttcb/setcsversionconfig` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/setcsversionconfig.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      setVersionConfig(params: T_open_cloudbase.OpenCloudbaseContainerServiceSetVersionConfigParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseContainerServiceSetVersionConfigResult>;
    };
    /**
     * Create a cloud environment (创建环境)
     * 
     * `POST /componenttcb/createenv` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/env-mgnt/api_createtcbenv.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/createenv.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createEnv(params: T_open_cloudbase.OpenCloudbaseCreateEnvParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseCreateEnvResult>;
    db: {
      /**
       * Create a collection (数据库增加集合)
       * 
       * `POST /componenttcb/dbcollection?action=add` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/db-management/api_dbcollectionmanage
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/dbCollectionAdd.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      addCollection(params: T_open_cloudbase.OpenCloudbaseDbAddCollectionParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbAddCollectionResult>;
      /**
       * Run an aggregation on the cloud database (数据库聚合)
       * 
       * `POST /componenttcb/dbaggregate` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/db-mgnt/api_dbaggregate.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      aggregate(params: T_open_cloudbase.OpenCloudbaseDbAggregateParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbAggregateResult>;
      /**
       * Create indexes on a collection (数据库创建索引)
       * 
       * `POST /componenttcb/dbindex?action=create` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/db-mgnt/api_dbindexmanage
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/dbIndexCreate.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      createIndex(params: T_open_cloudbase.OpenCloudbaseDbCreateIndexParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbCreateIndexResult>;
      /**
       * Delete a collection (数据库集合管理)
       * 
       * `POST /componenttcb/dbcollection?action=del` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/db-management/api_dbcollectionmanage
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      deleteCollection(params: T_open_cloudbase.OpenCloudbaseDbDeleteCollectionParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbDeleteCollectionResult>;
      /**
       * Delete indexes of a collection (数据库删除索引)
       * 
       * `POST /componenttcb/dbindex?action=delete` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/db-mgnt/api_dbindexmanage
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/dbIndexDelete.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      deleteIndex(params: T_open_cloudbase.OpenCloudbaseDbDeleteIndexParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbDeleteIndexResult>;
      /**
       * Delete records from a collection (数据库删除记录)
       * 
       * `POST /componenttcb/dbrecord?action=delete` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/db-mgnt/api_dbrecordmanage
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/dbRecordDelete.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      deleteRecords(params: T_open_cloudbase.OpenCloudbaseDbDeleteRecordsParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbDeleteRecordsResult>;
      /**
       * Export a collection to a file in cloud storage (数据库导出)
       * 
       * `POST /componenttcb/dbexport` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/db-mgnt/api_dbexport.html
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/dbexport.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      export(params: T_open_cloudbase.OpenCloudbaseDbExportParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbExportResult>;
      /**
       * Get a collection's access permission (获取数据库操作权限)
       * 
       * `POST /componenttcb/dbgetacl` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/db-mgnt/api_getpermission
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/dbGetACL.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getAcl(params: T_open_cloudbase.OpenCloudbaseDbGetAclParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbGetAclResult>;
      /**
       * List the collections of an environment (数据库查询集合)
       * 
       * `POST /componenttcb/dbcollection?action=get` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/db-management/api_dbcollectionmanage
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/dbCollectionGet.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getCollections(params: T_open_cloudbase.OpenCloudbaseDbGetCollectionsParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbGetCollectionsResult>;
      /**
       * Query the status of a database import or export job (数据库状态查询)
       * 
       * `POST /componenttcb/dbmigrationstate` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/db-mgnt/api_getmigrationstate.html
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/dbmigrationstate.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getMigrationState(params: T_open_cloudbase.OpenCloudbaseDbGetMigrationStateParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbGetMigrationStateResult>;
      /**
       * Import a file from cloud storage into a collection (数据库导入)
       * 
       * `POST /componenttcb/dbimport` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/db-mgnt/api_dbimport
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/dbimport.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      import(params: T_open_cloudbase.OpenCloudbaseDbImportParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbImportResult>;
      /**
       * Insert records into a collection (数据库插入记录)
       * 
       * `POST /componenttcb/dbrecord?action=insert` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/db-mgnt/api_dbrecordmanage
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/dbRecordInsert.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      insertRecords(params: T_open_cloudbase.OpenCloudbaseDbInsertRecordsParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbInsertRecordsResult>;
      /**
       * Set a collection's access permission (修改数据库操作权限)
       * 
       * `POST /componenttcb/dbmodifyacl` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/cloudbase-batch/db-mgnt/setPermission.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      modifyAcl(params: T_open_cloudbase.OpenCloudbaseDbModifyAclParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbModifyAclResult>;
      /**
       * Query records of a collection (数据库查询记录)
       * 
       * `POST /componenttcb/dbrecord?action=query` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/db-mgnt/api_dbrecordmanage
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      queryRecords(params: T_open_cloudbase.OpenCloudbaseDbQueryRecordsParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbQueryRecordsResult>;
      /**
       * Update records of a collection (数据库更新记录)
       * 
       * `POST /componenttcb/dbrecord?action=update` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/db-mgnt/api_dbrecordmanage
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      updateRecords(params: T_open_cloudbase.OpenCloudbaseDbUpdateRecordsParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDbUpdateRecordsResult>;
    };
    /**
     * Get the platform's environments (获取环境信息)
     * 
     * `POST /componenttcb/describeenvs` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/env-mgnt/api_gettcbenvlist
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/describeenvs.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    describeEnvs(params?: T_open_cloudbase.OpenCloudbaseDescribeEnvsParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseDescribeEnvsResult>;
    file: {
      /**
       * Delete files from cloud storage (删除文件)
       * 
       * `POST /componenttcb/batchdeletefile` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/file-mgnt/api_deletetcbfile
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/batchdeletefile.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchDelete(params: T_open_cloudbase.OpenCloudbaseFileBatchDeleteParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseFileBatchDeleteResult>;
      /**
       * Get download links for files in cloud storage (获取下载文件链接)
       * 
       * `POST /componenttcb/batchdownloadfile` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/file-mgnt/api_getdownloadfilelink
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchDownload(params: T_open_cloudbase.OpenCloudbaseFileBatchDownloadParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseFileBatchDownloadResult>;
      /**
       * Get an upload link for a file in cloud storage (获取上传文件链接)
       * 
       * `POST /componenttcb/uploadfile` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/file-mgnt/api_getuploadfilelink.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getUploadLink(params: T_open_cloudbase.OpenCloudbaseFileGetUploadLinkParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseFileGetUploadLinkResult>;
      /**
       * List the files in cloud storage (获取文件列表)
       * 
       * `POST /componenttcb/getbucket` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/file-mgnt/api_gettcbfile.html
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/getbucket.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      list(params: T_open_cloudbase.OpenCloudbaseFileListParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseFileListResult>;
    };
    functions: {
      /**
       * Create a cloud function in several environments (创建云函数)
       * 
       * `POST /componenttcb/batchuploadscf` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/scf-mgnt/api_batchuuloadcloudfunction.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchCreate(params: T_open_cloudbase.OpenCloudbaseFunctionsBatchCreateParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseFunctionsBatchCreateResult>;
      /**
       * Update a cloud function's code in several environments (更新云函数代码)
       * 
       * `POST /componenttcb/batchuploadscfcode` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/scf-mgnt/api_uploadcloudfunctioncode.html
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/batchUploadSCFCode.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchUpdateCode(params: T_open_cloudbase.OpenCloudbaseFunctionsBatchUpdateCodeParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseFunctionsBatchUpdateCodeResult>;
      /**
       * Update a cloud function's triggers in several environments (批量更新触发器)
       * 
       * `POST /componenttcb/batchupdatetriggers` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/batchupdatetriggers.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchUpdateTriggers(params: T_open_cloudbase.OpenCloudbaseFunctionsBatchUpdateTriggersParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseFunctionsBatchUpdateTriggersResult>;
      /**
       * Delete a cloud function (删除云函数)
       * 
       * `POST /componenttcb/deletescf` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/scf-mgnt/api_deletecloudfunction.html
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/deletescf.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      delete(params: T_open_cloudbase.OpenCloudbaseFunctionsDeleteParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseFunctionsDeleteResult>;
      /**
       * Get a cloud function's triggers (获取触发器)
       * 
       * `POST /componenttcb/gettriggers` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/getTriggers.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getTriggers(params: T_open_cloudbase.OpenCloudbaseFunctionsGetTriggersParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseFunctionsGetTriggersResult>;
      /**
       * List the cloud functions of an environment (获取云函数)
       * 
       * `POST /componenttcb/getscflist` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/scf-mgnt/api_getcloudfunctionlist.html
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/getscflist.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      list(params: T_open_cloudbase.OpenCloudbaseFunctionsListParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseFunctionsListResult>;
      /**
       * Update a cloud function's configuration (更新云函数配置)
       * 
       * `POST /componenttcb/updatescfconfig` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/scf-mgnt/api_uploadcloudfunctionconfig
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/updatescfconfig.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      updateConfig(params: T_open_cloudbase.OpenCloudbaseFunctionsUpdateConfigParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseFunctionsUpdateConfigResult>;
    };
    run: {
      /**
       * Create a WeChat cloud run environment (创建云托管环境 / 创建微信云托管环境)
       * 
       * `POST /componenttcb/createcloudbaserunenv` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/CreateWxCloudBaseRunEnv.html
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudrun-batch/cloudenv-mgnt/api_createcloudbaseenv
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      createEnv(params?: T_open_cloudbase.OpenCloudbaseRunCreateEnvParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseRunCreateEnvResult>;
      /**
       * Create a cloud app service (创建云应用服务)
       * 
       * `POST /componenttcb/establishcloudbaserunserver` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/EstablishCloudBaseRunServer.html
       * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/cloudrun-batch/service-mgnt/createCloudbaseService.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      createService(params: T_open_cloudbase.OpenCloudbaseRunCreateServiceParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseRunCreateServiceResult>;
      /**
       * Create a service version (createCloudbaseServiceVersion)
       * 
       * `POST /componenttcb/createcloudbaserunserverversion` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudrun-batch/service-mgnt/createCloudbaseServiceVersion.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      createVersion(params: T_open_cloudbase.OpenCloudbaseRunCreateVersionParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseRunCreateVersionResult>;
      /**
       * Delete a service version (删除服务版本)
       * 
       * `POST /componenttcb/deletecloudbaserunserverversion` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/DeleteCloudBaseRunServerVersion.html
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudrun-batch/service-mgnt/deleteCloudbaseServiceVersion.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      deleteVersion(params: T_open_cloudbase.OpenCloudbaseRunDeleteVersionParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseRunDeleteVersionResult>;
      /**
       * Get the WeChat cloud run environments (获取环境信息 / 查询微信云托管环境信息)
       * 
       * `POST /componenttcb/describecloudbaserunenvs` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/DescribeWxCloudBaseRunEnvs.html
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudrun-batch/cloudenv-mgnt/api_getwxcloudbaserunenvs
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getEnvs(params?: T_open_cloudbase.OpenCloudbaseRunGetEnvsParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseRunGetEnvsResult>;
      /**
       * Enable microservices for a cloud run environment (开通微服务 createCloudbaseMicrservice)
       * 
       * `POST /componenttcb/createcloudbaserunresauth` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudrun-batch/service-mgnt/createCloudbaseMicrservice.html
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/CreateCloudBaseRunResAuth.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      openMicroservice(params: T_open_cloudbase.OpenCloudbaseRunOpenMicroserviceParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseRunOpenMicroserviceResult>;
      /**
       * Release a service version to all traffic (releaseCloudbaseServiceVersion)
       * 
       * `POST /componenttcb/releasecloudbaserunversion` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudrun-batch/service-mgnt/releaseCloudbaseServiceVersion.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      releaseVersion(params: T_open_cloudbase.OpenCloudbaseRunReleaseVersionParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseRunReleaseVersionResult>;
      /**
       * Rolling-update a service version (滚动更新服务版本)
       * 
       * `POST /componenttcb/rollupdatecloudbaserunserverversion` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/RollUpdateCloudBaseRunServerVersion.html
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudrun-batch/service-mgnt/updateCloudbaseServiceVersion.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      rollUpdateVersion(params: T_open_cloudbase.OpenCloudbaseRunRollUpdateVersionParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseRunRollUpdateVersionResult>;
    };
    staticStore: {
      /**
       * Open static website hosting for an environment (开通静态网站)
       * 
       * `POST /componenttcb/createstaticstore` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/cloudbase-batch/staticstore-management/createStaticStore.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      create(params: T_open_cloudbase.OpenCloudbaseStaticStoreCreateParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseStaticStoreCreateResult>;
      /**
       * Get the static website's status (查看静态网站状态)
       * 
       * `POST /componenttcb/describestaticstore` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/staticstore-management/api_getstaticstore
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/DescribeStaticStore.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      describe(params: T_open_cloudbase.OpenCloudbaseStaticStoreDescribeParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseStaticStoreDescribeResult>;
      /**
       * Get an upload link for a static website file (获取上传静态网站文件链接)
       * 
       * `POST /componenttcb/staticuploadfile` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/staticstore-management/api_getuploadstaticstorefile.html
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/staticUploadFile.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getUploadLink(params: T_open_cloudbase.OpenCloudbaseStaticStoreGetUploadLinkParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseStaticStoreGetUploadLinkResult>;
      /**
       * List the static website's files (获取静态网站文件列表)
       * 
       * `POST /componenttcb/staticfilelist` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/staticstore-management/api_getstaticstorefile.md
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      listFiles(params: T_open_cloudbase.OpenCloudbaseStaticStoreListFilesParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseStaticStoreListFilesResult>;
    };
  };
  component: {
    /**
     * Reset API call quotas with the platform's AppSecret (使用AppSecret重置第三方平台API调用次数 clearComponentQuotaByAppSecret)
     * 
     * `POST /cgi-bin/component/clear_quota/v2` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/openapi/api_componentclearquota_v2.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    clearQuotaByAppSecret(params?: T_open_component.OpenComponentClearQuotaByAppSecretParams, options?: CallOptions): Promise<T_open_component.OpenComponentClearQuotaByAppSecretResult>;
    /**
     * Log in a user of an authorized Mini Program on its behalf (小程序登录 thirdpartyCode2Session)
     * 
     * `GET /sns/component/jscode2session` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/login/api_thirdpartycode2session.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    code2Session(params: T_open_component.OpenComponentCode2SessionParams, options?: CallOptions): Promise<T_open_component.OpenComponentCode2SessionResult>;
    /**
     * Create a pre-authorization code for the authorization page (获取预授权码 getPreAuthCode)
     * 
     * `POST /cgi-bin/component/api_create_preauthcode` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_getpreauthcode.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createPreAuthCode(params?: T_open_component.OpenComponentCreatePreAuthCodeParams, options?: CallOptions): Promise<T_open_component.OpenComponentCreatePreAuthCodeResult>;
    fastRegister: {
      /**
       * Register a company Mini Program quickly, verified by the legal representative's face (快速注册企业小程序 registerMiniprogram)
       * 
       * `POST /cgi-bin/component/fastregisterweapp?action=create` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/register-management/fast-registration-ent/api_registerminiprogram.html
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Register_Mini_Programs/Fast_Registration_Interface_document.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      create(params: T_open_component.OpenComponentFastRegisterCreateParams, options?: CallOptions): Promise<T_open_component.OpenComponentFastRegisterCreateResult>;
      /**
       * Create a trial Mini Program for a WeChat user (注册试用小程序 registerBetaMiniprogram)
       * 
       * `POST /wxa/component/fastregisterbetaweapp` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/register-management/fast-regist-beta/api_registerbetaminiprogram.html
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/beta_Mini_Programs/fastregister.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      createBeta(params: T_open_component.OpenComponentFastRegisterCreateBetaParams, options?: CallOptions): Promise<T_open_component.OpenComponentFastRegisterCreateBetaResult>;
      /**
       * Register a personal Mini Program quickly, verified by the user's face (快速注册个人小程序 fastRegisterPersonalMp)
       * 
       * `POST /wxa/component/fastregisterpersonalweapp?action=create` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/register-management/fast-registration-ind/api_fastregisterpersonalmp.html
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/product/Register_Mini_Programs/fastregisterpersonalmp
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      createPersonal(params: T_open_component.OpenComponentFastRegisterCreatePersonalParams, options?: CallOptions): Promise<T_open_component.OpenComponentFastRegisterCreatePersonalResult>;
      /**
       * Query a personal Mini Program registration task (快速注册个人小程序 - 查询创建任务状态)
       * 
       * `POST /wxa/component/fastregisterpersonalweapp?action=query` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/register-management/fast-registration-ind/api_fastregisterpersonalmp.html
       * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/register-management/fast-registration-ind/fastRegisterPersonalMp.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      queryPersonal(params: T_open_component.OpenComponentFastRegisterQueryPersonalParams, options?: CallOptions): Promise<T_open_component.OpenComponentFastRegisterQueryPersonalResult>;
      /**
       * Query a company Mini Program registration task (快速注册企业小程序 - 查询创建任务状态)
       * 
       * `POST /cgi-bin/component/fastregisterweapp?action=search` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/register-management/fast-registration-ent/registerMiniprogram.html
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Register_Mini_Programs/Fast_Registration_Interface_document.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      search(params?: T_open_component.OpenComponentFastRegisterSearchParams, options?: CallOptions): Promise<T_open_component.OpenComponentFastRegisterSearchResult>;
    };
    /**
     * Get an authorized account's profile and granted permissions (获取授权账号详情 getAuthorizerInfo)
     * 
     * `POST /cgi-bin/component/api_get_authorizer_info` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/authorization-management/api_getauthorizerinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthorizerInfo(params: T_open_component.OpenComponentGetAuthorizerInfoParams, options?: CallOptions): Promise<T_open_component.OpenComponentGetAuthorizerInfoResult>;
    /**
     * List the accounts authorized to the platform (拉取已授权的账号信息 getAuthorizerList)
     * 
     * `POST /cgi-bin/component/api_get_authorizer_list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/authorization-management/api_getauthorizerlist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthorizerList(params: T_open_component.OpenComponentGetAuthorizerListParams, options?: CallOptions): Promise<T_open_component.OpenComponentGetAuthorizerListResult>;
    /**
     * Get an authorizer's option setting (获取授权方选项信息)
     * 
     * `POST /cgi-bin/component/api_get_authorizer_option` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/ThirdParty/Account_Authorization/api_get_authorizer_option.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthorizerOption(params: T_open_component.OpenComponentGetAuthorizerOptionParams, options?: CallOptions): Promise<T_open_component.OpenComponentGetAuthorizerOptionResult>;
    /**
     * Get or refresh an authorizer's access token (获取授权账号调用令牌 getAuthorizerAccessToken)
     * 
     * `POST /cgi-bin/component/api_authorizer_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_getauthorizeraccesstoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthorizerToken(params: T_open_component.OpenComponentGetAuthorizerTokenParams, options?: CallOptions): Promise<T_open_component.OpenComponentGetAuthorizerTokenResult>;
    /**
     * Get the verification file for the platform's business domains (获取第三方平台业务域名校验文件 getThirdpartyJumpDomainConfirmFile)
     * 
     * `POST /cgi-bin/component/get_domain_confirmfile` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/thirdparty-management/domain-mgnt/api_getthirdpartyjumpdomainconfirmfile
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/ThirdParty/domain/get_domain_confirmfile
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getJumpDomainConfirmFile(params?: T_open_component.OpenComponentGetJumpDomainConfirmFileParams, options?: CallOptions): Promise<T_open_component.OpenComponentGetJumpDomainConfirmFileResult>;
    /**
     * Get the platform's component_access_token (获取令牌 getComponentAccessToken)
     * 
     * `POST /cgi-bin/component/api_component_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_getcomponentaccesstoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getToken(params: T_open_component.OpenComponentGetTokenParams, options?: CallOptions): Promise<T_open_component.OpenComponentGetTokenResult>;
    /**
     * Set the platform's Mini Program business domains (设置第三方平台业务域名 modifyThirdpartyJumpDomain)
     * 
     * `POST /cgi-bin/component/modify_wxa_jump_domain` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/thirdparty-management/domain-mgnt/api_modifythirdpartyjumpdomain
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/ThirdParty/domain/modify_jump_domain.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    modifyJumpDomain(params: T_open_component.OpenComponentModifyJumpDomainParams, options?: CallOptions): Promise<T_open_component.OpenComponentModifyJumpDomainResult>;
    /**
     * Set the platform's Mini Program server domains (设置第三方平台服务器域名 modifyThirdpartyServerDomain)
     * 
     * `POST /cgi-bin/component/modify_wxa_server_domain` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/thirdparty-management/domain-mgnt/api_modifythirdpartyserverdomain
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/ThirdParty/domain/modify_server_domain.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    modifyServerDomain(params: T_open_component.OpenComponentModifyServerDomainParams, options?: CallOptions): Promise<T_open_component.OpenComponentModifyServerDomainResult>;
    /**
     * Exchange an authorization code for the authorizer's tokens and permissions (获取刷新令牌 getAuthorizerRefreshToken)
     * 
     * `POST /cgi-bin/component/api_query_auth` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_getauthorizerrefreshtoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryAuth(params: T_open_component.OpenComponentQueryAuthParams, options?: CallOptions): Promise<T_open_component.OpenComponentQueryAuthResult>;
    /**
     * Set an authorizer's option (设置授权方选项信息 setAuthorizerOption)
     * 
     * `POST /cgi-bin/component/api_set_authorizer_option` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/authorization-management/setAuthorizerOption.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setAuthorizerOption(params: T_open_component.OpenComponentSetAuthorizerOptionParams, options?: CallOptions): Promise<T_open_component.OpenComponentSetAuthorizerOptionResult>;
    /**
     * Start the component_verify_ticket push service (启动票据推送服务 startPushTicket)
     * 
     * `POST /cgi-bin/component/api_start_push_ticket` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_startpushticket.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    startPushTicket(params: T_open_component.OpenComponentStartPushTicketParams, options?: CallOptions): Promise<T_open_component.OpenComponentStartPushTicketResult>;
    template: {
      /**
       * Add a draft to the code template library (将草稿添加到模板库 addToTemplate)
       * 
       * `POST /wxa/addtotemplate` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/thirdparty-management/template-management/api_addtotemplate
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/ThirdParty/code_template/addtotemplate.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      add(params: T_open_component.OpenComponentTemplateAddParams, options?: CallOptions): Promise<T_open_component.OpenComponentTemplateAddResult>;
      /**
       * Delete a template from the code template library (删除代码模板 deleteTemplate)
       * 
       * `POST /wxa/deletetemplate` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/thirdparty-management/template-management/api_deletetemplate
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/ThirdParty/code_template/deletetemplate.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      delete(params: T_open_component.OpenComponentTemplateDeleteParams, options?: CallOptions): Promise<T_open_component.OpenComponentTemplateDeleteResult>;
      /**
       * List the templates in the code template library (获取模板列表 getTemplateList)
       * 
       * `GET /wxa/gettemplatelist` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/ThirdParty/code_template/gettemplatelist.html
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/thirdparty-management/template-management/api_gettemplatelist
       * @see https://developers.weixin.qq.com/doc/oplatform/en/Third-party_Platforms/Mini_Programs/code_template/gettemplatelist.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      list(params?: T_open_component.OpenComponentTemplateListParams, options?: CallOptions): Promise<T_open_component.OpenComponentTemplateListResult>;
      /**
       * List the drafts in the platform's draft box (获取草稿箱列表 getTemplatedRaftList)
       * 
       * `GET /wxa/gettemplatedraftlist` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/oplatform/openApi/thirdparty-management/template-management/api_gettemplatedraftlist
       * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/ThirdParty/code_template/gettemplatedraftlist.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      listDrafts(params?: T_open_component.OpenComponentTemplateListDraftsParams, options?: CallOptions): Promise<T_open_component.OpenComponentTemplateListDraftsResult>;
    };
  };
  oauth: {
    /**
     * Exchange a web-authorization code for a user access token on behalf of an Official Account (通过 code 换取 access_token)
     * 
     * `GET /sns/oauth2/component/access_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Official_Accounts/official_account_website_authorization.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAccessToken(params: T_open_oauth.OpenOauthGetAccessTokenParams, options?: CallOptions): Promise<T_open_oauth.OpenOauthGetAccessTokenResult>;
    /**
     * Refresh a user's web-authorization access token on behalf of an Official Account (刷新 access_token)
     * 
     * `GET /sns/oauth2/component/refresh_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Official_Accounts/official_account_website_authorization.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    refreshAccessToken(params: T_open_oauth.OpenOauthRefreshAccessTokenParams, options?: CallOptions): Promise<T_open_oauth.OpenOauthRefreshAccessTokenResult>;
  };
  privacy: {
    /**
     * Apply to set the order page path of several authorized Mini Programs (申请设置订单页path信息 applySetOrderPathInfo)
     * 
     * `POST /wxa/security/applysetorderpathinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_applysetorderpathinfo.html
     * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/miniprogram-management/basic-info-management/applySetOrderPathInfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    applySetOrderPathInfo(params: T_open_privacy.OpenPrivacyApplySetOrderPathInfoParams, options?: CallOptions): Promise<T_open_privacy.OpenPrivacyApplySetOrderPathInfoResult>;
  };
  serviceMarket: {
    /**
     * Get a user's paid service-market orders (获取用户已支付订单列表 get_paid_order_list)
     * 
     * `POST /wxa/servicemarket/get_paid_order_list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/partner/service_market/interface/value_added/servicemarket_get_paid_order_list
     * @see https://developers.weixin.qq.com/doc/oplatform/partner/service_market/interface/value_added/servicemarket_get_paid_order_list.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPaidOrderList(params: T_open_serviceMarket.OpenServiceMarketGetPaidOrderListParams, options?: CallOptions): Promise<T_open_serviceMarket.OpenServiceMarketGetPaidOrderListResult>;
    /**
     * Get a service user's validity periods (获取服务用户有效期 get_service_buyer)
     * 
     * `POST /wxa/servicemarket/service/get_service_buyer` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/partner/service_market/interface/value_added/servicemarket_get_service_buyer
     * @see https://developers.weixin.qq.com/doc/oplatform/service_market/interface/value_added/servicemarket_get_service_buyer.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getServiceBuyer(params: T_open_serviceMarket.OpenServiceMarketGetServiceBuyerParams, options?: CallOptions): Promise<T_open_serviceMarket.OpenServiceMarketGetServiceBuyerResult>;
    /**
     * List the service users and their validity periods (获取服务用户有效期列表 get_service_buyer_list)
     * 
     * `POST /wxa/servicemarket/service/get_service_buyer_list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/partner/service_market/interface/value_added/servicemarket_get_service_buyer_list
     * @see https://developers.weixin.qq.com/doc/oplatform/partner/service_market/interface/value_added/servicemarket_get_service_buyer_list.html
     * @see https://developers.weixin.qq.com/doc/oplatform/service_market/interface/value_added/servicemarket_get_service_buyer_list.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getServiceBuyerList(params: T_open_serviceMarket.OpenServiceMarketGetServiceBuyerListParams, options?: CallOptions): Promise<T_open_serviceMarket.OpenServiceMarketGetServiceBuyerListResult>;
  };
  weData: {
    /**
     * Get the platform's WeData login configuration (查询登陆配置 weDataGetLoginConfig)
     * 
     * `POST /wedata/wedata_get_login_config` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/we-analysis/api_wedatagetloginconfig
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getLoginConfig(params?: T_open_weData.OpenWeDataGetLoginConfigParams, options?: CallOptions): Promise<T_open_weData.OpenWeDataGetLoginConfigResult>;
    /**
     * Set the platform's WeData login configuration (设置登录配置 weDataSetLoginConfig)
     * 
     * `POST /wedata/wedata_set_login_config` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/we-analysis/api_wedatasetloginconfig
     * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/miniprogram-management/we-analysis/weDataSetLoginConfig.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setLoginConfig(params: T_open_weData.OpenWeDataSetLoginConfigParams, options?: CallOptions): Promise<T_open_weData.OpenWeDataSetLoginConfigResult>;
  };
}
