// Clients made per account (an authorizer's, a corp's) are kept for reuse, but a platform with
// thousands of accounts must not keep them all: the least recently used are dropped. Their tokens
// live in the store, so a rebuilt client fetches nothing that is still valid.
export function lruCache<T>(max: number, create: (id: string) => T): (id: string) => T {
  const cache = new Map<string, T>();
  return (id) => {
    let value = cache.get(id);
    if (value !== undefined) {
      cache.delete(id); // re-insert: Map order is the recency order
      cache.set(id, value);
      return value;
    }
    value = create(id);
    cache.set(id, value);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return value;
  };
}

/** How many per-account clients a platform or suite keeps. */
export const MAX_CACHED_CLIENTS = 1_000;
