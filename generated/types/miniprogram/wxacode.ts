// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `wxacode.createQRCode`: Get a Mini Program QR code image, for a limited number of codes (获取小程序二维码 createQRCode) */
export interface MpWxacodeCreateQRCodeParams {
  /**
   * Page opened by the scan, may carry a query; not empty; scancode_time is reserved
   * (length ≤ 128)
   */
  path: string;
  /**
   * QR code width in px
   * (value 280–1280)
   * @default 430
   */
  width?: number;
}

/** Params of `wxacode.get`: Get a Mini Program code image, for a limited number of codes (获取小程序码 getQRCode) */
export interface MpWxacodeGetParams {
  /**
   * Page opened by the scan, may carry a query; not empty; scancode_time is reserved
   * (length ≤ 1024)
   */
  path: string;
  /**
   * Code width in px
   * (value 280–1280)
   * @default 430
   */
  width?: number;
  /**
   * Pick the line colour automatically
   * @default false
   */
  auto_color?: boolean;
  /** Line colour as decimal RGB, used when auto_color is false; default {"r":0,"g":0,"b":0} */
  line_color?: {
    /** Red (decimal) */
    r: number;
    /** Green (decimal) */
    g: number;
    /** Blue (decimal) */
    b: number;
  };
  /**
   * Transparent background
   * @default false
   */
  is_hyaline?: boolean;
  /** Version to open: release (default), trial or develop */
  env_version?: "release" | "trial" | "develop";
}

/** Params of `wxacode.getUnlimited`: Get an unlimited-quantity Mini Program code image (获取不限制的小程序码 getUnlimitedQRCode) */
export interface MpWxacodeGetUnlimitedParams {
  /** Up to 32 visible characters: digits, letters and !#$&'()*+,/:;=?@-._~ (passed to the page as the scene query) */
  scene: string;
  /** Page to open, e.g. pages/index/index, no leading / and no query; defaults to the home page */
  page?: string;
  /** Default true: page must exist in the released version; false allows unreleased pages (limited to 60000) */
  check_path?: boolean;
  /** Version to open; default release */
  env_version?: "release" | "trial" | "develop";
  /** Code width in px, 280 to 1280; default 430 */
  width?: number;
  /** Pick the line colour automatically; default false */
  auto_color?: boolean;
  /** Line colour as decimal RGB when auto_color is false; default {r:0,g:0,b:0} */
  line_color?: {
    /** Red (0-255) */
    r?: number;
    /** Green (0-255) */
    g?: number;
    /** Blue (0-255) */
    b?: number;
  };
  /** Transparent background; default false */
  is_hyaline?: boolean;
}
