// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `qrcode.create`: Create a temporary or permanent parametric QR code ticket (生成带参数的二维码) */
export interface QrcodeCreateParams {
  /** Lifetime in seconds, at most 2592000 (30 days); temporary codes only */
  expire_seconds?: number;
  /** QR_SCENE / QR_STR_SCENE temporary (int / string scene), QR_LIMIT_SCENE / QR_LIMIT_STR_SCENE permanent */
  action_name: "QR_SCENE" | "QR_STR_SCENE" | "QR_LIMIT_SCENE" | "QR_LIMIT_STR_SCENE";
  /** QR code details */
  action_info: {
    /** Scene value */
    scene?: {
      /** Integer scene: 32-bit non-zero for temporary codes, 1 to 100000 for permanent ones */
      scene_id?: number;
      /** String scene, 1 to 64 characters */
      scene_str?: string;
    };
  };
}

/** Result of `qrcode.create`: Create a temporary or permanent parametric QR code ticket (生成带参数的二维码) */
export interface QrcodeCreateResult {
  /** Ticket to fetch the QR image with (qrcode.show) */
  ticket: string;
  /** Lifetime in seconds, at most 2592000 (30 days) */
  expire_seconds?: number;
  /** Content the QR code encodes; can be used to render your own image */
  url: string;
}

/** Params of `qrcode.show`: Download the QR code image for a ticket, no login needed (通过ticket换取二维码) */
export interface QrcodeShowParams {
  /** Ticket from qrcode.create (URL-encoded when sent) */
  ticket: string;
}
