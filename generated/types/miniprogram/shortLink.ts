// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `shortLink.generate`: Generate a Short Link that opens the Mini Program inside WeChat (获取ShortLink generateShortLink) */
export interface MpShortLinkGenerateParams {
  /**
   * Page path of a released Mini Program; may carry a query
   * (length ≤ 1024)
   */
  page_url: string;
  /** Link title; no illegal content, truncated with ... beyond 20 characters */
  page_title?: string;
  /**
   * false = short-term link, true = permanent link
   * @default false
   */
  is_permanent?: boolean;
}

/** Result of `shortLink.generate`: Generate a Short Link that opens the Mini Program inside WeChat (获取ShortLink generateShortLink) */
export interface MpShortLinkGenerateResult {
  /** The generated Short Link */
  link: string;
}
