// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `shortKey.fetch`: Get back the long data stored under a short key (短链转长信息) */
export interface ShortKeyFetchParams {
  /** The short key from shortKey.gen */
  short_key: string;
}

/** Result of `shortKey.fetch`: Get back the long data stored under a short key (短链转长信息) */
export interface ShortKeyFetchResult {
  /** The long data */
  long_data: string;
  /** Unix time the key was created */
  create_time?: number;
  /** Seconds left before the key expires */
  expire_seconds?: number;
}

/** Params of `shortKey.gen`: Turn up to 4KB of long data into a short key (长信息转短链) */
export interface ShortKeyGenParams {
  /** The long data to store, at most 4KB */
  long_data: string;
  /**
   * Seconds until the key expires, at most 2592000 (30 days)
   * (value ≤ 2592000)
   * @default 2592000
   */
  expire_seconds?: number;
}

/** Result of `shortKey.gen`: Turn up to 4KB of long data into a short key (长信息转短链) */
export interface ShortKeyGenResult {
  /** The short key: 15 bytes, base62 (0-9/a-z/A-Z) */
  short_key: string;
}
