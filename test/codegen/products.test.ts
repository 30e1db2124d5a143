// Adding a product is one entry in spec/products.yaml (plus its spec dir and, at runtime, one
// factory): a throwaway product added to a copy of spec-mini comes out everywhere a product does.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../codegen/generate.js';
import { loadSpec, SpecError } from '../../codegen/load.js';

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
