// A client's `api`: a tree of methods that follows the endpoint ids (`user.info` ->
// api.user.info(params, options)), made on first access (Octokit-style proxies), so a client costs
// the same at 75 endpoints and at 2,500. The operation behind a method is looked up, and its area
// loaded, on its first call.
import type { HttpCaller } from '../http/caller.js';
import type { Operation, Product } from '../http/endpoint.js';
import { apiNames, hasApiName, methodOperation } from '../http/operations.js';

type Method = (params?: Record<string, unknown>, options?: object) => Promise<unknown>;

export function buildApi<Api>(product: Product, caller: HttpCaller): Api {
  const made = new Map<string, Method>();
  const node = (name: string) => {
    let n = made.get(name);
    if (!n) {
      n = methodNode(product, caller, name);
      made.set(name, n);
    }
    return n;
  };
  return new Proxy(Object.create(null) as object, {
    get: (_t, key) => (typeof key === 'string' && hasApiName(product, key) ? node(key) : undefined),
    has: (_t, key) => typeof key === 'string' && hasApiName(product, key),
    ownKeys: () => [...apiNames(product)],
    getOwnPropertyDescriptor: (_t, key) =>
      typeof key === 'string' && hasApiName(product, key)
        ? { value: node(key), enumerable: true, configurable: true, writable: false }
        : undefined,
  }) as Api;
}

/**
 * `api.message`, `api.message.custom`, `api.message.custom.send`: each is callable (the call runs the
 * operation with that id, or rejects when there is none) and has a child for every further name.
 */
function methodNode(product: Product, caller: HttpCaller, id: string): Method {
  const children = new Map<string, Method>();
  // After the first call the operation is known: later calls go straight to the caller.
  let op: Operation | undefined;
  const call: Method = (params, options) =>
    op
      ? caller.call(op, params, options)
      : methodOperation(product, id).then((found) => {
          if (!found) throw new TypeError(`api.${id} is not a described ${product} endpoint`);
          op = found;
          return caller.call(found, params, options);
        });
  return new Proxy(call, {
    get(target, key) {
      // Not a thenable, not a stringifiable: only names lead to children.
      if (typeof key !== 'string' || key === 'then' || key === 'toJSON') return undefined;
      if (key === 'name' || key === 'length') return Reflect.get(target, key);
      let child = children.get(key);
      if (!child) {
        child = methodNode(product, caller, `${id}.${key}`);
        children.set(key, child);
      }
      return child;
    },
  });
}
