// Finds an operation (its row and schemas) in the generated area modules, loading an area on first
// use. Nothing here grows with the spec: the index names areas, not endpoints.
import { areaModules, productAreas } from '../../generated/areas/index.js';
import type { OperationId } from '../../generated/operations.js';
import type { AreaModule, Operation, Product } from './endpoint.js';

const areas = new Map<string, Promise<AreaModule>>();
const resolved = new Map<string, Operation | undefined>();

function loadArea(area: string): Promise<AreaModule> {
  let mod = areas.get(area);
  if (!mod) {
    const load = areaModules[area];
    mod = load ? load() : Promise.resolve({ endpoints: {} });
    // A failed import (a broken install) is not remembered: the next call tries again.
    mod.catch(() => areas.delete(area));
    areas.set(area, mod);
  }
  return mod;
}

/** An operation by its id (`oa.user.info`), for runtime code that calls a fixed endpoint. */
export async function operation(operationId: OperationId): Promise<Operation> {
  const hit = resolved.get(operationId);
  if (hit) return hit;
  // `<dir>.<id>` lives in area `<dir>/<first id segment>` (codegen/naming.ts areaOf): derived, so
  // that no table of operations has to be imported to find one.
  const dot = operationId.indexOf('.');
  const id = operationId.slice(dot + 1);
  const area = `${operationId.slice(0, dot)}/${id.split('.')[0]}`;
  const op = (await loadArea(area)).endpoints[id];
  if (!op) throw new Error(`no operation ${operationId} in generated/areas`);
  resolved.set(operationId, op);
  return op;
}

/** The top-level API names of a product's client (`user`, `menu`, …). */
export const apiNames = (product: Product): readonly string[] => Object.keys(productAreas[product] ?? {});

export const hasApiName = (product: Product, name: string): boolean =>
  Object.hasOwn(productAreas[product] ?? {}, name);

/** The operation behind `client.api.<id>` for a product; undefined when none is described. */
export async function methodOperation(product: Product, id: string): Promise<Operation | undefined> {
  const key = `${product}:${id}`;
  if (resolved.has(key)) return resolved.get(key);
  let found: Operation | undefined;
  for (const area of productAreas[product]?.[id.split('.')[0]!] ?? []) {
    const op = (await loadArea(area)).endpoints[id];
    if (op?.products.includes(product)) found = op;
  }
  resolved.set(key, found);
  return found;
}

/** Every operation of the spec (loads every area: for the emulator and tests, not for clients). */
export async function allOperations(): Promise<Operation[]> {
  const mods = await Promise.all(Object.keys(areaModules).map(loadArea));
  return mods.flatMap((m) => Object.values(m.endpoints));
}
