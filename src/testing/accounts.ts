// The accounts an emulator knows: what a test or the CLI configures, filled with defaults, and the
// lookups the endpoint handlers need (by appid, corpid, suite id, component appid). Accounts are
// handled by their product's account kind (spec/products.yaml `account`), never by product name:
// a new product of a known kind is served as it is.
import { createHash } from 'node:crypto';
import {
  type AccountKind,
  type AccountKindOf,
  accountKind,
  type Product,
  type ProductOfAccount,
} from '../products.js';

/** An app account (appId + appSecret): an Official Account, a Mini Program, any `account: app` product. */
export interface AppAccount {
  product: ProductOfAccount<'app'>;
  appId: string;
  appSecret: string;
  /** Callback Token, for pushes (default: derived from appId). */
  token?: string;
  /** Callback EncodingAESKey, 43 characters (default: derived from appId). */
  encodingAESKey?: string;
  /** The original id (`gh_…`): ToUserName of pushes (default: derived from appId). */
  originalId?: string;
  /** Shown on the emulator's consent page. */
  name?: string;
  /** Hosts a web-authorization redirect_uri may point at (default: localhost and 127.0.0.1). */
  webDomains?: string[];
}

/** An account that authorized an Open Platform component. */
export interface AuthorizerAccount {
  appId: string;
  /** Default `oa`. */
  product?: ProductOfAccount<'app'>;
  /** authorizer_refresh_token (default: derived from appId). */
  refreshToken?: string;
  originalId?: string;
}

/** An Open Platform third-party platform (component). */
export interface OpenPlatformAccount {
  product: ProductOfAccount<'component'>;
  componentAppId: string;
  componentAppSecret: string;
  token?: string;
  encodingAESKey?: string;
  /** A component_verify_ticket the emulator already knows, as if it had pushed it. */
  verifyTicket?: string;
  /** The authorization event URL: api_start_push_ticket makes the emulator push a new ticket there. */
  ticketUrl?: string;
  authorizers?: AuthorizerAccount[];
}

/** A WeCom internal app: corpid + the app's secret. List one per app. */
export interface WorkAccount {
  product: ProductOfAccount<'corp'>;
  corpId: string;
  secret: string;
  agentId: number;
  token?: string;
  encodingAESKey?: string;
  /** Shown on the emulator's consent page. */
  name?: string;
  /** Hosts a web-authorization redirect_uri may point at (default: localhost and 127.0.0.1). */
  webDomains?: string[];
}

/** A corp that installed a WeCom third-party suite. */
export interface SuiteCorp {
  corpId: string;
  /** permanent_code (default: derived from the suite and corp ids). */
  permanentCode?: string;
  agentId?: number;
}

/** A WeCom third-party suite (and, optionally, its service provider credentials). */
export interface WorkSuiteAccount {
  product: ProductOfAccount<'suite'>;
  suiteId: string;
  suiteSecret: string;
  token?: string;
  encodingAESKey?: string;
  /** A suite_ticket the emulator already knows, as if it had pushed it. */
  suiteTicket?: string;
  /** The instruction callback URL, where `emulator.pushTicket()` sends new suite tickets by default. */
  ticketUrl?: string;
  corps?: SuiteCorp[];
  /** Service provider corpid and provider_secret, for get_provider_token. */
  providerCorpId?: string;
  providerSecret?: string;
}

export type EmulatorAccount = AppAccount | OpenPlatformAccount | WorkAccount | WorkSuiteAccount;

type Filled<T> = T & { token: string; encodingAESKey: string };
export type ResolvedApp = Filled<AppAccount> & { originalId: string };
export type ResolvedAuthorizer = Required<AuthorizerAccount>;
export type ResolvedOpen = Omit<Filled<OpenPlatformAccount>, 'authorizers'> & {
  authorizers: ResolvedAuthorizer[];
};
export type ResolvedWork = Filled<WorkAccount>;
export type ResolvedSuiteCorp = SuiteCorp & { permanentCode: string; agentId: number };
export type ResolvedSuite = Omit<Filled<WorkSuiteAccount>, 'corps'> & { corps: ResolvedSuiteCorp[] };
export type ResolvedAccount = ResolvedApp | ResolvedOpen | ResolvedWork | ResolvedSuite;
/** The resolved account of each account kind. */
interface ResolvedByKind {
  app: ResolvedApp;
  component: ResolvedOpen;
  corp: ResolvedWork;
  suite: ResolvedSuite;
}
/** The resolved account type of a product (that of its account kind). */
export type ResolvedAccountOf<P extends ResolvedAccount['product']> = ResolvedByKind[AccountKindOf<P>];

/** The members of an account union whose product is of kind K. */
export type OfKind<A extends { product: Product }, K extends AccountKind> = Extract<
  A,
  { product: ProductOfAccount<K> }
>;

/** True when the account's product is of kind `kind` (narrows the account to that kind's). */
export const isKind = <A extends { product: Product }, K extends AccountKind>(
  a: A,
  kind: K,
): a is OfKind<A, K> => accountKind(a.product) === kind;

/** One case per account kind, chosen by the account's product: a switch no product name is in. */
export function byKind<A extends { product: Product }, R>(
  a: A,
  cases: { [K in AccountKind]: (a: OfKind<A, K>) => R },
): R {
  return (cases[accountKind(a.product)] as (a: A) => R)(a);
}

const digest = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest();

/** A valid EncodingAESKey (43 base64 characters) derived from an id: stable across runs. */
export const derivedAesKey = (id: string) => digest('aes', id).toString('base64').slice(0, 43);
const derivedToken = (id: string) => `token${digest('token', id).toString('hex').slice(0, 16)}`;
const derivedOriginalId = (id: string) => `gh_${digest('gh', id).toString('hex').slice(0, 12)}`;

