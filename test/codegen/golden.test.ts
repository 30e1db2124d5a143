// Golden files: a small fixture spec that uses every descriptor feature, rendered in full.
// A change to any emitter shows up here as a reviewable diff (`vitest -u` to accept).
import { describe, expect, it } from 'vitest';
import { render } from '../../codegen/generate.js';
import { loadSpec } from '../../codegen/load.js';

describe('generator output for test/fixtures/spec-mini', () => {
  const files = render(loadSpec('test/fixtures/spec-mini'));

  it('is deterministic', () => {
    const again = render(loadSpec('test/fixtures/spec-mini'));
    expect([...again]).toEqual([...files]);
  });

  it('marks every TypeScript file as generated', () => {
    for (const [path, text] of files)
      if (path.endsWith('.ts')) expect(text.startsWith('// generated from spec/')).toBe(true);
  });

  for (const [path, text] of files) {
    it(`matches golden ${path}`, async () => {
      await expect(text).toMatchFileSnapshot(`../golden/spec-mini/${path}.snap`);
    });
  }
});
