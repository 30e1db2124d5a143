// Caller stage 1, build: an endpoint row and params -> URL (host, path, fixed and declared query)
// and body (JSON, or multipart for uploads). No token yet: that is stage 2 (see caller.ts).
import type { EndpointRow, Host } from './endpoint.js';
import { toFormPart } from './upload.js';

export interface BuiltRequest {
  url: string;
  body: string | FormData | undefined;
  contentType: string | undefined;
}

const isPlainJson = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype) &&
  !('data' in v);

export async function buildRequest(
  hosts: Record<Host, string>,
  row: EndpointRow,
  params: Record<string, unknown>,
): Promise<BuiltRequest> {
  const url = new URL(hosts[row.host] + row.path);
  for (const [k, v] of Object.entries(row.fixedQuery ?? {})) url.searchParams.set(k, v);
  const queryNames = new Set(row.query ?? []);
  const bodyEntries: Array<[string, unknown]> = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    if (queryNames.has(k)) url.searchParams.set(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
    else bodyEntries.push([k, v]);
  }
  if (row.method === 'GET') return { url: url.toString(), body: undefined, contentType: undefined };
  if (row.multipart) {
    const form = new FormData();
    for (const [k, v] of bodyEntries) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') form.append(k, String(v));
      else if (isPlainJson(v)) form.append(k, JSON.stringify(v));
      else {
        const part = await toFormPart(v as never, k);
        form.append(k, part.blob, part.filename);
      }
    }
    return { url: url.toString(), body: form, contentType: undefined };
  }
  // WeChat reads UTF-8 JSON; Chinese text must not be \u-escaped for some endpoints, and JSON.stringify does not.
  return {
    url: url.toString(),
    body: JSON.stringify(Object.fromEntries(bodyEntries)),
    contentType: 'application/json',
  };
}

/** Stage 2, authorize: the token goes in the query under its kind's name (`access_token=…`). */
export function withToken(url: string, kind: string, token: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${kind}=${encodeURIComponent(token)}`;
}
