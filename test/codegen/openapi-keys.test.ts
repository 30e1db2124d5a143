// The OpenAPI emitter never drops an operation: every (method, path, fixed query) gets a key, a
// shared path gets a marked key, and when even that is taken generation fails.
import { describe, expect, it } from 'vitest';
import { emitOpenApi, OpenApiKeyError } from '../../codegen/emit/openapi.js';
import type { Ir, IrEndpoint } from '../../codegen/ir.js';
import { loadSpec } from '../../codegen/load.js';

const ep = (over: Partial<IrEndpoint>): IrEndpoint => ({
  operationId: 'oa.x.a',
  id: 'x.a',
  dir: 'oa',
  typePrefix: '',
  area: 'oa/x',
  file: 'x.yaml',
  summary: 's',
  doc: 'https://developers.weixin.qq.com/x',
  docs: ['https://developers.weixin.qq.com/x'],
  products: ['oa'],
  method: 'POST',
  path: '/cgi-bin/x',
  fixedQuery: {},
  host: 'api.weixin.qq.com',
  token: 'access_token',
  idempotent: false,
  multipart: false,
  responseKind: 'json',
  query: [],
  body: [],
  response: [],
  example: { response: {} },
  ...over,
});
const products = loadSpec('spec').products;
const ir = (endpoints: IrEndpoint[]): Ir => ({
  products,
  endpoints,
  shapes: [],
  errorClasses: [],
  errcodes: [],
  messages: [],
  specHash: '',
});
const keys = (endpoints: IrEndpoint[]) =>
  Object.keys((emitOpenApi(ir(endpoints), '0') as { paths: Record<string, unknown> }).paths);

describe('OpenAPI path keys', () => {
  it('keep `?action=` variants apart by their fixed query', () => {
    const variants = ['a', 'b', 'c'].map((a) =>
      ep({ operationId: `oa.x.${a}`, id: `x.${a}`, fixedQuery: { action: a } }),
    );
    expect(keys(variants)).toEqual(['/cgi-bin/x?action=a', '/cgi-bin/x?action=b', '/cgi-bin/x?action=c']);
  });

  it('mark a path shared by two hosts or two products', () => {
    const work = ep({ operationId: 'work.x.a', host: 'qyapi.weixin.qq.com', products: ['work'] });
    const mp = ep({ operationId: 'miniprogram.x.a', products: ['miniprogram'] });
    expect(keys([ep({}), work, mp])).toEqual([
      '/cgi-bin/x',
      '/cgi-bin/x?__variant=qyapi.weixin.qq.com',
      '/cgi-bin/x?__variant=miniprogram',
    ]);
  });

  it('fail generation instead of dropping an operation', () => {
    const same = [1, 2].map((i) => ep({ operationId: `oa.x.a${i}`, id: `x.a${i}` }));
    expect(() => keys(same)).toThrow(OpenApiKeyError);
    expect(() => keys(same)).toThrow(
      /oa\.x\.a2: POST \/cgi-bin\/x on api\.weixin\.qq\.com is already described/,
    );
    const mp = (i: number) =>
      ep({ operationId: `miniprogram.x.a${i}`, id: `x.a${i}`, products: ['miniprogram'] });
    expect(() => keys([ep({}), mp(1), mp(2)])).toThrow(/miniprogram\.x\.a2: .* is already described/);
  });
});
