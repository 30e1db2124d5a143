// Rows of generated/endpoints.ts become a tree of methods: `user.info` -> api.user.info(params, options).
import { endpoints } from '../../generated/endpoints.js';
import type { HttpCaller } from '../http/caller.js';
import type { EndpointRow, Product } from '../http/endpoint.js';

type Tree = {
  [key: string]: Tree | ((params?: Record<string, unknown>, options?: object) => Promise<unknown>);
};

export function buildApi<Api>(product: Product, caller: HttpCaller): Api {
  const root: Tree = {};
  for (const row of endpoints) {
    if (!row.products.includes(product)) continue;
    const segments = row.id.split('.');
    let node = root;
    for (const s of segments.slice(0, -1)) {
      node[s] ??= {};
      node = node[s] as Tree;
    }
    node[segments.at(-1)!] = (params, options) => caller.call(row, params, options);
  }
  return root as Api;
}

/** The row of an endpoint, for the token layer which calls token endpoints directly. */
export function endpointRow(operationId: string): EndpointRow {
  const row = endpoints.find((r) => r.operationId === operationId);
  if (!row) throw new Error(`no endpoint ${operationId} in generated/endpoints.ts`);
  return row;
}
