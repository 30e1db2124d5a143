// Emits generated/endpoints.ts: every endpoint as a row of data (Octokit-style). The runtime turns
// rows into methods; nothing endpoint-specific is written as code.
import { type SourceFileStructure, StructureKind, VariableDeclarationKind } from 'ts-morph';
import type { Ir, IrEndpoint, IrField } from '../ir.js';
import { endpointParams } from './types.js';

const secretNames = (fields: IrField[]) => fields.filter((f) => f.secret).map((f) => f.name);

export function endpointRow(e: IrEndpoint): Record<string, unknown> {
  const row: Record<string, unknown> = {
    operationId: e.operationId,
    id: e.id,
    products: e.products,
    method: e.method,
    host: e.host,
    path: e.path,
    token: e.token,
    schemas: e.dir,
  };
  if (Object.keys(e.fixedQuery).length) row.fixedQuery = e.fixedQuery;
  if (e.query.length) row.query = e.query.map((f) => f.name);
  if (e.multipart) row.multipart = true;
  if (e.responseKind !== 'json') row.response = e.responseKind;
  if (e.idempotent) row.idempotent = true;
  const secrets = secretNames(endpointParams(e));
  if (secrets.length) row.secrets = secrets;
  if (e.deprecated) row.deprecated = e.deprecated;
  return row;
}

export function emitEndpointTable(ir: Ir): SourceFileStructure {
  const dirs = [...new Set(ir.endpoints.map((e) => e.dir))].sort();
  return {
    kind: StructureKind.SourceFile,
    statements: [
      `import type { EndpointRow } from '../src/http/endpoint.js';`,
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        isExported: true,
        docs: ['Every described endpoint, sorted by operationId.'],
        declarations: [
          {
            name: 'endpoints',
            type: 'readonly EndpointRow[]',
            initializer: `[\n${ir.endpoints.map((e) => `${JSON.stringify(endpointRow(e))},`).join('\n')}\n]`,
          },
        ],
      },
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        isExported: true,
        docs: ['Schema modules, imported on first use so that importing wxkit stays cheap.'],
        declarations: [
          {
            name: 'schemaModules',
            type: `Record<string, () => Promise<{ schemas: Record<string, { params: import('zod').ZodType; result?: import('zod').ZodType }> }>>`,
            initializer: `{\n${dirs.map((d) => `${JSON.stringify(d)}: () => import('./schemas/${d}.js'),`).join('\n')}\n}`,
          },
        ],
      },
    ],
  };
}
