// Emits the runtime half of each area (generated/areas/<dir>/<segment>.ts): every endpoint's row
// (method, host, path, token, …: data, Octokit-style) with its params and result schemas in zod's
// tree-shakable `zod/mini` API. An area loads on its client's first call into it, so importing
// wxkit and creating clients cost the same at 75 endpoints and at 2,500.
//
// The schemas carry no type annotation on purpose: `z.ZodType<T.X>` made the checker compare every
// schema with its interface, which grew superlinearly and ran out of memory at full scale. The
// interfaces (types.ts) and the schemas are written from the same IR by the same field table.
import { type SourceFileStructure, StructureKind, VariableDeclarationKind } from 'ts-morph';
import type { Ir, IrEndpoint, IrField } from '../ir.js';
import { zodExpr, zodObject } from './fields.js';
import { endpointParams } from './types.js';

const PRELUDE = [`import * as z from 'zod/mini';`, `import * as H from '../../../src/http/zod-helpers.js';`];

const secretNames = (fields: IrField[]) => fields.filter((f) => f.secret).map((f) => f.name);

/** The data the runtime needs to call an endpoint (src/http/endpoint.ts `EndpointRow`). */
export function endpointRow(e: IrEndpoint): Record<string, unknown> {
  const row: Record<string, unknown> = {
    operationId: e.operationId,
    id: e.id,
    products: e.products,
    method: e.method,
    host: e.host,
    path: e.path,
    token: e.token,
  };
  if (e.tokenParam) row.tokenParam = e.tokenParam;
  if (Object.keys(e.fixedQuery).length) row.fixedQuery = e.fixedQuery;
  if (e.query.length) row.query = e.query.map((f) => f.name);
  if (e.multipart) row.multipart = true;
  if (e.responseKind !== 'json') row.response = e.responseKind;
  if (e.binary) {
    row.contentTypes = e.binary.contentTypes;
    if (Object.keys(e.binary.statusErrors).length) row.statusErrors = e.binary.statusErrors;
  }
  if (e.idempotent) row.idempotent = true;
  const fills = Object.fromEntries(
    endpointParams(e)
      .filter((f) => f.from)
      .map((f) => [f.name, f.from]),
  );
  if (Object.keys(fills).length) row.fills = fills;
  const secrets = secretNames(endpointParams(e));
  if (secrets.length) row.secrets = secrets;
  if (e.deprecated) row.deprecated = e.deprecated;
  return row;
}

export const areasOf = (ir: Ir) => [...new Set(ir.endpoints.map((e) => e.area))].sort();

export function emitArea(ir: Ir, area: string): SourceFileStructure {
  const eps = ir.endpoints.filter((e) => e.area === area);
  const usesShapes = eps.some((e) => JSON.stringify(e).includes('"type":"ref"'));
  const entries = eps.map((e) => {
    const params = zodObject(endpointParams(e), 'input', 'S.', e.union);
    const result = e.response ? `,\nresult: ${zodObject(e.response, 'output', 'S.')}` : '';
    const row = JSON.stringify(endpointRow(e)).slice(1, -1);
    return `${JSON.stringify(e.id)}: {\n${row},\nparams: ${params}${result}\n},`;
  });
  return {
    kind: StructureKind.SourceFile,
    statements: [
      ...PRELUDE,
      ...(usesShapes ? [`import * as S from '../../shapes.js';`] : []),
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        isExported: true,
        docs: [`The endpoints of \`${area}\`, by id: row and schemas.`],
        declarations: [{ name: 'endpoints', initializer: `{\n${entries.join('\n')}\n} as const` }],
      },
    ],
  };
}

/** Shapes are lazy so that they may refer to each other (and to themselves) in any order. */
export function emitShapeSchemas(ir: Ir): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    statements: [
      `import * as z from 'zod/mini';`,
      `import * as H from '../src/http/zod-helpers.js';`,
      `import type { ZodMiniType } from 'zod/mini';`,
      `import type * as T from './types/shapes.js';`,
      ...ir.shapes.map((s) => ({
        kind: StructureKind.VariableStatement as const,
        declarationKind: VariableDeclarationKind.Const,
        isExported: true,
        declarations: [
          {
            name: s.name,
            // Shapes may refer to themselves, so each needs an annotation: the shape's type, read and
            // written (int64 fields accept numbers too). There are tens of shapes, not thousands of
            // endpoints, so the check this costs stays small.
            type: `ZodMiniType<T.${s.name}, T.In.${s.name}>`,
            initializer: `z.lazy(() => ${zodExpr({ ...s.field, required: true }, 'output')})`,
          },
        ],
      })),
    ],
  };
}

/**
 * generated/areas/index.ts: the loader of every area, and for each product which areas hold the
 * methods under each top-level name (`message` on an OA client: `oa/message` and `shared/message`).
 * Its size grows with the number of areas (tens), not endpoints.
 */
export function emitAreaIndex(ir: Ir): SourceFileStructure {
  const areas = areasOf(ir);
  const byProduct: Record<string, Record<string, string[]>> = {};
  for (const { id: product } of ir.products.products) {
    const tops: Record<string, string[]> = {};
    for (const e of ir.endpoints.filter((x) => x.products.includes(product))) {
      const top = e.id.split('.')[0]!;
      tops[top] ??= [];
      if (!tops[top].includes(e.area)) tops[top].push(e.area);
    }
    byProduct[product] = Object.fromEntries(Object.entries(tops).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return {
    kind: StructureKind.SourceFile,
    statements: [
      `import type { AreaModule } from '../../src/http/endpoint.js';`,
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        isExported: true,
        docs: ['Every area, imported on first use.'],
        declarations: [
          {
            name: 'areaModules',
            type: 'Record<string, () => Promise<AreaModule>>',
            initializer: `{\n${areas.map((a) => `${JSON.stringify(a)}: () => import('./${a}.js'),`).join('\n')}\n}`,
          },
        ],
      },
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        isExported: true,
        docs: ["Per product: a client's top-level API names and the areas that hold their methods."],
        declarations: [
          {
            name: 'productAreas',
            type: 'Record<string, Readonly<Record<string, readonly string[]>>>',
            initializer: JSON.stringify(byProduct, null, 1),
          },
        ],
      },
    ],
  };
}

/** generated/operations.ts: the id of every operation as a type, for runtime code that calls one by name. */
export function emitOperations(ir: Ir): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    statements: [
      {
        kind: StructureKind.TypeAlias,
        name: 'OperationId',
        isExported: true,
        docs: ['`<spec dir>.<id>` of every described endpoint.'],
        type: ir.endpoints.map((e) => JSON.stringify(e.operationId)).join('\n| ') || 'never',
      },
    ],
  };
}
