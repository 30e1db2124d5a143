// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/live`, by id: row and schemas. */
export const endpoints = {
  "live.addAssistant": {
    "operationId": "miniprogram.live.addAssistant", "id": "live.addAssistant", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/addassistant", "token": "access_token",
    params: z.object({
      roomId: z.int(),
      users: z.array(z.object({
        username: z.string(),
        nickname: z.string(),
      })),
    }),
    result: z.looseObject({})
  },
  "live.addGoods": {
    "operationId": "miniprogram.live.addGoods", "id": "live.addGoods", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/add", "token": "access_token",
    params: z.object({
      goodsInfo: z.object({
        coverImgUrl: z.string(),
        name: z.string(),
        priceType: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        price: z.number(),
        price2: z.optional(z.number()),
        url: z.string(),
        thirdPartyAppid: z.optional(z.string()),
      }),
    }),
    result: z.looseObject({
      goodsId: z.optional(z.int()),
      auditId: z.optional(z.int()),
    })
  },
  "live.addRole": {
    "operationId": "miniprogram.live.addRole", "id": "live.addRole", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/role/addrole", "token": "access_token",
    params: z.object({
      username: z.string(),
      role: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    }),
    result: z.looseObject({
      codeurl: z.optional(z.string()),
    })
  },
  "live.addRoomGoods": {
    "operationId": "miniprogram.live.addRoomGoods", "id": "live.addRoomGoods", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/addgoods", "token": "access_token",
    params: z.object({
      ids: z.array(z.int()),
      roomId: z.int(),
    }),
    result: z.looseObject({})
  },
  "live.addSubAnchor": {
    "operationId": "miniprogram.live.addSubAnchor", "id": "live.addSubAnchor", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/addsubanchor", "token": "access_token",
    params: z.object({
      roomId: z.int(),
      username: z.string(),
    }),
    result: z.looseObject({})
  },
  "live.createRoom": {
    "operationId": "miniprogram.live.createRoom", "id": "live.createRoom", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/create", "token": "access_token",
    params: z.object({
      name: z.string(),
      coverImg: z.string(),
      startTime: z.int(),
      endTime: z.int(),
      anchorName: z.string(),
      anchorWechat: z.string(),
      subAnchorWechat: z.optional(z.string()),
      createrWechat: z.optional(z.string()),
      shareImg: z.string(),
      feedsImg: z.string(),
      isFeedsPublic: z.optional(z.union([z.literal(0), z.literal(1)])),
      type: z.union([z.literal(0), z.literal(1)]),
      closeLike: z.union([z.literal(0), z.literal(1)]),
      closeGoods: z.union([z.literal(0), z.literal(1)]),
      closeComment: z.union([z.literal(0), z.literal(1)]),
      closeReplay: z.optional(z.union([z.literal(0), z.literal(1)])),
      closeShare: z.optional(z.union([z.literal(0), z.literal(1)])),
      closeKf: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      roomId: z.int(),
      qrcode_url: z.optional(z.string()),
    })
  },
  "live.deleteGoods": {
    "operationId": "miniprogram.live.deleteGoods", "id": "live.deleteGoods", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/delete", "token": "access_token",
    params: z.object({
      goodsId: z.int(),
    }),
    result: z.looseObject({})
  },
  "live.deleteRole": {
    "operationId": "miniprogram.live.deleteRole", "id": "live.deleteRole", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/role/deleterole", "token": "access_token",
    params: z.object({
      username: z.string(),
      role: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    }),
    result: z.looseObject({})
  },
  "live.deleteRoom": {
    "operationId": "miniprogram.live.deleteRoom", "id": "live.deleteRoom", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/deleteroom", "token": "access_token",
    params: z.object({
      id: z.int(),
    }),
    result: z.looseObject({})
  },
  "live.deleteRoomGoods": {
    "operationId": "miniprogram.live.deleteRoomGoods", "id": "live.deleteRoomGoods", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/deleteInRoom", "token": "access_token",
    params: z.object({
      roomId: z.int(),
      goodsId: z.int(),
    }),
    result: z.looseObject({})
  },
  "live.deleteSubAnchor": {
    "operationId": "miniprogram.live.deleteSubAnchor", "id": "live.deleteSubAnchor", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/deletesubanchor", "token": "access_token",
    params: z.object({
      roomId: z.int(),
    }),
    result: z.looseObject({})
  },
  "live.editRoom": {
    "operationId": "miniprogram.live.editRoom", "id": "live.editRoom", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/editroom", "token": "access_token",
    params: z.object({
      id: z.int(),
      name: z.string(),
      coverImg: z.string(),
      startTime: z.int(),
      endTime: z.int(),
      anchorName: z.string(),
      anchorWechat: z.string(),
      shareImg: z.string(),
      feedsImg: z.string(),
      isFeedsPublic: z.optional(z.union([z.literal(0), z.literal(1)])),
      closeLike: z.union([z.literal(0), z.literal(1)]),
      closeGoods: z.union([z.literal(0), z.literal(1)]),
      closeComment: z.union([z.literal(0), z.literal(1)]),
      closeReplay: z.optional(z.union([z.literal(0), z.literal(1)])),
      closeShare: z.optional(z.union([z.literal(0), z.literal(1)])),
      closeKf: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({})
  },
  "live.getAssistantList": {
    "operationId": "miniprogram.live.getAssistantList", "id": "live.getAssistantList", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/getassistantlist", "token": "access_token", "query": ["roomId"], "idempotent": true,
    params: z.object({
      roomId: z.int(),
    }),
    result: z.looseObject({
      list: z.optional(z.array(z.looseObject({
        timestamp: z.optional(z.int()),
        headimg: z.optional(z.string()),
        nickname: z.optional(z.string()),
        alias: z.optional(z.string()),
        openid: z.optional(z.string()),
      }))),
      count: z.optional(z.int()),
      maxCount: z.optional(z.int()),
    })
  },
  "live.getDefaultGoodsKey": {
    "operationId": "miniprogram.live.getDefaultGoodsKey", "id": "live.getDefaultGoodsKey", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/getkey", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      vendorGoodsKey: z.optional(z.array(z.string())),
    })
  },
  "live.getFollowers": {
    "operationId": "miniprogram.live.getFollowers", "id": "live.getFollowers", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/get_wxa_followers", "token": "access_token", "idempotent": true,
    params: z.object({
      limit: z.optional(z.int().check(z.lte(2000))),
      page_break: z.optional(z.int()),
    }),
    result: z.looseObject({
      followers: z.optional(z.array(z.looseObject({
        openid: z.optional(z.string()),
        subscribe_time: z.optional(z.int()),
        room_id: z.optional(z.int()),
        room_status: z.optional(z.int()),
      }))),
      page_break: z.optional(z.int()),
    })
  },
  "live.getGoodsAuditInfo": {
    "operationId": "miniprogram.live.getGoodsAuditInfo", "id": "live.getGoodsAuditInfo", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/getgoodswarehouse", "token": "access_token", "idempotent": true,
    params: z.object({
      goods_ids: z.array(z.int()).check(z.maxLength(20)),
    }),
    result: z.looseObject({
      goods: z.optional(z.array(z.looseObject({
        goods_id: z.optional(z.int()),
        name: z.optional(z.string()),
        cover_img_url: z.optional(z.string()),
        url: z.optional(z.string()),
        priceType: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
        price_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
        price: z.optional(z.number()),
        price2: z.optional(z.number()),
        audit_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
        third_party_tag: z.optional(z.int()),
        thirdPartyAppid: z.optional(z.string()),
      }))),
      total: z.optional(z.int()),
    })
  },
  "live.getGoodsList": {
    "operationId": "miniprogram.live.getGoodsList", "id": "live.getGoodsList", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/getapproved", "token": "access_token", "query": ["offset", "limit", "status"], "idempotent": true,
    params: z.object({
      offset: z.int(),
      limit: z.optional(z.int().check(z.lte(100))),
      status: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    }),
    result: z.looseObject({
      goods: z.optional(z.array(z.looseObject({
        goodsId: z.optional(z.int()),
        name: z.optional(z.string()),
        coverImgUrl: z.optional(z.string()),
        url: z.optional(z.string()),
        priceType: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
        price: z.optional(z.number()),
        price2: z.optional(z.number()),
        thirdPartyTag: z.optional(z.int()),
        third_party_tag: z.optional(z.int()),
        thirdPartyAppid: z.optional(z.string()),
      }))),
      total: z.optional(z.int()),
    })
  },
  "live.getGoodsVideo": {
    "operationId": "miniprogram.live.getGoodsVideo", "id": "live.getGoodsVideo", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/getVideo", "token": "access_token", "idempotent": true,
    params: z.object({
      roomId: z.int(),
      goodsId: z.int(),
    }),
    result: z.looseObject({
      url: z.optional(z.string()),
    })
  },
  "live.getLiveInfo": {
    "operationId": "miniprogram.live.getLiveInfo", "id": "live.getLiveInfo", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/getliveinfo", "token": "access_token", "idempotent": true,
    params: z.object({
      start: z.int(),
      limit: z.int(),
      action: z.optional(z.enum(["get_replay"])),
      room_id: z.optional(z.int()),
    }),
    result: z.looseObject({
      total: z.optional(z.int()),
      room_info: z.optional(z.array(z.looseObject({
        name: z.optional(z.string()),
        roomid: z.optional(z.int()),
        cover_img: z.optional(z.string()),
        share_img: z.optional(z.string()),
        live_status: z.optional(z.int()),
        start_time: z.optional(z.int()),
        end_time: z.optional(z.int()),
        anchor_name: z.optional(z.string()),
        goods: z.optional(z.array(z.looseObject({
          cover_img: z.optional(z.string()),
          url: z.optional(z.string()),
          name: z.optional(z.string()),
          price: z.optional(z.int()),
          price2: z.optional(z.int()),
          price_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
          goods_id: z.optional(z.int()),
          third_party_appid: z.optional(z.string()),
        }))),
        live_type: z.optional(z.union([z.literal(0), z.literal(1)])),
        close_like: z.optional(z.union([z.literal(0), z.literal(1)])),
        close_goods: z.optional(z.union([z.literal(0), z.literal(1)])),
        close_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
        close_kf: z.optional(z.union([z.literal(0), z.literal(1)])),
        close_replay: z.optional(z.union([z.literal(0), z.literal(1)])),
        is_feeds_public: z.optional(z.union([z.literal(0), z.literal(1)])),
        creater_openid: z.optional(z.string()),
        feeds_img: z.optional(z.string()),
      }))),
      live_replay: z.optional(z.array(z.looseObject({
        create_time: z.optional(z.string()),
        expire_time: z.optional(z.string()),
        media_url: z.optional(z.string()),
      }))),
    })
  },
  "live.getPushUrl": {
    "operationId": "miniprogram.live.getPushUrl", "id": "live.getPushUrl", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/getpushurl", "token": "access_token", "query": ["roomId"], "idempotent": true,
    params: z.object({
      roomId: z.int(),
    }),
    result: z.looseObject({
      pushAddr: z.optional(z.string()),
    })
  },
  "live.getRoleList": {
    "operationId": "miniprogram.live.getRoleList", "id": "live.getRoleList", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/role/getrolelist", "token": "access_token", "query": ["role", "offset", "limit", "keyword"], "idempotent": true,
    params: z.object({
      role: z.optional(z.union([z.literal(-1), z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
      offset: z.optional(z.int()),
      limit: z.optional(z.int().check(z.lte(30))),
      keyword: z.optional(z.string()),
    }),
    result: z.looseObject({
      total: z.optional(z.int()),
      list: z.optional(z.array(z.looseObject({
        headingimg: z.optional(z.string()),
        nickname: z.optional(z.string()),
        openid: z.optional(z.string()),
        roleList: z.optional(z.array(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]))),
        updateTimestamp: z.optional(z.string()),
        username: z.optional(z.string()),
      }))),
    })
  },
  "live.getSharedCode": {
    "operationId": "miniprogram.live.getSharedCode", "id": "live.getSharedCode", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/getsharedcode", "token": "access_token", "query": ["roomId", "params"], "idempotent": true,
    params: z.object({
      roomId: z.int(),
      params: z.optional(z.string()),
    }),
    result: z.looseObject({
      cdnUrl: z.optional(z.string()),
      pagePath: z.optional(z.string()),
      posterUrl: z.optional(z.string()),
    })
  },
  "live.getSubAnchor": {
    "operationId": "miniprogram.live.getSubAnchor", "id": "live.getSubAnchor", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/getsubanchor", "token": "access_token", "query": ["roomId"], "idempotent": true,
    params: z.object({
      roomId: z.int(),
    }),
    result: z.looseObject({
      username: z.optional(z.string()),
    })
  },
  "live.modifyAssistant": {
    "operationId": "miniprogram.live.modifyAssistant", "id": "live.modifyAssistant", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/modifyassistant", "token": "access_token",
    params: z.object({
      roomId: z.int(),
      username: z.string(),
      nickname: z.string(),
    }),
    result: z.looseObject({})
  },
  "live.modifySubAnchor": {
    "operationId": "miniprogram.live.modifySubAnchor", "id": "live.modifySubAnchor", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/modifysubanchor", "token": "access_token",
    params: z.object({
      roomId: z.int(),
      username: z.string(),
    }),
    result: z.looseObject({})
  },
  "live.pushGoods": {
    "operationId": "miniprogram.live.pushGoods", "id": "live.pushGoods", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/push", "token": "access_token",
    params: z.object({
      roomId: z.int(),
      goodsId: z.int(),
    }),
    result: z.looseObject({})
  },
  "live.pushMessage": {
    "operationId": "miniprogram.live.pushMessage", "id": "live.pushMessage", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/push_message", "token": "access_token",
    params: z.object({
      room_id: z.int(),
      user_openid: z.array(z.string()).check(z.maxLength(2000)),
    }),
    result: z.looseObject({
      message_id: z.optional(z.string()),
    })
  },
  "live.removeAssistant": {
    "operationId": "miniprogram.live.removeAssistant", "id": "live.removeAssistant", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/removeassistant", "token": "access_token",
    params: z.object({
      roomId: z.int(),
      username: z.string(),
    }),
    result: z.looseObject({})
  },
  "live.resetGoodsAudit": {
    "operationId": "miniprogram.live.resetGoodsAudit", "id": "live.resetGoodsAudit", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/resetaudit", "token": "access_token",
    params: z.object({
      goodsId: z.int(),
      auditId: z.int(),
    }),
    result: z.looseObject({})
  },
  "live.resubmitGoodsAudit": {
    "operationId": "miniprogram.live.resubmitGoodsAudit", "id": "live.resubmitGoodsAudit", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/audit", "token": "access_token",
    params: z.object({
      goodsId: z.int(),
    }),
    result: z.looseObject({
      auditId: z.optional(z.int()),
    })
  },
  "live.setDefaultGoodsKey": {
    "operationId": "miniprogram.live.setDefaultGoodsKey", "id": "live.setDefaultGoodsKey", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/setkey", "token": "access_token",
    params: z.object({
      goodsKey: z.array(z.string()),
    }),
    result: z.looseObject({})
  },
  "live.setGoodsOnSale": {
    "operationId": "miniprogram.live.setGoodsOnSale", "id": "live.setGoodsOnSale", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/onsale", "token": "access_token",
    params: z.object({
      roomId: z.int(),
      goodsId: z.int(),
      onSale: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({})
  },
  "live.sortGoods": {
    "operationId": "miniprogram.live.sortGoods", "id": "live.sortGoods", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/sort", "token": "access_token",
    params: z.object({
      roomId: z.int(),
      goods: z.array(z.object({
        goodsId: z.int(),
      })),
    }),
    result: z.looseObject({})
  },
  "live.updateComment": {
    "operationId": "miniprogram.live.updateComment", "id": "live.updateComment", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/updatecomment", "token": "access_token",
    params: z.object({
      id: z.int(),
      banComment: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({})
  },
  "live.updateFeedPublic": {
    "operationId": "miniprogram.live.updateFeedPublic", "id": "live.updateFeedPublic", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/updatefeedpublic", "token": "access_token",
    params: z.object({
      roomId: z.int(),
      isFeedsPublic: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({})
  },
  "live.updateGoods": {
    "operationId": "miniprogram.live.updateGoods", "id": "live.updateGoods", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/goods/update", "token": "access_token",
    params: z.object({
      goodsInfo: z.object({
        goodsId: z.int(),
        coverImgUrl: z.optional(z.string()),
        name: z.optional(z.string()),
        priceType: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
        price: z.optional(z.number()),
        price2: z.optional(z.number()),
        url: z.optional(z.string()),
        thirdPartyAppid: z.optional(z.string()),
      }),
    }),
    result: z.looseObject({})
  },
  "live.updateKf": {
    "operationId": "miniprogram.live.updateKf", "id": "live.updateKf", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/updatekf", "token": "access_token",
    params: z.object({
      roomId: z.int(),
      closeKf: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({})
  },
  "live.updateReplay": {
    "operationId": "miniprogram.live.updateReplay", "id": "live.updateReplay", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/broadcast/room/updatereplay", "token": "access_token",
    params: z.object({
      roomId: z.int(),
      closeReplay: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({})
  },
} as const;
