// The generator at full-API scale (issue 9): a 2,500-endpoint synthetic spec (bench/synthetic-spec.ts)
// generated into a throwaway copy of the project must typecheck there with the project's own tsconfig,
// within Node's default heap, so that a layout that does not scale fails before the descriptors
// arrive. No build, no bundle: bench/scale.ts measures those.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSyntheticSpec, copyProject } from '../../bench/synthetic-spec.js';

const N = 2_500;
const dir = mkdtempSync(join(tmpdir(), 'wxkit-scale-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a Node script in the copy with Node's defaults (no inherited NODE_OPTIONS). */
function node(args: string[], cwd: string, timeout: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd, timeout, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 256 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        const killed = err && 'killed' in err && err.killed ? `\n(killed after ${timeout / 1000} s)` : '';
        resolve({ code, out: `${stdout}${stderr}${killed}` });
      },
    );
  });
}

/** The end of a long output: tsc's first errors, or the out-of-memory report. */
const tail = (out: string) => {
  const errors = out.split('\n').filter((l) => /error TS\d+/.test(l));
  return (errors.length ? errors.slice(0, 10) : out.trim().split('\n').slice(-15)).join('\n');
};

describe(`a synthetic spec of ${N} endpoints`, () => {
  it('generates, and the project typechecks with it within the default Node heap', async () => {
    const copy = join(dir, 'project');
    copyProject(copy);
    const spec = buildSyntheticSpec({ endpoints: N, outDir: join(dir, 'spec') });
    expect(spec.endpoints).toBe(N);

    const gen = await node(
      ['--import', 'tsx', 'codegen/cli.ts', '--spec', spec.dir, '--out', 'generated'],
      copy,
      60_000,
    );
    expect(gen.code, tail(gen.out)).toBe(0);

    const tsc = join(copy, 'node_modules', 'typescript', 'bin', 'tsc');
    const check = await node([tsc, '--noEmit', '-p', 'tsconfig.json'], copy, 170_000);
    expect(check.code, `tsc --noEmit at ${N} endpoints:\n${tail(check.out)}`).toBe(0);
  }, 240_000);
});
