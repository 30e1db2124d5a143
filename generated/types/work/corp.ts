// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

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
