// The runtime's one reader of spec/products.yaml (through generated/products.ts): which products,
// hosts, token kinds and account kinds exist, and each product's facts. Code under src/ asks these
// questions here instead of keeping its own list of products.
import {
  type AccountKindOf,
  HOSTS,
  PRODUCTS,
  type Product,
  type ProductFacts,
  products,
} from '../generated/products.js';

export type {
  AccountKind,
  AccountKindOf,
  Host,
  PageHost,
  Product,
  ProductFacts,
  ProductOfAccount,
  TokenKind,
} from '../generated/products.js';
export { ACCOUNT_KINDS, HOSTS, PAGE_HOSTS, PRODUCTS, TOKEN_KINDS } from '../generated/products.js';

export const productFacts = (product: Product): ProductFacts => products[product];

/**
 * The kind of account its client holds (`app`: appId + appSecret, `component`, `corp`, `suite`):
 * code that handles accounts (the emulator, the CLI) asks this instead of naming products.
 */
export const accountKind = <P extends Product>(product: P): AccountKindOf<P> => products[product].account;

/** True for a product name (a CLI flag, an accounts file). */
export const isProduct = (name: unknown): name is Product => PRODUCTS.includes(name as Product);

/** Its pushes always come encrypted (msg_signature), so a webhook needs its encodingAESKey. */
export const alwaysEncrypted = (product: Product) => products[product].pushes.alwaysEncrypted;

/** WeCom's push dialect: msg_signature alone, an encrypted echostr, AgentID in the envelope. */
export const isWecomFamily = (product: Product) => products[product].pushes.family === 'wecom';

/** `https://<host>` for every API host: where a client calls unless `hosts` says otherwise. */
export const defaultHostUrls = () => Object.fromEntries(HOSTS.map((h) => [h, `https://${h}`]));
