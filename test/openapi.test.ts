// generated/openapi.json is usable by other tools: openapi-typescript turns it into types, and those
// types are held against the zod-inferred request/response types of every operation by tsc, and
// the zod-inferred types against the emitted interfaces (generated/types): the schemas carry no type
// annotation (it does not scale), so this test is what keeps the three in agreement.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../codegen/load.js';
import { areaTypesAlias, paramsTypeName, resultTypeName } from '../codegen/naming.js';
import { allOperations } from '../src/http/operations.js';

const doc = JSON.parse(readFileSync('generated/openapi.json', 'utf8'));
const endpoints = await allOperations();
const ir = loadSpec('spec');

describe('generated/openapi.json', () => {
  it('has every operation once, with its host, example and doc URL', () => {
    const ops = Object.values(doc.paths as Record<string, Record<string, any>>).flatMap((p) =>
      Object.values(p),
    );
    expect(ops.map((o) => o.operationId).sort()).toEqual(endpoints.map((e) => e.operationId).sort());
    for (const op of ops) {
      const row = endpoints.find((e) => e.operationId === op.operationId)!;
      expect(op.servers[0].url.startsWith(`https://${row.host}`)).toBe(true);
      expect(op.externalDocs.url).toMatch(/^https:\/\//);
      if (!row.response)
        expect(op.responses['200'].content['application/json'].example, op.operationId).toBeDefined();
    }
  });

  it('turns into types that agree with the zod-inferred params and results', async () => {
    const ast = await openapiTS(doc as never);
    const dir = join('tmp', 'openapi-check');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'openapi.d.ts'), astToString(ast));
    const lines = [
      `import type * as z from 'zod/mini';`,
      `import type { operations } from './openapi.js';`,
      `type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;`,
      `type Ok<T extends true> = T;`,
      `type Q<O> = O extends { parameters: { query?: infer P } } ? NonNullable<P> : {};`,
      `type B<O> = O extends { requestBody?: { content: infer C } } ? C[keyof C] : {};`,
      `type Params<O> = Omit<Q<O>, 'action'> & ([B<O>] extends [undefined] ? {} : NonNullable<B<O>>);`,
      `type R<O> = O extends { responses: { 200: { content: { 'application/json': infer J } } } } ? J : never;`,
      // Index signatures (additionalProperties: true) are dropped on both sides before comparing.
      // A free-form (\`any\`) property is optional in zod's output and required in openapi-typescript's.
      `type Strip<T> = T extends readonly (infer U)[] ? Strip<U>[] : T extends object ? { [K in keyof T as string extends K ? never : unknown extends T[K] ? never : K]: Strip<T[K]> } & { [K in keyof T as string extends K ? never : unknown extends T[K] ? K : never]?: unknown } : T;`,
      `type Flat<T> = Strip<T>;`,
    ];
    const areas = [...new Set(ir.endpoints.map((e) => e.area))];
    for (const a of areas) {
      lines.push(`import type * as Z_${areaTypesAlias(a)} from '../../generated/areas/${a}.js';`);
      lines.push(`import type * as ${areaTypesAlias(a)} from '../../generated/types/${a}.js';`);
    }
    ir.endpoints.forEach((e, i) => {
      const zod = `(typeof Z_${areaTypesAlias(e.area)}.endpoints)[${JSON.stringify(e.id)}]`;
      const types = areaTypesAlias(e.area);
      const op = `operations[${JSON.stringify(e.operationId)}]`;
      const p = `z.output<${zod}['params']>`;
      // A param the client fills in (`from:`) is required on the wire, optional to the caller.
      const fills = [...e.query, ...e.body].some((f) => f.from);
      if (!endpointHasFile(e.operationId) && !fills) {
        lines.push(`type P${i} = Ok<Mutual<Flat<Params<${op}>>, Flat<${p}>>>;`);
      }
      if (!endpointHasFile(e.operationId)) {
        // The emitted params type reads int64 as string | number, like the zod input.
        lines.push(`type PI${i} = Ok<Mutual<${types}.${paramsTypeName(e)}, z.input<${zod}['params']>>>;`);
      }
      if (e.response) {
        const r = `z.output<${zod}['result']>`;
        // The zod result keeps unknown keys, like additionalProperties: true in the document.
        lines.push(`type R${i} = Ok<Mutual<Flat<R<${op}>>, Flat<${r}>>>;`);
        lines.push(`type RI${i} = Ok<Mutual<Flat<${types}.${resultTypeName(e)}>, Flat<${r}>>>;`);
      }
    });
    writeFileSync(join(dir, 'check.ts'), `${lines.join('\n')}\n`);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.json',
        include: ['./*.ts'],
        compilerOptions: { noEmit: true },
      }),
    );
    let out = '';
    try {
      execFileSync('npx', ['tsc', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      out = (err as { stdout: string }).stdout;
    }
    expect(out).toBe('');
  }, 120_000);
});

/** Multipart file fields are `string (binary)` in OpenAPI and a Blob/Buffer union in TypeScript: not comparable. */
function endpointHasFile(operationId: string) {
  const op = Object.values(doc.paths as Record<string, Record<string, any>>)
    .flatMap((p) => Object.values(p))
    .find((o) => o.operationId === operationId);
  return Boolean(op?.requestBody?.content?.['multipart/form-data']);
}
