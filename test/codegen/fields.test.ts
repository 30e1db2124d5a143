// Emitter given/want tables: IR field in, TypeScript and zod text out.
import { describe, expect, it } from 'vitest';
import {
  objectSchema,
  objectType,
  openapiSchema,
  tsType,
  zodExpr,
  zodObject,
} from '../../codegen/emit/fields.js';
import type { IrField } from '../../codegen/ir.js';

const f = (over: Partial<IrField>): IrField => ({ name: 'x', type: 'string', required: true, ...over });

describe('tsType', () => {
  it.each<[string, IrField, 'input' | 'output', string]>([
    ['string', f({}), 'output', 'string'],
    ['string enum', f({ enum: ['a', 'b'] }), 'output', '"a" | "b"'],
    ['int enum', f({ type: 'int', enum: [0, 1] }), 'output', '0 | 1'],
    ['int64 in', f({ type: 'int64' }), 'input', 'string | number'],
    ['int64 out', f({ type: 'int64' }), 'output', 'string'],
    ['any', f({ type: 'any' }), 'output', 'unknown'],
    ['file', f({ type: 'file' }), 'input', 'WechatUpload'],
    ['ref', f({ type: 'ref', ref: 'Button' }), 'output', 'S.Button'],
    ['array', f({ type: 'array', items: f({ type: 'int' }) }), 'output', 'Array<number>'],
    ['map', f({ type: 'map', values: f({ type: 'int' }) }), 'output', 'Record<string, number>'],
  ])('%s', (_name, field, mode, want) => {
    expect(tsType(field, mode, 'S.')).toBe(want);
  });

  it('object: optional marks, quoted keys and JSDoc', () => {
    const text = objectType(
      [f({ name: 'a-b', doc: 'Doc */ text', required: false }), f({ name: 'c', type: 'boolean' })],
      'output',
    );
    expect(text).toBe('{\n/** Doc *\\/ text */\n"a-b"?: string;\nc: boolean;\n}');
  });
});

describe('zodExpr', () => {
  it.each<[string, IrField, 'input' | 'output', string]>([
    ['required string', f({}), 'input', 'z.string()'],
    ['optional string', f({ required: false }), 'input', 'z.optional(z.string())'],
    ['string enum', f({ enum: ['a'] }), 'input', 'z.enum(["a"])'],
    ['int', f({ type: 'int' }), 'input', 'z.int()'],
    ['one-value int enum', f({ type: 'int', enum: [1] }), 'input', 'z.literal(1)'],
    ['int enum', f({ type: 'int', enum: [0, 1] }), 'input', 'z.union([z.literal(0), z.literal(1)])'],
    ['int64 in', f({ type: 'int64' }), 'input', 'H.int64In'],
    ['int64 out', f({ type: 'int64' }), 'output', 'H.int64Out'],
    ['required any', f({ type: 'any' }), 'input', 'z.unknown()'],
    ['optional any', f({ type: 'any', required: false }), 'input', 'z.optional(z.unknown())'],
    ['ref', f({ type: 'ref', ref: 'Button', required: false }), 'output', 'z.optional(S.Button)'],
    ['map', f({ type: 'map', values: f({ type: 'int' }) }), 'input', 'z.record(z.string(), z.int())'],
    [
      'limits on a request',
      f({ type: 'array', items: f({}), limits: { minItems: 1, maxItems: 3 } }),
      'input',
      'z.array(z.string()).check(z.minLength(1), z.maxLength(3))',
    ],
    ['limits are not enforced on a response', f({ limits: { maxLength: 32 } }), 'output', 'z.string()'],
    [
      'number range',
      f({ type: 'int', limits: { minimum: 280, maximum: 1280 } }),
      'input',
      'z.int().check(z.gte(280), z.lte(1280))',
    ],
    [
      'request object',
      f({ type: 'object', fields: [f({ name: 'a' })] }),
      'input',
      'z.object({\na: z.string(),\n})',
    ],
    ['response object keeps unknown keys', f({ type: 'object', fields: [] }), 'output', 'z.looseObject({})'],
  ])('%s', (_name, field, mode, want) => {
    expect(zodExpr(field, mode, 'S.')).toBe(want);
  });
});

describe('unions keyed by a discriminator', () => {
  const common = [f({ name: 'touser' }), f({ name: 'msgtype' })];
  const union = {
    on: 'msgtype',
    cases: [
      { value: 'text', fields: [f({ name: 'text', type: 'object', fields: [f({ name: 'content' })] })] },
      { value: 'image', fields: [f({ name: 'image', type: 'object', fields: [f({ name: 'media_id' })] })] },
    ],
  };

  it('is one object type per case, the discriminator narrowed to the case', () => {
    expect(objectType(common, 'input', '', union)).toBe(
      '{\ntouser: string;\nmsgtype: "text";\ntext: {\ncontent: string;\n};\n} | ' +
        '{\ntouser: string;\nmsgtype: "image";\nimage: {\nmedia_id: string;\n};\n}',
    );
  });

  it('is a zod discriminated union', () => {
    const text = zodObject(common, 'input', '', union);
    expect(text.startsWith('z.discriminatedUnion("msgtype", [')).toBe(true);
    expect(text).toContain('msgtype: z.enum(["text"])');
    expect(text).toContain('image: z.object({\nmedia_id: z.string(),\n})');
  });

  it('is oneOf with a discriminator in OpenAPI', () => {
    const s = objectSchema(common, 'input', union) as {
      oneOf: Array<{ properties: Record<string, unknown> }>;
    };
    expect(s).toMatchObject({ discriminator: { propertyName: 'msgtype' } });
    expect(s.oneOf.map((o) => o.properties.msgtype)).toEqual([
      { type: 'string', enum: ['text'] },
      { type: 'string', enum: ['image'] },
    ]);
  });
});

describe('openapiSchema', () => {
  it('writes maps as additionalProperties, limits and defaults as keywords', () => {
    expect(openapiSchema(f({ type: 'map', values: f({}) }), 'output')).toEqual({
      type: 'object',
      additionalProperties: { type: 'string' },
    });
    expect(
      openapiSchema(
        f({ type: 'int', required: false, limits: { minimum: 280, maximum: 1280 }, default: 430 }),
        'input',
      ),
    ).toEqual({ type: 'integer', minimum: 280, maximum: 1280, default: 430 });
    expect(openapiSchema(f({ type: 'array', items: f({}), limits: { maxItems: 3 } }), 'input')).toEqual({
      type: 'array',
      items: { type: 'string' },
      maxItems: 3,
    });
  });
});
