// The descriptor format: what a hand-written file under spec/ may say. Validated with zod so that a
// bad descriptor fails generation with `file: field: problem` instead of bad output.
import { z } from 'zod';

/** A call that carries no token: always a valid `token:`, beside the kinds spec/products.yaml lists. */
export const NO_TOKEN = 'none';
export const SCALAR_TYPES = ['string', 'int', 'int64', 'number', 'boolean', 'any', 'file'] as const;
/** Credentials a client holds: a param that is one of them is filled in by the runtime (`from:`). */
export const CLIENT_CREDENTIALS = [
  'appId',
  'appSecret',
  'componentAppId',
  'componentAppSecret',
  'suiteId',
  'suiteSecret',
  'corpId',
] as const;
/**
 * The kinds of account a product's client holds (spec/products.yaml `account`), each with the
 * credential its pushes are sealed for and whether a pushed ticket feeds its token. The emulator keeps
 * its accounts by kind, so a new product of a kind listed here needs no emulator code.
 */
export const ACCOUNT_KINDS = {
  /** appId + appSecret (Official Account, Mini Program). */
  app: { receiveId: 'appId', ticket: false },
  /** componentAppId + componentAppSecret, fed by component_verify_ticket (Open Platform). */
  component: { receiveId: 'componentAppId', ticket: true },
  /** corpId + an app's secret and agentId (WeCom internal app). */
  corp: { receiveId: 'corpId', ticket: false },
  /** suiteId + suiteSecret, fed by suite_ticket (WeCom third-party suite). */
  suite: { receiveId: 'suiteId', ticket: true },
} as const satisfies Record<string, { receiveId: (typeof CLIENT_CREDENTIALS)[number]; ticket: boolean }>;
export type AccountKind = keyof typeof ACCOUNT_KINDS;

export type FieldSpec = {
  type?: (typeof SCALAR_TYPES)[number] | 'object' | 'array' | 'map';
  ref?: string;
  required?: boolean;
  doc?: string;
  enum?: Array<string | number>;
  fields?: Record<string, FieldSpec>;
  /** `type: object` only: variants keyed by the value of one of its string fields. */
  union?: UnionSpec;
  items?: FieldSpec;
  /** `type: map` only: the type of every value (keys are free strings). */
  values?: FieldSpec;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: string | number | boolean;
  /** A request param the client fills in from its own credentials when the caller leaves it out. */
  from?: (typeof CLIENT_CREDENTIALS)[number];
  secret?: boolean;
  deprecated?: string;
  /** A message's own string field: a typed value derived from its text, set beside it. */
  derive?: DeriveSpec;
};

/**
 * A value derived from a message field's text (WeChat packs lists and prefixes into strings): the
 * text without `prefix` (absent when it lacks it), split on `split` into a list of `type` items,
 * or both, under the property `name`.
 */
export const DERIVED_TYPES = ['string', 'int', 'int64', 'number', 'boolean'] as const;
export type DeriveSpec = {
  name: string;
  prefix?: string;
  split?: string;
  type?: (typeof DERIVED_TYPES)[number];
};

const DeriveSpecSchema = z
  .strictObject({
    name: z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'a property name in PascalCase'),
    prefix: z.string().min(1).optional(),
    split: z.string().min(1).optional(),
    type: z.enum(DERIVED_TYPES).optional(),
  })
  .refine((d) => d.prefix !== undefined || d.split !== undefined, 'give `prefix`, `split` or both');

