// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `miniprogram/cloudbase`, by id: row and schemas. */
export const endpoints = {
  "cloudbase.addDelayedFunctionTask": {
    "operationId": "miniprogram.cloudbase.addDelayedFunctionTask", "id": "cloudbase.addDelayedFunctionTask", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/adddelayedfunctiontask", "token": "access_token",
    params: z.object({
      env: z.string(),
      function_name: z.string(),
      data: z.string(),
      delay_time: z.int().check(z.gte(6), z.lte(2592000)),
    }),
    result: z.looseObject({})
  },
  "cloudbase.batchDeleteFile": {
    "operationId": "miniprogram.cloudbase.batchDeleteFile", "id": "cloudbase.batchDeleteFile", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/batchdeletefile", "token": "access_token",
    params: z.object({
      env: z.string(),
      fileid_list: z.array(z.string()),
    }),
    result: z.looseObject({
      delete_list: z.optional(z.array(z.looseObject({
        fileid: z.optional(z.string()),
        status: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.batchDownloadFile": {
    "operationId": "miniprogram.cloudbase.batchDownloadFile", "id": "cloudbase.batchDownloadFile", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/batchdownloadfile", "token": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      file_list: z.array(z.object({
        fileid: z.string(),
        max_age: z.int(),
      })),
    }),
    result: z.looseObject({
      file_list: z.optional(z.array(z.looseObject({
        fileid: z.optional(z.string()),
        download_url: z.optional(z.string()),
        status: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.checkMobile": {
    "operationId": "miniprogram.cloudbase.checkMobile", "id": "cloudbase.checkMobile", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/checkmobile", "token": "access_token",
    params: z.object({
      push_tmpl: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      has_mobile: z.optional(z.boolean()),
    })
  },
  "cloudbase.createCloudUser": {
    "operationId": "miniprogram.cloudbase.createCloudUser", "id": "cloudbase.createCloudUser", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/createclouduser", "token": "access_token",
    params: z.object({}),
    result: z.looseObject({})
  },
  "cloudbase.createEnvAndResource": {
    "operationId": "miniprogram.cloudbase.createEnvAndResource", "id": "cloudbase.createEnvAndResource", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/createenvandresource", "token": "access_token",
    params: z.object({
      type: z.enum(["CreatePostpayPackage"]),
      alias: z.string(),
    }),
    result: z.looseObject({
      envid: z.optional(z.string()),
    })
  },
  "cloudbase.createFunction": {
    "operationId": "miniprogram.cloudbase.createFunction", "id": "cloudbase.createFunction", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/createfunction", "token": "access_token",
    params: z.object({
      env: z.string(),
      function_name: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.createPressureTestTask": {
    "operationId": "miniprogram.cloudbase.createPressureTestTask", "id": "cloudbase.createPressureTestTask", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/createpressuretesttask", "token": "access_token",
    params: z.object({
      task_url: z.string(),
      run_count: z.int(),
      run_time: z.int(),
      source_type: z.int(),
    }),
    result: z.looseObject({
      pressure_id: z.optional(z.int()),
    })
  },
  "cloudbase.createSendSmsTask": {
    "operationId": "miniprogram.cloudbase.createSendSmsTask", "id": "cloudbase.createSendSmsTask", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/createsendsmstask", "token": "access_token",
    params: z.object({
      env: z.string(),
      file_url: z.string(),
      template_id: z.optional(z.string()),
      use_short_name: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      query_id: z.optional(z.string()),
    })
  },
  "cloudbase.databaseAdd": {
    "operationId": "miniprogram.cloudbase.databaseAdd", "id": "cloudbase.databaseAdd", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/databaseadd", "token": "access_token",
    params: z.object({
      env: z.string(),
      query: z.string(),
    }),
    result: z.looseObject({
      id_list: z.optional(z.array(z.string())),
    })
  },
  "cloudbase.databaseAggregate": {
    "operationId": "miniprogram.cloudbase.databaseAggregate", "id": "cloudbase.databaseAggregate", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/databaseaggregate", "token": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      query: z.string(),
    }),
    result: z.looseObject({
      data: z.optional(z.array(z.string())),
    })
  },
  "cloudbase.databaseCollectionAdd": {
    "operationId": "miniprogram.cloudbase.databaseCollectionAdd", "id": "cloudbase.databaseCollectionAdd", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/databasecollectionadd", "token": "access_token",
    params: z.object({
      env: z.string(),
      collection_name: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.databaseCollectionDelete": {
    "operationId": "miniprogram.cloudbase.databaseCollectionDelete", "id": "cloudbase.databaseCollectionDelete", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/databasecollectiondelete", "token": "access_token",
    params: z.object({
      env: z.string(),
      collection_name: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.databaseCollectionGet": {
    "operationId": "miniprogram.cloudbase.databaseCollectionGet", "id": "cloudbase.databaseCollectionGet", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/databasecollectionget", "token": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      limit: z.optional(z.int()),
      offset: z.optional(z.int()),
    }),
    result: z.looseObject({
      pager: z.optional(z.looseObject({
        Offset: z.optional(z.int()),
        Limit: z.optional(z.int()),
        Total: z.optional(z.int()),
      })),
      collections: z.optional(z.array(z.looseObject({
        name: z.optional(z.string()),
        count: z.optional(z.int()),
        size: z.optional(z.int()),
        index_count: z.optional(z.int()),
        index_size: z.optional(z.int()),
      }))),
    })
  },
  "cloudbase.databaseCount": {
    "operationId": "miniprogram.cloudbase.databaseCount", "id": "cloudbase.databaseCount", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/databasecount", "token": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      query: z.string(),
    }),
    result: z.looseObject({
      count: z.optional(z.int()),
    })
  },
  "cloudbase.databaseDelete": {
    "operationId": "miniprogram.cloudbase.databaseDelete", "id": "cloudbase.databaseDelete", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/databasedelete", "token": "access_token",
    params: z.object({
      env: z.string(),
      query: z.string(),
    }),
    result: z.looseObject({
      deleted: z.optional(z.int()),
    })
  },
  "cloudbase.databaseMigrateExport": {
    "operationId": "miniprogram.cloudbase.databaseMigrateExport", "id": "cloudbase.databaseMigrateExport", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/databasemigrateexport", "token": "access_token",
    params: z.object({
      env: z.string(),
      file_path: z.string(),
      file_type: z.union([z.literal(1), z.literal(2)]),
      query: z.string(),
    }),
    result: z.looseObject({
      job_id: z.optional(z.int()),
    })
  },
  "cloudbase.databaseMigrateImport": {
    "operationId": "miniprogram.cloudbase.databaseMigrateImport", "id": "cloudbase.databaseMigrateImport", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/databasemigrateimport", "token": "access_token",
    params: z.object({
      env: z.string(),
      collection_name: z.string(),
      file_path: z.string(),
      file_type: z.union([z.literal(1), z.literal(2)]),
      stop_on_error: z.boolean(),
      conflict_mode: z.union([z.literal(1), z.literal(2)]),
    }),
    result: z.looseObject({
      job_id: z.optional(z.int()),
    })
  },
  "cloudbase.databaseMigrateQueryInfo": {
    "operationId": "miniprogram.cloudbase.databaseMigrateQueryInfo", "id": "cloudbase.databaseMigrateQueryInfo", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/databasemigratequeryinfo", "token": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      job_id: z.int(),
    }),
    result: z.looseObject({
      status: z.optional(z.string()),
      record_success: z.optional(z.int()),
      record_fail: z.optional(z.int()),
      error_msg: z.optional(z.string()),
      file_url: z.optional(z.string()),
    })
  },
  "cloudbase.databaseQuery": {
    "operationId": "miniprogram.cloudbase.databaseQuery", "id": "cloudbase.databaseQuery", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/databasequery", "token": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      query: z.string(),
    }),
    result: z.looseObject({
      pager: z.optional(z.looseObject({
        Offset: z.optional(z.int()),
        Limit: z.optional(z.int()),
        Total: z.optional(z.int()),
      })),
      data: z.optional(z.array(z.string())),
    })
  },
  "cloudbase.databaseUpdate": {
    "operationId": "miniprogram.cloudbase.databaseUpdate", "id": "cloudbase.databaseUpdate", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/databaseupdate", "token": "access_token",
    params: z.object({
      env: z.string(),
      query: z.string(),
    }),
    result: z.looseObject({
      matched: z.optional(z.int()),
      modified: z.optional(z.int()),
      id: z.optional(z.string()),
    })
  },
  "cloudbase.describeExtensionUploadInfo": {
    "operationId": "miniprogram.cloudbase.describeExtensionUploadInfo", "id": "cloudbase.describeExtensionUploadInfo", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/describeextensionuploadinfo", "token": "access_token",
    params: z.object({
      PostData: z.object({
        ExtensionFiles: z.array(z.object({
          FileType: z.enum(["FUNCTION", "STATIC", "SMS"]),
          FileName: z.string().check(z.maxLength(24)),
        })),
      }),
    }),
    result: z.looseObject({
      FilesData: z.optional(z.array(S.CloudbaseExtensionFileData)),
      RequestId: z.optional(z.string()),
      Response: z.optional(z.looseObject({
        FilesData: z.optional(z.array(S.CloudbaseExtensionFileData)),
        RequestId: z.optional(z.string()),
      })),
    })
  },
  "cloudbase.describeSmsRecords": {
    "operationId": "miniprogram.cloudbase.describeSmsRecords", "id": "cloudbase.describeSmsRecords", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/describesmsrecords", "token": "access_token", "idempotent": true,
    params: z.object({
      PostData: z.object({
        EnvId: z.string(),
        StartDate: z.string(),
        EndDate: z.string(),
        Mobile: z.optional(z.string()),
        QueryId: z.optional(z.string()),
        PageNumber: z.optional(z.int()),
        PageSize: z.optional(z.int()),
      }),
    }),
    result: z.looseObject({
      SmsRecords: z.optional(z.array(z.looseObject({
        Mobile: z.optional(z.string()),
        Content: z.optional(z.string()),
        ContentSize: z.optional(z.int()),
        Fee: z.optional(z.int()),
        CreateTime: z.optional(z.string()),
        ReceivedTime: z.optional(z.string()),
        Status: z.optional(z.string()),
        Remarks: z.optional(z.string()),
      }))),
      TotalCount: z.optional(z.int()),
      RequestId: z.optional(z.string()),
    })
  },
  "cloudbase.downloadFunction": {
    "operationId": "miniprogram.cloudbase.downloadFunction", "id": "cloudbase.downloadFunction", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/downloadfunction", "token": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      function_name: z.string(),
    }),
    result: z.looseObject({
      url: z.optional(z.string()),
      checksum: z.optional(z.string()),
    })
  },
  "cloudbase.getAppConfig": {
    "operationId": "miniprogram.cloudbase.getAppConfig", "id": "cloudbase.getAppConfig", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/getappconfig", "token": "access_token", "idempotent": true, "deprecated": "The official page says it is about to be taken down (即将下架); use cloudbase.getCallbackConfig",
    params: z.object({
      type: z.literal(1),
    }),
    result: z.looseObject({
      config: z.optional(z.string()),
    })
  },
  "cloudbase.getCallbackConfig": {
    "operationId": "miniprogram.cloudbase.getCallbackConfig", "id": "cloudbase.getCallbackConfig", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/getcallbackconfig", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      data: z.optional(z.looseObject({
        function_config: z.optional(S.CloudbaseCallbackFunctionConfig),
        container_config: z.optional(S.CloudbaseCallbackContainerConfig),
      })),
    })
  },
  "cloudbase.getCodeSecret": {
    "operationId": "miniprogram.cloudbase.getCodeSecret", "id": "cloudbase.getCodeSecret", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/getcodesecret", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      codesecret: z.optional(z.string()),
    })
  },
  "cloudbase.getEnvInfo": {
    "operationId": "miniprogram.cloudbase.getEnvInfo", "id": "cloudbase.getEnvInfo", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/getenvinfo", "token": "access_token", "idempotent": true,
    params: z.object({
      env: z.optional(z.string()),
    }),
    result: z.looseObject({
      info_list: z.optional(z.array(z.looseObject({
        env: z.optional(z.string()),
        alias: z.optional(z.string()),
        create_time: z.optional(z.string()),
        update_time: z.optional(z.string()),
        status: z.optional(z.enum(["NORMAL", "HALTED", "UNAVAILABLE"])),
        package_id: z.optional(z.string()),
        package_name: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.getFunctionConfig": {
    "operationId": "miniprogram.cloudbase.getFunctionConfig", "id": "cloudbase.getFunctionConfig", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/getfuncconfig", "token": "access_token", "idempotent": true,
    params: z.object({
      type: z.int(),
      env: z.string(),
      function_name: z.string(),
    }),
    result: z.looseObject({
      config: z.optional(z.string()),
    })
  },
  "cloudbase.getOpenData": {
    "operationId": "miniprogram.cloudbase.getOpenData", "id": "cloudbase.getOpenData", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getopendata", "token": "access_token", "query": ["openid"], "idempotent": true,
    params: z.object({
      openid: z.optional(z.string()),
      cloudid_list: z.array(z.string()),
    }),
    result: z.looseObject({
      data_list: z.optional(z.array(z.looseObject({
        cloud_id: z.optional(z.string()),
        json: z.optional(z.unknown()),
      }))),
    })
  },
  "cloudbase.getPressureTestReport": {
    "operationId": "miniprogram.cloudbase.getPressureTestReport", "id": "cloudbase.getPressureTestReport", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/getpressuretestreport", "token": "access_token", "idempotent": true,
    params: z.object({
      pressure_id: z.int(),
    }),
    result: z.looseObject({
      report: z.optional(z.looseObject({
        appid: z.optional(z.string()),
        task_url: z.optional(z.string()),
        run_time: z.optional(z.int()),
        pressure_id: z.optional(z.int()),
        blankpage_pencent: z.optional(z.number()),
        aver_time_cost: z.optional(z.number()),
        max_time_cost: z.optional(z.number()),
        total_launch_cnt: z.optional(z.int()),
        total_request_cnt: z.optional(z.int()),
        network_list: z.optional(z.array(z.looseObject({
          path: z.optional(z.string()),
          aver_time_cost: z.optional(z.number()),
          max_time_cost: z.optional(z.number()),
          total_request_cnt: z.optional(z.int()),
          succ_percent: z.optional(z.number()),
        }))),
      })),
    })
  },
  "cloudbase.getPressureTestStatus": {
    "operationId": "miniprogram.cloudbase.getPressureTestStatus", "id": "cloudbase.getPressureTestStatus", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/getpressureteststatus", "token": "access_token", "idempotent": true,
    params: z.object({
      pressure_id: z.int(),
    }),
    result: z.looseObject({
      status: z.optional(z.string()),
      beg_time: z.optional(z.int()),
      end_time: z.optional(z.int()),
    })
  },
  "cloudbase.getQcloudToken": {
    "operationId": "miniprogram.cloudbase.getQcloudToken", "id": "cloudbase.getQcloudToken", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/getqcloudtoken", "token": "access_token",
    params: z.object({
      lifespan: z.int().check(z.lte(7200)),
    }),
    result: z.looseObject({
      secretid: z.optional(z.string()),
      secretkey: z.optional(z.string()),
      token: z.optional(z.string()),
      expired_time: z.optional(z.int()),
    })
  },
  "cloudbase.getStatistics": {
    "operationId": "miniprogram.cloudbase.getStatistics", "id": "cloudbase.getStatistics", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/getstatistics", "token": "access_token", "idempotent": true,
    params: z.object({
      action: z.enum(["smsMarketingOverviewData", "smsMarketingConversionData", "smsMarketingRealTimeData"]),
      begin_date: z.int(),
      end_date: z.int(),
      page_limit: z.optional(z.int()),
      page_offset: z.optional(z.int()),
      condition: z.optional(z.object({
        env_id: z.optional(z.string()),
        activity_id: z.optional(z.string()),
        by_channel_id: z.optional(z.string()),
        channel_id: z.optional(z.string()),
        act_type: z.optional(z.string()),
      })),
    }),
    result: z.looseObject({
      data_column: z.optional(z.array(z.looseObject({
        col_id: z.optional(z.string()),
        col_name: z.optional(z.string()),
        col_data_type: z.optional(z.string()),
      }))),
      data_value: z.optional(z.array(z.looseObject({
        data_value: z.optional(z.array(z.string())),
      }))),
      total_num: z.optional(z.int()),
    })
  },
  "cloudbase.getUploadSignature": {
    "operationId": "miniprogram.cloudbase.getUploadSignature", "id": "cloudbase.getUploadSignature", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/getuploadsignature", "token": "access_token",
    params: z.object({
      hashed_payload: z.string(),
    }),
    result: z.looseObject({
      headers: z.optional(z.string()),
    })
  },
  "cloudbase.getVoipSign": {
    "operationId": "miniprogram.cloudbase.getVoipSign", "id": "cloudbase.getVoipSign", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getvoipsign", "token": "access_token", "query": ["openid"],
    params: z.object({
      openid: z.optional(z.string()),
      group_id: z.string(),
      timestamp: z.int(),
      nonce: z.string().check(z.maxLength(127)),
    }),
    result: z.looseObject({
      signature: z.optional(z.string()),
    })
  },
  "cloudbase.invokeCloudFunction": {
    "operationId": "miniprogram.cloudbase.invokeCloudFunction", "id": "cloudbase.invokeCloudFunction", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/invokecloudfunction", "token": "access_token", "query": ["env", "name"],
    params: z.object({
      env: z.string(),
      name: z.string(),
      req_data: z.optional(z.string()),
    }),
    result: z.looseObject({
      resp_data: z.optional(z.string()),
    })
  },
  "cloudbase.listFunctions": {
    "operationId": "miniprogram.cloudbase.listFunctions", "id": "cloudbase.listFunctions", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/listfunctions", "token": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      limit: z.int(),
      offset: z.int(),
    }),
    result: z.looseObject({
      total_count: z.optional(z.int()),
      functions: z.optional(z.array(z.looseObject({
        mod_time: z.optional(z.string()),
        add_time: z.optional(z.string()),
        runtime: z.optional(z.string()),
        name: z.optional(z.string()),
        status: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.modifyEnv": {
    "operationId": "miniprogram.cloudbase.modifyEnv", "id": "cloudbase.modifyEnv", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/modifyenv", "token": "access_token",
    params: z.object({
      env: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.report": {
    "operationId": "miniprogram.cloudbase.report", "id": "cloudbase.report", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/cloudbasereport", "token": "access_token",
    params: z.discriminatedUnion("report_action", [
      z.object({
        report_action: z.enum(["sendSmsTask"]),
        env_id: z.string(),
        activity_id: z.string(),
        task_id: z.string(),
        phone_count: z.string(),
      }),
      z.object({
        report_action: z.enum(["openH5"]),
        env_id: z.string(),
        activity_id: z.string(),
        channel_id: z.string(),
        session_id: z.string(),
      })
    ]),
    result: z.looseObject({})
  },
  "cloudbase.sendSms": {
    "operationId": "miniprogram.cloudbase.sendSms", "id": "cloudbase.sendSms", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/sendsms", "token": "access_token",
    params: z.discriminatedUnion("sms_type", [
      z.object({
        env: z.string(),
        phone_number_list: z.array(z.string()).check(z.maxLength(1000)),
        sms_type: z.enum(["Marketing"]),
        use_short_name: z.optional(z.boolean()),
        resource_appid: z.optional(z.string()),
        content: z.string(),
        path: z.string(),
      }),
      z.object({
        env: z.string(),
        phone_number_list: z.array(z.string()).check(z.maxLength(1000)),
        sms_type: z.enum(["Notification"]),
        use_short_name: z.optional(z.boolean()),
        resource_appid: z.optional(z.string()),
        template_id: z.string(),
        template_param_list: z.array(z.string()),
      })
    ]),
    result: z.looseObject({
      send_status_list: z.optional(z.array(z.looseObject({
        serial_no: z.optional(z.string()),
        phone_number: z.optional(z.string()),
        code: z.optional(z.string()),
        message: z.optional(z.string()),
        iso_code: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.sendSmsV2": {
    "operationId": "miniprogram.cloudbase.sendSmsV2", "id": "cloudbase.sendSmsV2", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/sendsmsv2", "token": "access_token",
    params: z.object({
      env: z.string(),
      url_link: z.string(),
      template_id: z.string(),
      template_param_list: z.array(z.string()),
      phone_number_list: z.array(z.string()).check(z.maxLength(1000)),
      use_short_name: z.optional(z.boolean()),
      resource_appid: z.optional(z.string()),
    }),
    result: z.looseObject({
      send_status_list: z.optional(z.array(z.looseObject({
        serial_no: z.optional(z.string()),
        phone_number: z.optional(z.string()),
        code: z.optional(z.string()),
        message: z.optional(z.string()),
        iso_code: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.setCallbackConfig": {
    "operationId": "miniprogram.cloudbase.setCallbackConfig", "id": "cloudbase.setCallbackConfig", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/setcallbackconfig", "token": "access_token",
    params: z.object({
      function_config: z.optional(S.CloudbaseCallbackFunctionConfig),
      container_config: z.optional(S.CloudbaseCallbackContainerConfig),
    }),
    result: z.looseObject({})
  },
  "cloudbase.shareEnv": {
    "operationId": "miniprogram.cloudbase.shareEnv", "id": "cloudbase.shareEnv", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/shareenv", "token": "access_token",
    params: z.object({
      appid: z.string(),
      env: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.updateIndex": {
    "operationId": "miniprogram.cloudbase.updateIndex", "id": "cloudbase.updateIndex", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/updateindex", "token": "access_token",
    params: z.object({
      env: z.string(),
      collection_name: z.string(),
      create_indexes: z.array(z.object({
        name: z.string(),
        unique: z.boolean(),
        keys: z.array(z.object({
          name: z.string(),
          direction: z.enum(["1", "-1", "2dsphere"]),
        })),
      })),
      drop_indexes: z.array(z.object({
        name: z.string(),
      })),
    }),
    result: z.looseObject({})
  },
  "cloudbase.uploadAppConfig": {
    "operationId": "miniprogram.cloudbase.uploadAppConfig", "id": "cloudbase.uploadAppConfig", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/uploadappconfig", "token": "access_token",
    params: z.object({
      type: z.int(),
      config: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.uploadFile": {
    "operationId": "miniprogram.cloudbase.uploadFile", "id": "cloudbase.uploadFile", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/uploadfile", "token": "access_token",
    params: z.object({
      env: z.string(),
      path: z.string(),
    }),
    result: z.looseObject({
      url: z.optional(z.string()),
      token: z.optional(z.string()),
      authorization: z.optional(z.string()),
      file_id: z.optional(z.string()),
      cos_file_id: z.optional(z.string()),
    })
  },
  "cloudbase.uploadFunctionConfig": {
    "operationId": "miniprogram.cloudbase.uploadFunctionConfig", "id": "cloudbase.uploadFunctionConfig", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/uploadfuncconfig", "token": "access_token",
    params: z.object({
      type: z.int(),
      config: z.string(),
      env: z.string(),
      function_name: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.useCloudAccessToken": {
    "operationId": "miniprogram.cloudbase.useCloudAccessToken", "id": "cloudbase.useCloudAccessToken", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/usecloudaccesstoken", "token": "access_token",
    params: z.discriminatedUnion("action", [
      z.object({
        action: z.enum(["get"]),
        env: z.string(),
      }),
      z.object({
        action: z.enum(["set"]),
        env: z.string(),
        open: z.boolean(),
        api_whitelist: z.array(z.string()),
        version: z.int(),
      })
    ]),
    result: z.looseObject({
      open: z.optional(z.boolean()),
      api_whitelist: z.optional(z.array(z.string())),
      version: z.optional(z.int()),
    })
  },
  "cloudbase.wxpayList": {
    "operationId": "miniprogram.cloudbase.wxpayList", "id": "cloudbase.wxpayList", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/wxpaylist", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      list: z.optional(z.array(z.looseObject({
        merchant_code: z.optional(z.string()),
        merchant_name: z.optional(z.string()),
        company_name: z.optional(z.string()),
        mch_relation_state: z.optional(z.string()),
        jsapi_auth_state: z.optional(z.string()),
        refund_auth_state: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.wxpayOpenAuth": {
    "operationId": "miniprogram.cloudbase.wxpayOpenAuth", "id": "cloudbase.wxpayOpenAuth", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/tcb/wxpayopenauth", "token": "access_token",
    params: z.object({
      action: z.enum(["bind", "openjsapi", "openrefund"]),
      merchant_code: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
