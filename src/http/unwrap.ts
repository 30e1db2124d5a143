// Caller stage 4, unwrap: a Response -> a file (binary endpoints), the JSON object without its
// errcode/errmsg envelope, or the errcode for stage 5 to raise or refresh on. HTTP statuses and
// bodies WeChat should not send become HttpError here.
import { HttpError } from '../errors.js';
import type { EndpointRow } from './endpoint.js';
import { parseJson } from './json.js';
import type { WechatFile } from './types.js';

export type Unwrapped =
  | { kind: 'ok'; value: unknown }
  // body: the answer's other fields, when it has any (a batch's result_list on a partial failure)
  | { kind: 'error'; errcode: number; errmsg: string; body?: Record<string, unknown> };

/** `image/*` matches `image/png; charset=…`; `image/jpeg` matches only itself. */
function mediaTypeMatches(expected: string, contentType: string): boolean {
  const actual = contentType.split(';')[0]!.trim().toLowerCase();
  return expected.endsWith('/*') ? actual.startsWith(expected.slice(0, -1)) : actual === expected;
}

export const isWechatFile = (v: unknown): v is WechatFile =>
  typeof v === 'object' && v !== null && (v as WechatFile).bytes instanceof Uint8Array;

/** The errmsg comes back as sent: the caller scrubs it, knowing this call's secrets. */
export async function unwrap(row: EndpointRow, response: Response): Promise<Unwrapped> {
  const endpoint = row.operationId;
  const type = response.headers.get('content-type') ?? '';
  const looksJson = /json|text\/plain|javascript/.test(type) || type === '';
  const statusError = row.statusErrors?.[String(response.status)];
  if (statusError) {
    await response.body?.cancel();
    throw new HttpError(`HTTP ${response.status}: ${statusError}`, endpoint, response.status);
  }
  if (row.response && !looksJson) return { kind: 'ok', value: await readFile(row, response, type) };
  const text = await response.text();
  let data: unknown;
  try {
    data = parseJson(text);
  } catch {
    throw new HttpError(
      `HTTP ${response.status}: expected JSON, got ${text.length} bytes of ${type || 'unknown type'}`,
      endpoint,
      response.status,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new HttpError(`HTTP ${response.status}: expected a JSON object`, endpoint, response.status);
  }
  const obj = data as Record<string, unknown>;
  const errcode = typeof obj.errcode === 'number' ? obj.errcode : Number(obj.errcode ?? 0);
  if (errcode !== 0 && !Number.isNaN(errcode)) {
    const { errcode: _code, errmsg, ...body } = obj;
    const failure: Unwrapped = { kind: 'error', errcode, errmsg: typeof errmsg === 'string' ? errmsg : '' };
    if (Object.keys(body).length > 0) failure.body = body;
    return failure;
  }
  if (!response.ok) throw new HttpError(`HTTP ${response.status}`, endpoint, response.status);
  delete obj.errcode;
  delete obj.errmsg;
  return { kind: 'ok', value: obj };
}

/** A binary answer (media, QR codes): its bytes, type and filename, if its type is one the row allows. */
async function readFile(row: EndpointRow, response: Response, type: string): Promise<WechatFile> {
  const endpoint = row.operationId;
  if (!response.ok) throw new HttpError(`HTTP ${response.status}`, endpoint, response.status);
  if (row.contentTypes && !row.contentTypes.some((t) => mediaTypeMatches(t, type))) {
    await response.body?.cancel();
    throw new HttpError(
      `HTTP ${response.status}: expected ${row.contentTypes.join(' or ')}, got ${type}`,
      endpoint,
      response.status,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const file: WechatFile = { bytes, contentType: type };
  const filename = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(
    response.headers.get('content-disposition') ?? '',
  )?.[1];
  if (filename) file.filename = decodeURIComponent(filename);
  return file;
}
