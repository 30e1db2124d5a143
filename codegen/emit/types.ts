// Emits generated/types/<area>.ts: a params and a result type per endpoint, with JSDoc.
import {
  type InterfaceDeclarationStructure,
  type SourceFileStructure,
  StructureKind,
  type TypeAliasDeclarationStructure,
} from 'ts-morph';
import { caseFields, type Ir, type IrEndpoint, type IrField, type IrUnion } from '../ir.js';
import { docText, fieldDocLines, paramsTypeName, propKey, resultTypeName, tsMorphDocs } from '../naming.js';
import { isRequired, type Mode, objectType, tsType, usesFile } from './fields.js';

function iface(
  name: string,
  fields: IrField[],
  mode: Mode,
  docs: string[],
  union?: IrUnion,
): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  // A union is a type alias: one object per case.
  if (union) {
    return {
      kind: StructureKind.TypeAlias,
      name,
      isExported: true,
      docs,
      type: objectType(fields, mode, 'S.', union),
    };
  }
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
      name: propKey(f.name),
      hasQuestionToken: !isRequired(f, mode),
      type: tsType(f, mode, 'S.'),
      docs: tsMorphDocs(fieldDocLines(f)),
    })),
  };
}

export const endpointParams = (e: IrEndpoint): IrField[] => [...e.query, ...e.body];

export function emitTypes(ir: Ir, area: string): SourceFileStructure {
  const eps = ir.endpoints.filter((e) => e.area === area);
  const statements: SourceFileStructure['statements'] = [];
  for (const e of eps) {
    statements.push(
      iface(
        paramsTypeName(e),
        endpointParams(e),
        'input',
        [`Params of \`${e.id}\`: ${docText(e.summary)}`],
        e.union,
      ),
    );
    if (e.response) {
      statements.push(
        iface(resultTypeName(e), e.response, 'output', [`Result of \`${e.id}\`: ${docText(e.summary)}`]),
      );
    }
  }
  const needsUpload = eps.some((e) => usesFile([...endpointParams(e), ...caseFields(e.union)]));
  return {
    kind: StructureKind.SourceFile,
    statements: [
      `import type * as S from '../shapes.js';`,
      needsUpload ? `import type { WechatUpload } from '../../../src/http/upload.js';` : '',
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
      // What a request may send for each shape (int64 fields also as numbers, defaults optional).
      `export namespace In {\n${ir.shapes
        .map((s) => `  export type ${s.name} = ${tsType(s.field, 'input')};`)
        .join('\n')}\n}`,
    ],
  };
}
