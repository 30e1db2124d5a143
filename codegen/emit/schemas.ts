// Emits generated/schemas/<dir>.ts: zod schemas per endpoint, loaded lazily by the runtime on the
// first call into that dir (so importing wxkit stays fast however many endpoints there are).
import { type SourceFileStructure, StructureKind, VariableDeclarationKind } from 'ts-morph';
import type { Ir } from '../ir.js';
import { paramsTypeName, resultTypeName } from '../naming.js';
import { zodExpr, zodObject } from './fields.js';
import { endpointParams } from './types.js';

const PRELUDE = [`import { z } from 'zod';`, `import * as H from '../../src/http/zod-helpers.js';`];

export function emitSchemas(ir: Ir, dir: string): SourceFileStructure {
  const eps = ir.endpoints.filter((e) => e.dir === dir);
  const statements: SourceFileStructure['statements'] = [
    ...PRELUDE,
    `import * as S from './shapes.js';`,
    `import type * as T from '../types/${dir}.js';`,
  ];
  const registry: string[] = [];
  for (const e of eps) {
    const p = paramsTypeName(e);
    statements.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      declarations: [
        { name: p, type: `z.ZodType<T.${p}>`, initializer: zodObject(endpointParams(e), 'input', 'S.') },
      ],
    });
    let entry = `params: ${p}`;
    if (e.response) {
      const r = resultTypeName(e);
      statements.push({
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        isExported: true,
        declarations: [
          { name: r, type: `z.ZodType<T.${r}>`, initializer: zodObject(e.response, 'output', 'S.') },
        ],
      });
      entry += `, result: ${r}`;
    }
    registry.push(`${JSON.stringify(e.operationId)}: { ${entry} },`);
  }
  statements.push({
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    isExported: true,
    docs: ['operationId -> its schemas; read by the runtime.'],
    declarations: [
      {
        name: 'schemas',
        type: 'Record<string, { params: z.ZodType; result?: z.ZodType }>',
        initializer: `{\n${registry.join('\n')}\n}`,
      },
    ],
  });
  return { kind: StructureKind.SourceFile, statements };
}

/** Shapes are lazy so that they may refer to each other (and to themselves) in any order. */
export function emitShapeSchemas(ir: Ir): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    statements: [
      ...PRELUDE,
      `import type * as T from '../types/shapes.js';`,
      ...ir.shapes.map((s) => ({
        kind: StructureKind.VariableStatement as const,
        declarationKind: VariableDeclarationKind.Const,
        isExported: true,
        declarations: [
          {
            name: s.name,
            type: `z.ZodType<T.${s.name}>`,
            initializer: `z.lazy(() => ${zodExpr({ ...s.field, required: true }, 'output')})`,
          },
        ],
      })),
    ],
  };
}
