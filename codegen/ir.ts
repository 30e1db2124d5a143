// The intermediate representation: what every emitter reads. Built once by load.ts from spec/,
// fully resolved and sorted, so emitters are pure functions of it.
import type { HOSTS, PRODUCTS, TOKEN_KINDS } from './descriptor.js';

export type Product = (typeof PRODUCTS)[number];
export type Host = (typeof HOSTS)[number];
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface IrField {
  name: string;
  type: 'string' | 'int' | 'int64' | 'number' | 'boolean' | 'any' | 'file' | 'object' | 'array' | 'ref';
  required: boolean;
  doc?: string;
  enum?: Array<string | number>;
  fields?: IrField[];
  items?: IrField;
  ref?: string;
  secret?: boolean;
  deprecated?: string;
}

export interface IrEndpoint {
  /** Globally unique: `<dir>.<id>`, e.g. `oa.user.info`. Used for OpenAPI operationId and the endpoint table. */
  operationId: string;
  /** The method path on a client, e.g. `user.info`. */
  id: string;
  dir: string;
  file: string;
  summary: string;
  doc: string;
  products: Product[];
  method: 'GET' | 'POST';
  path: string;
  fixedQuery: Record<string, string>;
  host: Host;
  token: TokenKind;
  idempotent: boolean;
  deprecated?: string;
  multipart: boolean;
  responseKind: 'json' | 'binary' | 'json-or-binary';
  query: IrField[];
  body: IrField[];
  /** undefined for binary endpoints. */
  response?: IrField[];
  example: { request?: Record<string, unknown>; response?: Record<string, unknown> };
}

export interface IrShape {
  name: string;
  file: string;
  field: IrField;
}

export interface IrErrcode {
  code: number;
  name: string;
  meaning: string;
  retryable: boolean;
  tokenInvalid: boolean;
  className?: string;
}

export interface IrMessage {
  name: string;
  file: string;
  dir: string;
  summary: string;
  doc: string;
  kind: 'message' | 'event' | 'reply';
  products: Product[];
  match: Record<string, string>;
  fields: IrField[];
  sample?: string;
  sampleJson?: string;
}

export interface Ir {
  endpoints: IrEndpoint[];
  shapes: IrShape[];
  errorClasses: Array<{ name: string; doc: string }>;
  errcodes: IrErrcode[];
  messages: IrMessage[];
  /** sha256 of every spec file's path and bytes, in path order. */
  specHash: string;
}
