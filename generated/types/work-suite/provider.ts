// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `provider.getToken`: Get the service provider's provider_access_token (获取服务商凭证) */
export interface WorkSuiteProviderGetTokenParams {
  /** The provider's corpid */
  corpid: string;
  /** The provider's secret, shown in the provider admin console */
  provider_secret: string;
}

/** Result of `provider.getToken`: Get the service provider's provider_access_token (获取服务商凭证) */
export interface WorkSuiteProviderGetTokenResult {
  /** The provider access token, at most 512 bytes; cache it */
  provider_access_token: string;
  /** Lifetime in seconds (normally 7200) */
  expires_in: number;
}
