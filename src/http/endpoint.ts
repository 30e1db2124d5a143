// One row of generated/endpoints.ts: everything the runtime needs to call an endpoint.
export type TokenKind =
  | 'access_token'
  | 'component_access_token'
  | 'suite_access_token'
  | 'provider_access_token'
  | 'none';
export type Host = 'api.weixin.qq.com' | 'qyapi.weixin.qq.com' | 'mp.weixin.qq.com';
export type Product = 'oa' | 'miniprogram' | 'open' | 'work' | 'work-suite';

export interface EndpointRow {
  operationId: string;
  /** The method path on a client, e.g. `user.info`. */
  id: string;
  products: readonly Product[];
  method: 'GET' | 'POST';
  host: Host;
  path: string;
  token: TokenKind;
  /** The generated schema module that holds this endpoint's schemas. */
  schemas: string;
  /** Fixed query, e.g. `{ action: 'foo' }` for WeChat's `?action=` variants. */
  fixedQuery?: Readonly<Record<string, string>>;
  /** Params that go in the query string; all others go in the body. */
  query?: readonly string[];
  multipart?: boolean;
  response?: 'binary' | 'json-or-binary';
  idempotent?: boolean;
  /** Params that must never be logged (secrets, codes, user tokens). */
  secrets?: readonly string[];
  deprecated?: string;
}
