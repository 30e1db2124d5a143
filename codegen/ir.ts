// The intermediate representation: what every emitter reads. Built once by load.ts from spec/,
// fully resolved and sorted, so emitters are pure functions of it.

/** Names spec/products.yaml declares (the loader refuses any other). */
export type Product = string;
export type Host = string;
export type TokenKind = string;

/** One entry of spec/products.yaml, with its ticket errcodes resolved through errcodes.yaml. */
export interface IrProduct {
  /** Its spec dir and its name in `products:` lists, e.g. `work-suite`. */
  id: Product;
  title: string;
  namespace: string;
  client: string;
  typePrefix: string;
  host: Host;
  token: TokenKind;
  /** Its account kind: a key of ACCOUNT_KINDS (codegen/descriptor.ts), e.g. `app`. */
  account: string;
  pushes: { alwaysEncrypted: boolean; receiveId: string; family: 'wechat' | 'wecom' };
  tokenEndpoint: { operation: string; field: string };
  ticket?: { infoType: string; field: string; addressedBy: string; invalidErrcodes: number[] };
}

/** spec/products.yaml, checked. */
export interface IrProducts {
  /** The API hosts, the descriptors' default first. */
  hosts: Host[];
  /** The hosts of the web-authorization pages (no descriptor names them). */
  pageHosts: string[];
  /** The token kinds (without `none`), the descriptors' default first. */
  tokens: TokenKind[];
  /** Spec dirs that serve several products. */
  sharedDirs: string[];
  products: IrProduct[];
}

export type FieldType =
  | 'string'
  | 'int'
  | 'int64'
  | 'number'
  | 'boolean'
  | 'any'
  | 'file'
  | 'object'
  | 'array'
  | 'map'
  | 'ref';

/** Limits the official page states; enforced on requests, documented everywhere. */
export interface IrLimits {
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

/** A discriminated union: the string field `on` picks one case; each case adds its own fields. */
export interface IrUnion {
  on: string;
  cases: Array<{ value: string; fields: IrField[] }>;
}

export interface IrField {
  name: string;
  type: FieldType;
  required: boolean;
  doc?: string;
  enum?: Array<string | number>;
  /** object: its (common) fields. */
  fields?: IrField[];
  /** object: variants on top of `fields`. */
  union?: IrUnion;
  /** array: the element. */
  items?: IrField;
  /** map: every value (keys are free strings). */
  values?: IrField;
  ref?: string;
  limits?: IrLimits;
  default?: string | number | boolean;
  /** A request param the client fills in from this credential of its own when left out. */
  from?: string;
  secret?: boolean;
  deprecated?: string;
  /** A message field: the typed value derived from its text, set beside it. */
  derive?: IrDerive;
}

/** See DeriveSpec in descriptor.ts; `type` defaults to string. */
export interface IrDerive {
  name: string;
  prefix?: string;
  split?: string;
  type: 'string' | 'int' | 'int64' | 'number' | 'boolean';
}

export interface IrEndpoint {
  /** Globally unique: `<dir>.<id>`, e.g. `oa.user.info`. Used for OpenAPI operationId and the endpoint table. */
  operationId: string;
  /** The method path on a client, e.g. `user.info`. */
  id: string;
  dir: string;
  /** Its type names' prefix: its dir's product's `typePrefix` (spec/products.yaml), '' in a shared dir. */
  typePrefix: string;
  /** The lazily loaded unit: `<dir>/<first id segment>`, e.g. `oa/user`. */
  area: string;
  file: string;
  summary: string;
  /** The main official page. */
  doc: string;
  /** Every official page, the main one first. */
  docs: string[];
  products: Product[];
  method: 'GET' | 'POST';
  path: string;
  fixedQuery: Record<string, string>;
  host: Host;
  token: TokenKind;
  /** The query param carrying the token, when not named after its kind. */
  tokenParam?: string;
  idempotent: boolean;
  deprecated?: string;
  multipart: boolean;
  responseKind: 'json' | 'binary' | 'json-or-binary';
  query: IrField[];
  body: IrField[];
  /** The body is one of these variants (its field `on` is in `body`). */
  union?: IrUnion;
  /** Binary answers: the content types that are a success, statuses that mean an error. */
  binary?: { contentTypes: string[]; statusErrors: Record<string, string> };
  /** undefined for binary endpoints. */
  response?: IrField[];
  example: { request?: Record<string, unknown>; response?: Record<string, unknown>; assembled?: string };
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
  products: IrProducts;
  endpoints: IrEndpoint[];
  shapes: IrShape[];
  errorClasses: Array<{ name: string; doc: string }>;
  errcodes: IrErrcode[];
  messages: IrMessage[];
  /** sha256 of every spec file's path and bytes, in path order. */
  specHash: string;
}

/** The fields directly inside a field: object fields, every union case's, the array element, the map value. */
export const childFields = (f: IrField): IrField[] => [
  ...(f.fields ?? []),
  ...caseFields(f.union),
  ...(f.items ? [f.items] : []),
  ...(f.values ? [f.values] : []),
];

/** True when a field at any depth of `fields` passes `test`. */
export const someField = (fields: IrField[], test: (f: IrField) => boolean): boolean =>
  fields.some((f) => test(f) || someField(childFields(f), test));

/** The fields the cases of a union add (none without a union). */
export const caseFields = (union: IrUnion | undefined): IrField[] =>
  union?.cases.flatMap((c) => c.fields) ?? [];

/** A union as one field list per case: the common fields, `on` narrowed to the case, then the case's own. */
export const unionVariants = (fields: IrField[], union: IrUnion): IrField[][] =>
  union.cases.map((c) => [
    ...fields.map((f) => (f.name === union.on ? { ...f, enum: [c.value] } : f)),
    ...c.fields,
  ]);
