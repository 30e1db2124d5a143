// Adding a product is one entry in spec/products.yaml (plus its spec dir and, at runtime, one
// factory): a throwaway product added to a copy of spec-mini comes out everywhere a product does,
// and the emulator and the CLI serve it by its account kind, with no code of theirs changed.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from '../../codegen/generate.js';
import { loadSpec, SpecError } from '../../codegen/load.js';
import type * as GeneratedProducts from '../../generated/products.js';
import type { Emulator } from '../../src/testing/index.js';
import { recordingIo } from '../helpers/cli-io.js';

/** The whole diff of the throwaway product: this entry, and a spec dir of its own. */
const CHANNELS_ENTRY = `
  channels:
    title: Channels shop
    namespace: channels
    client: Channels
    typePrefix: Channels
    host: api.weixin.qq.com
    token: access_token
    account: app
    pushes: { alwaysEncrypted: true, receiveId: appId, family: wechat }
    tokenEndpoint: { operation: shared.token.get, field: access_token }
`;
const CHANNELS_ENDPOINTS = `products: [channels]
endpoints:
  shop.getInfo:
    summary: Get the shop's basic information (获取店铺基本信息)
    route: GET /channels/ec/basics/info/get
    doc: https://developers.weixin.qq.com/doc/channels/API/basics/getbasicinfo.html
    idempotent: true
    response:
      nickname: { type: string, required: true }
    example:
      response: { errcode: 0, errmsg: ok, nickname: shop }
`;

function specWithChannels(entry = CHANNELS_ENTRY): string {
  const dir = mkdtempSync(join(tmpdir(), 'wxkit-product-'));
  cpSync('test/fixtures/spec-mini', dir, { recursive: true });
  writeFileSync(join(dir, 'products.yaml'), readFileSync(join(dir, 'products.yaml'), 'utf8') + entry);
  // The shared token endpoint serves the new product too.
  const token = join(dir, 'endpoints', 'shared', 'token.yaml');
  writeFileSync(
    token,
    readFileSync(token, 'utf8').replace(
      'products: [oa, miniprogram]',
      'products: [oa, miniprogram, channels]',
    ),
  );
  mkdirSync(join(dir, 'endpoints', 'channels'));
  writeFileSync(join(dir, 'endpoints', 'channels', 'shop.yaml'), CHANNELS_ENDPOINTS);
  return dir;
}