/** A discriminated union: the field `on` takes one of the `cases` keys; each case adds its own fields. */
export type UnionSpec = { on: string; cases: Record<string, Record<string, FieldSpec>> };

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const FieldSpecSchema: z.ZodType<FieldSpec> = z.lazy(() =>
  z
    .strictObject({
      type: z.enum([...SCALAR_TYPES, 'object', 'array', 'map']).optional(),
      ref: z
        .string()
        .regex(/^[A-Z][A-Za-z0-9]*$/, 'a shape name in PascalCase')
        .optional(),
      required: z.boolean().optional(),
      doc: z.string().optional(),
      enum: z
        .array(z.union([z.string(), z.number()]))
        .min(1)
        .optional(),
      fields: z.record(z.string(), FieldSpecSchema).optional(),
      union: UnionSpecSchema.optional(),
      items: FieldSpecSchema.optional(),
      values: FieldSpecSchema.optional(),
      minItems: z.number().int().nonnegative().optional(),
      maxItems: z.number().int().positive().optional(),
      minLength: z.number().int().nonnegative().optional(),
      maxLength: z.number().int().positive().optional(),
      minimum: z.number().optional(),
      maximum: z.number().optional(),
      default: z.union([z.string(), z.number(), z.boolean()]).optional(),
      from: z.enum(CLIENT_CREDENTIALS).optional(),
      secret: z.boolean().optional(),
      deprecated: z.string().optional(),
      derive: DeriveSpecSchema.optional(),
    })
    .superRefine((f, ctx) => {
      const kinds = [f.type !== undefined, f.ref !== undefined].filter(Boolean).length;
      if (kinds !== 1) ctx.addIssue({ code: 'custom', message: 'give exactly one of `type` or `ref`' });
      if (f.type === 'object' && !f.fields)
        ctx.addIssue({ code: 'custom', message: 'type object needs `fields`' });
      if (f.type === 'array' && !f.items)
        ctx.addIssue({ code: 'custom', message: 'type array needs `items`' });
      if (f.fields && f.type !== 'object')
        ctx.addIssue({ code: 'custom', message: '`fields` only goes with type object' });
      if (f.items && f.type !== 'array')
        ctx.addIssue({ code: 'custom', message: '`items` only goes with type array' });
      if (f.enum && !['string', 'int', 'number'].includes(f.type ?? '')) {
        ctx.addIssue({ code: 'custom', message: '`enum` only goes with type string, int or number' });
      }
      if (f.type === 'map' && !f.values) ctx.addIssue({ code: 'custom', message: 'type map needs `values`' });
      if (f.values && f.type !== 'map')
        ctx.addIssue({ code: 'custom', message: '`values` only goes with type map' });
      if (f.union && f.type !== 'object')
        ctx.addIssue({ code: 'custom', message: '`union` only goes with type object' });
      const limits: Array<[keyof FieldSpec, string[]]> = [
        ['minItems', ['array']],
        ['maxItems', ['array']],
        ['minLength', ['string']],
        ['maxLength', ['string']],
        ['minimum', ['int', 'number', 'int64']],
        ['maximum', ['int', 'number', 'int64']],
        ['default', ['string', 'int', 'number', 'int64', 'boolean']],
      ];
      for (const [key, types] of limits) {
        if (f[key] !== undefined && !types.includes(f.type ?? '')) {
          ctx.addIssue({ code: 'custom', message: `\`${key}\` only goes with type ${types.join(' or ')}` });
        }
      }
      if (f.derive && f.type !== 'string')
        ctx.addIssue({ code: 'custom', message: '`derive` only goes with type string' });
      if (f.default !== undefined && f.required) {
        ctx.addIssue({ code: 'custom', message: 'a field with a `default` is not `required`' });
      }
    }),
);

const UnionSpecSchema: z.ZodType<UnionSpec> = z.lazy(() =>
  z.strictObject({
    on: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a field name'),
    cases: z
      .record(z.string().min(1), z.record(z.string(), FieldSpecSchema))
      .refine((c) => Object.keys(c).length >= 2, 'a union has at least two cases'),
  }),
);

const Fields = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'a field name'), FieldSpecSchema);

/** A scaffold (`npm run spec:new`) leaves TODO where the official page must be read; it never generates. */
const noTodo = (s: string) => !/\bTODO\b/.test(s);

/** What spec/products.yaml declares, which the endpoint and message files may name. */
export interface KnownNames {
  products: readonly string[];
  hosts: readonly string[];
  tokens: readonly string[];
}

const oneOf = (names: readonly string[]) => z.enum(names as [string, ...string[]]);

const endpointSchema = (known: KnownNames) =>
  z.strictObject({
    summary: z.string().min(1).refine(noTodo, 'still TODO: write it from the official page'),
    route: z
      .string()
      .regex(
        /^(GET|POST) \/[^\s?]*(\?[A-Za-z0-9_]+=[^&\s]+(&[A-Za-z0-9_]+=[^&\s]+)*)?$/,
        'like `POST /cgi-bin/x?action=y`',
      ),
    /** The official page; a list when more pages add fields (the main page first). */
    doc: z.union([z.string().url(), z.array(z.string().url()).min(1)]),
    products: z.array(oneOf(known.products)).min(1).optional(),
    host: oneOf(known.hosts).optional(),
    token: oneOf([...known.tokens, NO_TOKEN]).optional(),
    /** The query param that carries the token when the route names it otherwise (default: the kind). */
    tokenParam: z.string().regex(identifier).optional(),
    idempotent: z.boolean().optional(),
    deprecated: z.string().min(1).optional(),
    multipart: z.boolean().optional(),
    responseKind: z.enum(['json', 'binary', 'json-or-binary']).optional(),
    /** What a binary answer may be: content types, and HTTP statuses that mean an error. */
    binary: z
      .strictObject({
        contentTypes: z.array(z.string().regex(/^[a-z]+\/[a-z0-9.+*-]+$/, 'a media type')).min(1),
        statusErrors: z.record(z.string().regex(/^[45]\d\d$/, 'an HTTP status'), z.string()).optional(),
      })
      .optional(),
    query: Fields.optional(),
    body: Fields.optional(),
    /** The body is a discriminated union: `on` is a body field, each case adds its fields. */
    union: UnionSpecSchema.optional(),
    response: Fields.optional(),
    example: z
      .strictObject({
        request: z.record(z.string(), z.unknown()).optional(),
        response: z.record(z.string(), z.unknown()).optional(),
        /** Why the example is not the page's own (no readable sample): how it was put together. */
        assembled: z.string().min(1).optional(),
      })
      .optional(),
  });

