// generated/openapi.json is usable by other tools: openapi-typescript turns it into types, and those
// types are held against the zod-inferred request/response types of every operation by tsc.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { paramsTypeName, resultTypeName } from '../codegen/naming.js';
import { endpoints } from '../generated/endpoints.js';

const doc = JSON.parse(readFileSync('generated/openapi.json', 'utf8'));

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
      `import type { z } from 'zod';`,
      `import type { operations } from './openapi.js';`,
      `type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;`,
      `type Ok<T extends true> = T;`,
      `type Q<O> = O extends { parameters: { query?: infer P } } ? NonNullable<P> : {};`,
      `type B<O> = O extends { requestBody?: { content: infer C } } ? C[keyof C] : {};`,
      `type Params<O> = Omit<Q<O>, 'action'> & ([B<O>] extends [undefined] ? {} : NonNullable<B<O>>);`,
      `type R<O> = O extends { responses: { 200: { content: { 'application/json': infer J } } } } ? J : never;`,
      // Index signatures (additionalProperties: true) are dropped on both sides before comparing.
      `type Strip<T> = T extends readonly (infer U)[] ? Strip<U>[] : T extends object ? { [K in keyof T as string extends K ? never : K]: Strip<T[K]> } : T;`,
      `type Flat<T> = Strip<T>;`,
    ];
    const dirs = [...new Set(endpoints.map((e) => e.schemas))];
    for (const d of dirs)
      lines.push(`import type * as Z_${d.replace(/-/g, '_')} from '../../generated/schemas/${d}.js';`);
    endpoints.forEach((e, i) => {
      const ns = `Z_${e.schemas.replace(/-/g, '_')}`;
      const dir = e.schemas;
      const op = `operations[${JSON.stringify(e.operationId)}]`;
      const p = `${ns}.${paramsTypeName({ dir, id: e.id })}`;
      if (!endpointHasFile(e.operationId)) {
        lines.push(`type P${i} = Ok<Mutual<Flat<Params<${op}>>, Flat<z.output<typeof ${p}>>>>;`);
      }
      if (!e.response) {
        const r = `${ns}.${resultTypeName({ dir, id: e.id })}`;
        // The zod result keeps unknown keys, like additionalProperties: true in the document.
        lines.push(`type R${i} = Ok<Mutual<Flat<R<${op}>>, Flat<z.output<typeof ${r}>>>>;`);
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