describe('a product added through products.yaml', () => {
  const files = render(loadSpec(specWithChannels()));
  const file = (path: string) => files.get(path) ?? '';

  it('is in the runtime facts, with its host, token, account kind and push rules', () => {
    expect(file('products.ts')).toContain('"channels"] as const');
    expect(file('products.ts')).toMatch(/channels: \{ "title": "Channels shop", "namespace": "channels"/);
    expect(file('products.ts')).toContain(
      '"account": "app", "pushes": { "alwaysEncrypted": true, "receiveId": "appId"',
    );
    expect(file('products.ts')).toContain('readonly channels: "app";'); // so ProductOfAccount<'app'> has it
  });

  it('gets its api interface, its types prefixed, its message union and its OpenAPI tag', () => {
    expect(file('api.ts')).toContain(`export type { ChannelsApi } from './api/channels.js';`);
    expect(file('api/channels.ts')).toContain('export interface ChannelsApi');
    expect(file('api/channels.ts')).toContain('getInfo(params?: T_channels_shop.ChannelsShopGetInfoParams');
    expect(file('api/channels.ts')).toContain('token: {'); // the shared token endpoint
    expect(file('types/channels/shop.ts')).toContain('export interface ChannelsShopGetInfoResult');
    expect(file('messages/types.ts')).toContain('export type ChannelsMessage = never;');
    expect(file('messages/types.ts')).toContain('channels: ChannelsMessage;');
    expect(file('areas/index.ts')).toContain('"channels/shop"');
    const openapi = JSON.parse(file('openapi.json')) as { tags: Array<{ name: string }> };
    expect(openapi.tags.map((t) => t.name)).toContain('channels');
  });

  it('is checked: its host and token exist, its token endpoint answers the field, its names are its own', () => {
    const bad = CHANNELS_ENTRY.replace('host: api.weixin.qq.com', 'host: channels.weixin.qq.com')
      .replace('field: access_token', 'field: channels_token')
      .replace('namespace: channels', 'namespace: mp');
    let err: unknown;
    try {
      loadSpec(specWithChannels(bad));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SpecError);
    const problems = (err as SpecError).problems.map((p) => p.replace(/^.*products\.yaml/, 'products.yaml'));
    expect(problems).toEqual([
      'products.yaml: products.channels.host: channels.weixin.qq.com is not in hosts',
      'products.yaml: products.channels.namespace: miniprogram has it too',
      'products.yaml: products.channels.tokenEndpoint.field: shared.token.get answers no channels_token',
    ]);
  });

  it('is checked: its account kind is one the generator knows, and fits its pushes and ticket', () => {
    const problemsOf = (entry: string) => {
      try {
        loadSpec(specWithChannels(entry));
      } catch (e) {
        expect(e).toBeInstanceOf(SpecError);
        return (e as SpecError).problems.map((p) => p.replace(/^.*products\.yaml/, 'products.yaml'));
      }
      return [];
    };
    expect(problemsOf(CHANNELS_ENTRY.replace('account: app', 'account: shop'))).toEqual([
      'products.yaml: products.channels.account: shop is not an account kind (app, component, corp, suite)',
    ]);
    expect(problemsOf(CHANNELS_ENTRY.replace('account: app', 'account: component'))).toEqual([
      "products.yaml: products.channels.pushes.receiveId: a component account's pushes are sealed for its componentAppId",
      "products.yaml: products.channels.ticket: a component account's token is fed by a pushed ticket",
    ]);
  });

  it('a spec dir that is no product is refused', () => {
    const dir = specWithChannels('');
    let err: unknown;
    try {
      loadSpec(dir);
    } catch (e) {
      err = e;
    }
    expect((err as SpecError).problems.join('\n')).toMatch(/products: \[channels\]|channels\/ is a spec dir/);
  });
});

/**
 * generated/products.ts as `npm run generate` would write it with the channels entry added to
 * spec/products.yaml: the real facts, plus channels' facts exactly as the generator renders them.
 */
async function factsWithChannels(real: typeof GeneratedProducts): Promise<typeof GeneratedProducts> {
  const dir = await mkdtemp(join(tmpdir(), 'wxkit-product-facts-'));
  const file = join(dir, 'products.ts');
  await writeFile(file, render(loadSpec(specWithChannels())).get('products.ts') ?? '');
  const rendered = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as typeof GeneratedProducts;
  const channels = (rendered.products as Record<string, GeneratedProducts.ProductFacts>).channels!;
  return {
    ...real,
    PRODUCTS: [...real.PRODUCTS, 'channels'] as unknown as typeof real.PRODUCTS,
    products: { ...real.products, channels } as typeof real.products,
  };
}

describe('a product of an existing account kind, at runtime', () => {
  const CHANNELS = { product: 'channels', appId: 'wxchannels00000001', appSecret: 'channels-secret-01' };
  let emulator: Emulator;
  let run: typeof import('../../src/cli/run.js').run;

  beforeAll(async () => {
    // Only the generated facts change (as regenerating with the entry would); src/ is imported as is.
    vi.resetModules();
    vi.doMock('../../generated/products.js', async (importOriginal) =>
      factsWithChannels(await importOriginal<typeof GeneratedProducts>()),
    );
    const { createEmulator } = await import('../../src/testing/index.js');
    ({ run } = await import('../../src/cli/run.js'));
    // The account type has no channels until generated/ is: the test's spec is not the real one.
    emulator = await createEmulator({ accounts: [CHANNELS as never] });
  });
  afterAll(async () => {
    await emulator?.close();
    vi.doUnmock('../../generated/products.js');
    vi.resetModules();
  });

  it('is resolved as an app account: callback token, EncodingAESKey and original id filled in', () => {
    const account = emulator.account('channels' as never) as Record<string, unknown>;
    expect(account).toMatchObject({
      product: 'channels',
      appId: CHANNELS.appId,
      appSecret: CHANNELS.appSecret,
    });
    expect(account.token).toMatch(/^token[0-9a-f]{16}$/);
    expect(account.encodingAESKey).toHaveLength(43);
    expect(account.originalId).toMatch(/^gh_[0-9a-f]{12}$/);
  });

  it('gets its token from the emulator with its appId and appSecret, and a wrong secret is refused', async () => {
    const api = emulator.hosts['api.weixin.qq.com'];
    const stable = (secret: string) =>
      fetch(`${api}/cgi-bin/stable_token`, {
        method: 'POST',
        body: JSON.stringify({ grant_type: 'client_credential', appid: CHANNELS.appId, secret }),
      }).then((r) => r.json() as Promise<Record<string, unknown>>);
    expect(await stable(CHANNELS.appSecret)).toMatchObject({
      access_token: expect.any(String),
      expires_in: 7200,
    });
    expect(await stable('wrong')).toMatchObject({ errcode: 40125 });
    const classic = await fetch(
      `${api}/cgi-bin/token?grant_type=client_credential&appid=${CHANNELS.appId}&secret=${CHANNELS.appSecret}`,
    ).then((r) => r.json() as Promise<Record<string, unknown>>);
    expect(classic).toMatchObject({ access_token: expect.any(String), expires_in: 7200 });
    expect(emulator.calls('shared.token.getStable')).toBe(2);
  });

  it('is listed by `wxkit emulator` from an accounts file, with its title and app credentials', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'wxkit-product-cli-')), 'accounts.json');
    await writeFile(file, JSON.stringify([CHANNELS]));
    const { io, out: stdout, err, stop } = recordingIo();
    const out = () => stdout() + err();
    const running = run(['emulator', '--port', '0', '--quiet', '--accounts', file], io, {});
    for (let i = 0; i < 100 && !out().includes('Ctrl-C'); i++) await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(await running).toBe(0);
    expect(out()).toContain('  Channels shop (channels)');
    expect(out()).toMatch(
      / {4}appId {14}wxchannels00000001\n {4}appSecret {10}channels-secret-01\n {4}originalId {9}gh_/,
    );
    expect(out()).toContain(`"appid":"${CHANNELS.appId}"`); // the curl to try is its token request
  });
});
