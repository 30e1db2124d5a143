// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from './shapes.js';
import type { WechatUpload } from '../../src/http/upload.js';

/** Params of `media.get`: Download a temporary media file; videos come back as JSON with a download URL (获取临时素材) */
export interface MediaGetParams {
  /** Media id */
  media_id: string;
}

/** Result of `media.get`: Download a temporary media file; videos come back as JSON with a download URL (获取临时素材) */
export interface MediaGetResult {
  /** Download URL (video media only; other media come back as the file itself) */
  video_url?: string;
}

/** Params of `media.upload`: Upload a temporary media file, kept for 3 days (新增临时素材) */
export interface MediaUploadParams {
  /** Media type: image, voice, video or thumb (thumbnail) */
  type: "image" | "voice" | "video" | "thumb";
  /** The file part (form-data with filename, filelength, content-type) */
  media: WechatUpload;
}

/** Result of `media.upload`: Upload a temporary media file, kept for 3 days (新增临时素材) */
export interface MediaUploadResult {
  /** Media type */
  type: string;
  /** Media id to use in later calls */
  media_id: string;
  /** Unix time of the upload */
  created_at: number;
}

/** Params of `message.custom.send`: Send a customer-service message to a user who recently interacted (发送客服消息) */
export interface MessageCustomSendParams {
  /** The user's OpenID */
  touser: string;
  /** Message type; fill the object of the same name */
  msgtype: "text" | "image" | "voice" | "video" | "music" | "news" | "mpnews" | "mpnewsarticle" | "msgmenu" | "wxcard" | "miniprogrampage";
  /** Text message (required when msgtype is text) */
  text?: {
    /** Text; may contain <a> links with data-miniprogram-appid/data-miniprogram-path to open a Mini Program */
    content: string;
  };
  /** Image message (required when msgtype is image) */
  image?: {
    /** Media id from the media upload API */
    media_id: string;
  };
  /** Voice message (required when msgtype is voice) */
  voice?: {
    /** Media id from the media upload API */
    media_id: string;
  };
  /** Video message (required when msgtype is video) */
  video?: {
    /** Media id from the media upload API */
    media_id: string;
    /** Thumbnail media id from the media upload API */
    thumb_media_id: string;
    /** Video title */
    title?: string;
    /** Video description */
    description?: string;
  };
  /** Music message (required when msgtype is music) */
  music?: {
    /** Music title */
    title: string;
    /** Music description */
    description: string;
    /** Music URL */
    musicurl: string;
    /** High-quality music URL */
    hqmusicurl?: string;
    /** Thumbnail media id */
    thumb_media_id: string;
  };
  /** News message that opens an external link (required when msgtype is news) */
  news?: {
    /** The article (at most 1) */
    articles: Array<{
      /** Title */
      title: string;
      /** Description */
      description: string;
      /** Cover image URL */
      picurl: string;
      /** URL opened on click */
      url: string;
    }>;
  };
  /** News message that opens an article page (required when msgtype is mpnews; 1 article at most, else errcode 45008) */
  /** @deprecated No longer supported once the draft-box rollout is complete; use mpnewsarticle */
  mpnews?: {
    /** Media id of the news material */
    media_id: string;
  };
  /** Published article message (required when msgtype is mpnewsarticle) */
  mpnewsarticle?: {
    /** article_id from the publish APIs */
    article_id: string;
  };
  /** Menu message (required when msgtype is msgmenu) */
  msgmenu?: {
    /** Text above the menu */
    head_content?: string;
    /** Menu items */
    list: Array<{
      /** Item value sent back when tapped */
      id: string;
      /** Item text */
      content: string;
    }>;
    /** Text below the menu */
    tail_content?: string;
  };
  /** Card/coupon message (required when msgtype is wxcard) */
  wxcard?: {
    /** Card id */
    card_id: string;
  };
  /** Mini Program card (required when msgtype is miniprogrampage) */
  miniprogrampage?: {
    /** Card title */
    title: string;
    /** Mini Program AppID */
    appid: string;
    /** Page path as in app.json, query allowed (pages/index/index?foo=bar) */
    pagepath: string;
    /** Cover image media id (image type, 520*416 suggested) */
    thumb_media_id: string;
  };
  /** Send as a given customer-service account */
  customservice?: {
    /** Customer-service account */
    kf_account: string;
  };
}

/** Result of `message.custom.send`: Send a customer-service message to a user who recently interacted (发送客服消息) */
export type MessageCustomSendResult = Record<string, unknown>;

/** Params of `quota.clear`: Reset the daily API call quota of an account (重置API调用次数) */
export interface QuotaClearParams {
  /** AppID of the account whose quota is cleared */
  appid: string;
}

/** Result of `quota.clear`: Reset the daily API call quota of an account (重置API调用次数) */
export type QuotaClearResult = Record<string, unknown>;

/** Params of `quota.clearByAppSecret`: Reset the daily API call quota using the AppSecret, no access_token needed (使用AppSecret重置API调用次数) */
export interface QuotaClearByAppSecretParams {
  /** AppID of the account whose quota is cleared */
  appid: string;
  /** The account's AppSecret */
  appsecret: string;
}

/** Result of `quota.clearByAppSecret`: Reset the daily API call quota using the AppSecret, no access_token needed (使用AppSecret重置API调用次数) */
export type QuotaClearByAppSecretResult = Record<string, unknown>;

/** Params of `token.get`: Get the API access_token; stable_token (token.getStable) is preferred (获取接口调用凭据) */
export interface TokenGetParams {
  /** Always client_credential */
  grant_type: "client_credential";
  /** The account's AppID */
  appid: string;
  /** The account's AppSecret */
  secret: string;
}

/** Result of `token.get`: Get the API access_token; stable_token (token.getStable) is preferred (获取接口调用凭据) */
export interface TokenGetResult {
  /** The access_token */
  access_token: string;
  /** Seconds the token stays valid (currently under 7200) */
  expires_in: number;
}

/** Params of `token.getStable`: Get a stable API access_token, isolated from /cgi-bin/token (获取稳定版接口调用凭据) */
export interface TokenGetStableParams {
  /** Always client_credential */
  grant_type: "client_credential";
  /** The account's AppID */
  appid: string;
  /** The account's AppSecret */
  secret: string;
  /** false (default) returns the current token while it is valid; true invalidates it and issues a new one (20 times a day, 30 s apart) */
  force_refresh?: boolean;
}

/** Result of `token.getStable`: Get a stable API access_token, isolated from /cgi-bin/token (获取稳定版接口调用凭据) */
export interface TokenGetStableResult {
  /** The access_token */
  access_token: string;
  /** Seconds the token stays valid (at most 7200) */
  expires_in: number;
}