const callback = (id: string, a: { token?: string; encodingAESKey?: string }) => ({
  token: a.token ?? derivedToken(id),
  encodingAESKey: a.encodingAESKey ?? derivedAesKey(id),
});

export function resolveAccount(a: EmulatorAccount): ResolvedAccount {
  return byKind<EmulatorAccount, ResolvedAccount>(a, {
    app: (a) => ({ ...a, ...callback(a.appId, a), originalId: a.originalId ?? derivedOriginalId(a.appId) }),
    component: (a) => ({
      ...a,
      ...callback(a.componentAppId, a),
      authorizers: (a.authorizers ?? []).map((z) => ({
        appId: z.appId,
        product: z.product ?? 'oa',
        refreshToken:
          z.refreshToken ?? `refreshtoken@@@${digest('refresh', z.appId).toString('hex').slice(0, 24)}`,
        originalId: z.originalId ?? derivedOriginalId(z.appId),
      })),
    }),
    corp: (a) => ({ ...a, ...callback(a.corpId, a) }),
    suite: (a) => ({
      ...a,
      ...callback(a.suiteId, a),
      corps: (a.corps ?? []).map((c, i) => ({
        corpId: c.corpId,
        permanentCode: c.permanentCode ?? digest('permanent', a.suiteId, c.corpId).toString('base64url'),
        agentId: c.agentId ?? 1000001 + i,
      })),
    }),
  });
}

/** The accounts `createEmulator()` and `wxkit emulator` use when none are given: one of each kind. */
export const defaultAccounts = (): EmulatorAccount[] => [
  { product: 'oa', appId: 'wx1000000000000001', appSecret: 'oa-secret-0000000000000000000001' },
  { product: 'miniprogram', appId: 'wx2000000000000002', appSecret: 'mp-secret-0000000000000000000002' },
  {
    product: 'open',
    componentAppId: 'wx3000000000000003',
    componentAppSecret: 'component-secret-00000000000003',
    verifyTicket: 'ticket@@@wxkit-emulator-verify-ticket',
    authorizers: [{ appId: 'wx4000000000000004', product: 'oa' }],
  },
  {
    product: 'work',
    corpId: 'ww5000000000000005',
    secret: 'work-secret-000000000000000005',
    agentId: 1000002,
  },
  {
    product: 'work-suite',
    suiteId: 'ww6000000000000006',
    suiteSecret: 'suite-secret-00000000000000006',
    suiteTicket: 'wxkit-emulator-suite-ticket',
    corps: [{ corpId: 'ww7000000000000007' }],
    providerCorpId: 'ww8000000000000008',
    providerSecret: 'provider-secret-000000000000008',
  },
];

/** The id an account is known by (appid, component appid, corpid, suite id). */
export const accountId = (a: ResolvedAccount | EmulatorAccount): string =>
  byKind<ResolvedAccount | EmulatorAccount, string>(a, {
    app: (a) => a.appId,
    component: (a) => a.componentAppId,
    corp: (a) => a.corpId,
    suite: (a) => a.suiteId,
  });

/** Every account, indexed the ways the handlers look them up. */
export class AccountBook {
  readonly all: readonly ResolvedAccount[];
  readonly #byKind: { readonly [K in AccountKind]: ResolvedByKind[K][] } = {
    app: [],
    component: [],
    corp: [],
    suite: [],
  };

  constructor(accounts: readonly EmulatorAccount[]) {
    this.all = accounts.map(resolveAccount);
    const seen = new Set<string>();
    for (const a of this.all) {
      const key = isKind(a, 'corp') ? `${a.corpId}/${a.agentId}` : accountId(a);
      if (seen.has(key)) throw new TypeError(`createEmulator: two accounts have the id ${key}`);
      seen.add(key);
      (this.#byKind[accountKind(a.product)] as ResolvedAccount[]).push(a);
    }
  }

  /** The accounts of one kind, in the order given. */
  ofKind<K extends AccountKind>(kind: K): readonly ResolvedByKind[K][] {
    return this.#byKind[kind];
  }

  app(appId: unknown): ResolvedApp | undefined {
    return this.#byKind.app.find((a) => a.appId === appId);
  }

  component(appId: unknown): ResolvedOpen | undefined {
    return this.#byKind.component.find((a) => a.componentAppId === appId);
  }

  /** A WeCom app by corpid and secret (one corp can have several apps). */
  workApps(corpId: unknown): ResolvedWork[] {
    return this.#byKind.corp.filter((a) => a.corpId === corpId);
  }

  suite(suiteId: unknown): ResolvedSuite | undefined {
    return this.#byKind.suite.find((a) => a.suiteId === suiteId);
  }

  provider(corpId: unknown): ResolvedSuite | undefined {
    return this.#byKind.suite.find((a) => a.providerCorpId !== undefined && a.providerCorpId === corpId);
  }

  /**
   * Who web authorization can sign users in to: an Official Account (appid; web authorization is an
   * Official Account feature, not every app's) or a WeCom corp (corpid).
   */
  webAccount(id: unknown): ResolvedApp | ResolvedWork | undefined {
    return this.all.find(
      (a): a is ResolvedApp | ResolvedWork =>
        (a.product === 'oa' && a.appId === id) || (isKind(a, 'corp') && a.corpId === id),
    );
  }

  /** Looks an account up by any id it is known by; the first of its product when `id` is omitted. */
  find(id?: string, product?: ResolvedAccount['product']): ResolvedAccount | undefined {
    return this.all.find(
      (a) => (id === undefined || accountId(a) === id) && (product === undefined || a.product === product),
    );
  }
}
