// One endpoint of a generated area module (generated/areas/<dir>/<segment>.ts): everything the
// runtime needs to call it.
import type { Host, Product, TokenKind } from '../products.js';

export type { Host, Product, TokenKind };

export interface EndpointRow {
  operationId: string;
  /** The method path on a client, e.g. `user.info`. */
  id: string;
  products: readonly Product[];
  method: 'GET' | 'POST';
  host: Host;
  path: string;
  token: TokenKind;
  /** The query param carrying the token when the route does not name it after its kind. */
  tokenParam?: string;
  /** Fixed query, e.g. `{ action: 'foo' }` for WeChat's `?action=` variants. */
  fixedQuery?: Readonly<Record<string, string>>;
  /** Params that go in the query string; all others go in the body. */
  query?: readonly string[];
  multipart?: boolean;
  response?: 'binary' | 'json-or-binary';
  /** Binary answers: the content types that are a success (others are an HttpError). */
  contentTypes?: readonly string[];
  /** Binary answers: HTTP statuses that mean an error, with what they mean. */
  statusErrors?: Readonly<Record<string, string>>;
  idempotent?: boolean;
  /** Params the client fills in from its own credentials when left out: param -> credential name. */
  fills?: Readonly<Record<string, string>>;
  /** Params that must never be logged (secrets, codes, user tokens). */
  secrets?: readonly string[];
  deprecated?: string;
}

/** The query param that carries the row's token: its `tokenParam`, else the kind's own name. */
export const tokenParamOf = (row: Pick<EndpointRow, 'token' | 'tokenParam'>): string =>
  row.tokenParam ?? row.token;

/** A row with its schemas (zod/mini). Typed `unknown` here so the checker never compares schema types. */
export type Operation = EndpointRow & { readonly params?: unknown; readonly result?: unknown };

/** What a generated area module exports: its operations by id. */
export interface AreaModule {
  endpoints: Readonly<Record<string, Operation>>;
}
