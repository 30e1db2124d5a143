// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `message.custom.send`: Send a customer-service message to a user who recently interacted (发送客服消息) */
export type MessageCustomSendParams = {
  /** The user's OpenID */
  touser: string;
  /** Message type; fill the object of the same name */
  msgtype: "text";
  /** Send as a given customer-service account */
  customservice?: {
    /** Customer-service account */
    kf_account: string;
  };
  /** Text message */
  text: {
    /** Text; may contain <a> links with data-miniprogram-appid/data-miniprogram-path to open a Mini Program */
    content: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type; fill the object of the same name */
  msgtype: "image";
  /** Send as a given customer-service account */
  customservice?: {
    /** Customer-service account */
    kf_account: string;
  };
  /** Image message */
  image: {
    /** Media id from the media upload API */
    media_id: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type; fill the object of the same name */
  msgtype: "voice";
  /** Send as a given customer-service account */
  customservice?: {
    /** Customer-service account */
    kf_account: string;
  };
  /** Voice message */
  voice: {
    /** Media id from the media upload API */
    media_id: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type; fill the object of the same name */
  msgtype: "video";
  /** Send as a given customer-service account */
  customservice?: {
    /** Customer-service account */
    kf_account: string;
  };
  /** Video message */
  video: {
    /** Media id from the media upload API */
    media_id: string;
    /** Thumbnail media id from the media upload API */
    thumb_media_id: string;
    /** Video title */
    title?: string;
    /** Video description */
    description?: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type; fill the object of the same name */
  msgtype: "music";
  /** Send as a given customer-service account */
  customservice?: {
    /** Customer-service account */
    kf_account: string;
  };
  /** Music message */
  music: {
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
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type; fill the object of the same name */
  msgtype: "news";
  /** Send as a given customer-service account */
  customservice?: {
    /** Customer-service account */
    kf_account: string;
  };
  /** News message that opens an external link */
  news: {
    /** The article (at most 1) (items ≤ 1) */
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
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type; fill the object of the same name */
  msgtype: "mpnews";
  /** Send as a given customer-service account */
  customservice?: {
    /** Customer-service account */
    kf_account: string;
  };
  /** News message that opens an article page (1 article at most, else errcode 45008) @deprecated No longer supported once the draft-box rollout is complete; use mpnewsarticle */
  mpnews: {
    /** Media id of the news material */
    media_id: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type; fill the object of the same name */
  msgtype: "mpnewsarticle";
  /** Send as a given customer-service account */
  customservice?: {
    /** Customer-service account */
    kf_account: string;
  };
  /** Published article message */
  mpnewsarticle: {
    /** article_id from the publish APIs */
    article_id: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type; fill the object of the same name */
  msgtype: "msgmenu";
  /** Send as a given customer-service account */
  customservice?: {
    /** Customer-service account */
    kf_account: string;
  };
  /** Menu message */
  msgmenu: {
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
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type; fill the object of the same name */
  msgtype: "wxcard";
  /** Send as a given customer-service account */
  customservice?: {
    /** Customer-service account */
    kf_account: string;
  };
  /** Card/coupon message */
  wxcard: {
    /** Card id */
    card_id: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type; fill the object of the same name */
  msgtype: "miniprogrampage";
  /** Send as a given customer-service account */
  customservice?: {
    /** Customer-service account */
    kf_account: string;
  };
  /** Mini Program card */
  miniprogrampage: {
    /** Card title */
    title: string;
    /** Mini Program AppID */
    appid: string;
    /** Page path as in app.json, query allowed (pages/index/index?foo=bar) */
    pagepath: string;
    /** Cover image media id (image type, 520*416 suggested) */
    thumb_media_id: string;
  };
};
/** Result of `message.custom.send`: Send a customer-service message to a user who recently interacted (发送客服消息) */
export type MessageCustomSendResult = Record<string, unknown>;

/** Params of `message.mass.delete`: Delete a mass message sent through the API (删除群发消息) */
export interface MessageMassDeleteParams {
  /** Id of the sent message (msg_id or url is needed; msg_id wins) */
  msg_id?: string | number;
  /** Position of the article to delete, the first is 1; leave out or 0 to delete all (only with msg_id) */
  article_idx?: number;
  /** URL of the article to delete (used only when msg_id is not given) */
  url?: string;
}

/** Result of `message.mass.delete`: Delete a mass message sent through the API (删除群发消息) */
export type MessageMassDeleteResult = Record<string, unknown>;

/** Params of `message.mass.get`: Query the send status of a mass message (查询群发消息发送状态) */
export interface MessageMassGetParams {
  /** msg_id returned by the mass send */
  msg_id: string;
}

/** Result of `message.mass.get`: Query the send status of a mass message (查询群发消息发送状态) */
export interface MessageMassGetResult {
  /** msg_id returned by the mass send */
  msg_id?: string;
  /** SEND_SUCCESS sent, SENDING in progress, SEND_FAIL failed, DELETE deleted */
  msg_status?: "SEND_SUCCESS" | "SENDING" | "SEND_FAIL" | "DELETE";
}

/** Params of `message.mass.getSpeed`: Get the mass-send speed (获取群发速度) */
export type MessageMassGetSpeedParams = Record<string, never>;

/** Result of `message.mass.getSpeed`: Get the mass-send speed (获取群发速度) */
export interface MessageMassGetSpeedResult {
  /** Speed level (0 = 80w, 1 = 60w, 2 = 45w, 3 = 30w, 4 = 10w per minute) */
  speed?: 0 | 1 | 2 | 3 | 4;
  /** Real speed, in 10,000 messages per minute */
  realspeed?: number;
}

/** Params of `message.mass.preview`: Send a message to one user to preview its layout on the phone (预览消息) */
export type MessageMassPreviewParams = {
  /** The receiver's OpenID under this account (touser or towxname) */
  touser?: string;
  /** The receiver's WeChat ID, to preview by WeChat ID (touser or towxname) */
  towxname?: string;
  /** Message type: mpnews, text, voice, music, image, mpvideo or wxcard; fill the object of that type */
  msgtype: "mpnews";
  /** Article message */
  mpnews: {
    /** media_id of the message to send */
    media_id?: string;
  };
} | {
  /** The receiver's OpenID under this account (touser or towxname) */
  touser?: string;
  /** The receiver's WeChat ID, to preview by WeChat ID (touser or towxname) */
  towxname?: string;
  /** Message type: mpnews, text, voice, music, image, mpvideo or wxcard; fill the object of that type */
  msgtype: "text";
  /** Text message */
  text: {
    /** Text content */
    content?: string;
  };
} | {
  /** The receiver's OpenID under this account (touser or towxname) */
  touser?: string;
  /** The receiver's WeChat ID, to preview by WeChat ID (touser or towxname) */
  towxname?: string;
  /** Message type: mpnews, text, voice, music, image, mpvideo or wxcard; fill the object of that type */
  msgtype: "voice";
  /** Voice message */
  voice: {
    /** media_id of the message to send */
    media_id?: string;
  };
} | {
  /** The receiver's OpenID under this account (touser or towxname) */
  touser?: string;
  /** The receiver's WeChat ID, to preview by WeChat ID (touser or towxname) */
  towxname?: string;
  /** Message type: mpnews, text, voice, music, image, mpvideo or wxcard; fill the object of that type */
  msgtype: "music";
  /** Music message */
  music: {
    /** media_id of the message to send */
    media_id?: string;
  };
} | {
  /** The receiver's OpenID under this account (touser or towxname) */
  touser?: string;
  /** The receiver's WeChat ID, to preview by WeChat ID (touser or towxname) */
  towxname?: string;
  /** Message type: mpnews, text, voice, music, image, mpvideo or wxcard; fill the object of that type */
  msgtype: "image";
  /** Image message (one image) */
  image: {
    /** media_id of the message to send */
    media_id?: string;
  };
} | {
  /** The receiver's OpenID under this account (touser or towxname) */
  touser?: string;
  /** The receiver's WeChat ID, to preview by WeChat ID (touser or towxname) */
  towxname?: string;
  /** Message type: mpnews, text, voice, music, image, mpvideo or wxcard; fill the object of that type */
  msgtype: "mpvideo";
  /** Video message */
  mpvideo: {
    /** media_id of the message to send */
    media_id?: string;
  };
} | {
  /** The receiver's OpenID under this account (touser or towxname) */
  touser?: string;
  /** The receiver's WeChat ID, to preview by WeChat ID (touser or towxname) */
  towxname?: string;
  /** Message type: mpnews, text, voice, music, image, mpvideo or wxcard; fill the object of that type */
  msgtype: "wxcard";
  /** Card/coupon message */
  wxcard: {
    /** Card id */
    card_id?: string;
    /** Card extension (code, openid, timestamp, signature); the older page's sample passes it as a JSON string */
    card_ext?: unknown;
  };
};

/** Result of `message.mass.preview`: Send a message to one user to preview its layout on the phone (预览消息) */
export interface MessageMassPreviewResult {
  /** Message id */
  msg_id?: string;
}

/** Params of `message.mass.send`: Send a mass message to a list of OpenIDs (根据OpenID群发消息) */
export type MessageMassSendParams = {
  /** Receivers' OpenIDs (2 to 10000) (items 2–10000) */
  touser: Array<string>;
  /** Message type: mpnews, text, voice, image (the images object), mpvideo or wxcard; fill the object of that type */
  msgtype: "mpnews";
  /** When the article is judged a reprint: 1 keeps sending (reprint), 0 stops @default 0 */
  send_ignore_reprint?: 0 | 1;
  /** Developer-side mass message id (at most 32 bytes) to avoid repeated sends; defaults to a digest of the audience and content */
  clientmsgid?: string;
  /** Article message */
  mpnews: {
    /** media_id of the article (draft) to send */
    media_id?: string;
  };
} | {
  /** Receivers' OpenIDs (2 to 10000) (items 2–10000) */
  touser: Array<string>;
  /** Message type: mpnews, text, voice, image (the images object), mpvideo or wxcard; fill the object of that type */
  msgtype: "text";
  /** When the article is judged a reprint: 1 keeps sending (reprint), 0 stops @default 0 */
  send_ignore_reprint?: 0 | 1;
  /** Developer-side mass message id (at most 32 bytes) to avoid repeated sends; defaults to a digest of the audience and content */
  clientmsgid?: string;
  /** Text message */
  text: {
    /** Text content */
    content?: string;
  };
} | {
  /** Receivers' OpenIDs (2 to 10000) (items 2–10000) */
  touser: Array<string>;
  /** Message type: mpnews, text, voice, image (the images object), mpvideo or wxcard; fill the object of that type */
  msgtype: "voice";
  /** When the article is judged a reprint: 1 keeps sending (reprint), 0 stops @default 0 */
  send_ignore_reprint?: 0 | 1;
  /** Developer-side mass message id (at most 32 bytes) to avoid repeated sends; defaults to a digest of the audience and content */
  clientmsgid?: string;
  /** Voice message */
  voice: {
    /** media_id of the voice material */
    media_id?: string;
  };
} | {
  /** Receivers' OpenIDs (2 to 10000) (items 2–10000) */
  touser: Array<string>;
  /** Message type: mpnews, text, voice, image (the images object), mpvideo or wxcard; fill the object of that type */
  msgtype: "image";
  /** When the article is judged a reprint: 1 keeps sending (reprint), 0 stops @default 0 */
  send_ignore_reprint?: 0 | 1;
  /** Developer-side mass message id (at most 32 bytes) to avoid repeated sends; defaults to a digest of the audience and content */
  clientmsgid?: string;
  /** Image message (several images) */
  images: {
    /** media_ids of the images to send */
    media_ids?: Array<string>;
    /** Recommendation text */
    recommend?: string;
    /** Title */
    title?: string;
    /** Open comments (1 on, 0 off) */
    need_open_comment?: 0 | 1;
    /** Only followers may comment (1 on, 0 off) */
    only_fans_can_comment?: 0 | 1;
  };
} | {
  /** Receivers' OpenIDs (2 to 10000) (items 2–10000) */
  touser: Array<string>;
  /** Message type: mpnews, text, voice, image (the images object), mpvideo or wxcard; fill the object of that type */
  msgtype: "mpvideo";
  /** When the article is judged a reprint: 1 keeps sending (reprint), 0 stops @default 0 */
  send_ignore_reprint?: 0 | 1;
  /** Developer-side mass message id (at most 32 bytes) to avoid repeated sends; defaults to a digest of the audience and content */
  clientmsgid?: string;
  /** Video message */
  mpvideo: {
    /** media_id of the video (from the mass-video upload, /cgi-bin/media/uploadvideo) */
    media_id?: string;
    /** Video title */
    title?: string;
    /** Video description */
    description?: string;
  };
} | {
  /** Receivers' OpenIDs (2 to 10000) (items 2–10000) */
  touser: Array<string>;
  /** Message type: mpnews, text, voice, image (the images object), mpvideo or wxcard; fill the object of that type */
  msgtype: "wxcard";
  /** When the article is judged a reprint: 1 keeps sending (reprint), 0 stops @default 0 */
  send_ignore_reprint?: 0 | 1;
  /** Developer-side mass message id (at most 32 bytes) to avoid repeated sends; defaults to a digest of the audience and content */
  clientmsgid?: string;
  /** Card/coupon message */
  wxcard: {
    /** Card id */
    card_id?: string;
  };
};

/** Result of `message.mass.send`: Send a mass message to a list of OpenIDs (根据OpenID群发消息) */
export interface MessageMassSendResult {
  /** Media type (image, voice, video, thumb; news for articles), as listed in the response table */
  type?: string;
  /** Id of the send job */
  msg_id: string;
  /** Data id of the message, only for article messages; the first part of msgid in the article analytics APIs */
  msg_data_id?: string;
}

/** Params of `message.mass.sendAll`: Send a mass message to all followers or to one tag (根据标签群发消息) */
export type MessageMassSendAllParams = {
  /** Who receives the message */
  filter: {
    /** true sends to every follower; false sends to the followers of tag_id */
    is_to_all?: boolean;
    /** Tag to send to (may be left out when is_to_all is true) */
    tag_id?: number;
  };
  /** Message type: mpnews, text, voice, image (the images object), mpvideo or wxcard; fill the object of that type */
  msgtype: "mpnews";
  /** When the article is judged a reprint: 1 keeps sending (if the original allows reprints), 0 stops @default 0 */
  send_ignore_reprint?: 0 | 1;
  /** Developer-side mass message id (at most 32 bytes) to avoid repeated sends; defaults to a digest of the audience and content */
  clientmsgid?: string;
  /** Article message */
  mpnews: {
    /** media_id of the article (draft) to send */
    media_id?: string;
  };
} | {
  /** Who receives the message */
  filter: {
    /** true sends to every follower; false sends to the followers of tag_id */
    is_to_all?: boolean;
    /** Tag to send to (may be left out when is_to_all is true) */
    tag_id?: number;
  };
  /** Message type: mpnews, text, voice, image (the images object), mpvideo or wxcard; fill the object of that type */
  msgtype: "text";
  /** When the article is judged a reprint: 1 keeps sending (if the original allows reprints), 0 stops @default 0 */
  send_ignore_reprint?: 0 | 1;
  /** Developer-side mass message id (at most 32 bytes) to avoid repeated sends; defaults to a digest of the audience and content */
  clientmsgid?: string;
  /** Text message */
  text: {
    /** Text content */
    content?: string;
  };
} | {
  /** Who receives the message */
  filter: {
    /** true sends to every follower; false sends to the followers of tag_id */
    is_to_all?: boolean;
    /** Tag to send to (may be left out when is_to_all is true) */
    tag_id?: number;
  };
  /** Message type: mpnews, text, voice, image (the images object), mpvideo or wxcard; fill the object of that type */
  msgtype: "voice";
  /** When the article is judged a reprint: 1 keeps sending (if the original allows reprints), 0 stops @default 0 */
  send_ignore_reprint?: 0 | 1;
  /** Developer-side mass message id (at most 32 bytes) to avoid repeated sends; defaults to a digest of the audience and content */
  clientmsgid?: string;
  /** Voice message */
  voice: {
    /** media_id of the voice material */
    media_id?: string;
  };
} | {
  /** Who receives the message */
  filter: {
    /** true sends to every follower; false sends to the followers of tag_id */
    is_to_all?: boolean;
    /** Tag to send to (may be left out when is_to_all is true) */
    tag_id?: number;
  };
  /** Message type: mpnews, text, voice, image (the images object), mpvideo or wxcard; fill the object of that type */
  msgtype: "image";
  /** When the article is judged a reprint: 1 keeps sending (if the original allows reprints), 0 stops @default 0 */
  send_ignore_reprint?: 0 | 1;
  /** Developer-side mass message id (at most 32 bytes) to avoid repeated sends; defaults to a digest of the audience and content */
  clientmsgid?: string;
  /** Image message (several images) */
  images: {
    /** media_ids of the images to send */
    media_ids?: Array<string>;
    /** Recommendation text */
    recommend?: string;
    /** Title */
    title?: string;
    /** Open comments (1 on, 0 off) */
    need_open_comment?: 0 | 1;
    /** Only followers may comment (1 on, 0 off) */
    only_fans_can_comment?: 0 | 1;
  };
} | {
  /** Who receives the message */
  filter: {
    /** true sends to every follower; false sends to the followers of tag_id */
    is_to_all?: boolean;
    /** Tag to send to (may be left out when is_to_all is true) */
    tag_id?: number;
  };
  /** Message type: mpnews, text, voice, image (the images object), mpvideo or wxcard; fill the object of that type */
  msgtype: "mpvideo";
  /** When the article is judged a reprint: 1 keeps sending (if the original allows reprints), 0 stops @default 0 */
  send_ignore_reprint?: 0 | 1;
  /** Developer-side mass message id (at most 32 bytes) to avoid repeated sends; defaults to a digest of the audience and content */
  clientmsgid?: string;
  /** Video message */
  mpvideo: {
    /** media_id of the video (from the mass-video upload, /cgi-bin/media/uploadvideo) */
    media_id?: string;
  };
} | {
  /** Who receives the message */
  filter: {
    /** true sends to every follower; false sends to the followers of tag_id */
    is_to_all?: boolean;
    /** Tag to send to (may be left out when is_to_all is true) */
    tag_id?: number;
  };
  /** Message type: mpnews, text, voice, image (the images object), mpvideo or wxcard; fill the object of that type */
  msgtype: "wxcard";
  /** When the article is judged a reprint: 1 keeps sending (if the original allows reprints), 0 stops @default 0 */
  send_ignore_reprint?: 0 | 1;
  /** Developer-side mass message id (at most 32 bytes) to avoid repeated sends; defaults to a digest of the audience and content */
  clientmsgid?: string;
  /** Card/coupon message */
  wxcard: {
    /** Card id */
    card_id?: string;
  };
};

/** Result of `message.mass.sendAll`: Send a mass message to all followers or to one tag (根据标签群发消息) */
export interface MessageMassSendAllResult {
  /** Media type (image, voice, video, thumb; news for articles), as listed in the response table */
  type?: string;
  /** Id of the send job */
  msg_id: string;
  /** Data id of the message, only for article messages; the first part of msgid in the article analytics APIs */
  msg_data_id?: string;
}

/** Params of `message.mass.setSpeed`: Set the mass-send speed (设置群发速度) */
export interface MessageMassSetSpeedParams {
  /** Speed level: 0 = 80w, 1 = 60w, 2 = 45w, 3 = 30w, 4 = 10w per minute (errcode 45083 when out of range) */
  speed: 0 | 1 | 2 | 3 | 4;
}

/** Result of `message.mass.setSpeed`: Set the mass-send speed (设置群发速度) */
export type MessageMassSetSpeedResult = Record<string, unknown>;

/** Params of `message.template.send`: Send a template message to a follower (发送模板消息) */
export interface MessageTemplateSendParams {
  /** The receiver's OpenID */
  touser: string;
  /** Id of the template to send */
  template_id: string;
  /** Link opened on tap (not for overseas accounts); with miniprogram too, the Mini Program wins */
  url?: string;
  /** Mini Program to open on tap (omit when not needed) */
  miniprogram?: {
    /** The Mini Program's appid (must be linked to this account) */
    appid: string;
    /** Page path, parameters allowed (e.g. index?foo=bar) */
    pagepath?: string;
  };
  /** Idempotency key: a repeated id is not sent twice */
  client_msg_id?: string;
  /** Template content keyed by the template's keywords, each { value } */
  data: Record<string, {
    /** The keyword's text */
    value: string;
  }>;
}

/** Result of `message.template.send`: Send a template message to a follower (发送模板消息) */
export interface MessageTemplateSendResult {
  /** Id of the sent message */
  msgid: string;
}