const ShapeMap = z.record(z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'PascalCase'), FieldSpecSchema);

export const endpointFileSchema = (known: KnownNames) =>
  z.strictObject({
    products: z.array(oneOf(known.products)).min(1),
    /** Shapes used by this file (names are global: two files may not define the same one). */
    shapes: ShapeMap.optional(),
    host: oneOf(known.hosts).optional(),
    token: oneOf([...known.tokens, NO_TOKEN]).optional(),
    /** The query param carrying the token for every endpoint of the file (an endpoint may override it). */
    tokenParam: z.string().regex(identifier).optional(),
    endpoints: z.record(
      z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/, 'dotted camelCase id'),
      endpointSchema(known),
    ),
  });

export const ShapesFileSchema = z.strictObject({ shapes: ShapeMap });

export const ErrcodesFileSchema = z.strictObject({
  classes: z.record(
    z.string().regex(/^[A-Z][A-Za-z0-9]*Error$/, 'a class name ending in Error'),
    z.strictObject({ doc: z.string() }),
  ),
  errcodes: z.record(
    z.string().regex(/^-?\d+$/, 'an errcode'),
    z.strictObject({
      name: z.string().regex(identifier),
      meaning: z.string(),
      retryable: z.boolean().optional(),
      tokenInvalid: z.boolean().optional(),
      class: z.string().optional(),
    }),
  ),
});

const messageSchema = (known: KnownNames) =>
  z.strictObject({
    summary: z.string().min(1),
    doc: z.string().url(),
    kind: z.enum(['message', 'event', 'reply']),
    products: z.array(oneOf(known.products)).min(1).optional(),
    /** Discriminator tag → value, e.g. { MsgType: event, Event: subscribe }. */
    match: z.record(z.string(), z.string()),
    fields: Fields,
    /** The official sample XML (and/or JSON) body. */
    sample: z.string().optional(),
    sampleJson: z.string().optional(),
  });

export const messageFileSchema = (known: KnownNames) =>
  z.strictObject({
    products: z.array(oneOf(known.products)).min(1),
    shapes: ShapeMap.optional(),
    messages: z.record(
      z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'the TypeScript type name, PascalCase'),
      messageSchema(known),
    ),
  });

const pascalName = z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'PascalCase');

/** spec/products.yaml: see its header for what each key means. */
export const ProductsFileSchema = z.strictObject({
  hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/, 'a host name')).min(1),
  pageHosts: z.array(z.string().regex(/^[a-z0-9.-]+$/, 'a host name')).optional(),
  tokens: z.array(z.string().regex(identifier)).min(1),
  sharedDirs: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'a spec dir')).optional(),
  products: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/, 'a spec dir name'),
    z.strictObject({
      title: z.string().min(1),
      namespace: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower case'),
      client: pascalName,
      typePrefix: z.union([z.literal(''), pascalName]),
      host: z.string(),
      token: z.string(),
      account: z.string(),
      pushes: z.strictObject({
        alwaysEncrypted: z.boolean(),
        receiveId: z.enum(CLIENT_CREDENTIALS),
        family: z.enum(['wechat', 'wecom']),
      }),
      tokenEndpoint: z.strictObject({ operation: z.string(), field: z.string().regex(identifier) }),
      ticket: z
        .strictObject({
          infoType: z.string().regex(identifier),
          field: pascalName,
          addressedBy: pascalName,
          invalidErrcodes: z.array(z.string().regex(identifier)).min(1),
        })
        .optional(),
    }),
  ),
});

export type EndpointFile = z.infer<ReturnType<typeof endpointFileSchema>>;
export type EndpointDescriptor = EndpointFile['endpoints'][string];
export type MessageFile = z.infer<ReturnType<typeof messageFileSchema>>;
export type ProductsFile = z.infer<typeof ProductsFileSchema>;
export type ErrcodesFile = z.infer<typeof ErrcodesFileSchema>;
