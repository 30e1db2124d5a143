// Emits generated/products.ts: spec/products.yaml as the runtime reads it (through src/products.ts):
// the product, host, token-kind and account-kind lists with their types, each product's facts, and
// the types relating products to account kinds. The generator-only facts (type names) stay in the IR.
import { type SourceFileStructure, StructureKind } from 'ts-morph';
import { ACCOUNT_KINDS, NO_TOKEN } from '../descriptor.js';
import type { Ir, IrProduct } from '../ir.js';
import { propKey } from '../naming.js';

const list = (values: readonly string[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}] as const`;

/** The facts of one product the runtime uses, in a stable key order. */
const runtimeFacts = (p: IrProduct) => ({
  title: p.title,
  namespace: p.namespace,
  client: p.client,
  host: p.host,
  token: p.token,
  account: p.account,
  pushes: p.pushes,
  tokenEndpoint: p.tokenEndpoint,
  ...(p.ticket ? { ticket: p.ticket } : {}),
});

export function emitProducts(ir: Ir): SourceFileStructure {
  const { products, hosts, pageHosts, tokens } = ir.products;
  return {
    kind: StructureKind.SourceFile,
    statements: [
      `import type { OperationId } from './operations.js';`,
      `/** The products wxkit has a client for (spec/products.yaml). */\nexport const PRODUCTS = ${list(products.map((p) => p.id))};`,
      'export type Product = (typeof PRODUCTS)[number];',
      `/** The API hosts, the descriptors' default first. */\nexport const HOSTS = ${list(hosts)};`,
      'export type Host = (typeof HOSTS)[number];',
      `/** The hosts of the web-authorization pages a browser is sent to. */\nexport const PAGE_HOSTS = ${list(pageHosts)};`,
      'export type PageHost = (typeof PAGE_HOSTS)[number];',
      `/** The tokens a call may carry, and \`${NO_TOKEN}\` for a call without one. */\nexport const TOKEN_KINDS = ${list([...tokens, NO_TOKEN])};`,
      'export type TokenKind = (typeof TOKEN_KINDS)[number];',
      `/** The kinds of account a client holds (a product's \`account\`; codegen/descriptor.ts says what each holds). */\nexport const ACCOUNT_KINDS = ${list(Object.keys(ACCOUNT_KINDS))};`,
      'export type AccountKind = (typeof ACCOUNT_KINDS)[number];',
      `/** Each product's account kind (its \`account\` fact). */\nexport interface ProductAccountKinds {\n${products
        .map((p) => `  readonly ${propKey(p.id)}: ${JSON.stringify(p.account)};`)
        .join('\n')}\n}`,
      'export type AccountKindOf<P extends Product> = ProductAccountKinds[P];',
      `/** The products whose accounts are of a kind: \`ProductOfAccount<'app'>\` is every appId + appSecret product. */
export type ProductOfAccount<K extends AccountKind> = { [P in Product]: ProductAccountKinds[P] extends K ? P : never }[Product];`,
      `/** What the runtime knows of a product; spec/products.yaml says what each fact means. */
export interface ProductFacts {
  readonly title: string;
  readonly namespace: string;
  readonly client: string;
  readonly host: Host;
  readonly token: TokenKind;
  readonly account: AccountKind;
  readonly pushes: { readonly alwaysEncrypted: boolean; readonly receiveId: string; readonly family: 'wechat' | 'wecom' };
  readonly tokenEndpoint: { readonly operation: OperationId; readonly field: string };
  readonly ticket?: { readonly infoType: string; readonly field: string; readonly addressedBy: string; readonly invalidErrcodes: readonly number[] };
}`,
      `export const products: { readonly [P in Product]: ProductFacts & { readonly account: AccountKindOf<P> } } = {\n${products
        .map((p) => `${propKey(p.id)}: ${JSON.stringify(runtimeFacts(p))},`)
        .join('\n')}\n};`,
    ],
  };
}
