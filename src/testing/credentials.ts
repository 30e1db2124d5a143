// The appid/secret checks, as data: whichever endpoint carries one of these field pairs, the emulator
// checks it against its accounts the way WeChat does (an unknown id, then a wrong secret).
import type { EmulatorState } from './state.js';
import { type WechatErrorBody, wechatError } from './wechat-errors.js';

interface CredentialPair {
  idField: string;
  secretFields: readonly string[];
  /** The secrets registered for that id (none: unknown id). */
  secretsOf(state: EmulatorState, id: unknown): string[];
  unknownId(): WechatErrorBody;
  /** WeChat's answer to a wrong secret; classic /cgi-bin/token says 40001, stable_token 40125. */
  wrongSecret(operationId: string): WechatErrorBody;
  /** Check the id even when no secret is sent (only for endpoints without a token). */
  idAlone: boolean;
}

const PAIRS: readonly CredentialPair[] = [
  {
    idField: 'appid',
    secretFields: ['secret', 'appsecret'],
    secretsOf: (s, id) => {
      const app = s.accounts.app(id);
      return app ? [app.appSecret] : [];
    },
    unknownId: () => wechatError(40013, 'invalid appid'),
    wrongSecret: (op) =>
      op === 'shared.token.get'
        ? wechatError(40001, 'invalid credential, AppSecret error or AppSecret not belong to this appid')
        : wechatError(40125, 'invalid appsecret'),
    idAlone: true,
  },
  {
    idField: 'component_appid',
    secretFields: ['component_appsecret', 'component_secret'],
    secretsOf: (s, id) => {
      const c = s.accounts.component(id);
      return c ? [c.componentAppSecret] : [];
    },
    unknownId: () => wechatError(40013, 'invalid appid'),
    wrongSecret: () => wechatError(40125, 'invalid appsecret'),
    idAlone: true,
  },
  {
    idField: 'corpid',
    secretFields: ['corpsecret'],
    secretsOf: (s, id) => s.accounts.workApps(id).map((a) => a.secret),
    unknownId: () => wechatError(40013, 'invalid corpid'),
    wrongSecret: () => wechatError(40001, 'invalid secret'),
    idAlone: false,
  },
  {
    idField: 'corpid',
    secretFields: ['provider_secret'],
    secretsOf: (s, id) => {
      const p = s.accounts.provider(id);
      return p?.providerSecret ? [p.providerSecret] : [];
    },
    unknownId: () => wechatError(40013, 'invalid corpid'),
    wrongSecret: () => wechatError(40001, 'invalid provider_secret'),
    idAlone: false,
  },
  {
    idField: 'suite_id',
    secretFields: ['suite_secret'],
    secretsOf: (s, id) => {
      const suite = s.accounts.suite(id);
      return suite ? [suite.suiteSecret] : [];
    },
    unknownId: () => wechatError(40013, 'invalid suite_id'),
    wrongSecret: () => wechatError(40001, 'invalid suite_secret'),
    idAlone: false,
  },
];

/** The error WeChat would answer for the credentials in `params`, if any. */
export function checkCredentials(
  state: EmulatorState,
  operationId: string,
  params: Record<string, unknown>,
  hasToken: boolean,
): WechatErrorBody | undefined {
  for (const pair of PAIRS) {
    const secretField = pair.secretFields.find((f) => f in params);
    if (!(pair.idField in params) || (!secretField && (hasToken || !pair.idAlone))) continue;
    const secrets = pair.secretsOf(state, params[pair.idField]);
    if (secrets.length === 0) return pair.unknownId();
    if (secretField && !secrets.includes(params[secretField] as string)) return pair.wrongSecret(operationId);
  }
  return undefined;
}
