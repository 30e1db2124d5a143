// Every described endpoint, called through the generated client against the emulator with its
// official example request (credentials, tickets and codes swapped for live ones), must come back
// and parse with its response schema in strict mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IrEndpoint } from '../../codegen/ir.js';
import { loadSpec } from '../../codegen/load.js';
import { buildApi } from '../../src/clients/build-api.js';
import { createOfficialAccount } from '../../src/clients/official-account.js';
import { createWork } from '../../src/clients/work.js';
import { HttpCaller } from '../../src/http/caller.js';
import { allOperations } from '../../src/http/operations.js';
import type { Product } from '../../src/products.js';
import { createEmulator, type Emulator } from '../../src/testing/index.js';
import { accountOf, emulatorTokens } from './helpers.js';

const ir = loadSpec('spec');
const endpoints = (await allOperations()).sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

type Method = (params?: Record<string, unknown>, options?: object) => Promise<unknown>;
const methodAt = (api: unknown, id: string) => id.split('.').reduce((n: any, k) => n?.[k], api) as Method;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator();
});
afterAll(() => emulator.close());

/** The example request with what only the emulator knows: its accounts' ids and secrets, live tickets and codes. */
function liveParams(e: IrEndpoint): Record<string, unknown> {
  const app = accountOf(emulator, e.products[0] === 'miniprogram' ? 'miniprogram' : 'oa');
  const open = accountOf(emulator, 'open');
  const work = accountOf(emulator, 'work');
  const suite = accountOf(emulator, 'work-suite');
  const authorizer = open.authorizers[0]!;
  const corp = suite.corps[0]!;
  const live: Record<string, () => unknown> = {
    appid: () => (e.products[0] === 'open' ? authorizer.appId : app.appId),
    secret: () => app.appSecret,
    appsecret: () => app.appSecret,
    component_appid: () => open.componentAppId,
    component_appsecret: () => open.componentAppSecret,
    component_secret: () => open.componentAppSecret,
    component_verify_ticket: () => emulator.ticket(open.componentAppId),
    authorizer_appid: () => authorizer.appId,
    authorizer_refresh_token: () => authorizer.refreshToken,
    authorization_code: () => emulator.authorizationCode(authorizer.appId),
    corpid: () => (e.operationId === 'work-suite.provider.getToken' ? suite.providerCorpId : work.corpId),
    corpsecret: () => work.secret,
    provider_secret: () => suite.providerSecret,
    suite_id: () => suite.suiteId,
    suite_secret: () => suite.suiteSecret,
    suite_ticket: () => emulator.ticket(suite.suiteId),
    auth_corpid: () => corp.corpId,
    permanent_code: () => corp.permanentCode,
    auth_code: () => emulator.suiteAuthCode(corp.corpId),
  };
  const params: Record<string, unknown> = { ...(e.example.request ?? {}) };
  // Live credentials replace string fields of that name (a suite's numeric `appid` is not an appid).
  const stringField = (k: string) => [...e.query, ...e.body].find((f) => f.name === k)?.type === 'string';
  for (const k of Object.keys(params)) if (live[k] && stringField(k)) params[k] = live[k]();
  for (const f of e.body) {
    if (f.type === 'file' && f.required)
      params[f.name] = { data: new Uint8Array([1, 2, 3]), filename: 'a.png' };
  }
  return params;
}

/** Web authorization: a fresh code the emulator issued for a user, or the user token got with one. */
async function webAuthParams(operationId: string): Promise<Record<string, unknown>> {
  const oa = accountOf(emulator, 'oa');
  const work = accountOf(emulator, 'work');
  const snsCode = () => emulator.webAuthCode(oa.appId, { scope: 'snsapi_userinfo' });
  const workCode = () => emulator.webAuthCode(work.corpId, { scope: 'snsapi_privateinfo' });
  const snsToken = async () =>
    createOfficialAccount({
      appId: oa.appId,
      appSecret: oa.appSecret,
      hosts: emulator.hosts,
    }).api.oauth.getAccessToken({ code: snsCode(), grant_type: 'authorization_code' });
  switch (operationId) {
    case 'oa.oauth.getAccessToken':
      return { code: snsCode() };
    case 'oa.oauth.refreshAccessToken':
      return { refresh_token: (await snsToken()).refresh_token };
    case 'oa.oauth.getUserInfo':
    case 'oa.oauth.checkAccessToken': {
      const t = await snsToken();
      return { access_token: t.access_token, openid: t.openid };
    }
    case 'work.oauth.getUserInfo':
      return { code: workCode() };
    case 'work.oauth.getUserDetail': {
      const client = createWork({
        corpId: work.corpId,
        secret: work.secret,
        agentId: work.agentId,
        hosts: emulator.hosts,
      });
      return { user_ticket: (await client.api.oauth.getUserInfo({ code: workCode() })).user_ticket };
    }
    default:
      return {};
  }
}

describe('the emulator answers every described endpoint', () => {
  it('serves the whole endpoint table', () => {
    expect(ir.endpoints.map((e) => e.operationId)).toEqual(endpoints.map((r) => r.operationId));
    expect(endpoints.length).toBeGreaterThanOrEqual(50);
  });

  for (const e of ir.endpoints) {
    it(`${e.operationId}: ${e.method} ${e.host}${e.path}`, async () => {
      const product = e.products[0] as Product;
      const caller = new HttpCaller(
        { hosts: emulator.hosts, validateResponse: 'strict', retries: 0 },
        emulatorTokens(emulator, product),
      );
      const params = { ...liveParams(e), ...(await webAuthParams(e.operationId)) };
      const before = emulator.calls(e.operationId);

      const result = (await methodAt(buildApi(product, caller), e.id)(params)) as Record<string, unknown>;

      expect(emulator.calls(e.operationId)).toBe(before + 1);
      if (e.responseKind === 'json') {
        expect(result).toBeTypeOf('object');
        expect(result.errcode).toBeUndefined(); // unwrapped, and strict validation passed
      } else {
        const file = result as unknown as { bytes: Uint8Array; contentType: string };
        // A PNG, unless the descriptor declares other content types (then the first of those).
        const declared = e.binary?.contentTypes ?? ['image/png'];
        const png = declared.some((t) => t === 'image/png' || t === 'image/*');
        expect(file.contentType).toBe(png ? 'image/png' : declared.find((t) => !t.endsWith('*')));
        expect([...file.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      }
    });
  }
});
