// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import { z } from 'zod';
import * as H from '../../src/http/zod-helpers.js';
import type * as T from '../types/shapes.js';
export const ComponentFuncInfo: z.ZodType<T.ComponentFuncInfo> = z.lazy(() => z.looseObject({
  funcscope_category: z.looseObject({
    id: z.number().int(),
    type: z.number().int().optional(),
    name: z.string().optional(),
    desc: z.string().optional(),
  }),
  confirm_info: z.looseObject({
    need_confirm: z.number().int().optional(),
    already_confirm: z.number().int().optional(),
    can_confirm: z.number().int().optional(),
  }).optional(),
}));
export const MenuButton: z.ZodType<T.MenuButton> = z.lazy(() => z.looseObject({
  type: z.string().optional(),
  name: z.string(),
  key: z.string().optional(),
  url: z.string().optional(),
  media_id: z.string().optional(),
  appid: z.string().optional(),
  pagepath: z.string().optional(),
  article_id: z.string().optional(),
  sub_button: z.array(MenuButton).optional(),
}));
export const SelfMenuButton: z.ZodType<T.SelfMenuButton> = z.lazy(() => z.looseObject({
  type: z.string().optional(),
  name: z.string(),
  key: z.string().optional(),
  url: z.string().optional(),
  value: z.string().optional(),
  news_info: z.looseObject({
    list: z.array(SelfMenuNewsItem).optional(),
  }).optional(),
  sub_button: z.looseObject({
    list: z.array(SelfMenuButton).optional(),
  }).optional(),
}));
export const SelfMenuNewsItem: z.ZodType<T.SelfMenuNewsItem> = z.lazy(() => z.looseObject({
  title: z.string().optional(),
  author: z.string().optional(),
  digest: z.string().optional(),
  show_cover: z.union([z.literal(0), z.literal(1)]).optional(),
  cover_url: z.string().optional(),
  content_url: z.string().optional(),
  source_url: z.string().optional(),
}));
export const WorkContactExtAttr: z.ZodType<T.WorkContactExtAttr> = z.lazy(() => z.looseObject({
  Name: z.string(),
  Type: z.number().int(),
  Text: z.looseObject({
    Value: z.string().optional(),
  }).optional(),
  Web: z.looseObject({
    Title: z.string().optional(),
    Url: z.string().optional(),
  }).optional(),
}));
export const WorkMenuButton: z.ZodType<T.WorkMenuButton> = z.lazy(() => z.looseObject({
  type: z.enum(["click", "view", "scancode_push", "scancode_waitmsg", "pic_sysphoto", "pic_photo_or_album", "pic_weixin", "location_select", "view_miniprogram"]).optional(),
  name: z.string(),
  key: z.string().optional(),
  url: z.string().optional(),
  pagepath: z.string().optional(),
  appid: z.string().optional(),
  sub_button: z.array(WorkMenuButton).optional(),
}));
export const WorkSuiteAuthAgent: z.ZodType<T.WorkSuiteAuthAgent> = z.lazy(() => z.looseObject({
  agentid: z.number().int(),
  name: z.string().optional(),
  round_logo_url: z.string().optional(),
  square_logo_url: z.string().optional(),
  appid: z.number().int().optional(),
  auth_mode: z.number().int().optional(),
  is_customized_app: z.boolean().optional(),
  auth_from_thirdapp: z.boolean().optional(),
  privilege: z.looseObject({
    level: z.number().int().optional(),
    allow_party: z.array(z.number().int()).optional(),
    allow_user: z.array(z.string()).optional(),
    allow_tag: z.array(z.number().int()).optional(),
    extra_party: z.array(z.number().int()).optional(),
    extra_user: z.array(z.string()).optional(),
    extra_tag: z.array(z.number().int()).optional(),
  }).optional(),
  shared_from: z.looseObject({
    corpid: z.string().optional(),
    share_type: z.number().int().optional(),
  }).optional(),
}));
export const WorkSuiteAuthCorpInfo: z.ZodType<T.WorkSuiteAuthCorpInfo> = z.lazy(() => z.looseObject({
  corpid: z.string(),
  corp_name: z.string().optional(),
  corp_type: z.string().optional(),
  corp_square_logo_url: z.string().optional(),
  corp_user_max: z.number().int().optional(),
  corp_full_name: z.string().optional(),
  verified_end_time: z.number().int().optional(),
  subject_type: z.number().int().optional(),
  corp_wxqrcode: z.string().optional(),
  corp_scale: z.string().optional(),
  corp_industry: z.string().optional(),
  corp_sub_industry: z.string().optional(),
}));
export const WorkSuiteAuthInfo: z.ZodType<T.WorkSuiteAuthInfo> = z.lazy(() => z.looseObject({
  agent: z.array(WorkSuiteAuthAgent).optional(),
}));
export const WorkSuiteDealerCorpInfo: z.ZodType<T.WorkSuiteDealerCorpInfo> = z.lazy(() => z.looseObject({
  corpid: z.string().optional(),
  corp_name: z.string().optional(),
}));
export const WorkUserAttr: z.ZodType<T.WorkUserAttr> = z.lazy(() => z.looseObject({
  type: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  name: z.string(),
  text: z.looseObject({
    value: z.string().optional(),
  }).optional(),
  web: z.looseObject({
    url: z.string().optional(),
    title: z.string().optional(),
  }).optional(),
  miniprogram: z.looseObject({
    appid: z.string().optional(),
    pagepath: z.string().optional(),
    title: z.string().optional(),
  }).optional(),
}));
