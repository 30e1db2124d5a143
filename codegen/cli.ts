// `npm run generate` writes generated/; `npm run generate -- --check` exits 1 when it is stale.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { OpenApiKeyError } from './emit/openapi.js';
import { generate } from './generate.js';
import { SpecError } from './load.js';

function listFiles(dir: string): string[] {
  let out: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const full = join(dir, n);
    out = statSync(full).isDirectory() ? out.concat(listFiles(full)) : out.concat(full);
  }
  return out;
}

export function diffGenerated(outDir: string, files: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, text] of files) {
    let current: string | undefined;
    try {
      current = readFileSync(join(outDir, path), 'utf8');
    } catch {
      current = undefined;
    }
    if (current === undefined) problems.push(`missing: ${path}`);
    else if (current !== text) problems.push(`stale: ${path}`);
  }
  for (const full of listFiles(outDir)) {
    const rel = relative(outDir, full).split('\\').join('/');
    if (!files.has(rel)) problems.push(`not generated (delete it): ${rel}`);
  }
  return problems;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const specDir = argv.find((_a, i) => argv[i - 1] === '--spec') ?? 'spec';
  const outDir = argv.find((_a, i) => argv[i - 1] === '--out') ?? 'generated';
  let files: Map<string, string>;
  try {
    files = generate(specDir);
  } catch (err) {
    if (err instanceof SpecError || err instanceof OpenApiKeyError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  if (check) {
    const problems = diffGenerated(outDir, files);
    if (problems.length) {
      console.error(`${outDir}/ is stale; run \`npm run generate\` and commit:\n  ${problems.join('\n  ')}`);
      return 1;
    }
    console.log(`${outDir}/ is up to date (${files.size} files)`);
    return 0;
  }
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, text] of files) {
    const full = join(outDir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  console.log(`wrote ${files.size} files to ${outDir}/`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
