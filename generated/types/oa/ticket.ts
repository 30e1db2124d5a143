// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `ticket.get`: Get a JS-SDK (jsapi) or card (wx_card) api_ticket, valid 7200 s (获取sdk临时票据) */
export interface TicketGetParams {
  /** jsapi for JS-SDK signatures, wx_card for WeChat cards */
  type: "jsapi" | "wx_card";
}

/** Result of `ticket.get`: Get a JS-SDK (jsapi) or card (wx_card) api_ticket, valid 7200 s (获取sdk临时票据) */
export interface TicketGetResult {
  /** The ticket (cache it; the call quota is small) */
  ticket: string;
  /** Seconds the ticket stays valid */
  expires_in: number;
}
