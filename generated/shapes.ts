// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../src/http/zod-helpers.js';
import type { ZodMiniType } from 'zod/mini';
import type * as T from './types/shapes.js';
export const ComponentFuncInfo: ZodMiniType<T.ComponentFuncInfo, T.ComponentFuncInfo> = z.lazy(() => z.looseObject({
  funcscope_category: z.looseObject({
    id: z.int(),
    type: z.optional(z.int()),
    name: z.optional(z.string()),
    desc: z.optional(z.string()),
  }),
  confirm_info: z.optional(z.looseObject({
    need_confirm: z.optional(z.int()),
    already_confirm: z.optional(z.int()),
    can_confirm: z.optional(z.int()),
  })),
}));
export const MenuButton: ZodMiniType<T.MenuButton, T.MenuButton> = z.lazy(() => z.looseObject({
  type: z.optional(z.string()),
  name: z.string(),
  key: z.optional(z.string()),
  url: z.optional(z.string()),
  media_id: z.optional(z.string()),
  appid: z.optional(z.string()),
  pagepath: z.optional(z.string()),
  article_id: z.optional(z.string()),
  sub_button: z.optional(z.array(MenuButton)),
}));
export const SelfMenuButton: ZodMiniType<T.SelfMenuButton, T.SelfMenuButton> = z.lazy(() => z.looseObject({
  type: z.optional(z.string()),
  name: z.string(),
  key: z.optional(z.string()),
  url: z.optional(z.string()),
  value: z.optional(z.string()),
  news_info: z.optional(z.looseObject({
    list: z.optional(z.array(SelfMenuNewsItem)),
  })),
  sub_button: z.optional(z.looseObject({
    list: z.optional(z.array(SelfMenuButton)),
  })),
}));
export const SelfMenuNewsItem: ZodMiniType<T.SelfMenuNewsItem, T.SelfMenuNewsItem> = z.lazy(() => z.looseObject({
  title: z.optional(z.string()),
  author: z.optional(z.string()),
  digest: z.optional(z.string()),
  show_cover: z.optional(z.union([z.literal(0), z.literal(1)])),
  cover_url: z.optional(z.string()),
  content_url: z.optional(z.string()),
  source_url: z.optional(z.string()),
}));
export const WorkContactExtAttr: ZodMiniType<T.WorkContactExtAttr, T.WorkContactExtAttr> = z.lazy(() => z.looseObject({
  Name: z.string(),
  Type: z.int(),
  Text: z.optional(z.looseObject({
    Value: z.optional(z.string()),
  })),
  Web: z.optional(z.looseObject({
    Title: z.optional(z.string()),
    Url: z.optional(z.string()),
  })),
}));
export const WorkMenuButton: ZodMiniType<T.WorkMenuButton, T.WorkMenuButton> = z.lazy(() => z.looseObject({
  type: z.optional(z.enum(["click", "view", "scancode_push", "scancode_waitmsg", "pic_sysphoto", "pic_photo_or_album", "pic_weixin", "location_select", "view_miniprogram"])),
  name: z.string(),
  key: z.optional(z.string()),
  url: z.optional(z.string()),
  pagepath: z.optional(z.string()),
  appid: z.optional(z.string()),
  sub_button: z.optional(z.array(WorkMenuButton)),
}));
export const WorkSuiteAuthAgent: ZodMiniType<T.WorkSuiteAuthAgent, T.WorkSuiteAuthAgent> = z.lazy(() => z.looseObject({
  agentid: z.int(),
  name: z.optional(z.string()),
  round_logo_url: z.optional(z.string()),
  square_logo_url: z.optional(z.string()),
  appid: z.optional(z.int()),
  auth_mode: z.optional(z.int()),
  is_customized_app: z.optional(z.boolean()),
  auth_from_thirdapp: z.optional(z.boolean()),
  privilege: z.optional(z.looseObject({
    level: z.optional(z.int()),
    allow_party: z.optional(z.array(z.int())),
    allow_user: z.optional(z.array(z.string())),
    allow_tag: z.optional(z.array(z.int())),
    extra_party: z.optional(z.array(z.int())),
    extra_user: z.optional(z.array(z.string())),
    extra_tag: z.optional(z.array(z.int())),
  })),
  shared_from: z.optional(z.looseObject({
    corpid: z.optional(z.string()),
    share_type: z.optional(z.int()),
  })),
}));
export const WorkSuiteAuthCorpInfo: ZodMiniType<T.WorkSuiteAuthCorpInfo, T.WorkSuiteAuthCorpInfo> = z.lazy(() => z.looseObject({
  corpid: z.string(),
  corp_name: z.optional(z.string()),
  corp_type: z.optional(z.string()),
  corp_square_logo_url: z.optional(z.string()),
  corp_user_max: z.optional(z.int()),
  corp_full_name: z.optional(z.string()),
  verified_end_time: z.optional(z.int()),
  subject_type: z.optional(z.int()),
  corp_wxqrcode: z.optional(z.string()),
  corp_scale: z.optional(z.string()),
  corp_industry: z.optional(z.string()),
  corp_sub_industry: z.optional(z.string()),
}));
export const WorkSuiteAuthInfo: ZodMiniType<T.WorkSuiteAuthInfo, T.WorkSuiteAuthInfo> = z.lazy(() => z.looseObject({
  agent: z.optional(z.array(WorkSuiteAuthAgent)),
}));
export const WorkSuiteDealerCorpInfo: ZodMiniType<T.WorkSuiteDealerCorpInfo, T.WorkSuiteDealerCorpInfo> = z.lazy(() => z.looseObject({
  corpid: z.optional(z.string()),
  corp_name: z.optional(z.string()),
}));
export const WorkUserAttr: ZodMiniType<T.WorkUserAttr, T.WorkUserAttr> = z.lazy(() => z.looseObject({
  type: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  name: z.string(),
  text: z.optional(z.looseObject({
    value: z.optional(z.string()),
  })),
  web: z.optional(z.looseObject({
    url: z.optional(z.string()),
    title: z.optional(z.string()),
  })),
  miniprogram: z.optional(z.looseObject({
    appid: z.optional(z.string()),
    pagepath: z.optional(z.string()),
    title: z.optional(z.string()),
  })),
}));
