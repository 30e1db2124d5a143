// Every name the generator invents is decided here, and only here.
import type { IrEndpoint, IrMessage, IrProduct } from './ir.js';

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
