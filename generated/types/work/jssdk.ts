// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `jssdk.getAgentTicket`: Get the app's jsapi_ticket, which signs wx.agentConfig, valid 7200 s (获取应用的jsapi_ticket) */
export type WorkJssdkGetAgentTicketParams = Record<string, never>;

/** Result of `jssdk.getAgentTicket`: Get the app's jsapi_ticket, which signs wx.agentConfig, valid 7200 s (获取应用的jsapi_ticket) */
export interface WorkJssdkGetAgentTicketResult {
  /** The ticket (cache it: the call is rate-limited per app) */
  ticket: string;
  /** Seconds the ticket stays valid */
  expires_in: number;
}

/** Params of `jssdk.getCorpTicket`: Get the corp's jsapi_ticket, which signs wx.config, valid 7200 s (获取企业的jsapi_ticket) */
export type WorkJssdkGetCorpTicketParams = Record<string, never>;

/** Result of `jssdk.getCorpTicket`: Get the corp's jsapi_ticket, which signs wx.config, valid 7200 s (获取企业的jsapi_ticket) */
export interface WorkJssdkGetCorpTicketResult {
  /** The ticket (cache it: the call is rate-limited per corp and per app) */
  ticket: string;
  /** Seconds the ticket stays valid */
  expires_in: number;
}
