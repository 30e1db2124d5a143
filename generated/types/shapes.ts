// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
export type CloudbaseCallbackContainerConfig = {
  /** Enabled */
  enable: boolean;
  /** Environment ID */
  qbase_env: string;
  /** Path */
  qbase_container_path: string;
  /** Text format: 1 JSON, 2 XML */
  text_mode: 1 | 2;
};
export type CloudbaseCallbackFunctionConfig = {
  /** Enabled */
  enable: boolean;
  /** Push rules */
  callbacks: Array<{
    /** Message type */
    msgType: string;
    /** Event type */
    event: string;
    /** Environment ID */
    env: string;
    /** Cloud function name */
    functionName: string;
    /** Enabled */
    enable: boolean;
  }>;
};
export type CloudbaseExtensionFileData = {
  /** Address to use in templates (file_url of cloudbase.createSendSmsTask) */
  CodeUri?: string;
  /** Temporary signed URL to PUT the file to */
  UploadUrl?: string;
  /** Custom key; empty when no encryption is needed */
  CustomKey?: string;
  /** Size limit in MB; larger files are deleted */
  MaxSize?: number;
};
/** A review image or video (a review has images or one video, never both) */
export type CommentMedia = {
  /** Image CDN URL */
  img?: string;
  /** Thumbnail CDN URL */
  thumbImg?: string;
  /** Video CDN URL (absent when img is set) */
  video?: string;
  /** Video cover CDN URL (absent when img is set) */
  videoCover?: string;
  /** Video length in seconds (absent when img is set) */
  videoDuration?: number;
};
/** One permission set granted to the third-party platform */
export type ComponentFuncInfo = {
  /** The permission set */
  funcscope_category: {
    /** Permission set id (see 权限集介绍) */
    id: number;
    /** Permission set type */
    type?: number;
    /** Permission set name */
    name?: string;
    /** Permission set description */
    desc?: string;
  };
  /** Confirmation state of the permission set (shown in the official examples, not in the current field table) */
  confirm_info?: {
    /** 1 if the set needs confirmation */
    need_confirm?: number;
    /** 1 if already confirmed */
    already_confirm?: number;
    /** 1 if it can be confirmed */
    can_confirm?: number;
  };
};
/** The rule (上下游关系规则的详情) */
export type CorpGroupRuleInfo = {
  /** The upstream corp's contacts that downstream corps can see and contact (上游企业的对接人规则) */
  owner_corp_range: {
    /** Department ids; give departmentids or userids (at least one) */
    departmentids?: Array<string>;
    /** User ids; give departmentids or userids (at least one) */
    userids?: Array<string>;
  };
  /** The downstream corps the rule covers (下游企业规则范围) */
  member_corp_range: {
    /** Group ids; give groupids or corpids (at least one) */
    groupids?: Array<string>;
    /** Corp ids; give groupids or corpids (at least one) */
    corpids?: Array<string>;
  };
};
/** An article of a draft */
export type DraftNewsItem = {
  /** Article type: news (text and pictures, the default) or newspic (picture message) */
  article_type?: "news" | "newspic";
  /** Title */
  title?: string;
  /** Author */
  author?: string;
  /** Summary; only single-article messages have one (the first 54 characters of the text when left empty) */
  digest?: string;
  /** Article body (HTML, under 20,000 characters and 1 MB, JS removed); picture messages take plain text and a few special tags */
  content?: string;
  /** The 'read the original' URL */
  content_source_url?: string;
  /** Cover image media id (a permanent media id) */
  thumb_media_id?: string;
  /** Whether the cover is shown (in the official draft/get sample, not in its table) */
  show_cover_pic?: 0 | 1;
  /** Comments open: 0 no (default), 1 yes */
  need_open_comment?: 0 | 1;
  /** 0 anyone may comment (default), 1 followers only */
  only_fans_can_comment?: 0 | 1;
  /** Picture messages: the pictures (at most 20; the first is the cover) */
  image_info?: {
    /** The pictures */
    image_list?: Array<{
      /** Picture media id (a permanent media id) */
      image_media_id?: string;
    }>;
  };
  /** Product information */
  product_info?: {
    /** Product inserted at the end of the article */
    footer_product_info?: {
      /** Product key */
      product_key?: string;
    };
  };
  /** Temporary link to the draft */
  url?: string;
};
/** The Mini Program's filing information (微信小程序信息) */
export type IcpApplets = {
  /** Mini Program basic information (微信小程序基本信息) */
  base_info: IcpAppletsBaseInfo;
  /** Mini Program principal (小程序负责人信息) */
  principal_info: IcpPrincipalInfo;
};
/** Mini Program basic information (微信小程序基本信息) */
export type IcpAppletsBaseInfo = {
  /** The Mini Program's AppID; not sent (filled in by WeChat) */
  appid?: string;
  /** The Mini Program's name; not sent (filled in by WeChat) */
  name?: string;
  /** Service content types (see icp.queryServiceContentTypes), second-level types only, at most 5, e.g. [3, 4] (items ≤ 5) */
  service_content_types?: Array<number>;
  /** Pre-approval items (前置审批项), no type twice; when none applies, send the type 以上都不涉及 */
  nrlx_details?: Array<IcpNrlxDetail>;
  /** What the Mini Program actually does and serves (an important basis of the authority's review), 20-200 characters */
  comment?: string;
  /** Mini Program filing number (小程序备案号), e.g. 粤B2-20090059-1626X; not sent when applying, returned by icp.getOnlineOrder */
  record_number?: string;
};
/** Legal representative (法人信息) */
export type IcpLegalPersonInfo = {
  /** Legal representative's name */
  name?: string;
  /** Legal representative's certificate number */
  certificate_number?: string;
};
/** Other filing materials (其他备案媒体材料), all media_ids from icp.uploadMedia */
export type IcpMaterials = {
  /** Internet information service commitment letter (互联网信息服务承诺书), at most 1 (items ≤ 1) */
  commitment_letter?: Array<string>;
  /** Subject renaming letter (主体更名函), for a non-personal subject that was renamed, at most 1 (items ≤ 1) */
  business_name_change_letter?: Array<string>;
  /** Party-building confirmation letter (党建确认函), at most 1 (items ≤ 1) */
  party_building_confirmation_letter?: Array<string>;
  /** Commitment video (承诺视频), at most 1 (items ≤ 1) */
  promise_video?: Array<string>;
  /** Notice of responsibility for the authenticity of the filing (网站备案信息真实性责任告知书), at most 1 (items ≤ 1) */
  authenticity_responsibility_letter?: Array<string>;
  /** Commitment to the authenticity of the Mini Program filing (小程序备案信息真实性承诺书), at most 1 (items ≤ 1) */
  authenticity_commitment_letter?: Array<string>;
  /** Mini Program construction plan (小程序建设方案书), at most 1 (items ≤ 1) */
  website_construction_proposal?: Array<string>;
  /** Other subject attachments (主体其它附件), at most 10 (items ≤ 10) */
  subject_other_materials?: Array<string>;
  /** Other Mini Program attachments (小程序其它附件), at most 10 (items ≤ 10) */
  applets_other_materials?: Array<string>;
  /** Photo holding the certificate (手持证件照), at most 1 (items ≤ 1) */
  holding_certificate_photo?: Array<string>;
};
/** A pre-approval item (前置审批项) */
export type IcpNrlxDetail = {
  /** Pre-approval type (see icp.queryNrlxTypes), e.g. 2 */
  type?: number;
  /** Pre-approval number, e.g. 粤-12345号; required unless the type is 以上都不涉及 */
  code?: string;
  /** media_id of the pre-approval document; required unless the type is 以上都不涉及 */
  media?: string;
};
/** A principal (负责人): of the subject (icp_subject) or of the Mini Program (icp_applets) */
export type IcpPrincipalInfo = {
  /** Principal's name, e.g. 张三 */
  name?: string;
  /** Principal's phone number, e.g. 13012344321 */
  mobile?: string;
  /** Principal's email */
  email?: string;
  /** Principal's emergency phone number, e.g. 17743211234 */
  emergency_contact?: string;
  /** Principal's certificate type (see icp.queryCertificateTypes; only types of personal subject types), e.g. 2 */
  certificate_type?: number;
  /** Principal's certificate number */
  certificate_number?: string;
  /** Certificate valid from, YYYYmmdd, e.g. 20230815 */
  certificate_validity_date_start?: string;
  /** Certificate valid until, YYYYmmdd (长期 for a certificate without end date), e.g. 20330815 */
  certificate_validity_date_end?: string;
  /** media_id of the certificate's front (the portrait side of an ID card) */
  certificate_photo_front?: string;
  /** media_id of the certificate's back (the national-emblem side of an ID card) */
  certificate_photo_back?: string;
  /** media_id of the authorization letter (授权书), needed when the principal is not the legal representative */
  authorization_letter?: string;
  /** Face verification task id (task_id of icp.createVerifyTask); only the Mini Program's principal is verified, not the subject's */
  verify_task_id?: string;
};
/** Filing subject (备案主体信息) */
export type IcpSubject = {
  /** Subject basic information (主体基本信息) */
  base_info: IcpSubjectBaseInfo;
  /** Extra information of a personal subject (个人主体额外信息) */
  personal_info?: IcpSubjectPersonalInfo;
  /** Subject certificate information (主体额外信息); for a personal filing, repeat the values that match the principal's */
  organize_info: IcpSubjectOrganizeInfo;
  /** Subject principal (主体负责人信息) */
  principal_info: IcpPrincipalInfo;
  /** Legal representative (法人信息): required for a non-personal filing whose principal is not the legal representative */
  legal_person_info?: IcpLegalPersonInfo;
};
/** Subject basic information (主体基本信息) */
export type IcpSubjectBaseInfo = {
  /** Subject type (主体性质), a type from icp.querySubjectTypes, e.g. 5 */
  type?: number;
  /** Name of the organizer (主办单位名称), e.g. 张三 */
  name?: string;
  /** Filing province code (see icp.queryDistrictCode), e.g. 110000 */
  province?: string;
  /** Filing city code (see icp.queryDistrictCode), e.g. 110100 */
  city?: string;
  /** Filing district code (see icp.queryDistrictCode), e.g. 110105 */
  district?: string;
  /** Mailing address inside the filing district, without the leading province/city/district (高碑店路181号1栋12345室 for 北京市朝阳区高碑店路181号1栋12345室) */
  address?: string;
  /** Remark on the subject (主体信息备注), as needed */
  comment?: string;
  /** Subject filing number (主体备案号), e.g. 粤B2-20090059; not sent when applying, returned by icp.getOnlineOrder */
  record_number?: string;
};
/** Subject certificate information (主体额外信息) */
export type IcpSubjectOrganizeInfo = {
  /** Subject certificate type (see icp.queryCertificateTypes), e.g. 2 */
  certificate_type?: number;
  /** Subject certificate number, e.g. 110105199001011234 */
  certificate_number?: string;
  /** Address on the subject certificate (主体证件住所) */
  certificate_address?: string;
  /** media_id of the subject certificate photo; required for a non-personal subject */
  certificate_photo?: string;
};
/** Extra information of a personal subject (个人主体额外信息) */
export type IcpSubjectPersonalInfo = {
  /** media_id of a temporary residence proof (residence permit, social insurance or property certificate…), for a personal filing by someone not from the province */
  residence_permit?: string;
};
/** A device */
export type IotDevice = {
  /** Device model id (from registering the device on the WeChat platform) */
  model_id: string;
  /** Device serial number (assigned by the manufacturer) */
  sn: string;
};
/** Extended attributes (扩展属性) */
export type LinkedCorpExtAttr = {
  /** From the sample */
  attrs?: Array<{
    /** Attribute name (from the sample) */
    name?: string;
    /** From the sample: 0 with text, 1 with web */
    type?: number;
    /** From the sample (type 0) */
    text?: {
      /** From the sample */
      value?: string;
    };
    /** From the sample (type 1) */
    web?: {
      /** From the sample */
      url?: string;
      /** From the sample */
      title?: string;
    };
  }>;
};
/** A custom-menu button (a button with sub_button only opens its sub-menu) */
export type MenuButton = {
  /** Action: click, view, scancode_push, scancode_waitmsg, pic_sysphoto, pic_photo_or_album, pic_weixin, location_select, media_id, view_limited, article_id, article_view_limited, miniprogram */
  type?: string;
  /** Title, at most 16 bytes (60 bytes in a sub-menu) */
  name: string;
  /** Event KEY pushed to the server, at most 128 bytes; needed by click-like types */
  key?: string;
  /** Link, at most 1024 bytes; needed by view and miniprogram (the fallback for old clients) */
  url?: string;
  /** A permanent media_id; needed by media_id and view_limited */
  media_id?: string;
  /** The Mini Program's appid; needed by miniprogram */
  appid?: string;
  /** The Mini Program page path; needed by miniprogram */
  pagepath?: string;
  /** A published article_id; needed by article_id and article_view_limited */
  article_id?: string;
  /** Second-level buttons (1-5); excludes type (items ≤ 5) */
  sub_button?: Array<MenuButton>;
};
export type OcrImageSize = {
  /** Width */
  w?: number;
  /** Height */
  h?: number;
};
export type OcrPoint = {
  /** X coordinate */
  x?: number;
  /** Y coordinate */
  y?: number;
};
export type OcrPosition = {
  /** Top-left corner */
  left_top?: OcrPoint;
  /** Top-right corner */
  right_top?: OcrPoint;
  /** Bottom-right corner */
  right_bottom?: OcrPoint;
  /** Bottom-left corner */
  left_bottom?: OcrPoint;
};
export type OpenStaticStoreInfo = {
  /** Environment name (环境名称) */
  env?: string;
  /** Static website domain (静态域名) */
  domain?: string;
  /** COS bucket */
  bucket?: string;
  /** Region (所在区域; spelled `regoin` by WeChat) */
  regoin?: string;
  /** Status (e.g. online) */
  status?: string;
};
/** An article of a published message */
export type PublishedNewsItem = {
  /** Title */
  title?: string;
  /** Author */
  author?: string;
  /** Summary; only single-article messages have one (the first 54 characters of the text when left empty) */
  digest?: string;
  /** Article body (HTML, under 20,000 characters and 1 MB, JS removed); picture messages take plain text and a few special tags */
  content?: string;
  /** The 'read the original' URL */
  content_source_url?: string;
  /** Cover image media id (a permanent media id) */
  thumb_media_id?: string;
  /** Cover image URL */
  thumb_url?: string;
  /** Whether the cover is shown (in the official samples, not in the tables) */
  show_cover_pic?: 0 | 1;
  /** Comments open: 0 no (default), 1 yes */
  need_open_comment?: 0 | 1;
  /** 0 anyone may comment (default), 1 followers only */
  only_fans_can_comment?: 0 | 1;
  /** Link to the article (the table calls it the draft's temporary link) */
  url?: string;
  /** Whether the article has been deleted */
  is_deleted?: boolean;
};
/** A button as reported by get_current_selfmenu_info */
export type SelfMenuButton = {
  /** Button type: the API types (click, view, ...) or, for menus set on the website, text, img, voice, video, news */
  type?: string;
  /** Button name */
  name: string;
  /** API-set click-like buttons: the event KEY */
  key?: string;
  /** view buttons: the link */
  url?: string;
  /** Website-set buttons: text for text, media id for img/voice/news, download link for video */
  value?: string;
  /** news buttons: the articles */
  news_info?: {
    /** The articles */
    list?: Array<SelfMenuNewsItem>;
  };
  /** The sub-menu, if any */
  sub_button?: {
    /** Second-level buttons */
    list?: Array<SelfMenuButton>;
  };
};
/** An article behind a news button of get_current_selfmenu_info */
export type SelfMenuNewsItem = {
  /** Article title */
  title?: string;
  /** Author */
  author?: string;
  /** Summary */
  digest?: string;
  /** 1 when the cover is shown */
  show_cover?: 0 | 1;
  /** Cover image URL */
  cover_url?: string;
  /** Article URL */
  content_url?: string;
  /** Original-source URL (empty: no 'read more' link) */
  source_url?: string;
};
/** A text in one display language ({text, lang}) */
export type WorkApprovalLangText = {
  /** Text */
  text?: string;
  /** Display language, e.g. zh_CN (not zh-CN) */
  lang?: string;
};
/** One control of an approval template, as sent to create_template / update_template */
export type WorkApprovalTemplateControlInput = {
  /** The control's basic properties */
  property: {
    /** Control type (one attendance-type control per template: Vacation or Attendance) */
    control: "Text" | "Textarea" | "Number" | "Money" | "Date" | "Selector" | "Contact" | "Tips" | "File" | "Table" | "Location" | "RelatedApproval" | "DateRange" | "PhoneNumber" | "Vacation" | "Attendance" | "BankAccount";
    /** Control id, unique in the template, as control-number (e.g. "Text-01") */
    id: string;
    /** Control name per language */
    title: Array<{
      /** Control name, unique in the template, at most 40 characters (length ≤ 40) */
      text: string;
      /** Display language, zh_CN (not zh-CN) */
      lang: string;
    }>;
    /** Control hint per language */
    placeholder?: Array<{
      /** Hint, at most 80 characters (length ≤ 80) */
      text?: string;
      /** Display language, zh_CN; needed when text is given */
      lang?: string;
    }>;
    /** 1 makes the control mandatory; 0 by default */
    require?: 0 | 1;
    /** 0 printable (the default), 1 not printable */
    un_print?: 0 | 1;
  };
  /** Control configuration, different per control type (是or否 on the page); described in the page's appendix (各控件config参数介绍) */
  config?: unknown;
};
/** Who may subscribe to a public calendar (public_range); only for public calendars */
export type WorkCalendarPublicRange = {
  /** UserIDs of the members in the public range, at most 1000 (items ≤ 1000) */
  userids?: Array<string>;
  /** Department ids in the public range, at most 100 (items ≤ 100) */
  partyids?: Array<number>;
};
/** One member of a calendar's notification range (shares) */
export type WorkCalendarShare = {
  /** UserID of the member in the calendar's notification range */
  userid: string;
  /** The member's permission: 1 can view, 3 sees free/busy only (view when left out) */
  permission?: 1 | 3;
};
/** An invalid member of the notification range (fail_result.shares) */
export type WorkCalendarShareFailure = {
  /** Error code */
  errcode?: number;
  /** Error message */
  errmsg?: string;
  /** UserID of the invalid notification-range member */
  userid?: string;
};
/** A checkin rule (打卡规则) */
export type WorkCheckinGroup = {
  /** Rule type: 1 fixed hours, 2 by shift, 3 free check-in */
  grouptype?: 1 | 2 | 3;
  /** Rule id */
  groupid?: number;
  /** Rule name */
  groupname?: string;
  /** From the current official sample (true); its table row could not be read */
  open_sp_checkin?: boolean;
  /** Check-in times; meaningless for by-shift rules */
  checkindate?: Array<{
    /** Workdays: for fixed or free rules 1-6 are Monday-Saturday, 0 is Sunday; for by-shift rules the dates of the shifts */
    workdays?: Array<number>;
    /** Check-in times of a workday */
    checkintime?: Array<WorkCheckinTime>;
    /** true: no off-duty check-in needed */
    noneed_offwork?: boolean;
    /** Check-in time limit (milliseconds) */
    limit_aheadtime?: number;
    /** Flexible time (milliseconds); only meaningful when flex_on_duty_time/flex_off_duty_time are -1 (/90263) */
    flex_time?: number;
    /** Allowed lateness (seconds); -1 uses flex_time */
    flex_on_duty_time?: number;
    /** Allowed early leave (seconds); -1 uses flex_time */
    flex_off_duty_time?: number;
  }>;
  /** Special dates on which check-in is required */
  spe_workdays?: Array<{
    /** Timestamp of the date */
    timestamp?: number;
    /** Note for the date */
    notes?: string;
    /** Check-in times of that date */
    checkintime?: Array<WorkCheckinTime>;
  }>;
  /** Special dates on which no check-in is needed */
  spe_offdays?: Array<{
    /** Timestamp of the date */
    timestamp?: number;
    /** Note for the date */
    notes?: string;
    /** In the official sample ([]), not in the table */
    checkintime?: Array<WorkCheckinTime>;
  }>;
  /** Whether statutory holidays are synced (not for by-shift rules) */
  sync_holidays?: boolean;
  /** Whether a photo is required to check in */
  need_photo?: boolean;
  /** Whether local pictures may be attached to notes */
  note_can_use_local_pic?: boolean;
  /** Whether check-in is allowed on non-working days */
  allow_checkin_offworkday?: boolean;
  /** Whether make-up check-in requests are allowed */
  allow_apply_offworkday?: boolean;
  /** Wi-Fi check-in places */
  wifimac_infos?: Array<{
    /** Wi-Fi place name */
    wifiname?: string;
    /** Wi-Fi MAC address / BSSID */
    wifimac?: string;
  }>;
  /** Location check-in places */
  loc_infos?: Array<{
    /** Latitude times 1,000,000 (GCJ-02); int64 on the table */
    lat?: number;
    /** Longitude times 1,000,000 (GCJ-02); int64 on the table */
    lng?: number;
    /** Place name */
    loc_title?: string;
    /** Place details */
    loc_detail?: string;
    /** Allowed check-in range (meters) */
    distance?: number;
  }>;
  /** Who checks in under this rule */
  range?: {
    /** Department ids */
    party_id?: Array<string>;
    /** Member userids (string on the table, a list in the sample) */
    userid?: Array<string>;
    /** Tag ids */
    tagid?: Array<number>;
  };
  /** Rule creation time (unix) */
  create_time?: number;
  /** Members exempt from check-in (white list) */
  white_users?: Array<string>;
  /** Check-in method: 0 phone, 2 smart attendance machine, 3 phone + machine */
  type?: number;
  /** Report-to members */
  reporterinfo?: {
    /** Report-to members, each a userid */
    reporters?: Array<{
      /** Member userid */
      userid?: string;
    }>;
    /** Update time of the report-to members */
    updatetime?: number;
  };
  /** Overtime settings (present once set) */
  ot_info?: {
    /** Overtime type: 0 check-ins checked against overtime requests, 1 by check-in time, 2 by approved overtime requests only */
    type?: number;
    /** Overtime allowed on working days */
    allow_ot_workingday?: boolean;
    /** Overtime allowed on non-working days */
    allow_ot_nonworkingday?: boolean;
    /** Overtime length rules when counting by check-in time */
    otcheckinfo?: {
      /** Working-day overtime starts this many seconds after the latest off-duty time (default 30 min) */
      ot_workingday_time_start?: number;
      /** Working-day minimum overtime, seconds (default 30 min) */
      ot_workingday_time_min?: number;
      /** Working-day maximum overtime, seconds (default 240 min) */
      ot_workingday_time_max?: number;
      /** Non-working-day minimum overtime, seconds (default 30 min) */
      ot_nonworkingday_time_min?: number;
      /** Non-working-day maximum overtime, seconds (default 240 min) */
      ot_nonworkingday_time_max?: number;
      /** Non-working-day overtime day boundary, seconds from 00:00 */
      ot_nonworkingday_spanday_time?: number;
      /** Working-day rest deduction */
      ot_workingday_restinfo?: WorkCheckinOtRestInfo;
      /** Non-working-day rest deduction */
      ot_nonworkingday_restinfo?: WorkCheckinOtRestInfo;
    };
    /** Update time */
    uptime?: number;
    /** Settings when overtime is counted from overtime requests (rest deduction, day boundary) */
    otapplyinfo?: {
      /** Overtime allowed on working days */
      allow_ot_workingday?: boolean;
      /** Overtime allowed on non-working days */
      allow_ot_nonworkingday?: boolean;
      /** Update time */
      uptime?: number;
      /** Working-day rest deduction */
      ot_workingday_restinfo?: WorkCheckinOtRestInfo;
      /** Non-working-day rest deduction */
      ot_nonworkingday_restinfo?: WorkCheckinOtRestInfo;
      /** Non-working-day overtime day boundary, seconds from 00:00 */
      ot_nonworkingday_spanday_time?: number;
    };
  };
  /** Make-up check-ins allowed per month; -1 (default) unlimited */
  allow_apply_bk_cnt?: number;
  /** Out-of-range check-ins: 0 (default) out-of-range exception, 1 normal field check-in, 2 not allowed */
  option_out_range?: number;
  /** Userid of the rule creator */
  create_userid?: string;
  /** Face recognition check-in on */
  use_face_detect?: boolean;
  /** Make-up check-in time limit in days; -1 (default) unlimited */
  allow_apply_bk_day_limit?: number;
  /** Userid of the last editor */
  update_userid?: string;
  /** Shifts; only for by-shift rules */
  schedulelist?: Array<WorkCheckinSchedule>;
  /** Free check-in: off-duty check-in allowed this many seconds after on-duty */
  offwork_interval_time?: number;
  /** Make-up check-in exception types, a bitmask (bit set = type closed): from low bit missing, late, early, other; 0 all allowed (uint64) */
  buka_restriction?: number;
};
/** A checkin rule to create or update (打卡规则, see 打卡规则字段说明) */
export type WorkCheckinGroupInput = {
  /** Rule id: ignored when creating, required when updating */
  groupid?: number;
  /** Rule type: 1 fixed hours, 2 by shift, 3 free check-in */
  grouptype?: number;
  /** Rule name */
  groupname?: string;
  /** Check-in times */
  checkindate?: Array<{
    /** Workdays: 1-6 Monday-Saturday, 0 Sunday */
    workdays?: Array<number>;
    /** Check-in times of a workday */
    checkintime?: Array<{
      /** From the official sample (1) */
      time_id?: number;
      /** On-duty time, seconds from 00:00 */
      work_sec?: number;
      /** Off-duty time, seconds from 00:00 */
      off_work_sec?: number;
      /** On-duty reminder time, seconds from 00:00 */
      remind_work_sec?: number;
      /** Off-duty reminder time, seconds from 00:00 */
      remind_off_work_sec?: number;
      /** From the official sample (35040) */
      earliest_work_sec?: number;
      /** From the official sample (37020) */
      latest_work_sec?: number;
      /** From the official sample (43140) */
      earliest_off_work_sec?: number;
      /** From the official sample (43800) */
      latest_off_work_sec?: number;
    }>;
    /** Allowed lateness (seconds) */
    flex_on_duty_time?: number;
    /** Allowed early leave (seconds) */
    flex_off_duty_time?: number;
  }>;
  /** Special dates on which check-in is required */
  spe_workdays?: Array<{
    /** Timestamp of the date */
    timestamp?: number;
    /** Note for the date */
    notes?: string;
    /** Check-in times of that date */
    checkintime?: Array<WorkCheckinTime>;
  }>;
  /** Special dates on which no check-in is needed */
  spe_offdays?: Array<{
    /** Timestamp of the date */
    timestamp?: number;
    /** Note for the date */
    notes?: string;
  }>;
  /** Whether statutory holidays are synced */
  sync_holidays?: boolean;
  /** Whether a photo is required to check in */
  need_photo?: boolean;
  /** Whether local pictures may be attached to notes */
  note_can_use_local_pic?: boolean;
  /** Wi-Fi check-in places */
  wifimac_infos?: Array<{
    /** Wi-Fi place name */
    wifiname?: string;
    /** Wi-Fi MAC address / BSSID */
    wifimac?: string;
  }>;
  /** Whether check-in is allowed on non-working days */
  allow_checkin_offworkday?: boolean;
  /** Whether make-up check-in requests are allowed */
  allow_apply_offworkday?: boolean;
  /** Location check-in places */
  loc_infos?: Array<{
    /** Latitude times 1,000,000 (GCJ-02) */
    lat?: number;
    /** Longitude times 1,000,000 (GCJ-02) */
    lng?: number;
    /** Place name */
    loc_title?: string;
    /** Place details */
    loc_detail?: string;
    /** Allowed check-in range (meters) */
    distance?: number;
  }>;
  /** Who checks in under this rule */
  range?: {
    /** Department ids */
    party_id?: Array<string>;
    /** Member userids */
    userid?: Array<string>;
    /** Tag ids */
    tagid?: Array<number>;
  };
  /** Members exempt from check-in (white list) */
  white_users?: Array<string>;
  /** Check-in method: 0 phone, 2 smart attendance machine, 3 phone + machine */
  type?: number;
  /** Report-to members */
  reporterinfo?: {
    /** Report-to members, each a userid */
    reporters?: Array<{
      /** Member userid */
      userid?: string;
    }>;
  };
  /** From the official sample; table row unreadable */
  ot_info_v2?: {
    /** From the official sample; table row unreadable */
    workdayconf?: {
      /** From the official sample (true) */
      allow_ot?: boolean;
      /** From the official sample (0) */
      type?: number;
    };
  };
  /** Make-up check-ins allowed per month; -1 unlimited */
  allow_apply_bk_cnt?: number;
  /** Out-of-range check-ins: 0 exception, 1 normal field check-in, 2 not allowed */
  option_out_range?: number;
  /** Face recognition check-in on */
  use_face_detect?: boolean;
  /** Make-up check-in time limit in days; -1 unlimited */
  allow_apply_bk_day_limit?: number;
  /** From the official sample (true) */
  open_face_live_detect?: boolean;
  /** From the official sample (-1) */
  buka_limit_next_month?: number;
  /** From the official sample (true) */
  sync_out_checkin?: boolean;
  /** From the official sample; table row unreadable */
  buka_remind?: {
    /** From the official sample (true) */
    open_remind?: boolean;
    /** From the official sample (28) */
    buka_remind_day?: number;
    /** From the official sample (0) */
    buka_remind_month?: number;
  };
  /** Make-up check-in exception types, a bitmask (bit set = type closed); 0 all allowed */
  buka_restriction?: number;
};
/** Overtime rest deduction settings (休息扣除配置) */
export type WorkCheckinOtRestInfo = {
  /** Deduction type: 0 off, 1 deduct a fixed rest period, 2 deduct by overtime length */
  type?: number;
  /** Fixed rest period; meaningful when type is 1 */
  fix_time_rule?: {
    /** Rest start, seconds from 00:00 */
    fix_time_begin_sec?: number;
    /** Rest end, seconds from 00:00 */
    fix_time_end_sec?: number;
  };
  /** Deduction by overtime length; meaningful when type is 2 */
  cal_ottime_rule?: {
    /** Deduction conditions (obj on the table; a list in the sample) */
    items?: Array<{
      /** Overtime reaching this length (seconds) */
      ot_time?: number;
      /** Deducts this much rest (seconds) */
      rest_time?: number;
    }>;
  };
};
/** A shift of a by-shift rule (排班信息) */
export type WorkCheckinSchedule = {
  /** Shift id */
  schedule_id?: number;
  /** Shift name */
  schedule_name?: string;
  /** On/off-duty periods of the shift */
  time_section?: Array<{
    /** Period id (one on/off-duty pair of the shift) */
    time_id?: number;
    /** On-duty time, seconds from 00:00 */
    work_sec?: number;
    /** Off-duty time, seconds from 00:00 */
    off_work_sec?: number;
    /** On-duty reminder time, seconds from 00:00 */
    remind_work_sec?: number;
    /** Off-duty reminder time, seconds from 00:00 */
    remind_off_work_sec?: number;
    /** Rest start, seconds from 00:00 (single-period shifts only) */
    rest_begin_time?: number;
    /** Rest end, seconds from 00:00 (single-period shifts only) */
    rest_end_time?: number;
    /** Whether a rest is allowed */
    allow_rest?: boolean;
  }>;
  /** How early one may check in */
  limit_aheadtime?: number;
  /** No off-duty check-in this many seconds after off-duty time */
  limit_offtime?: number;
  /** No off-duty check-in needed */
  noneed_offwork?: boolean;
  /** Whether flexible time is allowed (uint32 in the /90263 table, bool on /93384 and in the samples) */
  allow_flex?: boolean;
  /** Allowed lateness (seconds) */
  flex_on_duty_time?: number;
  /** Allowed early leave (seconds) */
  flex_off_duty_time?: number;
  /** Leave-late/arrive-late rule (晚走晚到) */
  late_rule?: {
    /** Whether leaving late allows arriving late next day; the timerules only matter when true */
    allow_offwork_after_time?: boolean;
    /** Lateness rules */
    timerules?: Array<{
      /** Leaving this late after the last off-duty time (seconds) */
      offwork_after_time?: number;
      /** Allowed lateness for the first shift of the next day (seconds) */
      onwork_flex_time?: number;
    }>;
  };
  /** Earliest check-in limit */
  max_allow_arrive_early?: number;
  /** Latest check-in limit; exclusive with flex_on_duty_time/flex_off_duty_time (the other pair is 0) */
  max_allow_arrive_late?: number;
};
/** On/off-duty check-in times, in seconds from 00:00 of the day */
export type WorkCheckinTime = {
  /** On-duty time, seconds from 00:00 (上班时间) */
  work_sec?: number;
  /** Off-duty time, seconds from 00:00 (下班时间) */
  off_work_sec?: number;
  /** On-duty reminder time, seconds from 00:00 */
  remind_work_sec?: number;
  /** Off-duty reminder time, seconds from 00:00 */
  remind_off_work_sec?: number;
};
/** One extended attribute of a member (ExtAttr > Item) */
export type WorkContactExtAttr = {
  /** Attribute name */
  Name: string;
  /** Attribute type: 0 text, 1 web page */
  Type: number;
  /** Text attribute, when Type is 0 */
  Text?: {
    /** Text value */
    Value?: string;
  };
  /** Web attribute, when Type is 1 */
  Web?: {
    /** Title shown for the page */
    Title?: string;
    /** URL of the page */
    Url?: string;
  };
};
/** A set of members, departments and tags (汇报人员范围 / 白名单) */
export type WorkJournalRange = {
  /** Members */
  user_list?: Array<WorkJournalUserRef>;
  /** Departments */
  party_list?: Array<{
    /** Department id */
    open_partyid?: string;
  }>;
  /** Tags */
  tag_list?: Array<{
    /** Tag id */
    open_tagid?: string;
  }>;
};
/** One member's reports in a statistics period */
export type WorkJournalStatItem = {
  user?: WorkJournalUserRef;
  /** Report records */
  itemlist?: Array<{
    /** Report record id (empty when not reported) */
    journaluuid?: string;
    /** Report time (Unix time) */
    reporttime?: number;
    /** 1 handed in late, 0 on time */
    flag?: 0 | 1;
  }>;
};
/** A member, by UserID */
export type WorkJournalUserRef = {
  /** The member's UserID */
  userid?: string;
};
/** A WeCom app menu button (a top-level button with sub_button only opens the sub-menu) */
export type WorkMenuButton = {
  /** Button action type (omitted on a button that only holds sub_button) */
  type?: "click" | "view" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "view_miniprogram";
  /** Button name; not empty, at most 16 bytes top-level and 40 bytes in a sub-menu */
  name: string;
  /** Event key pushed to the app, at most 128 bytes (required for click and the other event types) */
  key?: string;
  /** Page URL opened by a view button, at most 1024 bytes (https recommended) */
  url?: string;
  /** Mini program page path (view_miniprogram) */
  pagepath?: string;
  /** Mini program appid (view_miniprogram; only mini programs bound to the corp) */
  appid?: string;
  /** Sub-menu buttons (1 to 5) */
  sub_button?: Array<WorkMenuButton>;
};
/** An article of an mpnews message (content stored in WeCom) */
export type WorkMpNewsArticle = {
  /** Title, at most 128 bytes, truncated beyond (supports id translation) */
  title: string;
  /** media_id of the cover image, from the media upload APIs */
  thumb_media_id: string;
  /** Author, at most 64 bytes */
  author?: string;
  /** URL opened by 阅读原文 */
  content_source_url?: string;
  /** Content, HTML allowed, at most 666 KB (supports id translation) */
  content: string;
  /** Digest, at most 512 bytes, truncated beyond (supports id translation) */
  digest?: string;
};
/** An article of a news (图文) message */
export type WorkNewsArticle = {
  /** Title, at most 128 bytes, truncated beyond (supports id translation) */
  title: string;
  /** Description, at most 512 bytes, truncated beyond (supports id translation) */
  description?: string;
  /** URL opened on click, at most 2048 bytes with http(s) scheme; url or the mini program must be given */
  url?: string;
  /** Picture URL, JPG or PNG; 1068*455 large, 150*150 small */
  picurl?: string;
  /** Mini program appid associated with the app; with pagepath, overrides url */
  appid?: string;
  /** Mini program page opened on click (with appid) */
  pagepath?: string;
};
/** A schedule attendee (attendees) */
export type WorkScheduleAttendee = {
  /** The attendee's UserID, at most 64 bytes */
  userid: string;
};
/** A schedule attendee and their answer */
export type WorkScheduleAttendeeStatus = {
  /** The attendee's UserID */
  userid?: string;
  /** Answer: 0 none yet, 1 tentative, 2 accepted all, 3 accepted this one, 4 declined */
  response_status?: 0 | 1 | 2 | 3 | 4;
};
/** Reminder and repeat settings of a schedule, as returned (reminders) */
export type WorkScheduleReminderInfo = {
  /** 1 to remind */
  is_remind?: 0 | 1;
  /** 1 for a repeating schedule */
  is_repeat?: 0 | 1;
  /** Seconds before start_time to remind (0, 300, 900, 3600, 86400); to be retired, use remind_time_diffs */
  remind_before_event_secs?: number;
  /** Offsets from start_time to remind at (-604800 to 86399; 32400 for 9:00 on a whole-day schedule) */
  remind_time_diffs?: Array<number>;
  /** Repeat type: 0 daily, 1 weekly, 2 monthly, 5 yearly, 7 working days */
  repeat_type?: 0 | 1 | 2 | 5 | 7;
  /** Repeat end (Unix time); 0 repeats forever */
  repeat_until?: number;
  /** 1 for a custom repeat */
  is_custom_repeat?: 0 | 1;
  /** Repeat interval for a custom repeat, in repeat_type units */
  repeat_interval?: number;
  /** Weekdays to repeat on (1 Monday to 7 Sunday), for a custom weekly repeat */
  repeat_day_of_week?: Array<number>;
  /** Days of the month to repeat on (1 to 31), for a custom monthly repeat */
  repeat_day_of_month?: Array<number>;
  /** Time zone as a UTC offset in hours, -12 to +12 (+8 is Beijing) */
  timezone?: number;
  /** Occurrences taken out of a repeating schedule (changed or deleted one by one) */
  exclude_time_list?: Array<{
    /** Start time (Unix time) of the excluded occurrence */
    start_time?: number;
  }>;
};
/** Reminder and repeat settings of a schedule, as sent (reminders) */
export type WorkScheduleReminders = {
  /** 1 to remind */
  is_remind?: 0 | 1;
  /** 1 for a repeating schedule */
  is_repeat?: 0 | 1;
  /** Seconds before start_time to remind, when is_remind is 1: 0 at start, 300, 900, 3600 or 86400 */
  remind_before_event_secs?: 0 | 300 | 900 | 3600 | 86400;
  /** Offsets from start_time to remind at, when is_remind is 1: 0, -300, -900, -3600, -86400 (whole-day schedules also 32400, -172800, -604800); wins over remind_before_event_secs when not empty */
  remind_time_diffs?: Array<number>;
  /** Repeat type when is_repeat is 1: 0 daily, 1 weekly, 2 monthly, 5 yearly, 7 working days */
  repeat_type?: 0 | 1 | 2 | 5 | 7;
  /** Repeat end (Unix time) when is_repeat is 1; 0 or left out repeats forever */
  repeat_until?: number;
  /** 1 for a custom repeat, when is_repeat is 1 */
  is_custom_repeat?: 0 | 1;
  /** Repeat interval for a custom repeat, in repeat_type units (3 with weekly is every 3 weeks) */
  repeat_interval?: number;
  /** Weekdays to repeat on (1 Monday to 7 Sunday), for a custom weekly repeat */
  repeat_day_of_week?: Array<number>;
  /** Days of the month to repeat on (1 to 31), for a custom monthly repeat */
  repeat_day_of_month?: Array<number>;
  /** Time zone as a UTC offset in hours (+8 is Beijing, the default); -12 to +12 (value -12–12) */
  timezone?: number;
};
/** One authorized app */
export type WorkSuiteAuthAgent = {
  /** The app's agentid in the authorizing corp */
  agentid: number;
  /** App name */
  name?: string;
  /** Round logo URL */
  round_logo_url?: string;
  /** Square logo URL */
  square_logo_url?: string;
  /** App id inside a legacy multi-app suite; new developers can ignore it */
  appid?: number;
  /** Authorization mode: 0 by an admin, 1 by a member */
  auth_mode?: number;
  /** True for a custom (代开发) app */
  is_customized_app?: boolean;
  /** True when the authorization came through another third-party app */
  auth_from_thirdapp?: boolean;
  /** The app's contacts permissions and visible range */
  privilege?: {
    /** Contacts permission level */
    level?: number;
    /** Visible departments */
    allow_party?: Array<number>;
    /** Visible members (UserIDs) */
    allow_user?: Array<string>;
    /** Visible tags */
    allow_tag?: Array<number>;
    /** Extra contacts range (departments) */
    extra_party?: Array<number>;
    /** Extra contacts range (members) */
    extra_user?: Array<string>;
    /** Extra contacts range (tags) */
    extra_tag?: Array<number>;
  };
  /** The corp that shared this app, when it was shared through corp interconnection or an upstream/downstream chain */
  shared_from?: {
    /** Corp id of the sharing corp */
    corpid?: string;
    /** How it was shared: 0 corp interconnection (企业互联), 1 upstream/downstream (上下游) */
    share_type?: number;
  };
};
/** The authorizing corp */
export type WorkSuiteAuthCorpInfo = {
  /** Corp id of the authorizing corp */
  corpid: string;
  /** Corp short name */
  corp_name?: string;
  /** Verification type, e.g. verified or unverified */
  corp_type?: string;
  /** Square logo URL */
  corp_square_logo_url?: string;
  /** Member limit of the corp */
  corp_user_max?: number;
  /** Full legal name of the corp */
  corp_full_name?: string;
  /** Verification expiry (Unix time) */
  verified_end_time?: number;
  /** Subject type: 1 enterprise, 2 government or public institution, 3 other organization, 4 team */
  subject_type?: number;
  /** URL of the corp's WeChat plugin QR code */
  corp_wxqrcode?: string;
  /** Corp size, e.g. 1-50人 */
  corp_scale?: string;
  /** Industry */
  corp_industry?: string;
  /** Sub-industry */
  corp_sub_industry?: string;
};
/** The authorized apps */
export type WorkSuiteAuthInfo = {
  /** The authorized apps (one for a single-app authorization; several only for legacy multi-app suites) */
  agent?: Array<WorkSuiteAuthAgent>;
};
/** The reseller (代理服务商) corp, returned only when the app was authorized through a reseller */
export type WorkSuiteDealerCorpInfo = {
  /** Reseller corp id */
  corpid?: string;
  /** Reseller corp name */
  corp_name?: string;
};
/** The corp's current paid edition (only for apps with paid editions) */
export type WorkSuiteEditionInfo = {
  /** One entry per authorized app (several only for old multi-app suites) */
  agent?: Array<{
    /** The app's agentid in the corp */
    agentid?: number;
    /** Edition id, as configured on the provider platform */
    edition_id?: string;
    /** Edition name */
    edition_name?: string;
    /** Payment status: 0 unpaid, 1 time-limited trial, 2 trial expired, 3 paid and in term, 4 paid term expired, 5 unlimited trial, 6 in term but over the user limit (under 7 days), 7 in term and over the user limit for more than 7 days */
    app_status?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
    /** User limit; meaningless for fixed-price purchases and trials (except an unlimited trial of an app free for small corps) */
    user_limit?: number;
    /** Edition expiry (trial or paid), unix seconds; meaningless for an unlimited trial */
    expired_time?: number;
    /** Whether this is a virtual edition */
    is_virtual_version?: boolean;
    /** Whether installed by sharing from a linked or upstream corp */
    is_shared_from_other_corp?: boolean;
  }>;
};
/** Template card */
export type WorkTemplateCard = {
  /** Card type: text_notice, news_notice, button_interaction, vote_interaction or multiple_interaction */
  card_type: "text_notice" | "news_notice" | "button_interaction" | "vote_interaction" | "multiple_interaction";
  /** Source style of the card (optional) */
  source?: {
    /** Source icon URL (72*72 suggested) */
    icon_url?: string;
    /** Source description (supports id translation) */
    desc?: string;
    /** Source text colour: 0 grey (default), 1 black, 2 red, 3 green */
    desc_color?: 0 | 1 | 2 | 3;
  };
  /** The "more" menu at the top right of the card; task_id is required with it */
  action_menu?: {
    /** Description of the menu */
    desc?: string;
    /** Menu actions (1 to 3) (items 1–3) */
    action_list?: Array<{
      /** Action text */
      text: string;
      /** Action key returned as EventKey in the callback, at most 1024 bytes, unique */
      key: string;
    }>;
  };
  /** Task id, unique per app; digits, letters and _-@, at most 128 bytes. Required with action_menu and for the interaction cards */
  task_id?: string;
  /** Main title (text_notice: title or sub_title_text must be given) */
  main_title?: {
    /** First-level title, 36 characters suggested (supports id translation) */
    title?: string;
    /** Title description, 44 characters suggested (supports id translation) */
    desc?: string;
  };
  /** Quote style area */
  quote_area?: {
    /** Click action: 0 or unset none, 1 open url, 2 open mini program */
    type?: 0 | 1 | 2;
    /** URL (required when type is 1) */
    url?: string;
    /** Mini program appid associated with the app (required when type is 2) */
    appid?: string;
    /** Mini program page (optional when type is 2) */
    pagepath?: string;
    /** Quote title */
    title?: string;
    /** Quoted text */
    quote_text?: string;
  };
  /** Key data style (text_notice) */
  emphasis_content?: {
    /** Key data, 14 characters suggested */
    title?: string;
    /** Key data description, 22 characters suggested */
    desc?: string;
  };
  /** Second-level plain text, 160 characters suggested (supports id translation) */
  sub_title_text?: string;
  /** Second-level title + text list (at most 6) (items ≤ 6) */
  horizontal_content_list?: Array<{
    /** Link type: 0 or unset plain text, 1 url, 2 attachment download, 3 member details */
    type?: 0 | 1 | 2 | 3;
    /** Second-level title, 5 characters suggested */
    keyname: string;
    /** Second-level text (the file name, with its extension, when type is 2), 30 characters suggested */
    value?: string;
    /** URL (required when type is 1) */
    url?: string;
    /** media_id of the attachment (required when type is 2) */
    media_id?: string;
    /** UserID of the member (required when type is 3) */
    userid?: string;
  }>;
  /** Jump guide list (at most 3) (items ≤ 3) */
  jump_list?: Array<{
    /** Link type: 0 or unset none, 1 url, 2 mini program */
    type?: 0 | 1 | 2;
    /** Link text, 18 characters suggested */
    title: string;
    /** URL (required when type is 1) */
    url?: string;
    /** Mini program appid (required when type is 2) */
    appid?: string;
    /** Mini program page (optional when type is 2) */
    pagepath?: string;
  }>;
  /** Click action of the whole card (required for text_notice and news_notice) */
  card_action?: {
    /** 1 open url, 2 open mini program (text_notice takes 1 or 2) */
    type?: 0 | 1 | 2;
    /** URL (required when type is 1) */
    url?: string;
    /** Mini program appid (required when type is 2) */
    appid?: string;
    /** Mini program page (optional when type is 2) */
    pagepath?: string;
  };
  /** Image-left, text-right area (news_notice: card_image or image_text_area is required) */
  image_text_area?: {
    /** Click action: 0 or unset none, 1 open url, 2 open mini program */
    type?: 0 | 1 | 2;
    /** URL (required when type is 1) */
    url?: string;
    /** Mini program appid (required when type is 2) */
    appid?: string;
    /** Mini program page (optional when type is 2) */
    pagepath?: string;
    /** Title */
    title?: string;
    /** Description */
    desc?: string;
    /** Image URL */
    image_url: string;
  };
  /** Image style (news_notice: card_image or image_text_area is required) */
  card_image?: {
    /** Image URL */
    url: string;
    /** Width/height ratio, between 1.3 and 2.25 (default 1.3) */
    aspect_ratio?: number;
  };
  /** Vertical content list (news_notice, at most 4) (items ≤ 4) */
  vertical_content_list?: Array<{
    /** Second-level title, 38 characters suggested */
    title: string;
    /** Second-level text, 160 characters suggested */
    desc?: string;
  }>;
  /** Drop-down selector (button_interaction) */
  button_selection?: {
    /** Selector key returned in the callback, at most 1024 bytes */
    question_key: string;
    /** Title left of the selector */
    title?: string;
    /** Options (1 to 10) (items 1–10) */
    option_list: Array<{
      /** Option id returned in the callback, at most 128 bytes, unique */
      id: string;
      /** Option text, 16 characters suggested */
      text: string;
    }>;
    /** Id selected by default (the first when unset or wrong) */
    selected_id?: string;
  };
  /** Buttons (button_interaction, at most 6) (items ≤ 6) */
  button_list?: Array<{
    /** 0 or unset callback, 1 open url */
    type?: 0 | 1;
    /** Button text, 10 characters suggested */
    text: string;
    /** Button style 1 to 4 (1 when unset or wrong) */
    style?: number;
    /** Button key returned as EventKey, at most 1024 bytes, unique (required when type is 0) */
    key?: string;
    /** URL (required when type is 1) */
    url?: string;
  }>;
  /** Choice question (vote_interaction) */
  checkbox?: {
    /** Question key returned in the callback, at most 1024 bytes */
    question_key: string;
    /** Options (1 to 20) (items 1–20) */
    option_list: Array<{
      /** Option id returned in the callback, at most 128 bytes, unique */
      id: string;
      /** Option text, 17 characters suggested */
      text: string;
      /** Whether the option is checked by default */
      is_checked?: boolean;
    }>;
    /** 0 single choice (default), 1 multiple choice */
    mode?: 0 | 1;
  };
  /** Submit button (vote_interaction, multiple_interaction) */
  submit_button?: {
    /** Button text, 10 characters suggested (提交 when unset) */
    text?: string;
    /** Submit key returned as EventKey, at most 1024 bytes */
    key: string;
  };
  /** Drop-down selectors (multiple_interaction, required there; at most 3) (items ≤ 3) */
  select_list?: Array<{
    /** Selector key returned in the callback, at most 1024 bytes, unique */
    question_key: string;
    /** Title above the selector */
    title?: string;
    /** Id selected by default (the first when unset or wrong) */
    selected_id?: string;
    /** Options (1 to 10) (items 1–10) */
    option_list: Array<{
      /** Option id returned in the callback, at most 128 bytes, unique */
      id: string;
      /** Option text, 16 characters suggested */
      text: string;
    }>;
  }>;
};
/** A device record (trustdevice list / get_by_user). Devices with status 2, 4 or 6 come back with masked MAC, serial and board ids */
export type WorkTrustDevice = {
  /** Device code */
  device_code?: string;
  /** Device type: Windows or Mac */
  system?: string;
  /** MAC addresses */
  mac_addr?: Array<string>;
  /** Motherboard UUID */
  motherboard_uuid?: string;
  /** Hard disk UUIDs */
  harddisk_uuid?: Array<string>;
  /** Windows domain */
  domain?: string;
  /** Computer name */
  pc_name?: string;
  /** Mac serial number */
  seq_no?: string;
  /** Last login time (Unix seconds) */
  last_login_time?: number;
  /** UserID of the member who last logged in on the device */
  last_login_userid?: string;
  /** Time the device was claimed or confirmed (Unix seconds) */
  confirm_timestamp?: number;
  /** UserID of the member who claimed or confirmed the device */
  confirm_userid?: string;
  /** UserID of the admin who approved the declaration */
  approved_userid?: string;
  /** Device source: 0 unknown, 1 confirmed by a member, 2 imported by an admin, 3 declared by a member */
  source?: 0 | 1 | 2 | 3;
  /** 1 imported, never logged in; 2 awaiting invitation; 3 awaiting admin confirmation as a corp device; 4 awaiting admin confirmation as a personal device; 5 trusted corp device; 6 trusted personal device */
  status?: 1 | 2 | 3 | 4 | 5 | 6;
};
/** An extended attribute (extattr.attrs[] or external_profile.external_attr[]) */
export type WorkUserAttr = {
  /** Attribute type: 0 text, 1 web page, 2 mini program (external_attr only) */
  type: 0 | 1 | 2;
  /** Attribute name */
  name: string;
  /** Text attribute (type 0) */
  text?: {
    /** The text */
    value?: string;
  };
  /** Web page attribute (type 1) */
  web?: {
    /** Page URL */
    url?: string;
    /** Title shown for the page */
    title?: string;
  };
  /** Mini program attribute (type 2) */
  miniprogram?: {
    /** Mini program appid */
    appid?: string;
    /** Page path inside the mini program */
    pagepath?: string;
    /** Title shown for the mini program */
    title?: string;
  };
};
/** Image (图片型) workbench template */
export type WorkWorkbenchImage = {
  /** Image URL */
  url?: string;
  /** URL opened on click */
  jump_url?: string;
  /** Mini program page opened on click */
  pagepath?: string;
};
/** Key data (关键数据型) workbench template */
export type WorkWorkbenchKeyData = {
  /** Key data items */
  items?: Array<{
    /** Name of the key data */
    key?: string;
    /** The key data */
    data: string;
    /** URL opened on click */
    jump_url?: string;
    /** Mini program page opened on click */
    pagepath?: string;
  }>;
};
/** List (列表型) workbench template */
export type WorkWorkbenchList = {
  /** List items */
  items?: Array<{
    /** Text of the item */
    title: string;
    /** URL opened on click */
    jump_url?: string;
    /** Mini program page opened on click */
    pagepath?: string;
  }>;
};
/** Webview (webview型) workbench template */
export type WorkWorkbenchWebview = {
  /** URL of the page rendered in the workbench */
  url?: string;
  /** URL opened on click */
  jump_url?: string;
  /** Mini program page opened on click */
  pagepath?: string;
};
export type WxaAuthContactInfo = {
  /** Verification contact's name (认证联系人姓名) */
  name?: string;
  /** Verification contact's email (认证联系人邮箱) */
  email?: string;
};
export type WxaAuthIdentityNode = {
  /** Identity (career) name; a leaf's name is what auth_identification takes */
  name?: string;
  /** Node id */
  node_id?: number;
  /** Child nodes */
  node_list?: Array<WxaAuthIdentityNode>;
  /** Leaf nodes only: what the verification of this identity requires */
  leaf_info?: {
    /** Materials required to verify this identity */
    requirement?: string;
  };
};
export type WxaAuthInvoiceInfo = {
  /** Invoice type: 1 no invoice, 2 electronic invoice, 3 VAT special invoice (增值税专票) (not closed: the official sample sends 0) */
  invoice_type?: number;
  /** Electronic invoice details, required when invoice_type is 2 */
  electronic?: {
    /** Taxpayer identification number (15, 17, 18 or 20 characters) */
    id?: string;
    /** Invoice remark (optional) */
    desc?: string;
  };
  /** VAT special invoice details, required when invoice_type is 3 */
  vat?: {
    /** Company phone */
    enterprise_phone?: string;
    /** Taxpayer identification number (15, 17, 18 or 20 characters) */
    id?: string;
    /** Registered company address */
    enterprise_address?: string;
    /** Company's bank */
    bank_name?: string;
    /** Company's bank account number */
    bank_account?: string;
    /** Postcode of the invoice mailing address (发票邮寄地址邮编) */
    mailing_address?: string;
    /** Street address */
    address?: string;
    /** Contact person */
    name?: string;
    /** Contact phone */
    phone?: string;
    /** Province */
    province?: string;
    /** City */
    city?: string;
    /** District or county */
    district?: string;
    /** Invoice remark (optional) */
    desc?: string;
  };
  /** Invoice title; must be the verified subject's name */
  invoice_title?: string;
};
export namespace In {
  export type CloudbaseCallbackContainerConfig = {
    /** Enabled */
    enable: boolean;
    /** Environment ID */
    qbase_env: string;
    /** Path */
    qbase_container_path: string;
    /** Text format: 1 JSON, 2 XML */
    text_mode: 1 | 2;
  };
  export type CloudbaseCallbackFunctionConfig = {
    /** Enabled */
    enable: boolean;
    /** Push rules */
    callbacks: Array<{
      /** Message type */
      msgType: string;
      /** Event type */
      event: string;
      /** Environment ID */
      env: string;
      /** Cloud function name */
      functionName: string;
      /** Enabled */
      enable: boolean;
    }>;
  };
  export type CloudbaseExtensionFileData = {
    /** Address to use in templates (file_url of cloudbase.createSendSmsTask) */
    CodeUri?: string;
    /** Temporary signed URL to PUT the file to */
    UploadUrl?: string;
    /** Custom key; empty when no encryption is needed */
    CustomKey?: string;
    /** Size limit in MB; larger files are deleted */
    MaxSize?: number;
  };
  export type CommentMedia = {
    /** Image CDN URL */
    img?: string;
    /** Thumbnail CDN URL */
    thumbImg?: string;
    /** Video CDN URL (absent when img is set) */
    video?: string;
    /** Video cover CDN URL (absent when img is set) */
    videoCover?: string;
    /** Video length in seconds (absent when img is set) */
    videoDuration?: number;
  };
  export type ComponentFuncInfo = {
    /** The permission set */
    funcscope_category: {
      /** Permission set id (see 权限集介绍) */
      id: number;
      /** Permission set type */
      type?: number;
      /** Permission set name */
      name?: string;
      /** Permission set description */
      desc?: string;
    };
    /** Confirmation state of the permission set (shown in the official examples, not in the current field table) */
    confirm_info?: {
      /** 1 if the set needs confirmation */
      need_confirm?: number;
      /** 1 if already confirmed */
      already_confirm?: number;
      /** 1 if it can be confirmed */
      can_confirm?: number;
    };
  };
  export type CorpGroupRuleInfo = {
    /** The upstream corp's contacts that downstream corps can see and contact (上游企业的对接人规则) */
    owner_corp_range: {
      /** Department ids; give departmentids or userids (at least one) */
      departmentids?: Array<string>;
      /** User ids; give departmentids or userids (at least one) */
      userids?: Array<string>;
    };
    /** The downstream corps the rule covers (下游企业规则范围) */
    member_corp_range: {
      /** Group ids; give groupids or corpids (at least one) */
      groupids?: Array<string>;
      /** Corp ids; give groupids or corpids (at least one) */
      corpids?: Array<string>;
    };
  };
  export type DraftNewsItem = {
    /** Article type: news (text and pictures, the default) or newspic (picture message) */
    article_type?: "news" | "newspic";
    /** Title */
    title?: string;
    /** Author */
    author?: string;
    /** Summary; only single-article messages have one (the first 54 characters of the text when left empty) */
    digest?: string;
    /** Article body (HTML, under 20,000 characters and 1 MB, JS removed); picture messages take plain text and a few special tags */
    content?: string;
    /** The 'read the original' URL */
    content_source_url?: string;
    /** Cover image media id (a permanent media id) */
    thumb_media_id?: string;
    /** Whether the cover is shown (in the official draft/get sample, not in its table) */
    show_cover_pic?: 0 | 1;
    /** Comments open: 0 no (default), 1 yes */
    need_open_comment?: 0 | 1;
    /** 0 anyone may comment (default), 1 followers only */
    only_fans_can_comment?: 0 | 1;
    /** Picture messages: the pictures (at most 20; the first is the cover) */
    image_info?: {
      /** The pictures */
      image_list?: Array<{
        /** Picture media id (a permanent media id) */
        image_media_id?: string;
      }>;
    };
    /** Product information */
    product_info?: {
      /** Product inserted at the end of the article */
      footer_product_info?: {
        /** Product key */
        product_key?: string;
      };
    };
    /** Temporary link to the draft */
    url?: string;
  };
  export type IcpApplets = {
    /** Mini Program basic information (微信小程序基本信息) */
    base_info: In.IcpAppletsBaseInfo;
    /** Mini Program principal (小程序负责人信息) */
    principal_info: In.IcpPrincipalInfo;
  };
  export type IcpAppletsBaseInfo = {
    /** The Mini Program's AppID; not sent (filled in by WeChat) */
    appid?: string;
    /** The Mini Program's name; not sent (filled in by WeChat) */
    name?: string;
    /** Service content types (see icp.queryServiceContentTypes), second-level types only, at most 5, e.g. [3, 4] (items ≤ 5) */
    service_content_types?: Array<number>;
    /** Pre-approval items (前置审批项), no type twice; when none applies, send the type 以上都不涉及 */
    nrlx_details?: Array<In.IcpNrlxDetail>;
    /** What the Mini Program actually does and serves (an important basis of the authority's review), 20-200 characters */
    comment?: string;
    /** Mini Program filing number (小程序备案号), e.g. 粤B2-20090059-1626X; not sent when applying, returned by icp.getOnlineOrder */
    record_number?: string;
  };
  export type IcpLegalPersonInfo = {
    /** Legal representative's name */
    name?: string;
    /** Legal representative's certificate number */
    certificate_number?: string;
  };
  export type IcpMaterials = {
    /** Internet information service commitment letter (互联网信息服务承诺书), at most 1 (items ≤ 1) */
    commitment_letter?: Array<string>;
    /** Subject renaming letter (主体更名函), for a non-personal subject that was renamed, at most 1 (items ≤ 1) */
    business_name_change_letter?: Array<string>;
    /** Party-building confirmation letter (党建确认函), at most 1 (items ≤ 1) */
    party_building_confirmation_letter?: Array<string>;
    /** Commitment video (承诺视频), at most 1 (items ≤ 1) */
    promise_video?: Array<string>;
    /** Notice of responsibility for the authenticity of the filing (网站备案信息真实性责任告知书), at most 1 (items ≤ 1) */
    authenticity_responsibility_letter?: Array<string>;
    /** Commitment to the authenticity of the Mini Program filing (小程序备案信息真实性承诺书), at most 1 (items ≤ 1) */
    authenticity_commitment_letter?: Array<string>;
    /** Mini Program construction plan (小程序建设方案书), at most 1 (items ≤ 1) */
    website_construction_proposal?: Array<string>;
    /** Other subject attachments (主体其它附件), at most 10 (items ≤ 10) */
    subject_other_materials?: Array<string>;
    /** Other Mini Program attachments (小程序其它附件), at most 10 (items ≤ 10) */
    applets_other_materials?: Array<string>;
    /** Photo holding the certificate (手持证件照), at most 1 (items ≤ 1) */
    holding_certificate_photo?: Array<string>;
  };
  export type IcpNrlxDetail = {
    /** Pre-approval type (see icp.queryNrlxTypes), e.g. 2 */
    type?: number;
    /** Pre-approval number, e.g. 粤-12345号; required unless the type is 以上都不涉及 */
    code?: string;
    /** media_id of the pre-approval document; required unless the type is 以上都不涉及 */
    media?: string;
  };
  export type IcpPrincipalInfo = {
    /** Principal's name, e.g. 张三 */
    name?: string;
    /** Principal's phone number, e.g. 13012344321 */
    mobile?: string;
    /** Principal's email */
    email?: string;
    /** Principal's emergency phone number, e.g. 17743211234 */
    emergency_contact?: string;
    /** Principal's certificate type (see icp.queryCertificateTypes; only types of personal subject types), e.g. 2 */
    certificate_type?: number;
    /** Principal's certificate number */
    certificate_number?: string;
    /** Certificate valid from, YYYYmmdd, e.g. 20230815 */
    certificate_validity_date_start?: string;
    /** Certificate valid until, YYYYmmdd (长期 for a certificate without end date), e.g. 20330815 */
    certificate_validity_date_end?: string;
    /** media_id of the certificate's front (the portrait side of an ID card) */
    certificate_photo_front?: string;
    /** media_id of the certificate's back (the national-emblem side of an ID card) */
    certificate_photo_back?: string;
    /** media_id of the authorization letter (授权书), needed when the principal is not the legal representative */
    authorization_letter?: string;
    /** Face verification task id (task_id of icp.createVerifyTask); only the Mini Program's principal is verified, not the subject's */
    verify_task_id?: string;
  };
  export type IcpSubject = {
    /** Subject basic information (主体基本信息) */
    base_info: In.IcpSubjectBaseInfo;
    /** Extra information of a personal subject (个人主体额外信息) */
    personal_info?: In.IcpSubjectPersonalInfo;
    /** Subject certificate information (主体额外信息); for a personal filing, repeat the values that match the principal's */
    organize_info: In.IcpSubjectOrganizeInfo;
    /** Subject principal (主体负责人信息) */
    principal_info: In.IcpPrincipalInfo;
    /** Legal representative (法人信息): required for a non-personal filing whose principal is not the legal representative */
    legal_person_info?: In.IcpLegalPersonInfo;
  };
  export type IcpSubjectBaseInfo = {
    /** Subject type (主体性质), a type from icp.querySubjectTypes, e.g. 5 */
    type?: number;
    /** Name of the organizer (主办单位名称), e.g. 张三 */
    name?: string;
    /** Filing province code (see icp.queryDistrictCode), e.g. 110000 */
    province?: string;
    /** Filing city code (see icp.queryDistrictCode), e.g. 110100 */
    city?: string;
    /** Filing district code (see icp.queryDistrictCode), e.g. 110105 */
    district?: string;
    /** Mailing address inside the filing district, without the leading province/city/district (高碑店路181号1栋12345室 for 北京市朝阳区高碑店路181号1栋12345室) */
    address?: string;
    /** Remark on the subject (主体信息备注), as needed */
    comment?: string;
    /** Subject filing number (主体备案号), e.g. 粤B2-20090059; not sent when applying, returned by icp.getOnlineOrder */
    record_number?: string;
  };
  export type IcpSubjectOrganizeInfo = {
    /** Subject certificate type (see icp.queryCertificateTypes), e.g. 2 */
    certificate_type?: number;
    /** Subject certificate number, e.g. 110105199001011234 */
    certificate_number?: string;
    /** Address on the subject certificate (主体证件住所) */
    certificate_address?: string;
    /** media_id of the subject certificate photo; required for a non-personal subject */
    certificate_photo?: string;
  };
  export type IcpSubjectPersonalInfo = {
    /** media_id of a temporary residence proof (residence permit, social insurance or property certificate…), for a personal filing by someone not from the province */
    residence_permit?: string;
  };
  export type IotDevice = {
    /** Device model id (from registering the device on the WeChat platform) */
    model_id: string;
    /** Device serial number (assigned by the manufacturer) */
    sn: string;
  };
  export type LinkedCorpExtAttr = {
    /** From the sample */
    attrs?: Array<{
      /** Attribute name (from the sample) */
      name?: string;
      /** From the sample: 0 with text, 1 with web */
      type?: number;
      /** From the sample (type 0) */
      text?: {
        /** From the sample */
        value?: string;
      };
      /** From the sample (type 1) */
      web?: {
        /** From the sample */
        url?: string;
        /** From the sample */
        title?: string;
      };
    }>;
  };
  export type MenuButton = {
    /** Action: click, view, scancode_push, scancode_waitmsg, pic_sysphoto, pic_photo_or_album, pic_weixin, location_select, media_id, view_limited, article_id, article_view_limited, miniprogram */
    type?: string;
    /** Title, at most 16 bytes (60 bytes in a sub-menu) */
    name: string;
    /** Event KEY pushed to the server, at most 128 bytes; needed by click-like types */
    key?: string;
    /** Link, at most 1024 bytes; needed by view and miniprogram (the fallback for old clients) */
    url?: string;
    /** A permanent media_id; needed by media_id and view_limited */
    media_id?: string;
    /** The Mini Program's appid; needed by miniprogram */
    appid?: string;
    /** The Mini Program page path; needed by miniprogram */
    pagepath?: string;
    /** A published article_id; needed by article_id and article_view_limited */
    article_id?: string;
    /** Second-level buttons (1-5); excludes type (items ≤ 5) */
    sub_button?: Array<In.MenuButton>;
  };
  export type OcrImageSize = {
    /** Width */
    w?: number;
    /** Height */
    h?: number;
  };
  export type OcrPoint = {
    /** X coordinate */
    x?: number;
    /** Y coordinate */
    y?: number;
  };
  export type OcrPosition = {
    /** Top-left corner */
    left_top?: In.OcrPoint;
    /** Top-right corner */
    right_top?: In.OcrPoint;
    /** Bottom-right corner */
    right_bottom?: In.OcrPoint;
    /** Bottom-left corner */
    left_bottom?: In.OcrPoint;
  };
  export type OpenStaticStoreInfo = {
    /** Environment name (环境名称) */
    env?: string;
    /** Static website domain (静态域名) */
    domain?: string;
    /** COS bucket */
    bucket?: string;
    /** Region (所在区域; spelled `regoin` by WeChat) */
    regoin?: string;
    /** Status (e.g. online) */
    status?: string;
  };
  export type PublishedNewsItem = {
    /** Title */
    title?: string;
    /** Author */
    author?: string;
    /** Summary; only single-article messages have one (the first 54 characters of the text when left empty) */
    digest?: string;
    /** Article body (HTML, under 20,000 characters and 1 MB, JS removed); picture messages take plain text and a few special tags */
    content?: string;
    /** The 'read the original' URL */
    content_source_url?: string;
    /** Cover image media id (a permanent media id) */
    thumb_media_id?: string;
    /** Cover image URL */
    thumb_url?: string;
    /** Whether the cover is shown (in the official samples, not in the tables) */
    show_cover_pic?: 0 | 1;
    /** Comments open: 0 no (default), 1 yes */
    need_open_comment?: 0 | 1;
    /** 0 anyone may comment (default), 1 followers only */
    only_fans_can_comment?: 0 | 1;
    /** Link to the article (the table calls it the draft's temporary link) */
    url?: string;
    /** Whether the article has been deleted */
    is_deleted?: boolean;
  };
  export type SelfMenuButton = {
    /** Button type: the API types (click, view, ...) or, for menus set on the website, text, img, voice, video, news */
    type?: string;
    /** Button name */
    name: string;
    /** API-set click-like buttons: the event KEY */
    key?: string;
    /** view buttons: the link */
    url?: string;
    /** Website-set buttons: text for text, media id for img/voice/news, download link for video */
    value?: string;
    /** news buttons: the articles */
    news_info?: {
      /** The articles */
      list?: Array<In.SelfMenuNewsItem>;
    };
    /** The sub-menu, if any */
    sub_button?: {
      /** Second-level buttons */
      list?: Array<In.SelfMenuButton>;
    };
  };
  export type SelfMenuNewsItem = {
    /** Article title */
    title?: string;
    /** Author */
    author?: string;
    /** Summary */
    digest?: string;
    /** 1 when the cover is shown */
    show_cover?: 0 | 1;
    /** Cover image URL */
    cover_url?: string;
    /** Article URL */
    content_url?: string;
    /** Original-source URL (empty: no 'read more' link) */
    source_url?: string;
  };
  export type WorkApprovalLangText = {
    /** Text */
    text?: string;
    /** Display language, e.g. zh_CN (not zh-CN) */
    lang?: string;
  };
  export type WorkApprovalTemplateControlInput = {
    /** The control's basic properties */
    property: {
      /** Control type (one attendance-type control per template: Vacation or Attendance) */
      control: "Text" | "Textarea" | "Number" | "Money" | "Date" | "Selector" | "Contact" | "Tips" | "File" | "Table" | "Location" | "RelatedApproval" | "DateRange" | "PhoneNumber" | "Vacation" | "Attendance" | "BankAccount";
      /** Control id, unique in the template, as control-number (e.g. "Text-01") */
      id: string;
      /** Control name per language */
      title: Array<{
        /** Control name, unique in the template, at most 40 characters (length ≤ 40) */
        text: string;
        /** Display language, zh_CN (not zh-CN) */
        lang: string;
      }>;
      /** Control hint per language */
      placeholder?: Array<{
        /** Hint, at most 80 characters (length ≤ 80) */
        text?: string;
        /** Display language, zh_CN; needed when text is given */
        lang?: string;
      }>;
      /** 1 makes the control mandatory; 0 by default */
      require?: 0 | 1;
      /** 0 printable (the default), 1 not printable */
      un_print?: 0 | 1;
    };
    /** Control configuration, different per control type (是or否 on the page); described in the page's appendix (各控件config参数介绍) */
    config?: unknown;
  };
  export type WorkCalendarPublicRange = {
    /** UserIDs of the members in the public range, at most 1000 (items ≤ 1000) */
    userids?: Array<string>;
    /** Department ids in the public range, at most 100 (items ≤ 100) */
    partyids?: Array<number>;
  };
  export type WorkCalendarShare = {
    /** UserID of the member in the calendar's notification range */
    userid: string;
    /** The member's permission: 1 can view, 3 sees free/busy only (view when left out) */
    permission?: 1 | 3;
  };
  export type WorkCalendarShareFailure = {
    /** Error code */
    errcode?: number;
    /** Error message */
    errmsg?: string;
    /** UserID of the invalid notification-range member */
    userid?: string;
  };
  export type WorkCheckinGroup = {
    /** Rule type: 1 fixed hours, 2 by shift, 3 free check-in */
    grouptype?: 1 | 2 | 3;
    /** Rule id */
    groupid?: number;
    /** Rule name */
    groupname?: string;
    /** From the current official sample (true); its table row could not be read */
    open_sp_checkin?: boolean;
    /** Check-in times; meaningless for by-shift rules */
    checkindate?: Array<{
      /** Workdays: for fixed or free rules 1-6 are Monday-Saturday, 0 is Sunday; for by-shift rules the dates of the shifts */
      workdays?: Array<number>;
      /** Check-in times of a workday */
      checkintime?: Array<In.WorkCheckinTime>;
      /** true: no off-duty check-in needed */
      noneed_offwork?: boolean;
      /** Check-in time limit (milliseconds) */
      limit_aheadtime?: number;
      /** Flexible time (milliseconds); only meaningful when flex_on_duty_time/flex_off_duty_time are -1 (/90263) */
      flex_time?: number;
      /** Allowed lateness (seconds); -1 uses flex_time */
      flex_on_duty_time?: number;
      /** Allowed early leave (seconds); -1 uses flex_time */
      flex_off_duty_time?: number;
    }>;
    /** Special dates on which check-in is required */
    spe_workdays?: Array<{
      /** Timestamp of the date */
      timestamp?: number;
      /** Note for the date */
      notes?: string;
      /** Check-in times of that date */
      checkintime?: Array<In.WorkCheckinTime>;
    }>;
    /** Special dates on which no check-in is needed */
    spe_offdays?: Array<{
      /** Timestamp of the date */
      timestamp?: number;
      /** Note for the date */
      notes?: string;
      /** In the official sample ([]), not in the table */
      checkintime?: Array<In.WorkCheckinTime>;
    }>;
    /** Whether statutory holidays are synced (not for by-shift rules) */
    sync_holidays?: boolean;
    /** Whether a photo is required to check in */
    need_photo?: boolean;
    /** Whether local pictures may be attached to notes */
    note_can_use_local_pic?: boolean;
    /** Whether check-in is allowed on non-working days */
    allow_checkin_offworkday?: boolean;
    /** Whether make-up check-in requests are allowed */
    allow_apply_offworkday?: boolean;
    /** Wi-Fi check-in places */
    wifimac_infos?: Array<{
      /** Wi-Fi place name */
      wifiname?: string;
      /** Wi-Fi MAC address / BSSID */
      wifimac?: string;
    }>;
    /** Location check-in places */
    loc_infos?: Array<{
      /** Latitude times 1,000,000 (GCJ-02); int64 on the table */
      lat?: number;
      /** Longitude times 1,000,000 (GCJ-02); int64 on the table */
      lng?: number;
      /** Place name */
      loc_title?: string;
      /** Place details */
      loc_detail?: string;
      /** Allowed check-in range (meters) */
      distance?: number;
    }>;
    /** Who checks in under this rule */
    range?: {
      /** Department ids */
      party_id?: Array<string>;
      /** Member userids (string on the table, a list in the sample) */
      userid?: Array<string>;
      /** Tag ids */
      tagid?: Array<number>;
    };
    /** Rule creation time (unix) */
    create_time?: number;
    /** Members exempt from check-in (white list) */
    white_users?: Array<string>;
    /** Check-in method: 0 phone, 2 smart attendance machine, 3 phone + machine */
    type?: number;
    /** Report-to members */
    reporterinfo?: {
      /** Report-to members, each a userid */
      reporters?: Array<{
        /** Member userid */
        userid?: string;
      }>;
      /** Update time of the report-to members */
      updatetime?: number;
    };
    /** Overtime settings (present once set) */
    ot_info?: {
      /** Overtime type: 0 check-ins checked against overtime requests, 1 by check-in time, 2 by approved overtime requests only */
      type?: number;
      /** Overtime allowed on working days */
      allow_ot_workingday?: boolean;
      /** Overtime allowed on non-working days */
      allow_ot_nonworkingday?: boolean;
      /** Overtime length rules when counting by check-in time */
      otcheckinfo?: {
        /** Working-day overtime starts this many seconds after the latest off-duty time (default 30 min) */
        ot_workingday_time_start?: number;
        /** Working-day minimum overtime, seconds (default 30 min) */
        ot_workingday_time_min?: number;
        /** Working-day maximum overtime, seconds (default 240 min) */
        ot_workingday_time_max?: number;
        /** Non-working-day minimum overtime, seconds (default 30 min) */
        ot_nonworkingday_time_min?: number;
        /** Non-working-day maximum overtime, seconds (default 240 min) */
        ot_nonworkingday_time_max?: number;
        /** Non-working-day overtime day boundary, seconds from 00:00 */
        ot_nonworkingday_spanday_time?: number;
        /** Working-day rest deduction */
        ot_workingday_restinfo?: In.WorkCheckinOtRestInfo;
        /** Non-working-day rest deduction */
        ot_nonworkingday_restinfo?: In.WorkCheckinOtRestInfo;
      };
      /** Update time */
      uptime?: number;
      /** Settings when overtime is counted from overtime requests (rest deduction, day boundary) */
      otapplyinfo?: {
        /** Overtime allowed on working days */
        allow_ot_workingday?: boolean;
        /** Overtime allowed on non-working days */
        allow_ot_nonworkingday?: boolean;
        /** Update time */
        uptime?: number;
        /** Working-day rest deduction */
        ot_workingday_restinfo?: In.WorkCheckinOtRestInfo;
        /** Non-working-day rest deduction */
        ot_nonworkingday_restinfo?: In.WorkCheckinOtRestInfo;
        /** Non-working-day overtime day boundary, seconds from 00:00 */
        ot_nonworkingday_spanday_time?: number;
      };
    };
    /** Make-up check-ins allowed per month; -1 (default) unlimited */
    allow_apply_bk_cnt?: number;
    /** Out-of-range check-ins: 0 (default) out-of-range exception, 1 normal field check-in, 2 not allowed */
    option_out_range?: number;
    /** Userid of the rule creator */
    create_userid?: string;
    /** Face recognition check-in on */
    use_face_detect?: boolean;
    /** Make-up check-in time limit in days; -1 (default) unlimited */
    allow_apply_bk_day_limit?: number;
    /** Userid of the last editor */
    update_userid?: string;
    /** Shifts; only for by-shift rules */
    schedulelist?: Array<In.WorkCheckinSchedule>;
    /** Free check-in: off-duty check-in allowed this many seconds after on-duty */
    offwork_interval_time?: number;
    /** Make-up check-in exception types, a bitmask (bit set = type closed): from low bit missing, late, early, other; 0 all allowed (uint64) */
    buka_restriction?: number;
  };
  export type WorkCheckinGroupInput = {
    /** Rule id: ignored when creating, required when updating */
    groupid?: number;
    /** Rule type: 1 fixed hours, 2 by shift, 3 free check-in */
    grouptype?: number;
    /** Rule name */
    groupname?: string;
    /** Check-in times */
    checkindate?: Array<{
      /** Workdays: 1-6 Monday-Saturday, 0 Sunday */
      workdays?: Array<number>;
      /** Check-in times of a workday */
      checkintime?: Array<{
        /** From the official sample (1) */
        time_id?: number;
        /** On-duty time, seconds from 00:00 */
        work_sec?: number;
        /** Off-duty time, seconds from 00:00 */
        off_work_sec?: number;
        /** On-duty reminder time, seconds from 00:00 */
        remind_work_sec?: number;
        /** Off-duty reminder time, seconds from 00:00 */
        remind_off_work_sec?: number;
        /** From the official sample (35040) */
        earliest_work_sec?: number;
        /** From the official sample (37020) */
        latest_work_sec?: number;
        /** From the official sample (43140) */
        earliest_off_work_sec?: number;
        /** From the official sample (43800) */
        latest_off_work_sec?: number;
      }>;
      /** Allowed lateness (seconds) */
      flex_on_duty_time?: number;
      /** Allowed early leave (seconds) */
      flex_off_duty_time?: number;
    }>;
    /** Special dates on which check-in is required */
    spe_workdays?: Array<{
      /** Timestamp of the date */
      timestamp?: number;
      /** Note for the date */
      notes?: string;
      /** Check-in times of that date */
      checkintime?: Array<In.WorkCheckinTime>;
    }>;
    /** Special dates on which no check-in is needed */
    spe_offdays?: Array<{
      /** Timestamp of the date */
      timestamp?: number;
      /** Note for the date */
      notes?: string;
    }>;
    /** Whether statutory holidays are synced */
    sync_holidays?: boolean;
    /** Whether a photo is required to check in */
    need_photo?: boolean;
    /** Whether local pictures may be attached to notes */
    note_can_use_local_pic?: boolean;
    /** Wi-Fi check-in places */
    wifimac_infos?: Array<{
      /** Wi-Fi place name */
      wifiname?: string;
      /** Wi-Fi MAC address / BSSID */
      wifimac?: string;
    }>;
    /** Whether check-in is allowed on non-working days */
    allow_checkin_offworkday?: boolean;
    /** Whether make-up check-in requests are allowed */
    allow_apply_offworkday?: boolean;
    /** Location check-in places */
    loc_infos?: Array<{
      /** Latitude times 1,000,000 (GCJ-02) */
      lat?: number;
      /** Longitude times 1,000,000 (GCJ-02) */
      lng?: number;
      /** Place name */
      loc_title?: string;
      /** Place details */
      loc_detail?: string;
      /** Allowed check-in range (meters) */
      distance?: number;
    }>;
    /** Who checks in under this rule */
    range?: {
      /** Department ids */
      party_id?: Array<string>;
      /** Member userids */
      userid?: Array<string>;
      /** Tag ids */
      tagid?: Array<number>;
    };
    /** Members exempt from check-in (white list) */
    white_users?: Array<string>;
    /** Check-in method: 0 phone, 2 smart attendance machine, 3 phone + machine */
    type?: number;
    /** Report-to members */
    reporterinfo?: {
      /** Report-to members, each a userid */
      reporters?: Array<{
        /** Member userid */
        userid?: string;
      }>;
    };
    /** From the official sample; table row unreadable */
    ot_info_v2?: {
      /** From the official sample; table row unreadable */
      workdayconf?: {
        /** From the official sample (true) */
        allow_ot?: boolean;
        /** From the official sample (0) */
        type?: number;
      };
    };
    /** Make-up check-ins allowed per month; -1 unlimited */
    allow_apply_bk_cnt?: number;
    /** Out-of-range check-ins: 0 exception, 1 normal field check-in, 2 not allowed */
    option_out_range?: number;
    /** Face recognition check-in on */
    use_face_detect?: boolean;
    /** Make-up check-in time limit in days; -1 unlimited */
    allow_apply_bk_day_limit?: number;
    /** From the official sample (true) */
    open_face_live_detect?: boolean;
    /** From the official sample (-1) */
    buka_limit_next_month?: number;
    /** From the official sample (true) */
    sync_out_checkin?: boolean;
    /** From the official sample; table row unreadable */
    buka_remind?: {
      /** From the official sample (true) */
      open_remind?: boolean;
      /** From the official sample (28) */
      buka_remind_day?: number;
      /** From the official sample (0) */
      buka_remind_month?: number;
    };
    /** Make-up check-in exception types, a bitmask (bit set = type closed); 0 all allowed */
    buka_restriction?: number;
  };
  export type WorkCheckinOtRestInfo = {
    /** Deduction type: 0 off, 1 deduct a fixed rest period, 2 deduct by overtime length */
    type?: number;
    /** Fixed rest period; meaningful when type is 1 */
    fix_time_rule?: {
      /** Rest start, seconds from 00:00 */
      fix_time_begin_sec?: number;
      /** Rest end, seconds from 00:00 */
      fix_time_end_sec?: number;
    };
    /** Deduction by overtime length; meaningful when type is 2 */
    cal_ottime_rule?: {
      /** Deduction conditions (obj on the table; a list in the sample) */
      items?: Array<{
        /** Overtime reaching this length (seconds) */
        ot_time?: number;
        /** Deducts this much rest (seconds) */
        rest_time?: number;
      }>;
    };
  };
  export type WorkCheckinSchedule = {
    /** Shift id */
    schedule_id?: number;
    /** Shift name */
    schedule_name?: string;
    /** On/off-duty periods of the shift */
    time_section?: Array<{
      /** Period id (one on/off-duty pair of the shift) */
      time_id?: number;
      /** On-duty time, seconds from 00:00 */
      work_sec?: number;
      /** Off-duty time, seconds from 00:00 */
      off_work_sec?: number;
      /** On-duty reminder time, seconds from 00:00 */
      remind_work_sec?: number;
      /** Off-duty reminder time, seconds from 00:00 */
      remind_off_work_sec?: number;
      /** Rest start, seconds from 00:00 (single-period shifts only) */
      rest_begin_time?: number;
      /** Rest end, seconds from 00:00 (single-period shifts only) */
      rest_end_time?: number;
      /** Whether a rest is allowed */
      allow_rest?: boolean;
    }>;
    /** How early one may check in */
    limit_aheadtime?: number;
    /** No off-duty check-in this many seconds after off-duty time */
    limit_offtime?: number;
    /** No off-duty check-in needed */
    noneed_offwork?: boolean;
    /** Whether flexible time is allowed (uint32 in the /90263 table, bool on /93384 and in the samples) */
    allow_flex?: boolean;
    /** Allowed lateness (seconds) */
    flex_on_duty_time?: number;
    /** Allowed early leave (seconds) */
    flex_off_duty_time?: number;
    /** Leave-late/arrive-late rule (晚走晚到) */
    late_rule?: {
      /** Whether leaving late allows arriving late next day; the timerules only matter when true */
      allow_offwork_after_time?: boolean;
      /** Lateness rules */
      timerules?: Array<{
        /** Leaving this late after the last off-duty time (seconds) */
        offwork_after_time?: number;
        /** Allowed lateness for the first shift of the next day (seconds) */
        onwork_flex_time?: number;
      }>;
    };
    /** Earliest check-in limit */
    max_allow_arrive_early?: number;
    /** Latest check-in limit; exclusive with flex_on_duty_time/flex_off_duty_time (the other pair is 0) */
    max_allow_arrive_late?: number;
  };
  export type WorkCheckinTime = {
    /** On-duty time, seconds from 00:00 (上班时间) */
    work_sec?: number;
    /** Off-duty time, seconds from 00:00 (下班时间) */
    off_work_sec?: number;
    /** On-duty reminder time, seconds from 00:00 */
    remind_work_sec?: number;
    /** Off-duty reminder time, seconds from 00:00 */
    remind_off_work_sec?: number;
  };
  export type WorkContactExtAttr = {
    /** Attribute name */
    Name: string;
    /** Attribute type: 0 text, 1 web page */
    Type: number;
    /** Text attribute, when Type is 0 */
    Text?: {
      /** Text value */
      Value?: string;
    };
    /** Web attribute, when Type is 1 */
    Web?: {
      /** Title shown for the page */
      Title?: string;
      /** URL of the page */
      Url?: string;
    };
  };
  export type WorkJournalRange = {
    /** Members */
    user_list?: Array<In.WorkJournalUserRef>;
    /** Departments */
    party_list?: Array<{
      /** Department id */
      open_partyid?: string;
    }>;
    /** Tags */
    tag_list?: Array<{
      /** Tag id */
      open_tagid?: string;
    }>;
  };
  export type WorkJournalStatItem = {
    user?: In.WorkJournalUserRef;
    /** Report records */
    itemlist?: Array<{
      /** Report record id (empty when not reported) */
      journaluuid?: string;
      /** Report time (Unix time) */
      reporttime?: number;
      /** 1 handed in late, 0 on time */
      flag?: 0 | 1;
    }>;
  };
  export type WorkJournalUserRef = {
    /** The member's UserID */
    userid?: string;
  };
  export type WorkMenuButton = {
    /** Button action type (omitted on a button that only holds sub_button) */
    type?: "click" | "view" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "view_miniprogram";
    /** Button name; not empty, at most 16 bytes top-level and 40 bytes in a sub-menu */
    name: string;
    /** Event key pushed to the app, at most 128 bytes (required for click and the other event types) */
    key?: string;
    /** Page URL opened by a view button, at most 1024 bytes (https recommended) */
    url?: string;
    /** Mini program page path (view_miniprogram) */
    pagepath?: string;
    /** Mini program appid (view_miniprogram; only mini programs bound to the corp) */
    appid?: string;
    /** Sub-menu buttons (1 to 5) */
    sub_button?: Array<In.WorkMenuButton>;
  };
  export type WorkMpNewsArticle = {
    /** Title, at most 128 bytes, truncated beyond (supports id translation) */
    title: string;
    /** media_id of the cover image, from the media upload APIs */
    thumb_media_id: string;
    /** Author, at most 64 bytes */
    author?: string;
    /** URL opened by 阅读原文 */
    content_source_url?: string;
    /** Content, HTML allowed, at most 666 KB (supports id translation) */
    content: string;
    /** Digest, at most 512 bytes, truncated beyond (supports id translation) */
    digest?: string;
  };
  export type WorkNewsArticle = {
    /** Title, at most 128 bytes, truncated beyond (supports id translation) */
    title: string;
    /** Description, at most 512 bytes, truncated beyond (supports id translation) */
    description?: string;
    /** URL opened on click, at most 2048 bytes with http(s) scheme; url or the mini program must be given */
    url?: string;
    /** Picture URL, JPG or PNG; 1068*455 large, 150*150 small */
    picurl?: string;
    /** Mini program appid associated with the app; with pagepath, overrides url */
    appid?: string;
    /** Mini program page opened on click (with appid) */
    pagepath?: string;
  };
  export type WorkScheduleAttendee = {
    /** The attendee's UserID, at most 64 bytes */
    userid: string;
  };
  export type WorkScheduleAttendeeStatus = {
    /** The attendee's UserID */
    userid?: string;
    /** Answer: 0 none yet, 1 tentative, 2 accepted all, 3 accepted this one, 4 declined */
    response_status?: 0 | 1 | 2 | 3 | 4;
  };
  export type WorkScheduleReminderInfo = {
    /** 1 to remind */
    is_remind?: 0 | 1;
    /** 1 for a repeating schedule */
    is_repeat?: 0 | 1;
    /** Seconds before start_time to remind (0, 300, 900, 3600, 86400); to be retired, use remind_time_diffs */
    remind_before_event_secs?: number;
    /** Offsets from start_time to remind at (-604800 to 86399; 32400 for 9:00 on a whole-day schedule) */
    remind_time_diffs?: Array<number>;
    /** Repeat type: 0 daily, 1 weekly, 2 monthly, 5 yearly, 7 working days */
    repeat_type?: 0 | 1 | 2 | 5 | 7;
    /** Repeat end (Unix time); 0 repeats forever */
    repeat_until?: number;
    /** 1 for a custom repeat */
    is_custom_repeat?: 0 | 1;
    /** Repeat interval for a custom repeat, in repeat_type units */
    repeat_interval?: number;
    /** Weekdays to repeat on (1 Monday to 7 Sunday), for a custom weekly repeat */
    repeat_day_of_week?: Array<number>;
    /** Days of the month to repeat on (1 to 31), for a custom monthly repeat */
    repeat_day_of_month?: Array<number>;
    /** Time zone as a UTC offset in hours, -12 to +12 (+8 is Beijing) */
    timezone?: number;
    /** Occurrences taken out of a repeating schedule (changed or deleted one by one) */
    exclude_time_list?: Array<{
      /** Start time (Unix time) of the excluded occurrence */
      start_time?: number;
    }>;
  };
  export type WorkScheduleReminders = {
    /** 1 to remind */
    is_remind?: 0 | 1;
    /** 1 for a repeating schedule */
    is_repeat?: 0 | 1;
    /** Seconds before start_time to remind, when is_remind is 1: 0 at start, 300, 900, 3600 or 86400 */
    remind_before_event_secs?: 0 | 300 | 900 | 3600 | 86400;
    /** Offsets from start_time to remind at, when is_remind is 1: 0, -300, -900, -3600, -86400 (whole-day schedules also 32400, -172800, -604800); wins over remind_before_event_secs when not empty */
    remind_time_diffs?: Array<number>;
    /** Repeat type when is_repeat is 1: 0 daily, 1 weekly, 2 monthly, 5 yearly, 7 working days */
    repeat_type?: 0 | 1 | 2 | 5 | 7;
    /** Repeat end (Unix time) when is_repeat is 1; 0 or left out repeats forever */
    repeat_until?: number;
    /** 1 for a custom repeat, when is_repeat is 1 */
    is_custom_repeat?: 0 | 1;
    /** Repeat interval for a custom repeat, in repeat_type units (3 with weekly is every 3 weeks) */
    repeat_interval?: number;
    /** Weekdays to repeat on (1 Monday to 7 Sunday), for a custom weekly repeat */
    repeat_day_of_week?: Array<number>;
    /** Days of the month to repeat on (1 to 31), for a custom monthly repeat */
    repeat_day_of_month?: Array<number>;
    /** Time zone as a UTC offset in hours (+8 is Beijing, the default); -12 to +12 (value -12–12) */
    timezone?: number;
  };
  export type WorkSuiteAuthAgent = {
    /** The app's agentid in the authorizing corp */
    agentid: number;
    /** App name */
    name?: string;
    /** Round logo URL */
    round_logo_url?: string;
    /** Square logo URL */
    square_logo_url?: string;
    /** App id inside a legacy multi-app suite; new developers can ignore it */
    appid?: number;
    /** Authorization mode: 0 by an admin, 1 by a member */
    auth_mode?: number;
    /** True for a custom (代开发) app */
    is_customized_app?: boolean;
    /** True when the authorization came through another third-party app */
    auth_from_thirdapp?: boolean;
    /** The app's contacts permissions and visible range */
    privilege?: {
      /** Contacts permission level */
      level?: number;
      /** Visible departments */
      allow_party?: Array<number>;
      /** Visible members (UserIDs) */
      allow_user?: Array<string>;
      /** Visible tags */
      allow_tag?: Array<number>;
      /** Extra contacts range (departments) */
      extra_party?: Array<number>;
      /** Extra contacts range (members) */
      extra_user?: Array<string>;
      /** Extra contacts range (tags) */
      extra_tag?: Array<number>;
    };
    /** The corp that shared this app, when it was shared through corp interconnection or an upstream/downstream chain */
    shared_from?: {
      /** Corp id of the sharing corp */
      corpid?: string;
      /** How it was shared: 0 corp interconnection (企业互联), 1 upstream/downstream (上下游) */
      share_type?: number;
    };
  };
  export type WorkSuiteAuthCorpInfo = {
    /** Corp id of the authorizing corp */
    corpid: string;
    /** Corp short name */
    corp_name?: string;
    /** Verification type, e.g. verified or unverified */
    corp_type?: string;
    /** Square logo URL */
    corp_square_logo_url?: string;
    /** Member limit of the corp */
    corp_user_max?: number;
    /** Full legal name of the corp */
    corp_full_name?: string;
    /** Verification expiry (Unix time) */
    verified_end_time?: number;
    /** Subject type: 1 enterprise, 2 government or public institution, 3 other organization, 4 team */
    subject_type?: number;
    /** URL of the corp's WeChat plugin QR code */
    corp_wxqrcode?: string;
    /** Corp size, e.g. 1-50人 */
    corp_scale?: string;
    /** Industry */
    corp_industry?: string;
    /** Sub-industry */
    corp_sub_industry?: string;
  };
  export type WorkSuiteAuthInfo = {
    /** The authorized apps (one for a single-app authorization; several only for legacy multi-app suites) */
    agent?: Array<In.WorkSuiteAuthAgent>;
  };
  export type WorkSuiteDealerCorpInfo = {
    /** Reseller corp id */
    corpid?: string;
    /** Reseller corp name */
    corp_name?: string;
  };
  export type WorkSuiteEditionInfo = {
    /** One entry per authorized app (several only for old multi-app suites) */
    agent?: Array<{
      /** The app's agentid in the corp */
      agentid?: number;
      /** Edition id, as configured on the provider platform */
      edition_id?: string;
      /** Edition name */
      edition_name?: string;
      /** Payment status: 0 unpaid, 1 time-limited trial, 2 trial expired, 3 paid and in term, 4 paid term expired, 5 unlimited trial, 6 in term but over the user limit (under 7 days), 7 in term and over the user limit for more than 7 days */
      app_status?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
      /** User limit; meaningless for fixed-price purchases and trials (except an unlimited trial of an app free for small corps) */
      user_limit?: number;
      /** Edition expiry (trial or paid), unix seconds; meaningless for an unlimited trial */
      expired_time?: number;
      /** Whether this is a virtual edition */
      is_virtual_version?: boolean;
      /** Whether installed by sharing from a linked or upstream corp */
      is_shared_from_other_corp?: boolean;
    }>;
  };
  export type WorkTemplateCard = {
    /** Card type: text_notice, news_notice, button_interaction, vote_interaction or multiple_interaction */
    card_type: "text_notice" | "news_notice" | "button_interaction" | "vote_interaction" | "multiple_interaction";
    /** Source style of the card (optional) */
    source?: {
      /** Source icon URL (72*72 suggested) */
      icon_url?: string;
      /** Source description (supports id translation) */
      desc?: string;
      /** Source text colour: 0 grey (default), 1 black, 2 red, 3 green */
      desc_color?: 0 | 1 | 2 | 3;
    };
    /** The "more" menu at the top right of the card; task_id is required with it */
    action_menu?: {
      /** Description of the menu */
      desc?: string;
      /** Menu actions (1 to 3) (items 1–3) */
      action_list?: Array<{
        /** Action text */
        text: string;
        /** Action key returned as EventKey in the callback, at most 1024 bytes, unique */
        key: string;
      }>;
    };
    /** Task id, unique per app; digits, letters and _-@, at most 128 bytes. Required with action_menu and for the interaction cards */
    task_id?: string;
    /** Main title (text_notice: title or sub_title_text must be given) */
    main_title?: {
      /** First-level title, 36 characters suggested (supports id translation) */
      title?: string;
      /** Title description, 44 characters suggested (supports id translation) */
      desc?: string;
    };
    /** Quote style area */
    quote_area?: {
      /** Click action: 0 or unset none, 1 open url, 2 open mini program */
      type?: 0 | 1 | 2;
      /** URL (required when type is 1) */
      url?: string;
      /** Mini program appid associated with the app (required when type is 2) */
      appid?: string;
      /** Mini program page (optional when type is 2) */
      pagepath?: string;
      /** Quote title */
      title?: string;
      /** Quoted text */
      quote_text?: string;
    };
    /** Key data style (text_notice) */
    emphasis_content?: {
      /** Key data, 14 characters suggested */
      title?: string;
      /** Key data description, 22 characters suggested */
      desc?: string;
    };
    /** Second-level plain text, 160 characters suggested (supports id translation) */
    sub_title_text?: string;
    /** Second-level title + text list (at most 6) (items ≤ 6) */
    horizontal_content_list?: Array<{
      /** Link type: 0 or unset plain text, 1 url, 2 attachment download, 3 member details */
      type?: 0 | 1 | 2 | 3;
      /** Second-level title, 5 characters suggested */
      keyname: string;
      /** Second-level text (the file name, with its extension, when type is 2), 30 characters suggested */
      value?: string;
      /** URL (required when type is 1) */
      url?: string;
      /** media_id of the attachment (required when type is 2) */
      media_id?: string;
      /** UserID of the member (required when type is 3) */
      userid?: string;
    }>;
    /** Jump guide list (at most 3) (items ≤ 3) */
    jump_list?: Array<{
      /** Link type: 0 or unset none, 1 url, 2 mini program */
      type?: 0 | 1 | 2;
      /** Link text, 18 characters suggested */
      title: string;
      /** URL (required when type is 1) */
      url?: string;
      /** Mini program appid (required when type is 2) */
      appid?: string;
      /** Mini program page (optional when type is 2) */
      pagepath?: string;
    }>;
    /** Click action of the whole card (required for text_notice and news_notice) */
    card_action?: {
      /** 1 open url, 2 open mini program (text_notice takes 1 or 2) */
      type?: 0 | 1 | 2;
      /** URL (required when type is 1) */
      url?: string;
      /** Mini program appid (required when type is 2) */
      appid?: string;
      /** Mini program page (optional when type is 2) */
      pagepath?: string;
    };
    /** Image-left, text-right area (news_notice: card_image or image_text_area is required) */
    image_text_area?: {
      /** Click action: 0 or unset none, 1 open url, 2 open mini program */
      type?: 0 | 1 | 2;
      /** URL (required when type is 1) */
      url?: string;
      /** Mini program appid (required when type is 2) */
      appid?: string;
      /** Mini program page (optional when type is 2) */
      pagepath?: string;
      /** Title */
      title?: string;
      /** Description */
      desc?: string;
      /** Image URL */
      image_url: string;
    };
    /** Image style (news_notice: card_image or image_text_area is required) */
    card_image?: {
      /** Image URL */
      url: string;
      /** Width/height ratio, between 1.3 and 2.25 (default 1.3) */
      aspect_ratio?: number;
    };
    /** Vertical content list (news_notice, at most 4) (items ≤ 4) */
    vertical_content_list?: Array<{
      /** Second-level title, 38 characters suggested */
      title: string;
      /** Second-level text, 160 characters suggested */
      desc?: string;
    }>;
    /** Drop-down selector (button_interaction) */
    button_selection?: {
      /** Selector key returned in the callback, at most 1024 bytes */
      question_key: string;
      /** Title left of the selector */
      title?: string;
      /** Options (1 to 10) (items 1–10) */
      option_list: Array<{
        /** Option id returned in the callback, at most 128 bytes, unique */
        id: string;
        /** Option text, 16 characters suggested */
        text: string;
      }>;
      /** Id selected by default (the first when unset or wrong) */
      selected_id?: string;
    };
    /** Buttons (button_interaction, at most 6) (items ≤ 6) */
    button_list?: Array<{
      /** 0 or unset callback, 1 open url */
      type?: 0 | 1;
      /** Button text, 10 characters suggested */
      text: string;
      /** Button style 1 to 4 (1 when unset or wrong) */
      style?: number;
      /** Button key returned as EventKey, at most 1024 bytes, unique (required when type is 0) */
      key?: string;
      /** URL (required when type is 1) */
      url?: string;
    }>;
    /** Choice question (vote_interaction) */
    checkbox?: {
      /** Question key returned in the callback, at most 1024 bytes */
      question_key: string;
      /** Options (1 to 20) (items 1–20) */
      option_list: Array<{
        /** Option id returned in the callback, at most 128 bytes, unique */
        id: string;
        /** Option text, 17 characters suggested */
        text: string;
        /** Whether the option is checked by default */
        is_checked?: boolean;
      }>;
      /** 0 single choice (default), 1 multiple choice */
      mode?: 0 | 1;
    };
    /** Submit button (vote_interaction, multiple_interaction) */
    submit_button?: {
      /** Button text, 10 characters suggested (提交 when unset) */
      text?: string;
      /** Submit key returned as EventKey, at most 1024 bytes */
      key: string;
    };
    /** Drop-down selectors (multiple_interaction, required there; at most 3) (items ≤ 3) */
    select_list?: Array<{
      /** Selector key returned in the callback, at most 1024 bytes, unique */
      question_key: string;
      /** Title above the selector */
      title?: string;
      /** Id selected by default (the first when unset or wrong) */
      selected_id?: string;
      /** Options (1 to 10) (items 1–10) */
      option_list: Array<{
        /** Option id returned in the callback, at most 128 bytes, unique */
        id: string;
        /** Option text, 16 characters suggested */
        text: string;
      }>;
    }>;
  };
  export type WorkTrustDevice = {
    /** Device code */
    device_code?: string;
    /** Device type: Windows or Mac */
    system?: string;
    /** MAC addresses */
    mac_addr?: Array<string>;
    /** Motherboard UUID */
    motherboard_uuid?: string;
    /** Hard disk UUIDs */
    harddisk_uuid?: Array<string>;
    /** Windows domain */
    domain?: string;
    /** Computer name */
    pc_name?: string;
    /** Mac serial number */
    seq_no?: string;
    /** Last login time (Unix seconds) */
    last_login_time?: number;
    /** UserID of the member who last logged in on the device */
    last_login_userid?: string;
    /** Time the device was claimed or confirmed (Unix seconds) */
    confirm_timestamp?: number;
    /** UserID of the member who claimed or confirmed the device */
    confirm_userid?: string;
    /** UserID of the admin who approved the declaration */
    approved_userid?: string;
    /** Device source: 0 unknown, 1 confirmed by a member, 2 imported by an admin, 3 declared by a member */
    source?: 0 | 1 | 2 | 3;
    /** 1 imported, never logged in; 2 awaiting invitation; 3 awaiting admin confirmation as a corp device; 4 awaiting admin confirmation as a personal device; 5 trusted corp device; 6 trusted personal device */
    status?: 1 | 2 | 3 | 4 | 5 | 6;
  };
  export type WorkUserAttr = {
    /** Attribute type: 0 text, 1 web page, 2 mini program (external_attr only) */
    type: 0 | 1 | 2;
    /** Attribute name */
    name: string;
    /** Text attribute (type 0) */
    text?: {
      /** The text */
      value?: string;
    };
    /** Web page attribute (type 1) */
    web?: {
      /** Page URL */
      url?: string;
      /** Title shown for the page */
      title?: string;
    };
    /** Mini program attribute (type 2) */
    miniprogram?: {
      /** Mini program appid */
      appid?: string;
      /** Page path inside the mini program */
      pagepath?: string;
      /** Title shown for the mini program */
      title?: string;
    };
  };
  export type WorkWorkbenchImage = {
    /** Image URL */
    url?: string;
    /** URL opened on click */
    jump_url?: string;
    /** Mini program page opened on click */
    pagepath?: string;
  };
  export type WorkWorkbenchKeyData = {
    /** Key data items */
    items?: Array<{
      /** Name of the key data */
      key?: string;
      /** The key data */
      data: string;
      /** URL opened on click */
      jump_url?: string;
      /** Mini program page opened on click */
      pagepath?: string;
    }>;
  };
  export type WorkWorkbenchList = {
    /** List items */
    items?: Array<{
      /** Text of the item */
      title: string;
      /** URL opened on click */
      jump_url?: string;
      /** Mini program page opened on click */
      pagepath?: string;
    }>;
  };
  export type WorkWorkbenchWebview = {
    /** URL of the page rendered in the workbench */
    url?: string;
    /** URL opened on click */
    jump_url?: string;
    /** Mini program page opened on click */
    pagepath?: string;
  };
  export type WxaAuthContactInfo = {
    /** Verification contact's name (认证联系人姓名) */
    name?: string;
    /** Verification contact's email (认证联系人邮箱) */
    email?: string;
  };
  export type WxaAuthIdentityNode = {
    /** Identity (career) name; a leaf's name is what auth_identification takes */
    name?: string;
    /** Node id */
    node_id?: number;
    /** Child nodes */
    node_list?: Array<In.WxaAuthIdentityNode>;
    /** Leaf nodes only: what the verification of this identity requires */
    leaf_info?: {
      /** Materials required to verify this identity */
      requirement?: string;
    };
  };
  export type WxaAuthInvoiceInfo = {
    /** Invoice type: 1 no invoice, 2 electronic invoice, 3 VAT special invoice (增值税专票) (not closed: the official sample sends 0) */
    invoice_type?: number;
    /** Electronic invoice details, required when invoice_type is 2 */
    electronic?: {
      /** Taxpayer identification number (15, 17, 18 or 20 characters) */
      id?: string;
      /** Invoice remark (optional) */
      desc?: string;
    };
    /** VAT special invoice details, required when invoice_type is 3 */
    vat?: {
      /** Company phone */
      enterprise_phone?: string;
      /** Taxpayer identification number (15, 17, 18 or 20 characters) */
      id?: string;
      /** Registered company address */
      enterprise_address?: string;
      /** Company's bank */
      bank_name?: string;
      /** Company's bank account number */
      bank_account?: string;
      /** Postcode of the invoice mailing address (发票邮寄地址邮编) */
      mailing_address?: string;
      /** Street address */
      address?: string;
      /** Contact person */
      name?: string;
      /** Contact phone */
      phone?: string;
      /** Province */
      province?: string;
      /** City */
      city?: string;
      /** District or county */
      district?: string;
      /** Invoice remark (optional) */
      desc?: string;
    };
    /** Invoice title; must be the verified subject's name */
    invoice_title?: string;
  };
}
