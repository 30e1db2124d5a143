// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/approval`, by id: row and schemas. */
export const endpoints = {
  "approval.applyEvent": {
    "operationId": "work.approval.applyEvent", "id": "approval.applyEvent", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/applyevent", "token": "access_token",
    params: z.object({
      creator_userid: z.string(),
      template_id: z.string(),
      use_template_approver: z.union([z.literal(0), z.literal(1)]),
      approver: z.optional(z.array(z.object({
        userid: z.array(z.string()),
        attr: z.union([z.literal(1), z.literal(2)]),
      }))),
      notifyer: z.optional(z.array(z.string())),
      notify_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
      apply_data: z.object({
        contents: z.array(z.object({
          control: z.string(),
          id: z.string(),
          title: z.optional(z.array(S.WorkApprovalLangText)),
          value: z.unknown(),
        })),
      }),
      summary_list: z.array(z.object({
        summary_info: z.array(z.object({
          text: z.string(),
          lang: z.string(),
        })),
      })).check(z.maxLength(3)),
    }),
    result: z.looseObject({})
  },
  "approval.copyTemplate": {
    "operationId": "work.approval.copyTemplate", "id": "approval.copyTemplate", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/approval/copytemplate", "token": "access_token",
    params: z.object({
      open_template_id: z.string(),
    }),
    result: z.looseObject({
      template_id: z.string(),
    })
  },
  "approval.createTemplate": {
    "operationId": "work.approval.createTemplate", "id": "approval.createTemplate", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/approval/create_template", "token": "access_token",
    params: z.object({
      template_name: z.array(z.object({
        text: z.string().check(z.maxLength(40)),
        lang: z.string(),
      })),
      template_content: z.optional(z.object({
        controls: z.optional(z.array(S.WorkApprovalTemplateControlInput)),
      })),
    }),
    result: z.looseObject({
      template_id: z.string(),
    })
  },
  "approval.getApprovalData": {
    "operationId": "work.approval.getApprovalData", "id": "approval.getApprovalData", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corp/getapprovaldata", "token": "access_token", "idempotent": true, "deprecated": "No longer maintained and being phased out (此接口后续将不再维护、逐步下线); use approval.getApprovalInfo and approval.getApprovalDetail",
    params: z.object({
      starttime: z.int(),
      endtime: z.int(),
      next_spnum: z.optional(H.int64In),
    }),
    result: z.looseObject({
      count: z.optional(z.int()),
      total: z.optional(z.int()),
      next_spnum: z.optional(H.int64Out),
      data: z.optional(z.array(z.looseObject({
        spname: z.optional(z.string()),
        apply_name: z.optional(z.string()),
        apply_org: z.optional(z.string()),
        approval_name: z.optional(z.array(z.string())),
        notify_name: z.optional(z.array(z.string())),
        sp_status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6), z.literal(10)])),
        sp_num: z.optional(H.int64Out),
        mediaids: z.optional(z.array(z.string())),
        apply_time: z.optional(z.int()),
        apply_user_id: z.optional(z.string()),
        leave: z.optional(z.looseObject({
          timeunit: z.optional(z.union([z.literal(0), z.literal(1)])),
          leave_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8)])),
          start_time: z.optional(z.int()),
          end_time: z.optional(z.int()),
          duration: z.optional(z.int()),
          reason: z.optional(z.string()),
        })),
        expense: z.optional(z.looseObject({
          expense_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
          reason: z.optional(z.string()),
          item: z.optional(z.array(z.looseObject({
            expenseitem_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8), z.literal(9), z.literal(10)])),
            time: z.optional(z.int()),
            sums: z.optional(z.int()),
            reason: z.optional(z.string()),
          }))),
        })),
        comm: z.optional(z.looseObject({
          apply_data: z.optional(z.string()),
        })),
      }))),
    })
  },
  "approval.getApprovalDetail": {
    "operationId": "work.approval.getApprovalDetail", "id": "approval.getApprovalDetail", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/getapprovaldetail", "token": "access_token", "idempotent": true,
    params: z.object({
      sp_no: H.int64In,
    }),
    result: z.looseObject({
      info: z.optional(z.looseObject({
        sp_no: z.optional(z.string()),
        sp_name: z.optional(z.string()),
        sp_status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6), z.literal(7), z.literal(10)])),
        template_id: z.optional(z.string()),
        apply_time: z.optional(z.int()),
        applyer: z.optional(z.looseObject({
          userid: z.optional(z.string()),
          partyid: z.optional(z.string()),
        })),
        sp_record: z.optional(z.array(z.looseObject({
          sp_status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
          approverattr: z.optional(z.union([z.literal(1), z.literal(2)])),
          details: z.optional(z.array(z.looseObject({
            approver: z.optional(z.looseObject({
              userid: z.optional(z.string()),
            })),
            speech: z.optional(z.string()),
            sp_status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
            sptime: z.optional(z.int()),
            media_id: z.optional(z.array(z.string())),
          }))),
        }))),
        notifyer: z.optional(z.array(z.looseObject({
          userid: z.optional(z.string()),
        }))),
        apply_data: z.optional(z.looseObject({
          contents: z.optional(z.array(z.looseObject({
            control: z.optional(z.string()),
            id: z.optional(z.string()),
            title: z.optional(z.array(S.WorkApprovalLangText)),
            value: z.optional(z.looseObject({
              text: z.optional(z.string()),
              tips: z.optional(z.array(z.unknown())),
              members: z.optional(z.array(z.unknown())),
              departments: z.optional(z.array(z.unknown())),
              files: z.optional(z.array(z.unknown())),
              children: z.optional(z.array(z.unknown())),
              stat_field: z.optional(z.array(z.unknown())),
            })),
          }))),
        })),
        comments: z.optional(z.array(z.looseObject({
          commentUserInfo: z.optional(z.looseObject({
            userid: z.optional(z.string()),
          })),
          commenttime: z.optional(z.int()),
          commentcontent: z.optional(z.string()),
          commentid: z.optional(z.string()),
          media_id: z.optional(z.array(z.string())),
        }))),
      })),
    })
  },
  "approval.getApprovalInfo": {
    "operationId": "work.approval.getApprovalInfo", "id": "approval.getApprovalInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/getapprovalinfo", "token": "access_token", "idempotent": true,
    params: z.object({
      starttime: z.string(),
      endtime: z.string(),
      new_cursor: z.optional(z.string()),
      size: z.optional(z.int().check(z.lte(100))),
      filters: z.optional(z.array(z.object({
        key: z.optional(z.enum(["template_id", "creator", "department", "sp_status", "record_type"])),
        value: z.optional(z.string()),
      }))),
    }),
    result: z.looseObject({
      sp_no_list: z.optional(z.array(z.string())),
      new_next_cursor: z.optional(z.string()),
      next_cursor: z.optional(z.int()),
    })
  },
  "approval.getOpenApprovalData": {
    "operationId": "work.approval.getOpenApprovalData", "id": "approval.getOpenApprovalData", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corp/getopenapprovaldata", "token": "access_token", "idempotent": true,
    params: z.object({
      thirdNo: z.string(),
    }),
    result: z.looseObject({
      data: z.optional(z.looseObject({
        ThirdNo: z.optional(z.string()),
        OpenTemplateId: z.optional(z.string()),
        OpenSpName: z.optional(z.string()),
        OpenSpstatus: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
        ApplyTime: z.optional(z.int()),
        ApplyUsername: z.optional(z.string()),
        ApplyUserParty: z.optional(z.string()),
        ApplyUserImage: z.optional(z.string()),
        ApplyUserId: z.optional(z.string()),
        ApprovalNodes: z.optional(z.looseObject({
          ApprovalNode: z.optional(z.array(z.looseObject({
            NodeStatus: z.optional(z.int()),
            NodeAttr: z.optional(z.int()),
            NodeType: z.optional(z.int()),
            Items: z.optional(z.looseObject({
              Item: z.optional(z.array(z.looseObject({
                ItemName: z.optional(z.string()),
                ItemParty: z.optional(z.string()),
                ItemImage: z.optional(z.string()),
                ItemUserId: z.optional(z.string()),
                ItemStatus: z.optional(z.int()),
                ItemSpeech: z.optional(z.string()),
                ItemOpTime: z.optional(z.int()),
              }))),
            })),
          }))),
        })),
        NotifyNodes: z.optional(z.looseObject({
          NotifyNode: z.optional(z.array(z.looseObject({
            ItemName: z.optional(z.string()),
            ItemParty: z.optional(z.string()),
            ItemImage: z.optional(z.string()),
            ItemUserId: z.optional(z.string()),
          }))),
        })),
        ApproverStep: z.optional(z.int()),
      })),
    })
  },
  "approval.getTemplateDetail": {
    "operationId": "work.approval.getTemplateDetail", "id": "approval.getTemplateDetail", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/gettemplatedetail", "token": "access_token", "idempotent": true,
    params: z.object({
      template_id: z.string(),
    }),
    result: z.looseObject({
      template_names: z.optional(z.array(S.WorkApprovalLangText)),
      template_content: z.optional(z.looseObject({
        controls: z.optional(z.array(z.looseObject({
          property: z.optional(z.looseObject({
            control: z.optional(z.string()),
            id: z.optional(z.string()),
            title: z.optional(z.array(S.WorkApprovalLangText)),
            placeholder: z.optional(z.array(S.WorkApprovalLangText)),
            require: z.optional(z.union([z.literal(0), z.literal(1)])),
            un_print: z.optional(z.union([z.literal(0), z.literal(1)])),
          })),
          config: z.optional(z.looseObject({
            selector: z.optional(z.looseObject({
              type: z.optional(z.string()),
              exp_type: z.optional(z.int()),
              options: z.optional(z.array(z.looseObject({
                key: z.optional(z.string()),
                value: z.optional(z.array(S.WorkApprovalLangText)),
              }))),
            })),
          })),
        }))),
      })),
    })
  },
  "approval.updateTemplate": {
    "operationId": "work.approval.updateTemplate", "id": "approval.updateTemplate", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/approval/update_template", "token": "access_token",
    params: z.object({
      template_id: z.string(),
      template_name: z.array(z.object({
        text: z.string().check(z.maxLength(40)),
        lang: z.string(),
      })),
      template_content: z.optional(z.object({
        controls: z.optional(z.array(S.WorkApprovalTemplateControlInput)),
      })),
    }),
    result: z.looseObject({})
  },
} as const;
