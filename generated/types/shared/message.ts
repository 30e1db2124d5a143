// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

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
  /**
   * News message that opens an article page (required when msgtype is mpnews; 1 article at most, else errcode 45008)
   * @deprecated No longer supported once the draft-box rollout is complete; use mpnewsarticle
   */
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

/** Params of `message.custom.typing`: Show or cancel the customer-service "typing" status to a user (客服输入状态) */
export interface MessageCustomTypingParams {
  /** The user's OpenID */
  touser: string;
  /** Typing shows the "typing" status to the user; CancelTyping cancels it */
  command: "Typing" | "CancelTyping";
}

/** Result of `message.custom.typing`: Show or cancel the customer-service "typing" status to a user (客服输入状态) */
export type MessageCustomTypingResult = Record<string, unknown>;
