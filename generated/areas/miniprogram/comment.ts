// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `miniprogram/comment`, by id: row and schemas. */
export const endpoints = {
  "comment.addCommentReply": {
    "operationId": "miniprogram.comment.addCommentReply", "id": "comment.addCommentReply", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/comment/commentreply/add", "token": "access_token",
    params: z.object({
      commentId: z.string(),
      replyId: z.string(),
      content: z.string(),
    }),
    result: z.looseObject({
      success: z.optional(z.boolean()),
    })
  },
  "comment.confirmCompromise": {
    "operationId": "miniprogram.comment.confirmCompromise", "id": "comment.confirmCompromise", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/comment/confirmcompromise", "token": "access_token",
    params: z.object({
      commentId: z.string(),
      picList: z.array(z.string()),
      content: z.string(),
    }),
    result: z.looseObject({
      success: z.optional(z.boolean()),
    })
  },
  "comment.deleteCommentReply": {
    "operationId": "miniprogram.comment.deleteCommentReply", "id": "comment.deleteCommentReply", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/comment/commentreply/delete", "token": "access_token",
    params: z.object({
      commentId: z.string(),
      replyId: z.string(),
      commentReplyId: z.string(),
    }),
    result: z.looseObject({
      success: z.optional(z.boolean()),
    })
  },
  "comment.getInfo": {
    "operationId": "miniprogram.comment.getInfo", "id": "comment.getInfo", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/comment/commentinfo/get", "token": "access_token", "query": ["commentId"], "idempotent": true,
    params: z.object({
      commentId: z.string(),
    }),
    result: z.looseObject({
      info: z.optional(z.looseObject({
        content: z.optional(z.looseObject({
          commentId: z.optional(z.string()),
          amount: z.optional(z.int()),
          orderId: z.optional(z.string()),
          createTime: z.optional(z.string()),
          payTime: z.optional(z.string()),
          orderInfo: z.optional(z.looseObject({
            busiOrderId: z.optional(z.string()),
          })),
          productInfo: z.optional(z.looseObject({
            productList: z.optional(z.array(z.looseObject({
              name: z.optional(z.string()),
              picUrl: z.optional(z.string()),
            }))),
          })),
          wxPayId: z.optional(z.string()),
          userInfo: z.optional(z.looseObject({
            openid: z.optional(z.string()),
            headImg: z.optional(z.string()),
            nickName: z.optional(z.string()),
          })),
          bizInfo: z.optional(z.looseObject({
            appid: z.optional(z.string()),
            headImg: z.optional(z.string()),
            nickName: z.optional(z.string()),
          })),
          score: z.optional(z.int()),
          content: z.optional(z.looseObject({
            media: z.optional(z.array(S.CommentMedia)),
            txt: z.optional(z.string()),
          })),
        })),
      })),
      processInfo: z.optional(z.looseObject({
        actionList: z.optional(z.array(z.looseObject({
          type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
          updateTime: z.optional(z.int()),
        }))),
        commentId: z.optional(z.string()),
      })),
      oldComment: z.optional(z.looseObject({
        commentId: z.optional(z.string()),
        createTime: z.optional(z.string()),
        score: z.optional(z.int()),
        content: z.optional(z.looseObject({
          ext: z.optional(z.string()),
          media: z.optional(z.array(S.CommentMedia)),
        })),
      })),
    })
  },
  "comment.getList": {
    "operationId": "miniprogram.comment.getList", "id": "comment.getList", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/comment/mpcommentlist/get", "token": "access_token", "query": ["startTime", "endTime", "filterType", "offset", "limit"], "idempotent": true,
    params: z.object({
      startTime: z.string(),
      endTime: z.string(),
      filterType: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
      offset: z.optional(z.int()),
      limit: z.optional(z.int()),
    }),
    result: z.looseObject({
      offset: z.optional(z.int()),
      total: z.optional(z.int()),
      commentList: z.optional(z.array(z.looseObject({
        commentId: z.optional(z.string()),
        amount: z.optional(z.int()),
        orderId: z.optional(z.string()),
        createTime: z.optional(z.string()),
        payTime: z.optional(z.string()),
        wxPayId: z.optional(z.string()),
        orderInfo: z.optional(z.looseObject({
          busiOrderId: z.optional(z.string()),
        })),
        userInfo: z.optional(z.looseObject({
          openid: z.optional(z.string()),
          headImg: z.optional(z.string()),
          nickName: z.optional(z.string()),
        })),
        bizInfo: z.optional(z.looseObject({
          appid: z.optional(z.string()),
          headImg: z.optional(z.string()),
          nickName: z.optional(z.string()),
        })),
        score: z.optional(z.int()),
        content: z.optional(z.looseObject({
          txt: z.optional(z.string()),
          media: z.optional(z.array(S.CommentMedia)),
        })),
        extInfo: z.optional(z.looseObject({
          isAlreadySendTmpl: z.optional(z.boolean()),
        })),
        productInfo: z.optional(z.looseObject({
          productList: z.optional(z.array(z.looseObject({
            name: z.optional(z.string()),
            picUrl: z.optional(z.string()),
          }))),
        })),
      }))),
      success: z.optional(z.boolean()),
    })
  },
  "comment.getReplyList": {
    "operationId": "miniprogram.comment.getReplyList", "id": "comment.getReplyList", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/comment/replyandcommentreplylist/get", "token": "access_token", "query": ["commentId"], "idempotent": true,
    params: z.object({
      commentId: z.string(),
    }),
    result: z.looseObject({
      list: z.optional(z.looseObject({
        reply: z.optional(z.looseObject({
          commentId: z.optional(z.string()),
          replyId: z.optional(z.string()),
          createTime: z.optional(z.string()),
          updateTime: z.optional(z.string()),
          replyContent: z.optional(z.looseObject({
            content: z.optional(z.string()),
          })),
          replyObject: z.optional(z.looseObject({
            nickname: z.optional(z.string()),
            imgUrl: z.optional(z.string()),
          })),
        })),
        commentReplyList: z.optional(z.array(z.looseObject({
          commentId: z.optional(z.string()),
          commentReplyId: z.optional(z.string()),
          createTime: z.optional(z.string()),
          updateTime: z.optional(z.string()),
          commentReplyContent: z.optional(z.looseObject({
            content: z.optional(z.string()),
          })),
          commentReplyObject: z.optional(z.looseObject({
            nickname: z.optional(z.string()),
            imgUrl: z.optional(z.string()),
          })),
        }))),
      })),
    })
  },
  "comment.resetApiKfQuota": {
    "operationId": "miniprogram.comment.resetApiKfQuota", "id": "comment.resetApiKfQuota", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/comment/apikfquota/reset", "token": "access_token",
    params: z.object({
      commentId: z.string(),
    }),
    result: z.looseObject({
      success: z.optional(z.boolean()),
    })
  },
} as const;
