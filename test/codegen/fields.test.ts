// Emitter given/want tables: IR field in, TypeScript and zod text out.
import { describe, expect, it } from 'vitest';
import { objectType, tsType, zodExpr } from '../../codegen/emit/fields.js';
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
    ['optional string', f({ required: false }), 'input', 'z.string().optional()'],
    ['string enum', f({ enum: ['a'] }), 'input', 'z.enum(["a"])'],
    ['int', f({ type: 'int' }), 'input', 'z.number().int()'],
    ['one-value int enum', f({ type: 'int', enum: [1] }), 'input', 'z.literal(1)'],
    ['int enum', f({ type: 'int', enum: [0, 1] }), 'input', 'z.union([z.literal(0), z.literal(1)])'],
    ['int64 in', f({ type: 'int64' }), 'input', 'H.int64In'],
    ['int64 out', f({ type: 'int64' }), 'output', 'H.int64Out'],
    ['any (always optional)', f({ type: 'any' }), 'input', 'z.unknown()'],
    ['ref', f({ type: 'ref', ref: 'Button', required: false }), 'output', 'S.Button.optional()'],
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
