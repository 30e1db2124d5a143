// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

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
  data: unknown;
}

/** Result of `message.template.send`: Send a template message to a follower (发送模板消息) */
export interface MessageTemplateSendResult {
  /** Id of the sent message */
  msgid: string;
}
