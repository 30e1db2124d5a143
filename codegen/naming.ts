// Every name the generator invents is decided here, and only here.
import type { IrEndpoint, IrField, IrMessage, IrProduct } from './ir.js';

export const GENERATOR_VERSION = '0.1.0';

export const HEADER = '// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.\n';

const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

type Named = Pick<IrEndpoint, 'typePrefix' | 'id'>;
/** `oa.user.info` -> `UserInfo`; `work.user.get` -> `WorkUserGet` (the prefix: spec/products.yaml). */
export const endpointTypeBase = (e: Named) => e.typePrefix + pascal(e.id);
export const paramsTypeName = (e: Named) => `${endpointTypeBase(e)}Params`;
export const resultTypeName = (e: Named) => `${endpointTypeBase(e)}Result`;

/**
 * The unit that loads lazily: a spec dir and the first segment of the ids, `oa/user` for `oa.user.*`.
 * Its schemas and rows live in generated/areas/<area>.ts, its types in generated/types/<area>.ts.
 */
export const areaOf = (dir: string, id: string) => `${dir}/${id.split('.')[0]}`;
/** `oa/user` -> `T_oa_user`: the namespace an API interface imports an area's types as. */
export const areaTypesAlias = (area: string) => `T_${area.replace(/[^A-Za-z0-9]/g, '_')}`;

/** A product's client type (spec/products.yaml) names its `api` interface and its message union. */
export const apiInterfaceName = (p: Pick<IrProduct, 'client'>) => `${p.client}Api`;
export const messageUnionName = (p: Pick<IrProduct, 'client'>) => `${p.client}Message`;

/** Messages: `TextMessage` -> `isTextMessage`. */
export const guardName = (m: Pick<IrMessage, 'name'>) => `is${m.name}`;
export const replyBuilderName = (m: Pick<IrMessage, 'name'>) => {
  const base = m.name.replace(/Reply$/, '');
  return base[0]!.toLowerCase() + base.slice(1);
};

/** A property key as TypeScript source: bare when it is an identifier, quoted otherwise. */
export const propKey = (name: string) =>
  /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);

/** JSDoc-safe text. */
export const docText = (s: string) => s.replace(/\*\//g, '*\\/');

// ---------------------------------------------------------------------------------------------
// JSDoc: the text of every generated doc comment is assembled here, as lines; `jsDoc` renders them
// (ts-morph structures take the lines joined).

/** A doc comment from its lines: one line inline, several as a block; '' when there is none. */
export const jsDoc = (lines: readonly string[], layout: 'inline' | 'block' = 'inline') =>
  lines.length === 0
    ? ''
    : layout === 'inline'
      ? `/** ${lines.join(' ')} */\n`
      : `/**\n${lines.map((l) => ` * ${l}`).join('\n')}\n */\n`;

/** The same lines as a ts-morph `docs` entry (one comment, or none). */
export const tsMorphDocs = (lines: readonly string[]): string[] => (lines.length ? [lines.join('\n')] : []);

type DocField = Pick<IrField, 'doc' | 'deprecated' | 'limits' | 'default' | 'from'>;

/** A field's doc: its text, limits, default, where the client fills it in, deprecation. */
export function fieldDocLines(f: DocField): string[] {
  const l = f.limits ?? {};
  const range = (what: string, min?: number, max?: number) =>
    min !== undefined && max !== undefined
      ? `${what} ${min}–${max}`
      : min !== undefined
        ? `${what} ≥ ${min}`
        : max !== undefined
          ? `${what} ≤ ${max}`
          : '';
  const limits = [
    range('items', l.minItems, l.maxItems),
    range('length', l.minLength, l.maxLength),
    range('value', l.minimum, l.maximum),
  ].filter(Boolean);
  return [
    f.doc ? docText(f.doc) : '',
    limits.length ? `(${limits.join(', ')})` : '',
    f.default !== undefined ? `@default ${JSON.stringify(f.default)}` : '',
    f.from ? `Filled in from the client's \`${f.from}\` when left out.` : '',
    f.deprecated ? `@deprecated ${docText(f.deprecated)}` : '',
  ].filter(Boolean);
}

/** An endpoint method's doc: summary, route, official pages, deprecation, what it throws. */
export function endpointDocLines(
  e: Pick<IrEndpoint, 'summary' | 'method' | 'path' | 'fixedQuery' | 'host' | 'docs' | 'deprecated'>,
): string[] {
  const query = Object.keys(e.fixedQuery).length ? `?${new URLSearchParams(e.fixedQuery)}` : '';
  return [
    docText(e.summary),
    '',
    `\`${e.method} ${e.path}${query}\` on ${e.host}`,
    ...e.docs.map((d) => `@see ${d}`),
    ...(e.deprecated ? [`@deprecated ${docText(e.deprecated)}`] : []),
    '@throws {WechatApiError} when WeChat answers with a non-zero errcode',
    '@throws {ValidationError} when params do not match the descriptor',
  ];
}

/** A message interface's doc: summary, kind, products, match tags, official page. */
export const messageDocLines = (m: Pick<IrMessage, 'summary' | 'kind' | 'products' | 'match' | 'doc'>) => [
  docText(m.summary),
  '',
  `${m.kind} · ${m.products.join(', ')} · matched by ${Object.entries(m.match)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')}`,
  `@see ${m.doc}`,
];

/** Messages: the union of every inbound message, the product -> union map, replies. */
export const INBOUND_UNION = 'InboundMessage';
export const INBOUND_NAME = 'InboundMessageName';
export const PRODUCT_MESSAGES = 'ProductMessages';
export const REPLY_UNION = 'Reply';
export const REPLY_NAME = 'ReplyName';
export const REPLY_BUILDER_NAME = 'ReplyBuilderName';
/** Reply fields the renderer fills in from the inbound message; a builder's reply has the rest. */
export const REPLY_ENVELOPE = ['ToUserName', 'FromUserName', 'CreateTime'] as const;
/** A shape's message-mode schema inside generated/messages/schemas.ts. */
export const messageShapeSchemaName = (shape: string) => `${shape}Schema`;
