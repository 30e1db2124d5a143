// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../src/http/zod-helpers.js';
import type { ZodMiniType } from 'zod/mini';
import type * as T from './types/shapes.js';
export const CloudbaseCallbackContainerConfig: ZodMiniType<T.CloudbaseCallbackContainerConfig, T.In.CloudbaseCallbackContainerConfig> = z.lazy(() => z.looseObject({
  enable: z.boolean(),
  qbase_env: z.string(),
  qbase_container_path: z.string(),
  text_mode: z.union([z.literal(1), z.literal(2)]),
}));
export const CloudbaseCallbackFunctionConfig: ZodMiniType<T.CloudbaseCallbackFunctionConfig, T.In.CloudbaseCallbackFunctionConfig> = z.lazy(() => z.looseObject({
  enable: z.boolean(),
  callbacks: z.array(z.looseObject({
    msgType: z.string(),
    event: z.string(),
    env: z.string(),
    functionName: z.string(),
    enable: z.boolean(),
  })),
}));
export const CloudbaseExtensionFileData: ZodMiniType<T.CloudbaseExtensionFileData, T.In.CloudbaseExtensionFileData> = z.lazy(() => z.looseObject({
  CodeUri: z.optional(z.string()),
  UploadUrl: z.optional(z.string()),
  CustomKey: z.optional(z.string()),
  MaxSize: z.optional(z.int()),
}));
export const CommentMedia: ZodMiniType<T.CommentMedia, T.In.CommentMedia> = z.lazy(() => z.looseObject({
  img: z.optional(z.string()),
  thumbImg: z.optional(z.string()),
  video: z.optional(z.string()),
  videoCover: z.optional(z.string()),
  videoDuration: z.optional(z.int()),
}));
export const ComponentFuncInfo: ZodMiniType<T.ComponentFuncInfo, T.In.ComponentFuncInfo> = z.lazy(() => z.looseObject({
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
export const CorpGroupRuleInfo: ZodMiniType<T.CorpGroupRuleInfo, T.In.CorpGroupRuleInfo> = z.lazy(() => z.looseObject({
  owner_corp_range: z.looseObject({
    departmentids: z.optional(z.array(z.string())),
    userids: z.optional(z.array(z.string())),
  }),
  member_corp_range: z.looseObject({
    groupids: z.optional(z.array(z.string())),
    corpids: z.optional(z.array(z.string())),
  }),
}));
export const DraftNewsItem: ZodMiniType<T.DraftNewsItem, T.In.DraftNewsItem> = z.lazy(() => z.looseObject({
  article_type: z.optional(z.enum(["news", "newspic"])),
  title: z.optional(z.string()),
  author: z.optional(z.string()),
  digest: z.optional(z.string()),
  content: z.optional(z.string()),
  content_source_url: z.optional(z.string()),
  thumb_media_id: z.optional(z.string()),
  show_cover_pic: z.optional(z.union([z.literal(0), z.literal(1)])),
  need_open_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
  only_fans_can_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
  image_info: z.optional(z.looseObject({
    image_list: z.optional(z.array(z.looseObject({
      image_media_id: z.optional(z.string()),
    }))),
  })),
  product_info: z.optional(z.looseObject({
    footer_product_info: z.optional(z.looseObject({
      product_key: z.optional(z.string()),
    })),
  })),
  url: z.optional(z.string()),
}));
export const IcpApplets: ZodMiniType<T.IcpApplets, T.In.IcpApplets> = z.lazy(() => z.looseObject({
  base_info: IcpAppletsBaseInfo,
  principal_info: IcpPrincipalInfo,
}));
export const IcpAppletsBaseInfo: ZodMiniType<T.IcpAppletsBaseInfo, T.In.IcpAppletsBaseInfo> = z.lazy(() => z.looseObject({
  appid: z.optional(z.string()),
  name: z.optional(z.string()),
  service_content_types: z.optional(z.array(z.int())),
  nrlx_details: z.optional(z.array(IcpNrlxDetail)),
  comment: z.optional(z.string()),
  record_number: z.optional(z.string()),
}));
export const IcpLegalPersonInfo: ZodMiniType<T.IcpLegalPersonInfo, T.In.IcpLegalPersonInfo> = z.lazy(() => z.looseObject({
  name: z.optional(z.string()),
  certificate_number: z.optional(z.string()),
}));
export const IcpMaterials: ZodMiniType<T.IcpMaterials, T.In.IcpMaterials> = z.lazy(() => z.looseObject({
  commitment_letter: z.optional(z.array(z.string())),
  business_name_change_letter: z.optional(z.array(z.string())),
  party_building_confirmation_letter: z.optional(z.array(z.string())),
  promise_video: z.optional(z.array(z.string())),
  authenticity_responsibility_letter: z.optional(z.array(z.string())),
  authenticity_commitment_letter: z.optional(z.array(z.string())),
  website_construction_proposal: z.optional(z.array(z.string())),
  subject_other_materials: z.optional(z.array(z.string())),
  applets_other_materials: z.optional(z.array(z.string())),
  holding_certificate_photo: z.optional(z.array(z.string())),
}));
export const IcpNrlxDetail: ZodMiniType<T.IcpNrlxDetail, T.In.IcpNrlxDetail> = z.lazy(() => z.looseObject({
  type: z.optional(z.int()),
  code: z.optional(z.string()),
  media: z.optional(z.string()),
}));
export const IcpPrincipalInfo: ZodMiniType<T.IcpPrincipalInfo, T.In.IcpPrincipalInfo> = z.lazy(() => z.looseObject({
  name: z.optional(z.string()),
  mobile: z.optional(z.string()),
  email: z.optional(z.string()),
  emergency_contact: z.optional(z.string()),
  certificate_type: z.optional(z.int()),
  certificate_number: z.optional(z.string()),
  certificate_validity_date_start: z.optional(z.string()),
  certificate_validity_date_end: z.optional(z.string()),
  certificate_photo_front: z.optional(z.string()),
  certificate_photo_back: z.optional(z.string()),
  authorization_letter: z.optional(z.string()),
  verify_task_id: z.optional(z.string()),
}));
export const IcpSubject: ZodMiniType<T.IcpSubject, T.In.IcpSubject> = z.lazy(() => z.looseObject({
  base_info: IcpSubjectBaseInfo,
  personal_info: z.optional(IcpSubjectPersonalInfo),
  organize_info: IcpSubjectOrganizeInfo,
  principal_info: IcpPrincipalInfo,
  legal_person_info: z.optional(IcpLegalPersonInfo),
}));
export const IcpSubjectBaseInfo: ZodMiniType<T.IcpSubjectBaseInfo, T.In.IcpSubjectBaseInfo> = z.lazy(() => z.looseObject({
  type: z.optional(z.int()),
  name: z.optional(z.string()),
  province: z.optional(z.string()),
  city: z.optional(z.string()),
  district: z.optional(z.string()),
  address: z.optional(z.string()),
  comment: z.optional(z.string()),
  record_number: z.optional(z.string()),
}));
export const IcpSubjectOrganizeInfo: ZodMiniType<T.IcpSubjectOrganizeInfo, T.In.IcpSubjectOrganizeInfo> = z.lazy(() => z.looseObject({
  certificate_type: z.optional(z.int()),
  certificate_number: z.optional(z.string()),
  certificate_address: z.optional(z.string()),
  certificate_photo: z.optional(z.string()),
}));
export const IcpSubjectPersonalInfo: ZodMiniType<T.IcpSubjectPersonalInfo, T.In.IcpSubjectPersonalInfo> = z.lazy(() => z.looseObject({
  residence_permit: z.optional(z.string()),
}));
export const IotDevice: ZodMiniType<T.IotDevice, T.In.IotDevice> = z.lazy(() => z.looseObject({
  model_id: z.string(),
  sn: z.string(),
}));
export const LinkedCorpExtAttr: ZodMiniType<T.LinkedCorpExtAttr, T.In.LinkedCorpExtAttr> = z.lazy(() => z.looseObject({
  attrs: z.optional(z.array(z.looseObject({
    name: z.optional(z.string()),
    type: z.optional(z.int()),
    text: z.optional(z.looseObject({
      value: z.optional(z.string()),
    })),
    web: z.optional(z.looseObject({
      url: z.optional(z.string()),
      title: z.optional(z.string()),
    })),
  }))),
}));
export const MenuButton: ZodMiniType<T.MenuButton, T.In.MenuButton> = z.lazy(() => z.looseObject({
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
export const OcrImageSize: ZodMiniType<T.OcrImageSize, T.In.OcrImageSize> = z.lazy(() => z.looseObject({
  w: z.optional(z.int()),
  h: z.optional(z.int()),
}));
export const OcrPoint: ZodMiniType<T.OcrPoint, T.In.OcrPoint> = z.lazy(() => z.looseObject({
  x: z.optional(z.int()),
  y: z.optional(z.int()),
}));
export const OcrPosition: ZodMiniType<T.OcrPosition, T.In.OcrPosition> = z.lazy(() => z.looseObject({
  left_top: z.optional(OcrPoint),
  right_top: z.optional(OcrPoint),
  right_bottom: z.optional(OcrPoint),
  left_bottom: z.optional(OcrPoint),
}));
export const OpenStaticStoreInfo: ZodMiniType<T.OpenStaticStoreInfo, T.In.OpenStaticStoreInfo> = z.lazy(() => z.looseObject({
  env: z.optional(z.string()),
  domain: z.optional(z.string()),
  bucket: z.optional(z.string()),
  regoin: z.optional(z.string()),
  status: z.optional(z.string()),
}));
export const PublishedNewsItem: ZodMiniType<T.PublishedNewsItem, T.In.PublishedNewsItem> = z.lazy(() => z.looseObject({
  title: z.optional(z.string()),
  author: z.optional(z.string()),
  digest: z.optional(z.string()),
  content: z.optional(z.string()),
  content_source_url: z.optional(z.string()),
  thumb_media_id: z.optional(z.string()),
  thumb_url: z.optional(z.string()),
  show_cover_pic: z.optional(z.union([z.literal(0), z.literal(1)])),
  need_open_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
  only_fans_can_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
  url: z.optional(z.string()),
  is_deleted: z.optional(z.boolean()),
}));
export const SelfMenuButton: ZodMiniType<T.SelfMenuButton, T.In.SelfMenuButton> = z.lazy(() => z.looseObject({
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
export const SelfMenuNewsItem: ZodMiniType<T.SelfMenuNewsItem, T.In.SelfMenuNewsItem> = z.lazy(() => z.looseObject({
  title: z.optional(z.string()),
  author: z.optional(z.string()),
  digest: z.optional(z.string()),
  show_cover: z.optional(z.union([z.literal(0), z.literal(1)])),
  cover_url: z.optional(z.string()),
  content_url: z.optional(z.string()),
  source_url: z.optional(z.string()),
}));
export const WorkApprovalLangText: ZodMiniType<T.WorkApprovalLangText, T.In.WorkApprovalLangText> = z.lazy(() => z.looseObject({
  text: z.optional(z.string()),
  lang: z.optional(z.string()),
}));
export const WorkApprovalTemplateControlInput: ZodMiniType<T.WorkApprovalTemplateControlInput, T.In.WorkApprovalTemplateControlInput> = z.lazy(() => z.looseObject({
  property: z.looseObject({
    control: z.enum(["Text", "Textarea", "Number", "Money", "Date", "Selector", "Contact", "Tips", "File", "Table", "Location", "RelatedApproval", "DateRange", "PhoneNumber", "Vacation", "Attendance", "BankAccount"]),
    id: z.string(),
    title: z.array(z.looseObject({
      text: z.string(),
      lang: z.string(),
    })),
    placeholder: z.optional(z.array(z.looseObject({
      text: z.optional(z.string()),
      lang: z.optional(z.string()),
    }))),
    require: z.optional(z.union([z.literal(0), z.literal(1)])),
    un_print: z.optional(z.union([z.literal(0), z.literal(1)])),
  }),
  config: z.optional(z.unknown()),
}));
export const WorkCalendarPublicRange: ZodMiniType<T.WorkCalendarPublicRange, T.In.WorkCalendarPublicRange> = z.lazy(() => z.looseObject({
  userids: z.optional(z.array(z.string())),
  partyids: z.optional(z.array(z.int())),
}));
export const WorkCalendarShare: ZodMiniType<T.WorkCalendarShare, T.In.WorkCalendarShare> = z.lazy(() => z.looseObject({
  userid: z.string(),
  permission: z.optional(z.union([z.literal(1), z.literal(3)])),
}));
export const WorkCalendarShareFailure: ZodMiniType<T.WorkCalendarShareFailure, T.In.WorkCalendarShareFailure> = z.lazy(() => z.looseObject({
  errcode: z.optional(z.int()),
  errmsg: z.optional(z.string()),
  userid: z.optional(z.string()),
}));
export const WorkCheckinGroup: ZodMiniType<T.WorkCheckinGroup, T.In.WorkCheckinGroup> = z.lazy(() => z.looseObject({
  grouptype: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
  groupid: z.optional(z.int()),
  groupname: z.optional(z.string()),
  open_sp_checkin: z.optional(z.boolean()),
  checkindate: z.optional(z.array(z.looseObject({
    workdays: z.optional(z.array(z.int())),
    checkintime: z.optional(z.array(WorkCheckinTime)),
    noneed_offwork: z.optional(z.boolean()),
    limit_aheadtime: z.optional(z.int()),
    flex_time: z.optional(z.int()),
    flex_on_duty_time: z.optional(z.int()),
    flex_off_duty_time: z.optional(z.int()),
  }))),
  spe_workdays: z.optional(z.array(z.looseObject({
    timestamp: z.optional(z.int()),
    notes: z.optional(z.string()),
    checkintime: z.optional(z.array(WorkCheckinTime)),
  }))),
  spe_offdays: z.optional(z.array(z.looseObject({
    timestamp: z.optional(z.int()),
    notes: z.optional(z.string()),
    checkintime: z.optional(z.array(WorkCheckinTime)),
  }))),
  sync_holidays: z.optional(z.boolean()),
  need_photo: z.optional(z.boolean()),
  note_can_use_local_pic: z.optional(z.boolean()),
  allow_checkin_offworkday: z.optional(z.boolean()),
  allow_apply_offworkday: z.optional(z.boolean()),
  wifimac_infos: z.optional(z.array(z.looseObject({
    wifiname: z.optional(z.string()),
    wifimac: z.optional(z.string()),
  }))),
  loc_infos: z.optional(z.array(z.looseObject({
    lat: z.optional(z.int()),
    lng: z.optional(z.int()),
    loc_title: z.optional(z.string()),
    loc_detail: z.optional(z.string()),
    distance: z.optional(z.int()),
  }))),
  range: z.optional(z.looseObject({
    party_id: z.optional(z.array(z.string())),
    userid: z.optional(z.array(z.string())),
    tagid: z.optional(z.array(z.int())),
  })),
  create_time: z.optional(z.int()),
  white_users: z.optional(z.array(z.string())),
  type: z.optional(z.int()),
  reporterinfo: z.optional(z.looseObject({
    reporters: z.optional(z.array(z.looseObject({
      userid: z.optional(z.string()),
    }))),
    updatetime: z.optional(z.int()),
  })),
  ot_info: z.optional(z.looseObject({
    type: z.optional(z.int()),
    allow_ot_workingday: z.optional(z.boolean()),
    allow_ot_nonworkingday: z.optional(z.boolean()),
    otcheckinfo: z.optional(z.looseObject({
      ot_workingday_time_start: z.optional(z.int()),
      ot_workingday_time_min: z.optional(z.int()),
      ot_workingday_time_max: z.optional(z.int()),
      ot_nonworkingday_time_min: z.optional(z.int()),
      ot_nonworkingday_time_max: z.optional(z.int()),
      ot_nonworkingday_spanday_time: z.optional(z.int()),
      ot_workingday_restinfo: z.optional(WorkCheckinOtRestInfo),
      ot_nonworkingday_restinfo: z.optional(WorkCheckinOtRestInfo),
    })),
    uptime: z.optional(z.int()),
    otapplyinfo: z.optional(z.looseObject({
      allow_ot_workingday: z.optional(z.boolean()),
      allow_ot_nonworkingday: z.optional(z.boolean()),
      uptime: z.optional(z.int()),
      ot_workingday_restinfo: z.optional(WorkCheckinOtRestInfo),
      ot_nonworkingday_restinfo: z.optional(WorkCheckinOtRestInfo),
      ot_nonworkingday_spanday_time: z.optional(z.int()),
    })),
  })),
  allow_apply_bk_cnt: z.optional(z.int()),
  option_out_range: z.optional(z.int()),
  create_userid: z.optional(z.string()),
  use_face_detect: z.optional(z.boolean()),
  allow_apply_bk_day_limit: z.optional(z.int()),
  update_userid: z.optional(z.string()),
  schedulelist: z.optional(z.array(WorkCheckinSchedule)),
  offwork_interval_time: z.optional(z.int()),
  buka_restriction: z.optional(z.int()),
}));
export const WorkCheckinGroupInput: ZodMiniType<T.WorkCheckinGroupInput, T.In.WorkCheckinGroupInput> = z.lazy(() => z.looseObject({
  groupid: z.optional(z.int()),
  grouptype: z.optional(z.int()),
  groupname: z.optional(z.string()),
  checkindate: z.optional(z.array(z.looseObject({
    workdays: z.optional(z.array(z.int())),
    checkintime: z.optional(z.array(z.looseObject({
      time_id: z.optional(z.int()),
      work_sec: z.optional(z.int()),
      off_work_sec: z.optional(z.int()),
      remind_work_sec: z.optional(z.int()),
      remind_off_work_sec: z.optional(z.int()),
      earliest_work_sec: z.optional(z.int()),
      latest_work_sec: z.optional(z.int()),
      earliest_off_work_sec: z.optional(z.int()),
      latest_off_work_sec: z.optional(z.int()),
    }))),
    flex_on_duty_time: z.optional(z.int()),
    flex_off_duty_time: z.optional(z.int()),
  }))),
  spe_workdays: z.optional(z.array(z.looseObject({
    timestamp: z.optional(z.int()),
    notes: z.optional(z.string()),
    checkintime: z.optional(z.array(WorkCheckinTime)),
  }))),
  spe_offdays: z.optional(z.array(z.looseObject({
    timestamp: z.optional(z.int()),
    notes: z.optional(z.string()),
  }))),
  sync_holidays: z.optional(z.boolean()),
  need_photo: z.optional(z.boolean()),
  note_can_use_local_pic: z.optional(z.boolean()),
  wifimac_infos: z.optional(z.array(z.looseObject({
    wifiname: z.optional(z.string()),
    wifimac: z.optional(z.string()),
  }))),
  allow_checkin_offworkday: z.optional(z.boolean()),
  allow_apply_offworkday: z.optional(z.boolean()),
  loc_infos: z.optional(z.array(z.looseObject({
    lat: z.optional(z.int()),
    lng: z.optional(z.int()),
    loc_title: z.optional(z.string()),
    loc_detail: z.optional(z.string()),
    distance: z.optional(z.int()),
  }))),
  range: z.optional(z.looseObject({
    party_id: z.optional(z.array(z.string())),
    userid: z.optional(z.array(z.string())),
    tagid: z.optional(z.array(z.int())),
  })),
  white_users: z.optional(z.array(z.string())),
  type: z.optional(z.int()),
  reporterinfo: z.optional(z.looseObject({
    reporters: z.optional(z.array(z.looseObject({
      userid: z.optional(z.string()),
    }))),
  })),
  ot_info_v2: z.optional(z.looseObject({
    workdayconf: z.optional(z.looseObject({
      allow_ot: z.optional(z.boolean()),
      type: z.optional(z.int()),
    })),
  })),
  allow_apply_bk_cnt: z.optional(z.int()),
  option_out_range: z.optional(z.int()),
  use_face_detect: z.optional(z.boolean()),
  allow_apply_bk_day_limit: z.optional(z.int()),
  open_face_live_detect: z.optional(z.boolean()),
  buka_limit_next_month: z.optional(z.int()),
  sync_out_checkin: z.optional(z.boolean()),
  buka_remind: z.optional(z.looseObject({
    open_remind: z.optional(z.boolean()),
    buka_remind_day: z.optional(z.int()),
    buka_remind_month: z.optional(z.int()),
  })),
  buka_restriction: z.optional(z.int()),
}));
export const WorkCheckinOtRestInfo: ZodMiniType<T.WorkCheckinOtRestInfo, T.In.WorkCheckinOtRestInfo> = z.lazy(() => z.looseObject({
  type: z.optional(z.int()),
  fix_time_rule: z.optional(z.looseObject({
    fix_time_begin_sec: z.optional(z.int()),
    fix_time_end_sec: z.optional(z.int()),
  })),
  cal_ottime_rule: z.optional(z.looseObject({
    items: z.optional(z.array(z.looseObject({
      ot_time: z.optional(z.int()),
      rest_time: z.optional(z.int()),
    }))),
  })),
}));
export const WorkCheckinSchedule: ZodMiniType<T.WorkCheckinSchedule, T.In.WorkCheckinSchedule> = z.lazy(() => z.looseObject({
  schedule_id: z.optional(z.int()),
  schedule_name: z.optional(z.string()),
  time_section: z.optional(z.array(z.looseObject({
    time_id: z.optional(z.int()),
    work_sec: z.optional(z.int()),
    off_work_sec: z.optional(z.int()),
    remind_work_sec: z.optional(z.int()),
    remind_off_work_sec: z.optional(z.int()),
    rest_begin_time: z.optional(z.int()),
    rest_end_time: z.optional(z.int()),
    allow_rest: z.optional(z.boolean()),
  }))),
  limit_aheadtime: z.optional(z.int()),
  limit_offtime: z.optional(z.int()),
  noneed_offwork: z.optional(z.boolean()),
  allow_flex: z.optional(z.boolean()),
  flex_on_duty_time: z.optional(z.int()),
  flex_off_duty_time: z.optional(z.int()),
  late_rule: z.optional(z.looseObject({
    allow_offwork_after_time: z.optional(z.boolean()),
    timerules: z.optional(z.array(z.looseObject({
      offwork_after_time: z.optional(z.int()),
      onwork_flex_time: z.optional(z.int()),
    }))),
  })),
  max_allow_arrive_early: z.optional(z.int()),
  max_allow_arrive_late: z.optional(z.int()),
}));
export const WorkCheckinTime: ZodMiniType<T.WorkCheckinTime, T.In.WorkCheckinTime> = z.lazy(() => z.looseObject({
  work_sec: z.optional(z.int()),
  off_work_sec: z.optional(z.int()),
  remind_work_sec: z.optional(z.int()),
  remind_off_work_sec: z.optional(z.int()),
}));
export const WorkContactExtAttr: ZodMiniType<T.WorkContactExtAttr, T.In.WorkContactExtAttr> = z.lazy(() => z.looseObject({
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
export const WorkJournalRange: ZodMiniType<T.WorkJournalRange, T.In.WorkJournalRange> = z.lazy(() => z.looseObject({
  user_list: z.optional(z.array(WorkJournalUserRef)),
  party_list: z.optional(z.array(z.looseObject({
    open_partyid: z.optional(z.string()),
  }))),
  tag_list: z.optional(z.array(z.looseObject({
    open_tagid: z.optional(z.string()),
  }))),
}));
export const WorkJournalStatItem: ZodMiniType<T.WorkJournalStatItem, T.In.WorkJournalStatItem> = z.lazy(() => z.looseObject({
  user: z.optional(WorkJournalUserRef),
  itemlist: z.optional(z.array(z.looseObject({
    journaluuid: z.optional(z.string()),
    reporttime: z.optional(z.int()),
    flag: z.optional(z.union([z.literal(0), z.literal(1)])),
  }))),
}));
export const WorkJournalUserRef: ZodMiniType<T.WorkJournalUserRef, T.In.WorkJournalUserRef> = z.lazy(() => z.looseObject({
  userid: z.optional(z.string()),
}));
export const WorkMenuButton: ZodMiniType<T.WorkMenuButton, T.In.WorkMenuButton> = z.lazy(() => z.looseObject({
  type: z.optional(z.enum(["click", "view", "scancode_push", "scancode_waitmsg", "pic_sysphoto", "pic_photo_or_album", "pic_weixin", "location_select", "view_miniprogram"])),
  name: z.string(),
  key: z.optional(z.string()),
  url: z.optional(z.string()),
  pagepath: z.optional(z.string()),
  appid: z.optional(z.string()),
  sub_button: z.optional(z.array(WorkMenuButton)),
}));
export const WorkMpNewsArticle: ZodMiniType<T.WorkMpNewsArticle, T.In.WorkMpNewsArticle> = z.lazy(() => z.looseObject({
  title: z.string(),
  thumb_media_id: z.string(),
  author: z.optional(z.string()),
  content_source_url: z.optional(z.string()),
  content: z.string(),
  digest: z.optional(z.string()),
}));
export const WorkNewsArticle: ZodMiniType<T.WorkNewsArticle, T.In.WorkNewsArticle> = z.lazy(() => z.looseObject({
  title: z.string(),
  description: z.optional(z.string()),
  url: z.optional(z.string()),
  picurl: z.optional(z.string()),
  appid: z.optional(z.string()),
  pagepath: z.optional(z.string()),
}));
export const WorkScheduleAttendee: ZodMiniType<T.WorkScheduleAttendee, T.In.WorkScheduleAttendee> = z.lazy(() => z.looseObject({
  userid: z.string(),
}));
export const WorkScheduleAttendeeStatus: ZodMiniType<T.WorkScheduleAttendeeStatus, T.In.WorkScheduleAttendeeStatus> = z.lazy(() => z.looseObject({
  userid: z.optional(z.string()),
  response_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
}));
export const WorkScheduleReminderInfo: ZodMiniType<T.WorkScheduleReminderInfo, T.In.WorkScheduleReminderInfo> = z.lazy(() => z.looseObject({
  is_remind: z.optional(z.union([z.literal(0), z.literal(1)])),
  is_repeat: z.optional(z.union([z.literal(0), z.literal(1)])),
  remind_before_event_secs: z.optional(z.int()),
  remind_time_diffs: z.optional(z.array(z.int())),
  repeat_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(5), z.literal(7)])),
  repeat_until: z.optional(z.int()),
  is_custom_repeat: z.optional(z.union([z.literal(0), z.literal(1)])),
  repeat_interval: z.optional(z.int()),
  repeat_day_of_week: z.optional(z.array(z.int())),
  repeat_day_of_month: z.optional(z.array(z.int())),
  timezone: z.optional(z.int()),
  exclude_time_list: z.optional(z.array(z.looseObject({
    start_time: z.optional(z.int()),
  }))),
}));
export const WorkScheduleReminders: ZodMiniType<T.WorkScheduleReminders, T.In.WorkScheduleReminders> = z.lazy(() => z.looseObject({
  is_remind: z.optional(z.union([z.literal(0), z.literal(1)])),
  is_repeat: z.optional(z.union([z.literal(0), z.literal(1)])),
  remind_before_event_secs: z.optional(z.union([z.literal(0), z.literal(300), z.literal(900), z.literal(3600), z.literal(86400)])),
  remind_time_diffs: z.optional(z.array(z.int())),
  repeat_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(5), z.literal(7)])),
  repeat_until: z.optional(z.int()),
  is_custom_repeat: z.optional(z.union([z.literal(0), z.literal(1)])),
  repeat_interval: z.optional(z.int()),
  repeat_day_of_week: z.optional(z.array(z.int())),
  repeat_day_of_month: z.optional(z.array(z.int())),
  timezone: z.optional(z.int()),
}));
export const WorkSuiteAuthAgent: ZodMiniType<T.WorkSuiteAuthAgent, T.In.WorkSuiteAuthAgent> = z.lazy(() => z.looseObject({
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
export const WorkSuiteAuthCorpInfo: ZodMiniType<T.WorkSuiteAuthCorpInfo, T.In.WorkSuiteAuthCorpInfo> = z.lazy(() => z.looseObject({
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
export const WorkSuiteAuthInfo: ZodMiniType<T.WorkSuiteAuthInfo, T.In.WorkSuiteAuthInfo> = z.lazy(() => z.looseObject({
  agent: z.optional(z.array(WorkSuiteAuthAgent)),
}));
export const WorkSuiteDealerCorpInfo: ZodMiniType<T.WorkSuiteDealerCorpInfo, T.In.WorkSuiteDealerCorpInfo> = z.lazy(() => z.looseObject({
  corpid: z.optional(z.string()),
  corp_name: z.optional(z.string()),
}));
export const WorkSuiteEditionInfo: ZodMiniType<T.WorkSuiteEditionInfo, T.In.WorkSuiteEditionInfo> = z.lazy(() => z.looseObject({
  agent: z.optional(z.array(z.looseObject({
    agentid: z.optional(z.int()),
    edition_id: z.optional(z.string()),
    edition_name: z.optional(z.string()),
    app_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)])),
    user_limit: z.optional(z.int()),
    expired_time: z.optional(z.int()),
    is_virtual_version: z.optional(z.boolean()),
    is_shared_from_other_corp: z.optional(z.boolean()),
  }))),
}));
export const WorkTemplateCard: ZodMiniType<T.WorkTemplateCard, T.In.WorkTemplateCard> = z.lazy(() => z.looseObject({
  card_type: z.enum(["text_notice", "news_notice", "button_interaction", "vote_interaction", "multiple_interaction"]),
  source: z.optional(z.looseObject({
    icon_url: z.optional(z.string()),
    desc: z.optional(z.string()),
    desc_color: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
  })),
  action_menu: z.optional(z.looseObject({
    desc: z.optional(z.string()),
    action_list: z.optional(z.array(z.looseObject({
      text: z.string(),
      key: z.string(),
    }))),
  })),
  task_id: z.optional(z.string()),
  main_title: z.optional(z.looseObject({
    title: z.optional(z.string()),
    desc: z.optional(z.string()),
  })),
  quote_area: z.optional(z.looseObject({
    type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
    url: z.optional(z.string()),
    appid: z.optional(z.string()),
    pagepath: z.optional(z.string()),
    title: z.optional(z.string()),
    quote_text: z.optional(z.string()),
  })),
  emphasis_content: z.optional(z.looseObject({
    title: z.optional(z.string()),
    desc: z.optional(z.string()),
  })),
  sub_title_text: z.optional(z.string()),
  horizontal_content_list: z.optional(z.array(z.looseObject({
    type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
    keyname: z.string(),
    value: z.optional(z.string()),
    url: z.optional(z.string()),
    media_id: z.optional(z.string()),
    userid: z.optional(z.string()),
  }))),
  jump_list: z.optional(z.array(z.looseObject({
    type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
    title: z.string(),
    url: z.optional(z.string()),
    appid: z.optional(z.string()),
    pagepath: z.optional(z.string()),
  }))),
  card_action: z.optional(z.looseObject({
    type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
    url: z.optional(z.string()),
    appid: z.optional(z.string()),
    pagepath: z.optional(z.string()),
  })),
  image_text_area: z.optional(z.looseObject({
    type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
    url: z.optional(z.string()),
    appid: z.optional(z.string()),
    pagepath: z.optional(z.string()),
    title: z.optional(z.string()),
    desc: z.optional(z.string()),
    image_url: z.string(),
  })),
  card_image: z.optional(z.looseObject({
    url: z.string(),
    aspect_ratio: z.optional(z.number()),
  })),
  vertical_content_list: z.optional(z.array(z.looseObject({
    title: z.string(),
    desc: z.optional(z.string()),
  }))),
  button_selection: z.optional(z.looseObject({
    question_key: z.string(),
    title: z.optional(z.string()),
    option_list: z.array(z.looseObject({
      id: z.string(),
      text: z.string(),
    })),
    selected_id: z.optional(z.string()),
  })),
  button_list: z.optional(z.array(z.looseObject({
    type: z.optional(z.union([z.literal(0), z.literal(1)])),
    text: z.string(),
    style: z.optional(z.int()),
    key: z.optional(z.string()),
    url: z.optional(z.string()),
  }))),
  checkbox: z.optional(z.looseObject({
    question_key: z.string(),
    option_list: z.array(z.looseObject({
      id: z.string(),
      text: z.string(),
      is_checked: z.optional(z.boolean()),
    })),
    mode: z.optional(z.union([z.literal(0), z.literal(1)])),
  })),
  submit_button: z.optional(z.looseObject({
    text: z.optional(z.string()),
    key: z.string(),
  })),
  select_list: z.optional(z.array(z.looseObject({
    question_key: z.string(),
    title: z.optional(z.string()),
    selected_id: z.optional(z.string()),
    option_list: z.array(z.looseObject({
      id: z.string(),
      text: z.string(),
    })),
  }))),
}));
export const WorkTrustDevice: ZodMiniType<T.WorkTrustDevice, T.In.WorkTrustDevice> = z.lazy(() => z.looseObject({
  device_code: z.optional(z.string()),
  system: z.optional(z.string()),
  mac_addr: z.optional(z.array(z.string())),
  motherboard_uuid: z.optional(z.string()),
  harddisk_uuid: z.optional(z.array(z.string())),
  domain: z.optional(z.string()),
  pc_name: z.optional(z.string()),
  seq_no: z.optional(z.string()),
  last_login_time: z.optional(z.int()),
  last_login_userid: z.optional(z.string()),
  confirm_timestamp: z.optional(z.int()),
  confirm_userid: z.optional(z.string()),
  approved_userid: z.optional(z.string()),
  source: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
  status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
}));
export const WorkUserAttr: ZodMiniType<T.WorkUserAttr, T.In.WorkUserAttr> = z.lazy(() => z.looseObject({
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
export const WorkWorkbenchImage: ZodMiniType<T.WorkWorkbenchImage, T.In.WorkWorkbenchImage> = z.lazy(() => z.looseObject({
  url: z.optional(z.string()),
  jump_url: z.optional(z.string()),
  pagepath: z.optional(z.string()),
}));
export const WorkWorkbenchKeyData: ZodMiniType<T.WorkWorkbenchKeyData, T.In.WorkWorkbenchKeyData> = z.lazy(() => z.looseObject({
  items: z.optional(z.array(z.looseObject({
    key: z.optional(z.string()),
    data: z.string(),
    jump_url: z.optional(z.string()),
    pagepath: z.optional(z.string()),
  }))),
}));
export const WorkWorkbenchList: ZodMiniType<T.WorkWorkbenchList, T.In.WorkWorkbenchList> = z.lazy(() => z.looseObject({
  items: z.optional(z.array(z.looseObject({
    title: z.string(),
    jump_url: z.optional(z.string()),
    pagepath: z.optional(z.string()),
  }))),
}));
export const WorkWorkbenchWebview: ZodMiniType<T.WorkWorkbenchWebview, T.In.WorkWorkbenchWebview> = z.lazy(() => z.looseObject({
  url: z.optional(z.string()),
  jump_url: z.optional(z.string()),
  pagepath: z.optional(z.string()),
}));
export const WxaAuthContactInfo: ZodMiniType<T.WxaAuthContactInfo, T.In.WxaAuthContactInfo> = z.lazy(() => z.looseObject({
  name: z.optional(z.string()),
  email: z.optional(z.string()),
}));
export const WxaAuthIdentityNode: ZodMiniType<T.WxaAuthIdentityNode, T.In.WxaAuthIdentityNode> = z.lazy(() => z.looseObject({
  name: z.optional(z.string()),
  node_id: z.optional(z.int()),
  node_list: z.optional(z.array(WxaAuthIdentityNode)),
  leaf_info: z.optional(z.looseObject({
    requirement: z.optional(z.string()),
  })),
}));
export const WxaAuthInvoiceInfo: ZodMiniType<T.WxaAuthInvoiceInfo, T.In.WxaAuthInvoiceInfo> = z.lazy(() => z.looseObject({
  invoice_type: z.optional(z.int()),
  electronic: z.optional(z.looseObject({
    id: z.optional(z.string()),
    desc: z.optional(z.string()),
  })),
  vat: z.optional(z.looseObject({
    enterprise_phone: z.optional(z.string()),
    id: z.optional(z.string()),
    enterprise_address: z.optional(z.string()),
    bank_name: z.optional(z.string()),
    bank_account: z.optional(z.string()),
    mailing_address: z.optional(z.string()),
    address: z.optional(z.string()),
    name: z.optional(z.string()),
    phone: z.optional(z.string()),
    province: z.optional(z.string()),
    city: z.optional(z.string()),
    district: z.optional(z.string()),
    desc: z.optional(z.string()),
  })),
  invoice_title: z.optional(z.string()),
}));
