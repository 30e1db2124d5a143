// IR fields -> TypeScript type text and zod expression text. `mode` matters for int64 (accepted as
// number or string, returned as string) and files (only in requests).
import type { IrField } from '../ir.js';
import { docText, propKey } from '../naming.js';

export type Mode = 'input' | 'output';

const literal = (v: string | number) => JSON.stringify(v);

export function tsType(f: IrField, mode: Mode, shapeNs = ''): string {
  switch (f.type) {
    case 'string':
    case 'int':
    case 'number':
      if (f.enum) return f.enum.map(literal).join(' | ');
      return f.type === 'string' ? 'string' : 'number';
    case 'int64':
      return mode === 'input' ? 'string | number' : 'string';
    case 'boolean':
      return 'boolean';
    case 'any':
      return 'unknown';
    case 'file':
      return 'WechatUpload';
    case 'ref':
      return `${shapeNs}${f.ref}`;
    case 'array':
      return `Array<${tsType(f.items!, mode, shapeNs)}>`;
    case 'object':
      return objectType(f.fields ?? [], mode, shapeNs);
  }
}

export function jsDoc(f: Pick<IrField, 'doc' | 'deprecated'>): string {
  const lines = [
    f.doc ? docText(f.doc) : '',
    f.deprecated ? `@deprecated ${docText(f.deprecated)}` : '',
  ].filter(Boolean);
  return lines.length ? `/** ${lines.join(' ')} */\n` : '';
}

export function objectType(fields: IrField[], mode: Mode, shapeNs = ''): string {
  if (fields.length === 0) return 'Record<string, never>';
  const props = fields.map(
    (f) => `${jsDoc(f)}${propKey(f.name)}${f.required ? '' : '?'}: ${tsType(f, mode, shapeNs)};`,
  );
  return `{\n${props.join('\n')}\n}`;
}

export function zodExpr(f: IrField, mode: Mode, shapeNs = ''): string {
  let e: string;
  switch (f.type) {
    case 'string':
      e = f.enum ? `z.enum([${f.enum.map(literal).join(', ')}])` : 'z.string()';
      break;
    case 'int':
    case 'number': {
      const base = f.type === 'int' ? 'z.number().int()' : 'z.number()';
      e = f.enum
        ? f.enum.length === 1
          ? `z.literal(${literal(f.enum[0]!)})`
          : `z.union([${f.enum.map((v) => `z.literal(${literal(v)})`).join(', ')}])`
        : base;
      break;
    }
    case 'int64':
      e = mode === 'input' ? 'H.int64In' : 'H.int64Out';
      break;
    case 'boolean':
      e = 'z.boolean()';
      break;
    case 'any':
      e = 'z.unknown()';
      break;
    case 'file':
      e = 'H.upload';
      break;
    case 'ref':
      e = `${shapeNs}${f.ref}`;
      break;
    case 'array':
      e = `z.array(${zodExpr(f.items!, mode, shapeNs)})`;
      break;
    case 'object':
      e = zodObject(f.fields ?? [], mode, shapeNs);
      break;
  }
  return f.required || f.type === 'any' ? e : `${e}.optional()`;
}

/** Requests are checked with z.object (unknown keys still go out as given); responses keep unknown keys. */
export function zodObject(fields: IrField[], mode: Mode, shapeNs = ''): string {
  const ctor = mode === 'input' ? 'z.object' : 'z.looseObject';
  if (fields.length === 0) return `${ctor}({})`;
  return `${ctor}({\n${fields.map((f) => `${propKey(f.name)}: ${zodExpr(f, mode, shapeNs)},`).join('\n')}\n})`;
}

export const usesFile = (fields: IrField[]): boolean =>
  fields.some(
    (f) => f.type === 'file' || usesFile(f.fields ?? []) || (f.items ? usesFile([f.items]) : false),
  );
