// The pipeline: spec/ -> IR -> emitters -> a map of file path -> text. Writing and checking are the
// CLI's business; this module is pure apart from reading spec/.
import { createHash } from 'node:crypto';
import { IndentationText, Project, QuoteKind, type SourceFileStructure, StructureKind } from 'ts-morph';
import { emitApi, emitProductApi } from './emit/api.js';
import { areasOf, emitArea, emitAreaIndex, emitOperations, emitShapeSchemas } from './emit/areas.js';
import { emitErrors } from './emit/errors.js';
import { emitMessages } from './emit/messages.js';
import { emitOpenApi } from './emit/openapi.js';
import { emitProducts } from './emit/products.js';
import { emitShapeTypes, emitTypes } from './emit/types.js';
import type { Ir } from './ir.js';
import { loadSpec } from './load.js';
import { GENERATOR_VERSION, HEADER } from './naming.js';

export const README = `# generated/ — do not edit

Everything here is written by \`npm run generate\` from \`spec/\` (see spec/README.md).
Edit the spec, regenerate, commit both. \`npm run generate -- --check\` (run in CI) fails when
this folder is stale.
`;

export function render(ir: Ir): Map<string, string> {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const out = new Map<string, string>();
  const ts = (path: string, structure: SourceFileStructure) => {
    const sf = project.createSourceFile(path, structure, { overwrite: true });
    sf.formatText({ indentSize: 2, convertTabsToSpaces: true });
    out.set(path, HEADER + sf.getFullText());
  };

  // Per area (a spec dir and a top-level id segment): types, and the rows + schemas the runtime loads lazily.
  const areas = areasOf(ir);
  ts('types/shapes.ts', emitShapeTypes(ir));
  ts('shapes.ts', emitShapeSchemas(ir));
  for (const area of areas) {
    ts(`types/${area}.ts`, emitTypes(ir, area));
    ts(`areas/${area}.ts`, emitArea(ir, area));
  }
  ts('types/index.ts', {
    kind: StructureKind.SourceFile,
    statements: ['shapes', ...areas].map((a) => `export type * from './${a}.js';`),
  });
  ts('areas/index.ts', emitAreaIndex(ir));
  ts('operations.ts', emitOperations(ir));
  for (const product of ir.products.products) ts(`api/${product.id}.ts`, emitProductApi(ir, product));
  ts('api.ts', emitApi(ir));
  ts('products.ts', emitProducts(ir));
  ts('errors.ts', emitErrors(ir));
  for (const [path, structure] of emitMessages(ir)) ts(path, structure);

  out.set('openapi.json', `${JSON.stringify(emitOpenApi(ir, GENERATOR_VERSION), null, 2)}\n`);
  // The official sample bodies, for the emulator's push templates (wxkit/testing reads this file).
  out.set('messages/samples.json', `${JSON.stringify(messageSamples(ir), null, 2)}\n`);
  out.set('README.md', README);
  const outputHash = createHash('sha256');
  for (const [path, text] of [...out].sort(([a], [b]) => (a < b ? -1 : 1)))
    outputHash.update(`${path}\0${text}\0`);
  out.set(
    'manifest.json',
    `${JSON.stringify(
      {
        generator: 'wxkit-codegen',
        generatorVersion: GENERATOR_VERSION,
        specHash: ir.specHash,
        outputHash: outputHash.digest('hex'),
        counts: {
          endpoints: ir.endpoints.length,
          messages: ir.messages.length,
          shapes: ir.shapes.length,
          errcodes: ir.errcodes.length,
        },
      },
      null,
      2,
    )}\n`,
  );
  return out;
}

/** Each inbound message's official sample(s): `{ TextMessage: { xml, json? } }`. */
export function messageSamples(ir: Ir): Record<string, { xml?: string; json?: string }> {
  const out: Record<string, { xml?: string; json?: string }> = {};
  for (const m of ir.messages) {
    if (m.kind === 'reply' || (!m.sample && !m.sampleJson)) continue;
    out[m.name] = {
      ...(m.sample ? { xml: m.sample.trim() } : {}),
      ...(m.sampleJson ? { json: m.sampleJson.trim() } : {}),
    };
  }
  return out;
}

export function generate(specDir = 'spec'): Map<string, string> {
  return render(loadSpec(specDir));
}
