// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `shortUrl.create`: Convert a long URL into a short one (长链接转短链接) */
export interface ShortUrlCreateParams {
  /** Always long2short (long to short link) */
  action: "long2short";
  /** The long URL: http://, https:// or weixin://wxpay */
  long_url: string;
}

/** Result of `shortUrl.create`: Convert a long URL into a short one (长链接转短链接) */
export interface ShortUrlCreateResult {
  /** The short link (after 2021-03-15, the original long_url) */
  short_url: string;
}
