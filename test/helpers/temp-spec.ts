// A throwaway spec dir for loader tests: spec-mini's products.yaml and the token endpoint it names,
// so that a test's own files are the only source of problems.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MINI = 'test/fixtures/spec-mini';

export function tempSpec(prefix = 'wxkit-spec-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(MINI, 'products.yaml'), join(dir, 'products.yaml'));
  mkdirSync(join(dir, 'endpoints', 'shared'), { recursive: true });
  cpSync(join(MINI, 'endpoints', 'shared', 'token.yaml'), join(dir, 'endpoints', 'shared', 'token.yaml'));
  return dir;
}
