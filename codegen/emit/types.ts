// Emits generated/types/<dir>.ts: a params and a result interface per endpoint, with JSDoc.
import {
  type InterfaceDeclarationStructure,
  type SourceFileStructure,
  StructureKind,
  type TypeAliasDeclarationStructure,
} from 'ts-morph';
import type { Ir, IrEndpoint, IrField } from '../ir.js';
import { docText, paramsTypeName, resultTypeName } from '../naming.js';
import { type Mode, tsType, usesFile } from './fields.js';

function iface(
  name: string,
  fields: IrField[],
  mode: Mode,
  docs: string[],
): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  // An empty interface would accept any object; `Record<string, never>` rejects stray fields.
  // Results without documented fields (a plain errcode/errmsg answer) may still carry extra keys.
  if (fields.length === 0) {
    const type = mode === 'input' ? 'Record<string, never>' : 'Record<string, unknown>';
    return { kind: StructureKind.TypeAlias, name, isExported: true, docs, type };
  }
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs: docs.length ? [docs.join('\n')] : [],
    properties: fields.map((f) => ({
      name: /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(f.name) ? f.name : JSON.stringify(f.name),
      hasQuestionToken: !f.required,
      type: tsType(f, mode, 'S.'),
      docs: [f.doc, f.deprecated && `@deprecated ${f.deprecated}`]
        .filter(Boolean)
        .map((d) => docText(d as string)),
    })),
  };
}

export const endpointParams = (e: IrEndpoint): IrField[] => [...e.query, ...e.body];

export function emitTypes(ir: Ir, dir: string): SourceFileStructure {
  const eps = ir.endpoints.filter((e) => e.dir === dir);
  const statements: SourceFileStructure['statements'] = [];
  for (const e of eps) {
    statements.push(
      iface(paramsTypeName(e), endpointParams(e), 'input', [`Params of \`${e.id}\`: ${docText(e.summary)}`]),
    );
    if (e.response) {
      statements.push(
        iface(resultTypeName(e), e.response, 'output', [`Result of \`${e.id}\`: ${docText(e.summary)}`]),
      );
    }
  }
  const needsUpload = eps.some((e) => usesFile(endpointParams(e)));
  return {
    kind: StructureKind.SourceFile,
    statements: [
      `import type * as S from './shapes.js';`,
      needsUpload ? `import type { WechatUpload } from '../../src/http/upload.js';` : '',
      ...statements,
    ].filter((s) => s !== ''),
  };
}

export function emitShapeTypes(ir: Ir): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    statements: [
      ...ir.shapes.map((s) => ({
        kind: StructureKind.TypeAlias as const,
        name: s.name,
        isExported: true,
        docs: s.field.doc ? [docText(s.field.doc)] : [],
        type: tsType(s.field, 'output'),
      })),
    ],
  };
}
