// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/message`, by id: row and schemas. */
export const endpoints = {
  "message.custom.send": {
    "operationId": "oa.message.custom.send", "id": "message.custom.send", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/custom/send", "token": "access_token",
    params: z.discriminatedUnion("msgtype", [
      z.object({
        touser: z.string(),
        msgtype: z.enum(["text"]),
        customservice: z.optional(z.object({
          kf_account: z.string(),
        })),
        text: z.object({
          content: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["image"]),
        customservice: z.optional(z.object({
          kf_account: z.string(),
        })),
        image: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["voice"]),
        customservice: z.optional(z.object({
          kf_account: z.string(),
        })),
        voice: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["video"]),
        customservice: z.optional(z.object({
          kf_account: z.string(),
        })),
        video: z.object({
          media_id: z.string(),
          thumb_media_id: z.string(),
          title: z.optional(z.string()),
          description: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["music"]),
        customservice: z.optional(z.object({
          kf_account: z.string(),
        })),
        music: z.object({
          title: z.string(),
          description: z.string(),
          musicurl: z.string(),
          hqmusicurl: z.optional(z.string()),
          thumb_media_id: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["news"]),
        customservice: z.optional(z.object({
          kf_account: z.string(),
        })),
        news: z.object({
          articles: z.array(z.object({
            title: z.string(),
            description: z.string(),
            picurl: z.string(),
            url: z.string(),
          })).check(z.maxLength(1)),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["mpnews"]),
        customservice: z.optional(z.object({
          kf_account: z.string(),
        })),
        mpnews: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["mpnewsarticle"]),
        customservice: z.optional(z.object({
          kf_account: z.string(),
        })),
        mpnewsarticle: z.object({
          article_id: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["msgmenu"]),
        customservice: z.optional(z.object({
          kf_account: z.string(),
        })),
        msgmenu: z.object({
          head_content: z.optional(z.string()),
          list: z.array(z.object({
            id: z.string(),
            content: z.string(),
          })),
          tail_content: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["wxcard"]),
        customservice: z.optional(z.object({
          kf_account: z.string(),
        })),
        wxcard: z.object({
          card_id: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["miniprogrampage"]),
        customservice: z.optional(z.object({
          kf_account: z.string(),
        })),
        miniprogrampage: z.object({
          title: z.string(),
          appid: z.string(),
          pagepath: z.string(),
          thumb_media_id: z.string(),
        }),
      })
    ]),
    result: z.looseObject({})
  },
  "message.mass.delete": {
    "operationId": "oa.message.mass.delete", "id": "message.mass.delete", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/mass/delete", "token": "access_token",
    params: z.object({
      msg_id: z.optional(H.int64In),
      article_idx: z.optional(z.int()),
      url: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "message.mass.get": {
    "operationId": "oa.message.mass.get", "id": "message.mass.get", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/mass/get", "token": "access_token", "idempotent": true,
    params: z.object({
      msg_id: z.string(),
    }),
    result: z.looseObject({
      msg_id: z.optional(H.int64Out),
      msg_status: z.optional(z.enum(["SEND_SUCCESS", "SENDING", "SEND_FAIL", "DELETE"])),
    })
  },
  "message.mass.getSpeed": {
    "operationId": "oa.message.mass.getSpeed", "id": "message.mass.getSpeed", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/mass/speed/get", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      speed: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
      realspeed: z.optional(z.int()),
    })
  },
  "message.mass.preview": {
    "operationId": "oa.message.mass.preview", "id": "message.mass.preview", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/mass/preview", "token": "access_token",
    params: z.discriminatedUnion("msgtype", [
      z.object({
        touser: z.optional(z.string()),
        towxname: z.optional(z.string()),
        msgtype: z.enum(["mpnews"]),
        mpnews: z.object({
          media_id: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        towxname: z.optional(z.string()),
        msgtype: z.enum(["text"]),
        text: z.object({
          content: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        towxname: z.optional(z.string()),
        msgtype: z.enum(["voice"]),
        voice: z.object({
          media_id: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        towxname: z.optional(z.string()),
        msgtype: z.enum(["music"]),
        music: z.object({
          media_id: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        towxname: z.optional(z.string()),
        msgtype: z.enum(["image"]),
        image: z.object({
          media_id: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        towxname: z.optional(z.string()),
        msgtype: z.enum(["mpvideo"]),
        mpvideo: z.object({
          media_id: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        towxname: z.optional(z.string()),
        msgtype: z.enum(["wxcard"]),
        wxcard: z.object({
          card_id: z.optional(z.string()),
          card_ext: z.optional(z.unknown()),
        }),
      })
    ]),
    result: z.looseObject({
      msg_id: z.optional(H.int64Out),
    })
  },
  "message.mass.send": {
    "operationId": "oa.message.mass.send", "id": "message.mass.send", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/mass/send", "token": "access_token",
    params: z.discriminatedUnion("msgtype", [
      z.object({
        touser: z.array(z.string()).check(z.minLength(2), z.maxLength(10000)),
        msgtype: z.enum(["mpnews"]),
        send_ignore_reprint: z.optional(z.union([z.literal(0), z.literal(1)])),
        clientmsgid: z.optional(z.string()),
        mpnews: z.object({
          media_id: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.array(z.string()).check(z.minLength(2), z.maxLength(10000)),
        msgtype: z.enum(["text"]),
        send_ignore_reprint: z.optional(z.union([z.literal(0), z.literal(1)])),
        clientmsgid: z.optional(z.string()),
        text: z.object({
          content: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.array(z.string()).check(z.minLength(2), z.maxLength(10000)),
        msgtype: z.enum(["voice"]),
        send_ignore_reprint: z.optional(z.union([z.literal(0), z.literal(1)])),
        clientmsgid: z.optional(z.string()),
        voice: z.object({
          media_id: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.array(z.string()).check(z.minLength(2), z.maxLength(10000)),
        msgtype: z.enum(["image"]),
        send_ignore_reprint: z.optional(z.union([z.literal(0), z.literal(1)])),
        clientmsgid: z.optional(z.string()),
        images: z.object({
          media_ids: z.optional(z.array(z.string())),
          recommend: z.optional(z.string()),
          title: z.optional(z.string()),
          need_open_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
          only_fans_can_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
        }),
      }),
      z.object({
        touser: z.array(z.string()).check(z.minLength(2), z.maxLength(10000)),
        msgtype: z.enum(["mpvideo"]),
        send_ignore_reprint: z.optional(z.union([z.literal(0), z.literal(1)])),
        clientmsgid: z.optional(z.string()),
        mpvideo: z.object({
          media_id: z.optional(z.string()),
          title: z.optional(z.string()),
          description: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.array(z.string()).check(z.minLength(2), z.maxLength(10000)),
        msgtype: z.enum(["wxcard"]),
        send_ignore_reprint: z.optional(z.union([z.literal(0), z.literal(1)])),
        clientmsgid: z.optional(z.string()),
        wxcard: z.object({
          card_id: z.optional(z.string()),
        }),
      })
    ]),
    result: z.looseObject({
      type: z.optional(z.string()),
      msg_id: H.int64Out,
      msg_data_id: z.optional(H.int64Out),
    })
  },
  "message.mass.sendAll": {
    "operationId": "oa.message.mass.sendAll", "id": "message.mass.sendAll", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/mass/sendall", "token": "access_token",
    params: z.discriminatedUnion("msgtype", [
      z.object({
        filter: z.object({
          is_to_all: z.optional(z.boolean()),
          tag_id: z.optional(z.int()),
        }),
        msgtype: z.enum(["mpnews"]),
        send_ignore_reprint: z.optional(z.union([z.literal(0), z.literal(1)])),
        clientmsgid: z.optional(z.string()),
        mpnews: z.object({
          media_id: z.optional(z.string()),
        }),
      }),
      z.object({
        filter: z.object({
          is_to_all: z.optional(z.boolean()),
          tag_id: z.optional(z.int()),
        }),
        msgtype: z.enum(["text"]),
        send_ignore_reprint: z.optional(z.union([z.literal(0), z.literal(1)])),
        clientmsgid: z.optional(z.string()),
        text: z.object({
          content: z.optional(z.string()),
        }),
      }),
      z.object({
        filter: z.object({
          is_to_all: z.optional(z.boolean()),
          tag_id: z.optional(z.int()),
        }),
        msgtype: z.enum(["voice"]),
        send_ignore_reprint: z.optional(z.union([z.literal(0), z.literal(1)])),
        clientmsgid: z.optional(z.string()),
        voice: z.object({
          media_id: z.optional(z.string()),
        }),
      }),
      z.object({
        filter: z.object({
          is_to_all: z.optional(z.boolean()),
          tag_id: z.optional(z.int()),
        }),
        msgtype: z.enum(["image"]),
        send_ignore_reprint: z.optional(z.union([z.literal(0), z.literal(1)])),
        clientmsgid: z.optional(z.string()),
        images: z.object({
          media_ids: z.optional(z.array(z.string())),
          recommend: z.optional(z.string()),
          title: z.optional(z.string()),
          need_open_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
          only_fans_can_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
        }),
      }),
      z.object({
        filter: z.object({
          is_to_all: z.optional(z.boolean()),
          tag_id: z.optional(z.int()),
        }),
        msgtype: z.enum(["mpvideo"]),
        send_ignore_reprint: z.optional(z.union([z.literal(0), z.literal(1)])),
        clientmsgid: z.optional(z.string()),
        mpvideo: z.object({
          media_id: z.optional(z.string()),
        }),
      }),
      z.object({
        filter: z.object({
          is_to_all: z.optional(z.boolean()),
          tag_id: z.optional(z.int()),
        }),
        msgtype: z.enum(["wxcard"]),
        send_ignore_reprint: z.optional(z.union([z.literal(0), z.literal(1)])),
        clientmsgid: z.optional(z.string()),
        wxcard: z.object({
          card_id: z.optional(z.string()),
        }),
      })
    ]),
    result: z.looseObject({
      type: z.optional(z.string()),
      msg_id: H.int64Out,
      msg_data_id: z.optional(H.int64Out),
    })
  },
  "message.mass.setSpeed": {
    "operationId": "oa.message.mass.setSpeed", "id": "message.mass.setSpeed", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/mass/speed/set", "token": "access_token",
    params: z.object({
      speed: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    }),
    result: z.looseObject({})
  },
  "message.template.send": {
    "operationId": "oa.message.template.send", "id": "message.template.send", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/template/send", "token": "access_token",
    params: z.object({
      touser: z.string(),
      template_id: z.string(),
      url: z.optional(z.string()),
      miniprogram: z.optional(z.object({
        appid: z.string(),
        pagepath: z.optional(z.string()),
      })),
      client_msg_id: z.optional(z.string()),
      data: z.record(z.string(), z.object({
        value: z.string(),
      })),
    }),
    result: z.looseObject({
      msgid: H.int64Out,
    })
  },
} as const;
