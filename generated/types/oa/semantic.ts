// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `semantic.search`: Parse a natural-language query into structured semantics (语义理解) */
export interface SemanticSearchParams {
  /** The input text */
  query: string;
  /** Service types to use, comma-separated; may not be empty */
  category: string;
  /** Latitude, sent with longitude; give either these or city */
  latitude?: number;
  /** Longitude, sent with latitude; give either these or city */
  longitude?: number;
  /** City name; give either this or latitude/longitude */
  city?: string;
  /** Region name; may be omitted when city is given */
  region?: string;
  /** The Official Account's appid, identifying the developer */
  appid: string;
  /** Unique user id (the openid is suggested); context understanding needs both appid and uid */
  uid?: string;
}

/** Result of `semantic.search`: Parse a natural-language query into structured semantics (语义理解) */
export interface SemanticSearchResult {
  /** The user's input */
  query: string;
  /** Global service type id (see the vertical-service protocol) */
  type: string;
  /** Structured semantics; the shape depends on the service */
  semantic: unknown;
  /** Results for some categories */
  result?: Array<unknown>;
  /** HTML5 rendering of results for some categories (not supported yet) */
  answer?: string;
  /** Special reply note */
  text?: string;
}
