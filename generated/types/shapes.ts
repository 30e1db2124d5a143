// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
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
  /** Second-level buttons (1-5); excludes type */
  sub_button?: Array<MenuButton>;
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
