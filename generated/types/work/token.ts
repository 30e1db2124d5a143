// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `token.get`: Get an app's access_token from the corp ID and the app secret (获取access_token) */
export interface WorkTokenGetParams {
  /**
   * The corp ID (see 术语说明-corpid)
   * Filled in from the client's `corpId` when left out.
   */
  corpid?: string;
  /** The app's secret; the app must be enabled. Each app has its own secret and token */
  corpsecret: string;
}

/** Result of `token.get`: Get an app's access_token from the corp ID and the app secret (获取access_token) */
export interface WorkTokenGetResult {
  /** The credential, at most 512 bytes; cache it per app and refresh it when it expires */
  access_token: string;
  /** Lifetime of the credential in seconds (normally 7200) */
  expires_in: number;
}
