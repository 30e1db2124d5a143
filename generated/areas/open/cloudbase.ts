// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `open/cloudbase`, by id: row and schemas. */
export const endpoints = {
  "cloudbase.batchGetEnvId": {
    "operationId": "open.cloudbase.batchGetEnvId", "id": "cloudbase.batchGetEnvId", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/batchgetenvid", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
    params: z.object({
      appids: z.array(z.string()),
      source_type: z.optional(z.int()),
    }),
    result: z.looseObject({
      relation_data: z.optional(z.array(z.looseObject({
        appid: z.optional(z.string()),
        env_list: z.optional(z.array(z.string())),
      }))),
      err_list: z.optional(z.array(z.looseObject({
        env: z.optional(z.string()),
        appid: z.optional(z.string()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.batchShareEnv": {
    "operationId": "open.cloudbase.batchShareEnv", "id": "cloudbase.batchShareEnv", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/batchshareenv", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      data: z.array(z.object({
        env: z.string(),
        appids: z.array(z.string()),
      })),
      source_type: z.optional(z.int()),
    }),
    result: z.looseObject({
      err_list: z.optional(z.array(z.looseObject({
        env: z.optional(z.string()),
        appid: z.optional(z.string()),
        errmsg: z.optional(z.string()),
      }))),
      msg_info_list: z.optional(z.array(z.looseObject({
        appid: z.optional(z.string()),
        url: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.containerService.batchCreateVersion": {
    "operationId": "open.cloudbase.containerService.batchCreateVersion", "id": "cloudbase.containerService.batchCreateVersion", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/batchcreatecsversion", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      envs: z.array(z.string()),
      service_name: z.string(),
      upload_type: z.enum(["package", "repository", "image"]),
      flow_ratio: z.optional(z.int()),
      cpu: z.optional(z.number()),
      mem: z.optional(z.number()),
      minnum: z.optional(z.int().check(z.gte(0))),
      maxnum: z.optional(z.int().check(z.lte(50))),
      policy_type: z.optional(z.enum(["cpu"])),
      policy_threshold: z.optional(z.number()),
      container_port: z.optional(z.int()),
      repository_type: z.optional(z.string()),
      dockerfile_path: z.optional(z.string()),
      build_dir: z.optional(z.string()),
      env_params: z.optional(z.string()),
      repository: z.optional(z.string()),
      branch: z.optional(z.string()),
      version_remark: z.optional(z.string()),
      package_name: z.optional(z.string()),
      package_version: z.optional(z.string()),
      image_info: z.optional(z.object({
        repository_name: z.string(),
        ispublic: z.optional(z.boolean()),
        tagname: z.optional(z.string()),
        server_addr: z.optional(z.string()),
        image_url: z.optional(z.string()),
      })),
      code_detail: z.optional(z.object({
        name: z.optional(z.object({
          name: z.optional(z.string()),
          fullname: z.optional(z.string()),
        })),
        url: z.optional(z.string()),
      })),
      image_secret_info: z.optional(z.object({
        registryserver: z.optional(z.string()),
        username: z.optional(z.string()),
        password: z.optional(z.string()),
        email: z.optional(z.string()),
      })),
      image_pulls_secret: z.optional(z.string()),
      custom_logs: z.optional(z.string()),
    }),
    result: z.looseObject({
      fail_list: z.optional(z.array(z.looseObject({
        env: z.optional(z.string()),
        errormsg: z.optional(z.string()),
      }))),
      succ_list: z.optional(z.array(z.looseObject({
        env: z.optional(z.string()),
        version_name: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.containerService.batchDeleteVersion": {
    "operationId": "open.cloudbase.containerService.batchDeleteVersion", "id": "cloudbase.containerService.batchDeleteVersion", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/batchdelcsversion", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      items: z.array(z.object({
        env: z.string(),
        service_name: z.string(),
        version_name: z.string(),
      })),
    }),
    result: z.looseObject({
      succ_list: z.optional(z.array(z.looseObject({
        env: z.optional(z.string()),
        service_name: z.optional(z.string()),
        version_name: z.optional(z.string()),
      }))),
      fail_list: z.optional(z.array(z.looseObject({
        env: z.optional(z.string()),
        service_name: z.optional(z.string()),
        version_name: z.optional(z.string()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.containerService.create": {
    "operationId": "open.cloudbase.containerService.create", "id": "cloudbase.containerService.create", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/createcontainerservice", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env: z.string(),
      service_name: z.string(),
      remark: z.optional(z.string()),
      vpc: z.optional(z.object({
        vpcid: z.string(),
        subnetids: z.array(z.string()),
        create_type: z.int(),
      })),
    }),
    result: z.looseObject({})
  },
  "cloudbase.containerService.createVersion": {
    "operationId": "open.cloudbase.containerService.createVersion", "id": "cloudbase.containerService.createVersion", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/createcsversion", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env: z.string(),
      service_name: z.string(),
      upload_type: z.enum(["package", "repository", "image"]),
      flow_ratio: z.optional(z.int()),
      cpu: z.optional(z.number()),
      mem: z.optional(z.number()),
      minnum: z.optional(z.int().check(z.gte(0))),
      maxnum: z.optional(z.int().check(z.lte(50))),
      policy_type: z.optional(z.enum(["cpu"])),
      policy_threshold: z.optional(z.number()),
      container_port: z.optional(z.int()),
      repository_type: z.optional(z.string()),
      dockerfile_path: z.optional(z.string()),
      build_dir: z.optional(z.string()),
      env_params: z.optional(z.string()),
      repository: z.optional(z.string()),
      branch: z.optional(z.string()),
      version_remark: z.optional(z.string()),
      package_name: z.optional(z.string()),
      package_version: z.optional(z.string()),
      image_info: z.optional(z.object({
        repository_name: z.string(),
        ispublic: z.optional(z.boolean()),
        tagname: z.optional(z.string()),
        server_addr: z.optional(z.string()),
        image_url: z.optional(z.string()),
      })),
      code_detail: z.optional(z.object({
        name: z.optional(z.object({
          name: z.optional(z.string()),
          fullname: z.optional(z.string()),
        })),
        url: z.optional(z.string()),
      })),
      image_secret_info: z.optional(z.object({
        registryserver: z.optional(z.string()),
        username: z.optional(z.string()),
        password: z.optional(z.string()),
        email: z.optional(z.string()),
      })),
      image_pulls_secret: z.optional(z.string()),
      custom_logs: z.optional(z.string()),
      mount_wx_token: z.optional(z.boolean()),
    }),
    result: z.looseObject({})
  },
  "cloudbase.containerService.deleteVersion": {
    "operationId": "open.cloudbase.containerService.deleteVersion", "id": "cloudbase.containerService.deleteVersion", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/delcsversion", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env: z.string(),
      service_name: z.string(),
      version_name: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.containerService.list": {
    "operationId": "open.cloudbase.containerService.list", "id": "cloudbase.containerService.list", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/getcslist", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      limit: z.optional(z.int()),
      offset: z.optional(z.int()),
    }),
    result: z.looseObject({
      cslist: z.optional(z.array(z.looseObject({
        server_name: z.optional(z.string()),
        created_time: z.optional(z.string()),
        updated_time: z.optional(z.string()),
        status: z.optional(z.string()),
        vpcid: z.optional(z.string()),
        image_repo: z.optional(z.string()),
      }))),
      total: z.optional(z.int()),
    })
  },
  "cloudbase.containerService.listVersions": {
    "operationId": "open.cloudbase.containerService.listVersions", "id": "cloudbase.containerService.listVersions", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/getcsversionlist", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      service_name: z.string(),
      limit: z.optional(z.int()),
      offset: z.optional(z.int()),
    }),
    result: z.looseObject({
      total: z.optional(z.int()),
      items: z.optional(z.array(z.looseObject({
        version_name: z.optional(z.string()),
        status: z.optional(z.string()),
        created_time: z.optional(z.string()),
        updated_time: z.optional(z.string()),
        flow_ratio: z.optional(z.int()),
        buildid: z.optional(z.int()),
        upload_type: z.optional(z.string()),
        min_replicas: z.optional(z.int()),
        max_replicas: z.optional(z.int()),
      }))),
    })
  },
  "cloudbase.containerService.setVersionConfig": {
    "operationId": "open.cloudbase.containerService.setVersionConfig", "id": "cloudbase.containerService.setVersionConfig", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/setcsversionconfig", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env: z.string(),
      service_name: z.string(),
      version_name: z.string(),
      minnum: z.optional(z.int().check(z.gte(0))),
      maxnum: z.optional(z.int().check(z.lte(50))),
      remark: z.optional(z.string()),
      container_port: z.optional(z.int()),
      custom_logs: z.optional(z.string()),
      env_params: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "cloudbase.createEnv": {
    "operationId": "open.cloudbase.createEnv", "id": "cloudbase.createEnv", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/createenv", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      alias: z.string(),
      EnvType: z.optional(z.string()),
    }),
    result: z.looseObject({
      tranid: z.optional(z.string()),
      env: z.optional(z.string()),
    })
  },
  "cloudbase.db.addCollection": {
    "operationId": "open.cloudbase.db.addCollection", "id": "cloudbase.db.addCollection", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbcollection", "token": "component_access_token", "tokenParam": "access_token", "fixedQuery": { "action": "add" },
    params: z.object({
      env: z.string(),
      collection_name: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.db.aggregate": {
    "operationId": "open.cloudbase.db.aggregate", "id": "cloudbase.db.aggregate", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbaggregate", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      query: z.string(),
    }),
    result: z.looseObject({
      data: z.optional(z.array(z.string())),
    })
  },
  "cloudbase.db.createIndex": {
    "operationId": "open.cloudbase.db.createIndex", "id": "cloudbase.db.createIndex", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbindex", "token": "component_access_token", "tokenParam": "access_token", "fixedQuery": { "action": "create" },
    params: z.object({
      env: z.string(),
      collection_name: z.string(),
      indexes: z.array(z.object({
        name: z.string(),
        keys: z.array(z.object({
          name: z.string(),
          direction: z.enum(["1", "-1", "2dsphere"]),
        })),
      })),
    }),
    result: z.looseObject({})
  },
  "cloudbase.db.deleteCollection": {
    "operationId": "open.cloudbase.db.deleteCollection", "id": "cloudbase.db.deleteCollection", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbcollection", "token": "component_access_token", "tokenParam": "access_token", "fixedQuery": { "action": "del" },
    params: z.object({
      env: z.string(),
      collection_name: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.db.deleteIndex": {
    "operationId": "open.cloudbase.db.deleteIndex", "id": "cloudbase.db.deleteIndex", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbindex", "token": "component_access_token", "tokenParam": "access_token", "fixedQuery": { "action": "delete" },
    params: z.object({
      env: z.string(),
      collection_name: z.string(),
      indexes: z.array(z.object({
        name: z.string(),
      })),
    }),
    result: z.looseObject({})
  },
  "cloudbase.db.deleteRecords": {
    "operationId": "open.cloudbase.db.deleteRecords", "id": "cloudbase.db.deleteRecords", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbrecord", "token": "component_access_token", "tokenParam": "access_token", "fixedQuery": { "action": "delete" },
    params: z.object({
      env: z.string(),
      query: z.string(),
    }),
    result: z.looseObject({
      deleted: z.optional(z.int()),
    })
  },
  "cloudbase.db.export": {
    "operationId": "open.cloudbase.db.export", "id": "cloudbase.db.export", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbexport", "token": "component_access_token", "tokenParam": "access_token",
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
  "cloudbase.db.getAcl": {
    "operationId": "open.cloudbase.db.getAcl", "id": "cloudbase.db.getAcl", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbgetacl", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      collection_name: z.string(),
    }),
    result: z.looseObject({
      acl_tag: z.optional(z.enum(["READONLY", "PRIVATE", "ADMINWRITE", "ADMINONLY", "CUSTOM"])),
      rule: z.optional(z.string()),
    })
  },
  "cloudbase.db.getCollections": {
    "operationId": "open.cloudbase.db.getCollections", "id": "cloudbase.db.getCollections", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbcollection", "token": "component_access_token", "tokenParam": "access_token", "fixedQuery": { "action": "get" }, "idempotent": true,
    params: z.object({
      env: z.string(),
      limit: z.optional(z.int()),
      offset: z.optional(z.int()),
    }),
    result: z.looseObject({
      collections: z.optional(z.array(z.looseObject({
        name: z.optional(z.string()),
        count: z.optional(z.int()),
        size: z.optional(z.int()),
        index_count: z.optional(z.int()),
        index_size: z.optional(z.int()),
      }))),
      total: z.optional(z.int()),
    })
  },
  "cloudbase.db.getMigrationState": {
    "operationId": "open.cloudbase.db.getMigrationState", "id": "cloudbase.db.getMigrationState", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbmigrationstate", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
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
  "cloudbase.db.import": {
    "operationId": "open.cloudbase.db.import", "id": "cloudbase.db.import", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbimport", "token": "component_access_token", "tokenParam": "access_token",
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
  "cloudbase.db.insertRecords": {
    "operationId": "open.cloudbase.db.insertRecords", "id": "cloudbase.db.insertRecords", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbrecord", "token": "component_access_token", "tokenParam": "access_token", "fixedQuery": { "action": "insert" },
    params: z.object({
      env: z.string(),
      query: z.string(),
    }),
    result: z.looseObject({
      id_list: z.optional(z.array(z.string())),
    })
  },
  "cloudbase.db.modifyAcl": {
    "operationId": "open.cloudbase.db.modifyAcl", "id": "cloudbase.db.modifyAcl", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbmodifyacl", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env: z.string(),
      collection_name: z.string(),
      acl_tag: z.enum(["READONLY", "PRIVATE", "ADMINWRITE", "ADMINONLY", "CUSTOM"]),
      rule: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.db.queryRecords": {
    "operationId": "open.cloudbase.db.queryRecords", "id": "cloudbase.db.queryRecords", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbrecord", "token": "component_access_token", "tokenParam": "access_token", "fixedQuery": { "action": "query" }, "idempotent": true,
    params: z.object({
      env: z.string(),
      query: z.string(),
    }),
    result: z.looseObject({
      pager: z.optional(z.looseObject({
        offset: z.optional(z.int()),
        limit: z.optional(z.int()),
        total: z.optional(z.int()),
      })),
      data: z.optional(z.array(z.string())),
    })
  },
  "cloudbase.db.updateRecords": {
    "operationId": "open.cloudbase.db.updateRecords", "id": "cloudbase.db.updateRecords", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/dbrecord", "token": "component_access_token", "tokenParam": "access_token", "fixedQuery": { "action": "update" },
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
  "cloudbase.describeEnvs": {
    "operationId": "open.cloudbase.describeEnvs", "id": "cloudbase.describeEnvs", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/describeenvs", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      info_list: z.optional(z.array(z.looseObject({
        env: z.optional(z.string()),
        alias: z.optional(z.string()),
        create_time: z.optional(z.string()),
        update_time: z.optional(z.string()),
        status: z.optional(z.string()),
        package_id: z.optional(z.string()),
        package_name: z.optional(z.string()),
        dbinstance_id: z.optional(z.string()),
        bucket_id: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.file.batchDelete": {
    "operationId": "open.cloudbase.file.batchDelete", "id": "cloudbase.file.batchDelete", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/batchdeletefile", "token": "component_access_token", "tokenParam": "access_token",
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
  "cloudbase.file.batchDownload": {
    "operationId": "open.cloudbase.file.batchDownload", "id": "cloudbase.file.batchDownload", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/batchdownloadfile", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
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
  "cloudbase.file.getUploadLink": {
    "operationId": "open.cloudbase.file.getUploadLink", "id": "cloudbase.file.getUploadLink", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/uploadfile", "token": "component_access_token", "tokenParam": "access_token",
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
  "cloudbase.file.list": {
    "operationId": "open.cloudbase.file.list", "id": "cloudbase.file.list", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/getbucket", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      prefix: z.optional(z.string()),
      delimiter: z.optional(z.string()),
      marker: z.optional(z.string()),
    }),
    result: z.looseObject({
      contents: z.optional(z.array(z.looseObject({
        key: z.optional(z.string()),
        last_modified: z.optional(z.string()),
        md5: z.optional(z.string()),
        size: z.optional(z.string()),
      }))),
      is_truncated: z.optional(z.boolean()),
    })
  },
  "cloudbase.functions.batchCreate": {
    "operationId": "open.cloudbase.functions.batchCreate", "id": "cloudbase.functions.batchCreate", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/batchuploadscf", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      functionname: z.string(),
      envs: z.array(z.string()),
      zipfile: z.string(),
      vpcid: z.optional(z.string()),
      subnetid: z.optional(z.string()),
    }),
    result: z.looseObject({
      fail_env_list: z.optional(z.array(z.looseObject({
        env: z.optional(z.string()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.functions.batchUpdateCode": {
    "operationId": "open.cloudbase.functions.batchUpdateCode", "id": "cloudbase.functions.batchUpdateCode", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/batchuploadscfcode", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      functionname: z.string(),
      envs: z.array(z.string()),
      zipfile: z.string(),
    }),
    result: z.looseObject({
      fail_list: z.optional(z.array(z.looseObject({
        env: z.optional(z.string()),
        errormsg: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.functions.batchUpdateTriggers": {
    "operationId": "open.cloudbase.functions.batchUpdateTriggers", "id": "cloudbase.functions.batchUpdateTriggers", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/batchupdatetriggers", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      envs: z.array(z.string()),
      funcname: z.string(),
      triggers: z.array(z.object({
        trigger_name: z.string(),
        type: z.string(),
        config: z.string(),
      })),
    }),
    result: z.looseObject({
      err_list: z.optional(z.array(z.looseObject({
        env: z.optional(z.string()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.functions.delete": {
    "operationId": "open.cloudbase.functions.delete", "id": "cloudbase.functions.delete", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/deletescf", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      functionname: z.string(),
      env: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.functions.getTriggers": {
    "operationId": "open.cloudbase.functions.getTriggers", "id": "cloudbase.functions.getTriggers", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/gettriggers", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      funcname: z.string(),
    }),
    result: z.looseObject({
      triggers: z.optional(z.array(z.looseObject({
        trigger_name: z.optional(z.string()),
        config: z.optional(z.string()),
        type: z.optional(z.string()),
      }))),
    })
  },
  "cloudbase.functions.list": {
    "operationId": "open.cloudbase.functions.list", "id": "cloudbase.functions.list", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/getscflist", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      offset: z.optional(z.int()),
      limit: z.optional(z.int()),
      searchkey: z.optional(z.string()),
    }),
    result: z.looseObject({
      total_count: z.optional(z.int()),
      functions: z.optional(z.array(z.looseObject({
        mod_time: z.optional(z.string()),
        add_time: z.optional(z.string()),
        runtime: z.optional(z.string()),
        name: z.optional(z.string()),
        status: z.optional(z.string()),
        status_reason: z.optional(z.array(z.looseObject({
          errcode: z.optional(z.string()),
          errmsg: z.optional(z.string()),
        }))),
      }))),
    })
  },
  "cloudbase.functions.updateConfig": {
    "operationId": "open.cloudbase.functions.updateConfig", "id": "cloudbase.functions.updateConfig", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/updatescfconfig", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env: z.string(),
      functionname: z.string(),
      memorysize: z.optional(z.int()),
      timeout: z.optional(z.int()),
      environment_variables: z.optional(z.array(z.object({
        key: z.string(),
        value: z.string(),
      }))),
      public_net_config: z.optional(z.object({
        public_net_status: z.enum(["DISABLE", "ENABLE"]),
        eip_status: z.enum(["DISABLE", "ENABLE"]),
      })),
      vpc_config: z.optional(z.object({
        vpcid: z.optional(z.string()),
        subnetid: z.optional(z.string()),
      })),
    }),
    result: z.looseObject({})
  },
  "cloudbase.run.createEnv": {
    "operationId": "open.cloudbase.run.createEnv", "id": "cloudbase.run.createEnv", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/createcloudbaserunenv", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      alias: z.optional(z.string()),
      vpc_id: z.optional(z.string()),
      sub_net_ids: z.optional(z.array(z.string())),
    }),
    result: z.looseObject({
      env_id: z.optional(z.string()),
      tran_id: z.optional(z.string()),
    })
  },
  "cloudbase.run.createService": {
    "operationId": "open.cloudbase.run.createService", "id": "cloudbase.run.createService", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/establishcloudbaserunserver", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env_id: z.string(),
      service_name: z.string(),
      is_public: z.boolean(),
      image_repo: z.optional(z.string()),
      remark: z.optional(z.string()),
      es_info: z.optional(z.object({
        id: z.optional(z.int()),
        secret_name: z.optional(z.string()),
        ip: z.optional(z.string()),
        port: z.optional(z.int()),
        index: z.optional(z.string()),
        account: z.optional(z.string()),
        password: z.optional(z.string()),
      })),
      log_type: z.optional(z.string()),
      vpc_info: z.optional(z.object({
        vpc_id: z.optional(z.string()),
        subnet_ids: z.optional(z.array(z.string())),
        create_type: z.optional(z.int()),
      })),
      public_access: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({})
  },
  "cloudbase.run.createVersion": {
    "operationId": "open.cloudbase.run.createVersion", "id": "cloudbase.run.createVersion", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/createcloudbaserunserverversion", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env_id: z.string(),
      upload_type: z.enum(["package", "repository", "image", "jar", "war"]),
      flow_ratio: z.int(),
      cpu: z.number(),
      mem: z.number(),
      min_num: z.int().check(z.gte(0)),
      max_num: z.int().check(z.lte(50)),
      policy_type: z.string(),
      policy_threshold: z.number(),
      container_port: z.int(),
      server_name: z.string(),
      repository_type: z.optional(z.string()),
      dockerfile_path: z.optional(z.string()),
      build_dir: z.optional(z.string()),
      repository: z.optional(z.string()),
      branch: z.optional(z.string()),
      code_detail: z.optional(z.object({
        name: z.optional(z.object({
          name: z.optional(z.string()),
          full_name: z.optional(z.string()),
        })),
      })),
      has_dockerfile: z.optional(z.int()),
      env_params: z.optional(z.string()),
    }),
    result: z.looseObject({
      result: z.optional(z.string()),
      version_name: z.optional(z.string()),
      run_id: z.optional(z.string()),
    })
  },
  "cloudbase.run.deleteVersion": {
    "operationId": "open.cloudbase.run.deleteVersion", "id": "cloudbase.run.deleteVersion", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/deletecloudbaserunserverversion", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env_id: z.string(),
      server_name: z.string(),
      version_name: z.string(),
      is_delete_server: z.optional(z.boolean()),
      is_delete_image: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      result: z.optional(z.string()),
    })
  },
  "cloudbase.run.getEnvs": {
    "operationId": "open.cloudbase.run.getEnvs", "id": "cloudbase.run.getEnvs", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/describecloudbaserunenvs", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      env_list: z.optional(z.array(z.looseObject({
        env_id: z.optional(z.string()),
        source: z.optional(z.string()),
        alias: z.optional(z.string()),
        create_time: z.optional(z.string()),
        update_time: z.optional(z.string()),
        status: z.optional(z.string()),
        databases: z.optional(z.array(z.looseObject({
          region: z.optional(z.string()),
          instance_id: z.optional(z.string()),
          status: z.optional(z.string()),
        }))),
        storages: z.optional(z.array(z.looseObject({
          region: z.optional(z.string()),
          bucket: z.optional(z.string()),
          cdn_domain: z.optional(z.string()),
          app_id: z.optional(z.string()),
        }))),
        functions: z.optional(z.array(z.looseObject({
          namespace: z.optional(z.string()),
          region: z.optional(z.string()),
        }))),
        package_id: z.optional(z.string()),
        package_name: z.optional(z.string()),
        log_services: z.optional(z.array(z.looseObject({
          logset_name: z.optional(z.string()),
          logset_id: z.optional(z.string()),
          topic_name: z.optional(z.string()),
          topic_id: z.optional(z.string()),
          region: z.optional(z.string()),
        }))),
        static_storages: z.optional(z.array(z.looseObject({
          static_domain: z.optional(z.string()),
          default_dir_name: z.optional(z.string()),
          status: z.optional(z.string()),
          region: z.optional(z.string()),
          bucket: z.optional(z.string()),
        }))),
        is_auto_degrade: z.optional(z.boolean()),
        env_channel: z.optional(z.string()),
        pay_mode: z.optional(z.string()),
        is_default: z.optional(z.boolean()),
        region: z.optional(z.string()),
        tags: z.optional(z.array(z.looseObject({
          key: z.optional(z.string()),
          value: z.optional(z.string()),
        }))),
        custom_log_services: z.optional(z.array(z.looseObject({
          cls_region: z.optional(z.string()),
          cls_logset_id: z.optional(z.string()),
          cls_topic_id: z.optional(z.string()),
          create_time: z.optional(z.string()),
        }))),
      }))),
    })
  },
  "cloudbase.run.openMicroservice": {
    "operationId": "open.cloudbase.run.openMicroservice", "id": "cloudbase.run.openMicroservice", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/createcloudbaserunresauth", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env_id: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.run.releaseVersion": {
    "operationId": "open.cloudbase.run.releaseVersion", "id": "cloudbase.run.releaseVersion", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/releasecloudbaserunversion", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env_id: z.string(),
      server_name: z.string(),
      release_version: z.string(),
    }),
    result: z.looseObject({
      result: z.optional(z.string()),
      release_order_id: z.optional(z.int()),
    })
  },
  "cloudbase.run.rollUpdateVersion": {
    "operationId": "open.cloudbase.run.rollUpdateVersion", "id": "cloudbase.run.rollUpdateVersion", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/rollupdatecloudbaserunserverversion", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env_id: z.string(),
      version_name: z.string(),
      upload_type: z.optional(z.enum(["package", "repository", "image"])),
      repository_type: z.optional(z.string()),
      flow_ratio: z.optional(z.int()),
      dockerfile_path: z.optional(z.string()),
      build_dir: z.optional(z.string()),
      cpu: z.optional(z.string()),
      mem: z.optional(z.string()),
      min_num: z.optional(z.string()),
      max_num: z.optional(z.string()),
      policy_type: z.optional(z.string()),
      policy_threshold: z.optional(z.string()),
      env_params: z.optional(z.string()),
      container_port: z.optional(z.int()),
      server_name: z.optional(z.string()),
      repository: z.optional(z.string()),
      branch: z.optional(z.string()),
      version_remark: z.optional(z.string()),
      package_name: z.optional(z.string()),
      package_version: z.optional(z.string()),
      image_info: z.optional(z.object({
        repository_name: z.optional(z.string()),
        is_public: z.optional(z.boolean()),
        tag_name: z.optional(z.string()),
        server_addr: z.optional(z.string()),
        image_url: z.optional(z.string()),
      })),
      code_detail: z.optional(z.object({
        name: z.optional(z.object({
          name: z.optional(z.string()),
          full_name: z.optional(z.string()),
        })),
      })),
      is_rebuild: z.optional(z.boolean()),
      initial_delay_seconds: z.optional(z.int()),
      mount_volume_info: z.optional(z.array(z.unknown())),
      rollback: z.optional(z.boolean()),
      snapshot_name: z.optional(z.string()),
      custom_logs: z.optional(z.string()),
      enable_union: z.optional(z.boolean()),
      server_path: z.optional(z.string()),
      is_update_cls: z.optional(z.boolean()),
      policy_detail: z.optional(z.array(z.unknown())),
    }),
    result: z.looseObject({
      result: z.optional(z.string()),
      run_id: z.optional(z.string()),
    })
  },
  "cloudbase.staticStore.create": {
    "operationId": "open.cloudbase.staticStore.create", "id": "cloudbase.staticStore.create", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/createstaticstore", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env: z.string(),
    }),
    result: z.looseObject({})
  },
  "cloudbase.staticStore.describe": {
    "operationId": "open.cloudbase.staticStore.describe", "id": "cloudbase.staticStore.describe", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/describestaticstore", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
    }),
    result: z.looseObject({
      data: z.optional(z.array(S.OpenStaticStoreInfo)),
      Data: z.optional(z.array(S.OpenStaticStoreInfo)),
    })
  },
  "cloudbase.staticStore.getUploadLink": {
    "operationId": "open.cloudbase.staticStore.getUploadLink", "id": "cloudbase.staticStore.getUploadLink", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/staticuploadfile", "token": "component_access_token", "tokenParam": "access_token",
    params: z.object({
      env: z.string(),
      filename: z.string(),
    }),
    result: z.looseObject({
      signed_url: z.optional(z.string()),
      token: z.optional(z.string()),
    })
  },
  "cloudbase.staticStore.listFiles": {
    "operationId": "open.cloudbase.staticStore.listFiles", "id": "cloudbase.staticStore.listFiles", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/staticfilelist", "token": "component_access_token", "tokenParam": "access_token", "idempotent": true,
    params: z.object({
      env: z.string(),
      prefix: z.optional(z.string()),
      delimiter: z.optional(z.string()),
      marker: z.optional(z.string()),
    }),
    result: z.looseObject({
      contents: z.optional(z.array(z.looseObject({
        key: z.optional(z.string()),
        last_modified: z.optional(z.string()),
        md5: z.optional(z.string()),
        size: z.optional(z.string()),
      }))),
      is_truncated: z.optional(z.boolean()),
    })
  },
} as const;
