// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/journal`, by id: row and schemas. */
export const endpoints = {
  "journal.getRecordDetail": {
    "operationId": "work.journal.getRecordDetail", "id": "journal.getRecordDetail", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/journal/get_record_detail", "token": "access_token", "idempotent": true,
    params: z.object({
      journaluuid: z.string(),
    }),
    result: z.looseObject({
      info: z.optional(z.looseObject({
        journal_uuid: z.optional(z.string()),
        template_name: z.optional(z.string()),
        template_id: z.optional(z.string()),
        report_time: z.optional(z.int()),
        submitter: z.optional(S.WorkJournalUserRef),
        receivers: z.optional(z.array(S.WorkJournalUserRef)),
        readed_receivers: z.optional(z.array(S.WorkJournalUserRef)),
        apply_data: z.optional(z.looseObject({
          contents: z.optional(z.array(z.looseObject({
            control: z.optional(z.string()),
            id: z.optional(z.string()),
            title: z.optional(z.array(z.looseObject({
              text: z.optional(z.string()),
              lang: z.optional(z.string()),
            }))),
            value: z.optional(z.looseObject({
              text: z.optional(z.string()),
              tips: z.optional(z.array(z.unknown())),
              members: z.optional(z.array(z.unknown())),
              departments: z.optional(z.array(z.unknown())),
              files: z.optional(z.array(z.unknown())),
              children: z.optional(z.array(z.unknown())),
              stat_field: z.optional(z.array(z.unknown())),
              sum_field: z.optional(z.array(z.unknown())),
              related_approval: z.optional(z.array(z.unknown())),
              students: z.optional(z.array(z.unknown())),
              classes: z.optional(z.array(z.unknown())),
            })),
          }))),
        })),
        sys_journal_data: z.optional(z.string()),
        comments: z.optional(z.array(z.looseObject({
          commentid: z.optional(H.int64Out),
          tocommentid: z.optional(H.int64Out),
          comment_userinfo: z.optional(S.WorkJournalUserRef),
          content: z.optional(z.string()),
          comment_time: z.optional(z.int()),
        }))),
      })),
    })
  },
  "journal.getRecordList": {
    "operationId": "work.journal.getRecordList", "id": "journal.getRecordList", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/journal/get_record_list", "token": "access_token", "idempotent": true,
    params: z.object({
      starttime: z.int(),
      endtime: z.int(),
      cursor: z.int(),
      limit: z.int(),
      filters: z.optional(z.array(z.object({
        key: z.optional(z.enum(["creator", "department", "template_id"])),
        value: z.optional(z.string()),
      }))),
    }),
    result: z.looseObject({
      journaluuid_list: z.optional(z.array(z.string())),
      next_cursor: z.optional(z.int()),
      endflag: z.optional(z.union([z.literal(0), z.literal(1)])),
    })
  },
  "journal.getStatList": {
    "operationId": "work.journal.getStatList", "id": "journal.getStatList", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/journal/get_stat_list", "token": "access_token", "idempotent": true,
    params: z.object({
      template_id: z.string(),
      starttime: z.int(),
      endtime: z.int(),
    }),
    result: z.looseObject({
      stat_list: z.optional(z.array(z.looseObject({
        template_id: z.optional(z.string()),
        template_name: z.optional(z.string()),
        report_range: z.optional(S.WorkJournalRange),
        white_range: z.optional(S.WorkJournalRange),
        receivers: z.optional(z.looseObject({
          user_list: z.optional(z.array(S.WorkJournalUserRef)),
          tag_list: z.optional(z.array(z.looseObject({
            open_tagid: z.optional(z.string()),
          }))),
          leader_list: z.optional(z.array(z.looseObject({
            level: z.optional(z.int()),
          }))),
        })),
        cycle_begin_time: z.optional(z.int()),
        cycle_end_time: z.optional(z.int()),
        stat_begin_time: z.optional(z.int()),
        stat_end_time: z.optional(z.int()),
        report_list: z.optional(z.array(S.WorkJournalStatItem)),
        unreport_list: z.optional(z.array(S.WorkJournalStatItem)),
        report_type: z.optional(z.union([z.literal(2), z.literal(3), z.literal(4)])),
      }))),
    })
  },
} as const;
