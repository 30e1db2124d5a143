// Contract tests, walking the spec: every endpoint's example request goes through the generated client
// to an injected fetch, which checks what went on the wire against the descriptor and answers with the
// example response; the client must parse it with the generated schema in strict mode.
import { describe, expect, it } from 'vitest';
import { caseFields, type IrField } from '../../codegen/ir.js';
import { loadSpec } from '../../codegen/load.js';
import { buildApi } from '../../src/clients/build-api.js';
import { HttpCaller, type TokenSource } from '../../src/http/caller.js';
import { allOperations } from '../../src/http/operations.js';
import type { Host, Product } from '../../src/products.js';
import { fakeFetch, PNG_1X1 } from '../helpers/fake-fetch.js';

const ir = loadSpec('spec');
const endpoints = (await allOperations()).sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
const shapes = new Map(ir.shapes.map((s) => [s.name, s.field]));
const tokens: TokenSource = { get: async (kind) => `TOKEN_FOR_${kind}`, invalidate: async () => false };
const hosts = {
  'api.weixin.qq.com': 'http://api.test',
  'qyapi.weixin.qq.com': 'http://qyapi.test',
  'mp.weixin.qq.com': 'http://mp.test',
} as const;

type Method = (params?: Record<string, unknown>, options?: object) => Promise<unknown>;
const methodAt = (api: unknown, id: string) => id.split('.').reduce((n: any, k) => n?.[k], api) as Method;

describe('every endpoint descriptor', () => {
  it('is in the generated table, and the slice is at least 50 endpoints with doc URLs and examples', () => {
    expect(endpoints.map((e) => e.operationId)).toEqual(ir.endpoints.map((e) => e.operationId));
    expect(ir.endpoints.length).toBeGreaterThanOrEqual(50);
    for (const e of ir.endpoints) {
      expect(e.doc, e.operationId).toMatch(/^https:\/\/([a-z]+\.)*weixin\.qq\.com\//);
      if (e.responseKind !== 'binary') expect(e.example.response, e.operationId).toBeTypeOf('object');
      // The official page's title closes the summary: Chinese, or the API name where that is the title.
      expect(e.summary, e.operationId).toMatch(/\((?:[^()]*[\u4e00-\u9fff][^()]*|[A-Za-z][A-Za-z0-9.]*)\)$/);
    }
  });

  for (const e of ir.endpoints) {
    const product = e.products[0] as Product;
    it(`${e.operationId}: ${e.method} ${e.host}${e.path}`, async () => {
      const binary = e.responseKind === 'binary';
      const fileType = e.binary?.contentTypes.find((t) => !t.endsWith('*')) ?? 'image/png';
      const { fetch, requests } = fakeFetch(() =>
        binary
          ? new Response(PNG_1X1, { headers: { 'content-type': fileType } })
          : (e.example.response as Record<string, unknown>),
      );
      const caller = new HttpCaller({ hosts, fetch, validateResponse: 'strict', retries: 0 }, tokens);
      const api = buildApi(product, caller);
      const params = { ...(e.example.request ?? {}) };
      for (const f of e.body)
        if (f.type === 'file' && f.required) params[f.name] = { data: PNG_1X1, filename: 'a.png' };

      const result = await methodAt(api, e.id)(params);

      // The wire: method, host, path, fixed query, token, query fields, body fields.
      expect(requests).toHaveLength(1);
      const req = requests[0]!;
      expect(req.method).toBe(e.method);
      expect(`${req.url.protocol}//${req.url.host}`).toBe(hosts[e.host as Host]);
      expect(req.url.pathname).toBe(e.path);
      for (const [k, v] of Object.entries(e.fixedQuery)) expect(req.url.searchParams.get(k)).toBe(v);
      if (e.token === 'none')
        for (const k of ['access_token', 'component_access_token', 'suite_access_token']) {
          if (!e.query.some((f) => f.name === k)) expect(req.url.searchParams.has(k)).toBe(false);
        }
      else {
        // Under the route's own param name (tokenParam) when it has one, and then not under the kind's.
        expect(req.url.searchParams.get(e.tokenParam ?? e.token)).toBe(`TOKEN_FOR_${e.token}`);
        if (e.tokenParam) expect(req.url.searchParams.has(e.token)).toBe(false);
      }
      for (const f of e.query) {
        const v = params[f.name];
        if (v !== undefined)
          expect(req.url.searchParams.get(f.name)).toBe(
            typeof v === 'object' ? JSON.stringify(v) : String(v),
          );
      }
      const bodyFields = [...e.body, ...caseFields(e.union)];
      const bodyParams = Object.fromEntries(
        Object.entries(params).filter(([k]) => bodyFields.some((f) => f.name === k)),
      );
      if (e.multipart) {
        for (const f of e.body)
          if (f.type === 'file' && f.required) expect(req.form?.get(f.name)).toBeInstanceOf(Blob);
      } else if (e.method === 'POST') {
        expect(req.headers.get('content-type')).toBe('application/json');
        expect(JSON.parse(req.text)).toEqual(bodyParams);
      }

      // The answer: parsed with the generated schema (strict mode throws on any mismatch).
      if (binary) {
        expect(result).toMatchObject({ contentType: fileType });
        expect((result as { bytes: Uint8Array }).bytes).toEqual(PNG_1X1);
      } else {
        const { errcode: _c, errmsg: _m, ...data } = e.example.response as Record<string, unknown>;
        expect(result).toMatchObject(int64AsString(data, e.response ?? []) as Record<string, unknown>);
      }
    });
  }
});

/** The example with every int64 field (per the descriptor) as a string: what the client returns. */
function int64AsString(value: unknown, fields: IrField[]): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const f of fields) if (f.name in out) out[f.name] = convert(out[f.name], f);
  return out;
}

function convert(v: unknown, f: IrField): unknown {
  const field = f.type === 'ref' ? shapes.get(f.ref!)! : f;
  if (field.type === 'int64' && typeof v === 'number') return String(v);
  if (field.type === 'array' && Array.isArray(v)) return v.map((x) => convert(x, field.items!));
  if (field.type === 'object') return int64AsString(v, field.fields ?? []);
  return v;
}
