// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `message.custom.businessSend`: Send a customer-service message, optionally as a sub-merchant (发送客服消息) */
export type MpMessageCustomBusinessSendParams = {
  /** The user's OpenID */
  touser: string;
  /** Message type: text, image, link (news link) or miniprogrampage (Mini Program card) */
  msgtype: "text";
  /** Sub-merchant id (business_id) whose conversation the message belongs to */
  businessid?: string;
  /** Text message */
  text: {
    /** Text; may contain <a> links with data-miniprogram-appid (this Mini Program) and data-miniprogram-path */
    content: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type: text, image, link (news link) or miniprogrampage (Mini Program card) */
  msgtype: "image";
  /** Sub-merchant id (business_id) whose conversation the message belongs to */
  businessid?: string;
  /** Image message */
  image: {
    /** Media id of the image from uploadTempMedia */
    media_id: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type: text, image, link (news link) or miniprogrampage (Mini Program card) */
  msgtype: "link";
  /** Sub-merchant id (business_id) whose conversation the message belongs to */
  businessid?: string;
  /** News link */
  link: {
    /** Title */
    title: string;
    /** Description */
    description: string;
    /** URL opened on tap */
    url: string;
    /** Image URL (JPG or PNG; 640x320 large, 80x80 small) */
    thumb_url: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type: text, image, link (news link) or miniprogrampage (Mini Program card) */
  msgtype: "miniprogrampage";
  /** Sub-merchant id (business_id) whose conversation the message belongs to */
  businessid?: string;
  /** Mini Program card */
  miniprogrampage: {
    /** Title */
    title: string;
    /** Page path as in app.json, query allowed (pages/index/index?foo=bar) */
    pagepath: string;
    /** Cover image media_id from uploadTempMedia (520*416 suggested) */
    thumb_media_id: string;
  };
};
/** Result of `message.custom.businessSend`: Send a customer-service message, optionally as a sub-merchant (发送客服消息) */
export type MpMessageCustomBusinessSendResult = Record<string, unknown>;

/** Params of `message.custom.businessTyping`: Show or cancel the customer-service "typing" status to a user (客服输入状态) */
export interface MpMessageCustomBusinessTypingParams {
  /** The user's OpenID */
  touser: string;
  /** Typing shows 正在输入 to the user; CancelTyping cancels it */
  command: "Typing" | "CancelTyping";
  /** Sub-merchant id */
  businessid?: string;
}

/** Result of `message.custom.businessTyping`: Show or cancel the customer-service "typing" status to a user (客服输入状态) */
export type MpMessageCustomBusinessTypingResult = Record<string, unknown>;
/** Params of `message.custom.send`: Send a customer-service message to a user who wrote to the Mini Program (发送客服消息) */
export type MpMessageCustomSendParams = {
  /** The user's OpenID */
  touser: string;
  /** Message type: text, image, link (news link) or miniprogrampage (Mini Program card) */
  msgtype: "text";
  /** Text message */
  text: {
    /** Text; may contain <a> links with data-miniprogram-appid (this Mini Program) and data-miniprogram-path */
    content: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type: text, image, link (news link) or miniprogrampage (Mini Program card) */
  msgtype: "image";
  /** Image message */
  image: {
    /** Media id of the image from uploadTempMedia */
    media_id: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type: text, image, link (news link) or miniprogrampage (Mini Program card) */
  msgtype: "link";
  /** News link */
  link: {
    /** Title */
    title: string;
    /** Description */
    description: string;
    /** URL opened on tap */
    url: string;
    /** Image URL (JPG or PNG; 640x320 large, 80x80 small) */
    thumb_url: string;
  };
} | {
  /** The user's OpenID */
  touser: string;
  /** Message type: text, image, link (news link) or miniprogrampage (Mini Program card) */
  msgtype: "miniprogrampage";
  /** Mini Program card */
  miniprogrampage: {
    /** Title */
    title: string;
    /** Page path as in app.json, query allowed (pages/index/index?foo=bar) */
    pagepath: string;
    /** Cover image media_id from uploadTempMedia (520*416 suggested) */
    thumb_media_id: string;
  };
};
/** Result of `message.custom.send`: Send a customer-service message to a user who wrote to the Mini Program (发送客服消息) */
export type MpMessageCustomSendResult = Record<string, unknown>;

/** Params of `message.device.send`: Send a device subscribe message to users (发送设备消息) */
export interface MpMessageDeviceSendParams {
  /** Subscribe template id */
  template_id: string;
  /** Device serial number assigned by the vendor: at most 128 bytes of digits, letters, _ and - */
  sn: string;
  /** Page opened from the card, this Mini Program only, query allowed (index?foo=bar); empty: no jump */
  page: string;
  /** Recipients' openids */
  to_openid_list: Array<string>;
  /**
   * Version opened: developer, trial or formal
   * @default "formal"
   */
  miniprogram_state?: "developer" | "trial" | "formal";
  /** Device model id from device registration */
  modelId: string;
  /** Template content, { "key1": { "value": "xxx" } }; values are enum values */
  data: Record<string, {
    value: string;
  }>;
  /**
   * Language of the 进入小程序查看 link
   * @default "zh_CN"
   */
  lang?: "zh_CN" | "en_US" | "zh_HK" | "zh_TW";
}

/** Result of `message.device.send`: Send a device subscribe message to users (发送设备消息) */
export type MpMessageDeviceSendResult = Record<string, unknown>;

/** Params of `message.subscribe.getUserNotify`: Get the state of a service card (查询服务卡片状态) */
export interface MpMessageSubscribeGetUserNotifyParams {
  /** The user's openid */
  openid: string;
  /** Dynamic update token */
  notify_code: string;
  /** Card id */
  notify_type: number;
}

/** Result of `message.subscribe.getUserNotify`: Get the state of a service card (查询服务卡片状态) */
export interface MpMessageSubscribeGetUserNotifyResult {
  /** Card state */
  notify_info?: {
    /** Card id */
    notify_type?: number;
    /** Card state fields of the last valid push (JSON string); empty if never pushed */
    content_json?: string;
    /** Code state: 0 normal, 1 at risk, 2 abnormal, 10 the user refused this code */
    code_state?: 0 | 1 | 2 | 10;
    /** Code expiry, Unix seconds */
    code_expire_time?: number;
  };
}

/** Params of `message.subscribe.send`: Send a subscribe message to a user (发送订阅消息 sendMessage) */
export interface MpMessageSubscribeSendParams {
  /** The recipient's openid */
  touser: string;
  /** Id of the subscribe-message template */
  template_id: string;
  /** Page opened when the card is tapped (this Mini Program only, query allowed, e.g. index?foo=bar); no jump when empty */
  page?: string;
  /** Template content, shaped like { "key1": { "value": any }, "key2": { "value": any } } */
  data: Record<string, {
    /** The keyword's value (the page types it any; its samples send text) */
    value: unknown;
  }>;
  /** Version opened: developer, trial or formal (default formal) */
  miniprogram_state?: "developer" | "trial" | "formal";
  /** Language of the 进入小程序查看 link; default zh_CN */
  lang?: "zh_CN" | "en_US" | "zh_HK" | "zh_TW";
}

/** Result of `message.subscribe.send`: Send a subscribe message to a user (发送订阅消息 sendMessage) */
export type MpMessageSubscribeSendResult = Record<string, unknown>;

/** Params of `message.subscribe.setUserNotify`: Activate or update a service card (激活与更新服务卡片) */
export interface MpMessageSubscribeSetUserNotifyParams {
  /** The user's openid: the paying user when a WeChat Pay order number is the code, else the user who tapped the button */
  openid: string;
  /** Card id (see the service card guide, 1.1) */
  notify_type: number;
  /** Dynamic update token; if a WeChat Pay order number reports as missing, retry after a minute */
  notify_code: string;
  /** Card state and its fields as a JSON string; defined per card template */
  content_json: string;
  /** WeChat Pay check as a JSON string {"pay_amount" (fen), "pay_time" (s), "pay_channel" (0 WeChat Pay, 1001 Pay Score)}; needed when activating with an order number */
  check_json?: string;
}

/** Result of `message.subscribe.setUserNotify`: Activate or update a service card (激活与更新服务卡片) */
export type MpMessageSubscribeSetUserNotifyResult = Record<string, unknown>;

/** Params of `message.subscribe.setUserNotifyExt`: Update a service card's extra information (更新服务卡片扩展信息) */
export interface MpMessageSubscribeSetUserNotifyExtParams {
  /** The user's openid: the paying user when a WeChat Pay order number is the code, else the user who tapped the button */
  openid: string;
  /** Card id (see the service card guide, 1.1) */
  notify_type: number;
  /** Dynamic update token; if a WeChat Pay order number reports as missing, retry after a minute */
  notify_code: string;
  /** Extra information as a JSON string; defined per card template */
  ext_json: string;
}

/** Result of `message.subscribe.setUserNotifyExt`: Update a service card's extra information (更新服务卡片扩展信息) */
export type MpMessageSubscribeSetUserNotifyExtResult = Record<string, unknown>;
