// Emits generated/products.ts: spec/products.yaml as the runtime reads it (through src/products.ts):
// the product, host and token-kind lists with their types, and each product's facts. The
// generator-only facts (client and type names) stay in the IR.
import { type SourceFileStructure, StructureKind } from 'ts-morph';
import { NO_TOKEN } from '../descriptor.js';
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
      `/** What the runtime knows of a product; spec/products.yaml says what each fact means. */
export interface ProductFacts {
  readonly title: string;
  readonly namespace: string;
  readonly client: string;
  readonly host: Host;
  readonly token: TokenKind;
  readonly pushes: { readonly alwaysEncrypted: boolean; readonly receiveId: string; readonly family: 'wechat' | 'wecom' };
  readonly tokenEndpoint: { readonly operation: OperationId; readonly field: string };
  readonly ticket?: { readonly infoType: string; readonly field: string; readonly addressedBy: string; readonly invalidErrcodes: readonly number[] };
}`,
      `export const products: Readonly<Record<Product, ProductFacts>> = {\n${products
        .map((p) => `${propKey(p.id)}: ${JSON.stringify(runtimeFacts(p))},`)
        .join('\n')}\n};`,
    ],
  };
}
