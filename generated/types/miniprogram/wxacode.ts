// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

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
