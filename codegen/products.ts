// spec/products.yaml -> IrProducts: the generator's one reader of product facts (the runtime's is
// src/products.ts, over the generated/products.ts written from this). What the file names is checked
// against the rest of the spec: hosts and tokens it declares, account kinds the generator knows (and
// the push credential and ticket their kind implies), token endpoints that exist and answer the value
// field, ticket errcodes errcodes.yaml names, spec dirs that are products or shared.
import {
  ACCOUNT_KINDS,
  type AccountKind,
  type KnownNames,
  NO_TOKEN,
  type ProductsFile,
} from './descriptor.js';
import type { IrEndpoint, IrErrcode, IrProducts } from './ir.js';

/** The names endpoint and message files may use, straight from the file. */
export const knownNames = (file: ProductsFile): KnownNames => ({
  products: Object.keys(file.products),
  hosts: file.hosts,
  tokens: file.tokens,
});

const isAccountKind = (name: string): name is AccountKind => Object.hasOwn(ACCOUNT_KINDS, name);

/** An account kind the generator knows, with the push credential and ticket (or none) it implies. */
function accountProblems(at: string, p: ProductsFile['products'][string]): string[] {
  if (!isAccountKind(p.account)) {
    return [`${at}.account: ${p.account} is not an account kind (${Object.keys(ACCOUNT_KINDS).join(', ')})`];
  }
  const kind = ACCOUNT_KINDS[p.account];
  const problems: string[] = [];
  if (p.pushes.receiveId !== kind.receiveId)
    problems.push(
      `${at}.pushes.receiveId: a ${p.account} account's pushes are sealed for its ${kind.receiveId}`,
    );
  if (kind.ticket !== (p.ticket !== undefined))
    problems.push(
      `${at}.ticket: a ${p.account} account's token is ${kind.ticket ? '' : 'not '}fed by a pushed ticket`,
    );
  return problems;
}

/** The checked facts, and every problem found (`spec/products.yaml: products.<id>.<key>: …`). */
export function resolveProducts(
  file: ProductsFile,
  where: string,
  spec: { endpoints: IrEndpoint[]; errcodes: IrErrcode[]; dirs: string[] },
): { products: IrProducts; problems: string[] } {
  const problems: string[] = [];
  const shared = file.sharedDirs ?? [];
  // Two products with one namespace, client or prefix would share store keys or type names.
  const seen = { namespace: new Map<string, string>(), client: new Map(), typePrefix: new Map() };
  const products = Object.entries(file.products).map(([id, p]) => {
    const at = `${where}: products.${id}`;
    if (!file.hosts.includes(p.host)) problems.push(`${at}.host: ${p.host} is not in hosts`);
    if (p.token !== NO_TOKEN && !file.tokens.includes(p.token))
      problems.push(`${at}.token: ${p.token} is not in tokens`);
    problems.push(...accountProblems(at, p));
    for (const key of ['namespace', 'client', 'typePrefix'] as const) {
      const other = seen[key].get(p[key]);
      if (other !== undefined && p[key] !== '') problems.push(`${at}.${key}: ${other} has it too`);
      seen[key].set(p[key], id);
    }
    const tokenOp = spec.endpoints.find((e) => e.operationId === p.tokenEndpoint.operation);
    if (!tokenOp) problems.push(`${at}.tokenEndpoint.operation: no endpoint ${p.tokenEndpoint.operation}`);
    else if (!tokenOp.response?.some((f) => f.name === p.tokenEndpoint.field))
      problems.push(`${at}.tokenEndpoint.field: ${tokenOp.operationId} answers no ${p.tokenEndpoint.field}`);
    const ticket = p.ticket && {
      infoType: p.ticket.infoType,
      field: p.ticket.field,
      addressedBy: p.ticket.addressedBy,
      invalidErrcodes: p.ticket.invalidErrcodes.flatMap((name) => {
        const code = spec.errcodes.find((e) => e.name === name)?.code;
        if (code === undefined)
          problems.push(`${at}.ticket.invalidErrcodes: ${name} is not in errcodes.yaml`);
        return code === undefined ? [] : [code];
      }),
    };
    const { ticket: _names, ...facts } = p;
    return { id, ...facts, ...(ticket ? { ticket } : {}) };
  });
  for (const dir of spec.dirs) {
    if (!(dir in file.products) && !shared.includes(dir))
      problems.push(`${where}: ${dir}/ is a spec dir but neither a product nor in sharedDirs`);
  }
  return {
    products: {
      hosts: file.hosts,
      pageHosts: file.pageHosts ?? [],
      tokens: file.tokens,
      sharedDirs: shared,
      products,
    },
    problems,
  };
}
