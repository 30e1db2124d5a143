// `npm run spec:new`: a descriptor starts from its inventory row, and a scaffold never generates
// until the official page has been read into it (the loader refuses its TODOs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec, SpecError } from '../../codegen/load.js';
import { fileFor, header, readInventory, scaffold, suggestedId } from '../../scripts/spec-new.js';
import { tempSpec } from '../helpers/temp-spec.js';

const row = (over: Partial<ReturnType<typeof readInventory>[number]>) => ({
  product: 'work',
  group: 'checkin',
  method: 'POST',
  path: '/cgi-bin/checkin/getcheckindata',
  host: 'qyapi.weixin.qq.com',
  token_kind: 'access_token',
  body_kind: 'json',
  doc_url: 'https://developer.work.weixin.qq.com/document/path/90262',
  notes: '',
  ...over,
});

describe('spec:new', () => {
  it('reads the inventory beside the project', () => {
    const rows = readInventory();
    expect(rows.length).toBeGreaterThan(2000);
    expect(rows.find((r) => r.path === '/cgi-bin/user/info' && r.product === 'oa')).toMatchObject({
      method: 'GET',
      host: 'api.weixin.qq.com',
      token_kind: 'access_token',
    });
  });

  it('scaffolds route, host, token, doc URL and a suggested id from the row', () => {
    const r = row({});
    expect(suggestedId(r)).toBe('checkin.getcheckindata');
    expect(fileFor(r)).toBe(join('spec', 'endpoints', 'work', 'checkin.yaml'));
    const text = scaffold(r);
    expect(text).toContain('route: POST /cgi-bin/checkin/getcheckindata');
    expect(text).toContain('doc: https://developer.work.weixin.qq.com/document/path/90262');
    expect(text).toContain('host: qyapi.weixin.qq.com');
    expect(scaffold(row({ method: 'GET', body_kind: 'binary-response', token_kind: 'none' }))).toMatch(
      /token: none[\s\S]*responseKind: binary[\s\S]*query:/,
    );
  });

  it('leaves TODOs that the loader refuses', () => {
    const dir = tempSpec('wxkit-spec-new-');
    const r = row({});
    const file = join(dir, 'endpoints', 'work', 'checkin.yaml');
    mkdirSync(join(dir, 'endpoints', 'work'), { recursive: true });
    writeFileSync(file, `${header(r)}\n${scaffold(r)}`);
    let err: unknown;
    try {
      loadSpec(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SpecError);
    expect((err as SpecError).message).toMatch(/summary: still TODO/);
  });
});
