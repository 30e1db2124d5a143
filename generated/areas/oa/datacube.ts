// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/datacube`, by id: row and schemas. */
export const endpoints = {
  "datacube.getArticleSummary": {
    "operationId": "oa.datacube.getArticleSummary", "id": "datacube.getArticleSummary", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getarticlesummary", "token": "access_token", "idempotent": true, "deprecated": "No longer maintained; use getarticleread, getarticleshare, getbizsummary or getarticletotaldetail",
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        msgid: z.optional(z.string()),
        title: z.optional(z.string()),
        int_page_read_user: z.optional(z.int()),
        int_page_read_count: z.optional(z.int()),
        ori_page_read_user: z.optional(z.int()),
        ori_page_read_count: z.optional(z.int()),
        share_user: z.optional(z.int()),
        share_count: z.optional(z.int()),
        add_to_fav_user: z.optional(z.int()),
        add_to_fav_count: z.optional(z.int()),
      })),
    })
  },
  "datacube.getArticleTotal": {
    "operationId": "oa.datacube.getArticleTotal", "id": "datacube.getArticleTotal", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getarticletotal", "token": "access_token", "idempotent": true, "deprecated": "No longer maintained; use getarticleread, getarticleshare, getbizsummary or getarticletotaldetail",
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        msgid: z.optional(z.string()),
        title: z.optional(z.string()),
        details: z.optional(z.array(z.looseObject({
          stat_date: z.optional(z.string()),
          target_user: z.optional(z.int()),
          int_page_read_user: z.optional(z.int()),
          int_page_read_count: z.optional(z.int()),
          ori_page_read_user: z.optional(z.int()),
          ori_page_read_count: z.optional(z.int()),
          share_user: z.optional(z.int()),
          share_count: z.optional(z.int()),
          add_to_fav_user: z.optional(z.int()),
          add_to_fav_count: z.optional(z.int()),
          int_page_from_session_read_user: z.optional(z.int()),
          int_page_from_session_read_count: z.optional(z.int()),
          int_page_from_hist_msg_read_user: z.optional(z.int()),
          int_page_from_hist_msg_read_count: z.optional(z.int()),
          int_page_from_feed_read_user: z.optional(z.int()),
          int_page_from_feed_read_count: z.optional(z.int()),
          int_page_from_friends_read_user: z.optional(z.int()),
          int_page_from_friends_read_count: z.optional(z.int()),
          int_page_from_other_read_user: z.optional(z.int()),
          int_page_from_other_read_count: z.optional(z.int()),
          feed_share_from_session_user: z.optional(z.int()),
          feed_share_from_session_cnt: z.optional(z.int()),
          feed_share_from_feed_user: z.optional(z.int()),
          feed_share_from_feed_cnt: z.optional(z.int()),
          feed_share_from_other_user: z.optional(z.int()),
          feed_share_from_other_cnt: z.optional(z.int()),
        }))),
      })),
    })
  },
  "datacube.getCardBizuinInfo": {
    "operationId": "oa.datacube.getCardBizuinInfo", "id": "datacube.getCardBizuinInfo", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getcardbizuininfo", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
      cond_source: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        view_cnt: z.optional(z.int()),
        view_user: z.optional(z.int()),
        receive_cnt: z.optional(z.int()),
        receive_user: z.optional(z.int()),
        verify_cnt: z.optional(z.int()),
        verify_user: z.optional(z.int()),
        given_cnt: z.optional(z.int()),
        given_user: z.optional(z.int()),
        expire_cnt: z.optional(z.int()),
        expire_user: z.optional(z.int()),
      })),
    })
  },
  "datacube.getCardCardInfo": {
    "operationId": "oa.datacube.getCardCardInfo", "id": "datacube.getCardCardInfo", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getcardcardinfo", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
      cond_source: z.union([z.literal(0), z.literal(1)]),
      card_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        card_id: z.optional(z.string()),
        card_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
        view_cnt: z.optional(z.int()),
        view_user: z.optional(z.int()),
        receive_cnt: z.optional(z.int()),
        receive_user: z.optional(z.int()),
        verify_cnt: z.optional(z.int()),
        verify_user: z.optional(z.int()),
        given_cnt: z.optional(z.int()),
        given_user: z.optional(z.int()),
        expire_cnt: z.optional(z.int()),
        expire_user: z.optional(z.int()),
      })),
    })
  },
  "datacube.getCardMemberCardDetail": {
    "operationId": "oa.datacube.getCardMemberCardDetail", "id": "datacube.getCardMemberCardDetail", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getcardmembercarddetail", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
      card_id: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        merchanttype: z.optional(z.int()),
        cardid: z.optional(z.string()),
        submerchantid: z.optional(z.int()),
        view_cnt: z.optional(z.int()),
        view_user: z.optional(z.int()),
        receive_cnt: z.optional(z.int()),
        receive_user: z.optional(z.int()),
        verify_cnt: z.optional(z.int()),
        verify_user: z.optional(z.int()),
        active_cnt: z.optional(z.int()),
        active_user: z.optional(z.int()),
        total_user: z.optional(z.int()),
        new_user: z.optional(z.int()),
        payOriginalFee: z.optional(z.int()),
        fee: z.optional(z.int()),
      })),
    })
  },
  "datacube.getCardMemberCardInfo": {
    "operationId": "oa.datacube.getCardMemberCardInfo", "id": "datacube.getCardMemberCardInfo", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getcardmembercardinfo", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
      cond_source: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        view_cnt: z.optional(z.int()),
        view_user: z.optional(z.int()),
        receive_cnt: z.optional(z.int()),
        receive_user: z.optional(z.int()),
        active_user: z.optional(z.int()),
        verify_cnt: z.optional(z.int()),
        verify_user: z.optional(z.int()),
        total_user: z.optional(z.int()),
        total_receive_user: z.optional(z.int()),
      })),
    })
  },
  "datacube.getInterfaceSummary": {
    "operationId": "oa.datacube.getInterfaceSummary", "id": "datacube.getInterfaceSummary", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getinterfacesummary", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        callback_count: z.optional(z.int()),
        fail_count: z.optional(z.int()),
        total_time_cost: z.optional(z.int()),
        max_time_cost: z.optional(z.int()),
      })),
    })
  },
  "datacube.getInterfaceSummaryHour": {
    "operationId": "oa.datacube.getInterfaceSummaryHour", "id": "datacube.getInterfaceSummaryHour", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getinterfacesummaryhour", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        ref_hour: z.optional(z.int()),
        callback_count: z.optional(z.int()),
        fail_count: z.optional(z.int()),
        total_time_cost: z.optional(z.int()),
        max_time_cost: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUpstreamMsg": {
    "operationId": "oa.datacube.getUpstreamMsg", "id": "datacube.getUpstreamMsg", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getupstreammsg", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        msg_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6)])),
        msg_user: z.optional(z.int()),
        msg_count: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUpstreamMsgDist": {
    "operationId": "oa.datacube.getUpstreamMsgDist", "id": "datacube.getUpstreamMsgDist", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getupstreammsgdist", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        count_interval: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
        msg_user: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUpstreamMsgDistMonth": {
    "operationId": "oa.datacube.getUpstreamMsgDistMonth", "id": "datacube.getUpstreamMsgDistMonth", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getupstreammsgdistmonth", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        count_interval: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
        msg_user: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUpstreamMsgDistWeek": {
    "operationId": "oa.datacube.getUpstreamMsgDistWeek", "id": "datacube.getUpstreamMsgDistWeek", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getupstreammsgdistweek", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        count_interval: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
        msg_user: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUpstreamMsgHour": {
    "operationId": "oa.datacube.getUpstreamMsgHour", "id": "datacube.getUpstreamMsgHour", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getupstreammsghour", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        ref_hour: z.optional(z.int()),
        msg_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6)])),
        msg_user: z.optional(z.int()),
        msg_count: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUpstreamMsgMonth": {
    "operationId": "oa.datacube.getUpstreamMsgMonth", "id": "datacube.getUpstreamMsgMonth", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getupstreammsgmonth", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        msg_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6)])),
        msg_user: z.optional(z.int()),
        msg_count: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUpstreamMsgWeek": {
    "operationId": "oa.datacube.getUpstreamMsgWeek", "id": "datacube.getUpstreamMsgWeek", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getupstreammsgweek", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        msg_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6)])),
        msg_user: z.optional(z.int()),
        msg_count: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUserCumulate": {
    "operationId": "oa.datacube.getUserCumulate", "id": "datacube.getUserCumulate", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getusercumulate", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        cumulate_user: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUserRead": {
    "operationId": "oa.datacube.getUserRead", "id": "datacube.getUserRead", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getuserread", "token": "access_token", "idempotent": true, "deprecated": "No longer maintained; use getarticleread, getarticleshare, getbizsummary or getarticletotaldetail",
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        user_source: z.optional(z.int()),
        int_page_read_user: z.optional(z.int()),
        int_page_read_count: z.optional(z.int()),
        ori_page_read_user: z.optional(z.int()),
        ori_page_read_count: z.optional(z.int()),
        share_user: z.optional(z.int()),
        share_count: z.optional(z.int()),
        add_to_fav_user: z.optional(z.int()),
        add_to_fav_count: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUserReadHour": {
    "operationId": "oa.datacube.getUserReadHour", "id": "datacube.getUserReadHour", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getuserreadhour", "token": "access_token", "idempotent": true, "deprecated": "No longer maintained; use getarticleread, getarticleshare, getbizsummary or getarticletotaldetail",
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        ref_hour: z.optional(z.int()),
        user_source: z.optional(z.int()),
        int_page_read_user: z.optional(z.int()),
        int_page_read_count: z.optional(z.int()),
        ori_page_read_user: z.optional(z.int()),
        ori_page_read_count: z.optional(z.int()),
        share_user: z.optional(z.int()),
        share_count: z.optional(z.int()),
        add_to_fav_user: z.optional(z.int()),
        add_to_fav_count: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUserShare": {
    "operationId": "oa.datacube.getUserShare", "id": "datacube.getUserShare", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getusershare", "token": "access_token", "idempotent": true, "deprecated": "No longer maintained; use getarticleread, getarticleshare, getbizsummary or getarticletotaldetail",
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        share_scene: z.optional(z.int()),
        share_count: z.optional(z.int()),
        share_user: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUserShareHour": {
    "operationId": "oa.datacube.getUserShareHour", "id": "datacube.getUserShareHour", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getusersharehour", "token": "access_token", "idempotent": true, "deprecated": "No longer maintained; use getarticleread, getarticleshare, getbizsummary or getarticletotaldetail",
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        ref_hour: z.optional(z.int()),
        share_user: z.optional(z.int()),
        share_count: z.optional(z.int()),
        share_scene: z.optional(z.int()),
      })),
    })
  },
  "datacube.getUserSummary": {
    "operationId": "oa.datacube.getUserSummary", "id": "datacube.getUserSummary", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getusersummary", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        user_source: z.optional(z.int()),
        new_user: z.optional(z.int()),
        cancel_user: z.optional(z.int()),
      })),
    })
  },
} as const;
