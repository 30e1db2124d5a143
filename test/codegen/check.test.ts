// `npm run generate -- --check` passes on a fresh output and fails when a descriptor changes
// without regenerating.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = (args: string[]) => {
  try {
    return {
      code: 0,
      out: execFileSync('npx', ['tsx', 'codegen/cli.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }),
    };
  } catch (err) {
    const e = err as { status: number; stderr: string; stdout: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
};

describe('generate --check', () => {
  it('the committed generated/ matches spec/', () => {
    const r = cli(['--check']);
    expect(r.out).toContain('up to date');
    expect(r.code).toBe(0);
  });

  it('fails after a descriptor changes without regenerating, and passes again after generating', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxkit-check-'));
    const spec = join(dir, 'spec');
    const out = join(dir, 'generated');
    cpSync('test/fixtures/spec-mini', spec, { recursive: true });
    expect(cli(['--spec', spec, '--out', out]).code).toBe(0);
    expect(cli(['--check', '--spec', spec, '--out', out]).code).toBe(0);

    const file = join(spec, 'endpoints', 'oa', 'demo.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Get a thing', 'Get one thing'));
    const stale = cli(['--check', '--spec', spec, '--out', out]);
    expect(stale.code).toBe(1);
    expect(stale.out).toMatch(/stale: .*types\/oa\/thing\.ts/);

    expect(cli(['--spec', spec, '--out', out]).code).toBe(0);
    expect(cli(['--check', '--spec', spec, '--out', out]).code).toBe(0);
  }, 60_000);
});
