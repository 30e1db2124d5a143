// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `corp.applyMassCallTicket`: Get a ticket that lifts the business rate limits of some ID-conversion APIs for 7 days (获取接口高频调用凭据) */
export type WorkCorpApplyMassCallTicketParams = Record<string, never>;

/** Result of `corp.applyMassCallTicket`: Get a ticket that lifts the business rate limits of some ID-conversion APIs for 7 days (获取接口高频调用凭据) */
export interface WorkCorpApplyMassCallTicketResult {
  /** The high-frequency call ticket (大批量调用凭据), valid 7 days; once per corp, within 3 months of authorization */
  mass_call_ticket?: string;
}

/** Params of `corp.getJoinQrcode`: Get the QR code for joining the corp (获取加入企业二维码) */
export interface WorkCorpGetJoinQrcodeParams {
  /** QR code size: 1 171x171, 2 399x399, 3 741x741, 4 2052x2052 */
  size_type?: 1 | 2 | 3 | 4;
}

/** Result of `corp.getJoinQrcode`: Get the QR code for joining the corp (获取加入企业二维码) */
export interface WorkCorpGetJoinQrcodeResult {
  /** QR code URL, valid for 7 days */
  join_qrcode?: string;
}
