// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `message.subscribe.send`: Send a subscribe message to a user (发送订阅消息 sendMessage) */
export interface MpMessageSubscribeSendParams {
  /** The recipient's openid */
  touser: string;
  /** Id of the subscribe-message template */
  template_id: string;
  /** Page opened when the card is tapped (this Mini Program only, query allowed, e.g. index?foo=bar); no jump when empty */
  page?: string;
  /** Template content, shaped like { "key1": { "value": any }, "key2": { "value": any } } */
  data: unknown;
  /** Version opened: developer, trial or formal (default formal) */
  miniprogram_state?: "developer" | "trial" | "formal";
  /** Language of the 进入小程序查看 link; default zh_CN */
  lang?: "zh_CN" | "en_US" | "zh_HK" | "zh_TW";
}

/** Result of `message.subscribe.send`: Send a subscribe message to a user (发送订阅消息 sendMessage) */
export type MpMessageSubscribeSendResult = Record<string, unknown>;
