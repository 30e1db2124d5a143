// How a list arrives in a push, shared by the zod schemas (coerce.ts) and the fast decoder (decode.ts).

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The items of a list, however it arrived:
 * - a tag repeated in the parent (`<List>…</List><List>…</List>`, JSON arrays): each occurrence;
 * - a wrapper whose children are one repeated tag (`<PicList><item>…</item></PicList>`): those
 *   children, unless that tag is a field of the item itself (then the element *is* the one item);
 * - one element or object in place of a list (JSON `"List": {…}`): a one-item list;
 * - an empty element: no items.
 * `itemFields` are the item's own field names when items are objects.
 */
export function toItems(v: unknown, itemFields?: readonly string[]): unknown {
  if (v === undefined || v === null || Array.isArray(v)) return v;
  if (v === '') return [];
  if (isRecord(v)) {
    const keys = Object.keys(v);
    if (keys.length === 1 && !itemFields?.includes(keys[0]!)) {
      const inner = v[keys[0]!];
      return Array.isArray(inner) ? inner : inner === '' ? [] : [inner];
    }
  }
  return [v];
}
