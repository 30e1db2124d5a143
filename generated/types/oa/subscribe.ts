// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `subscribe.send`: Send a subscription notification to a user who subscribed (发送订阅通知) */
export interface SubscribeSendParams {
  /** The receiver's openid */
  touser: string;
  /** Id of the subscription template to send */
  template_id: string;
  /** Page opened when the card is tapped, query allowed (e.g. index?foo=bar); no jump when empty */
  page?: string;
  /** Mini Program to open on tap */
  miniprogram?: {
    /** The Mini Program's appid (linked to this account) */
    appid: string;
    /** Page path, query allowed (e.g. index?foo=bar) */
    pagepath: string;
  };
  /** Template content keyed by keyword (thing1, number2, ...): thing at most 20 chars, number at most 32 digits, symbol at most 5 chars, ... */
  data: Record<string, {
    /** The keyword's value */
    value: string;
  }>;
  /**
   * Mini Program version opened: developer, trial or formal
   * @default "formal"
   */
  miniprogram_state?: "developer" | "trial" | "formal";
  /**
   * Language of the 进入小程序查看 link
   * @default "zh_CN"
   */
  lang?: "zh_CN" | "en_US" | "zh_HK" | "zh_TW";
}

/** Result of `subscribe.send`: Send a subscription notification to a user who subscribed (发送订阅通知) */
export type SubscribeSendResult = Record<string, unknown>;

/** Params of `subscribe.sendOneTime`: Send a one-time subscription message to a user who authorized it (发送一次性订阅消息) */
export interface SubscribeSendOneTimeParams {
  /** OpenID of the user receiving the message */
  touser: string;
  /** Id of the subscription message template */
  template_id: string;
  /** Link opened on tap (its domain must have ICP filing) */
  url?: string;
  /** Mini Program to open on tap */
  miniprogram?: {
    /** The Mini Program's appid */
    appid: string;
    /** Page path, query allowed (e.g. index?foo=bar) */
    pagepath: string;
  };
  /** Subscription scene value, as in the authorization link */
  scene: string;
  /**
   * Message title, at most 15 characters
   * (length ≤ 15)
   */
  title: string;
  /** Message content */
  data: {
    /** The content */
    content?: {
      /** Message text, at most 200 characters (length ≤ 200) */
      value?: string;
      /** Text colour, e.g. #FF0000 */
      color?: string;
    };
  };
}

/** Result of `subscribe.sendOneTime`: Send a one-time subscription message to a user who authorized it (发送一次性订阅消息) */
export type SubscribeSendOneTimeResult = Record<string, unknown>;
