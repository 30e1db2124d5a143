// createEmulator: a WeChat on 127.0.0.1 for tests, demos and local development. The API half answers
// every described endpoint; the push half sends messages to your callback as WeChat would.
import type { Host } from '../http/endpoint.js';
import { PAGE_HOSTS, type PageHost } from '../products.js';
import {
  accountId,
  defaultAccounts,
  type EmulatorAccount,
  isKind,
  type ResolvedAccount,
  type ResolvedAccountOf,
  type ResolvedOpen,
  type ResolvedSuite,
  type ResolvedWork,
} from './accounts.js';
import { Catalog } from './catalog.js';
import { type Fault, type FaultHandle, type FaultOptions, type FaultRule, FaultTable } from './faults.js';
import { type PushResult, type PushTarget, type PushTransportOptions, sendPush } from './push.js';
import { AUTHORIZATION_CODE_TTL_S, stampPush } from './push-stamps.js';
import { HOSTS, type RequestLogEntry, startServer } from './server.js';
import { EmulatorState } from './state.js';
import { composeMessage, findMessageType, type PushMessage } from './templates.js';
import type { EmulatedUser } from './web-auth.js';

export interface EmulatorOptions {
  /** The accounts it knows (default: one of each product, see `defaultAccounts()`). */
  accounts?: EmulatorAccount[];
  /** Added to every API answer (ms). */
  latencyMs?: number;
  /** Faults from the start, by operationId (`*` for every endpoint). */
  faults?: Record<string, FaultRule>;
  /** Port on 127.0.0.1 (default 0: a free one). */
  port?: number;
  /** The people the web-authorization consent page offers (default: 张三, 李四, 王五). */
  users?: EmulatedUser[];
  /** Called after each API request; tokens and secrets are never in the entry. */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface EmulatorPushOptions extends PushTransportOptions {
  /**
   * The account that pushes (appid, component appid, corpid or suite id). Default: the first
   * account of a product that receives the message.
   */
  account?: string;
  /**
   * With a suite account: push to the suite's data callback as a user of this installed corp would
   * (a `work` message addressed to the corp, sealed for its CorpID, as WeCom does).
   */
  corp?: string;
}

export interface Emulator {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /**
   * Base URL per WeChat host, API hosts and web-authorization page hosts (open.weixin.qq.com,
   * login.work.weixin.qq.com): pass it as the clients' `hosts` option.
   */
  readonly hosts: Readonly<Record<Host | PageHost, string>>;
  /** The accounts, with defaults filled in (callback token, EncodingAESKey, original id, …). */
  readonly accounts: readonly ResolvedAccount[];
  /** The first account of a product (or the one with that id), typed: `emulator.account('oa').appSecret`. */
  account<P extends ResolvedAccount['product']>(product: P, id?: string): ResolvedAccountOf<P>;
  /** How many requests reached an endpoint (faulted and rejected ones included). */
  calls(operationId: string): number;
  /** Every endpoint's count. */
  calls(): Record<string, number>;
  /** Zeroes the counts and forgets received params. */
  resetCalls(): void;
  /** The params each request to an endpoint carried (the last 50), oldest first. */
  received(operationId: string): Record<string, unknown>[];
  /** Makes an endpoint (or `*`: every endpoint) fail; until cleared, or `times` calls. */
  fault(operationId: string, fault: Fault, options?: FaultOptions): FaultHandle;
  clearFaults(operationId?: string): void;
  /** Moves the emulator's clock forward: tokens, codes and quotas age; pushes keep real time. */
  advanceTime(ms: number): void;
  /** The emulator's clock (ms since epoch). */
  now(): number;
  /** An authorization_code for api_query_auth, as if the authorizer had just authorized the component. */
  authorizationCode(authorizerAppId: string, componentAppId?: string): string;
  /** An auth_code for get_permanent_code, as if the corp had just installed the suite. */
  suiteAuthCode(corpId: string, suiteId?: string): string;
  /**
   * A web-authorization code, as if `user` (default: the first emulated user) had just consented on
   * the authorize page of `appId` (an Official Account's appid, or a WeCom corpid) to `scope`
   * (default snsapi_userinfo, or snsapi_base for a corp). Single use, 5 minutes.
   */
  webAuthCode(appId: string, options?: { user?: string; scope?: string }): string;
  /** The component_verify_ticket or suite_ticket the emulator last issued for that id. */
  ticket(componentOrSuiteId: string): string | undefined;
  /** Issues a new component_verify_ticket / suite_ticket and pushes it to `url` (default: the account's ticketUrl). */
  pushTicket(componentOrSuiteId: string, url?: string): Promise<{ ticket: string; result: PushResult }>;
  /**
   * Pushes a message to a callback URL as WeChat would (signed; encrypted in compat/safe mode) and
   * returns the decrypted, parsed reply. `message`: plain fields, or `{ type, ...overrides }` with a
   * descriptor name (`TextMessage`), a MsgType (`text`), an Event (`subscribe`) or an InfoType.
   */
  push(url: string, message: PushMessage, options?: EmulatorPushOptions): Promise<PushResult>;
  close(): Promise<void>;
}

/**
 * A suite's data callback as a `work` account of one installed corp: the messages are WeCom's, the
 * addressing and the seal the corp's, the Token and key the suite's.
 */
function dataCallbackAccount(account: ResolvedAccount, corpId: string): ResolvedWork {
  if (!isKind(account, 'suite')) {
    throw new TypeError(
      `push: \`corp\` is for a suite's data callback; ${accountId(account)} is not a suite`,
    );
  }
  const corp = account.corps.find((c) => c.corpId === corpId);
  if (!corp) throw new TypeError(`push: ${corpId} has not installed suite ${account.suiteId}`);
  return {
    product: 'work',
    corpId,
    agentId: corp.agentId,
    secret: '',
    token: account.token,
    encodingAESKey: account.encodingAESKey,
  };
}

/** What an account's pushes are signed and encrypted with. */
export function pushTargetOf(account: ResolvedAccount): PushTarget {
  return {
    product: account.product,
    token: account.token,
    encodingAESKey: account.encodingAESKey,
    receiveId: accountId(account),
  };
}

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = new EmulatorState(options.accounts ?? defaultAccounts(), options.users);
  const catalog = await Catalog.load();
  const faults = new FaultTable();
  for (const [operationId, rule] of Object.entries(options.faults ?? {})) {
    const { times, ...fault } = rule;
    faults.add(operationId, fault, times === undefined ? {} : { times });
  }
  /** The given account, or the first one of a product that receives a message of that type. */
  const pickAccount = (id: string | undefined, type: unknown): ResolvedAccount => {
    if (id !== undefined) {
      const found = state.accounts.find(id);
      if (!found) throw new TypeError(`push: the emulator has no account ${id}`);
      return found;
    }
    const found =
      typeof type === 'string' && findMessageType(type)
        ? state.accounts.all.find((a) => findMessageType(type, a.product)?.products.includes(a.product))
        : (state.accounts.find(undefined, 'oa') ?? state.accounts.all[0]);
    if (!found)
      throw new TypeError(`push: no account of the emulator receives ${String(type ?? 'messages')}`);
    return found;
  };

  const ticketHolder = (id: string): ResolvedOpen | ResolvedSuite => {
    const account = state.accounts.component(id) ?? state.accounts.suite(id);
    if (!account) throw new TypeError(`pushTicket: no component or suite ${id}`);
    return account;
  };

  const server = await startServer({
    catalog,
    state,
    faults,
    latencyMs: options.latencyMs ?? 0,
    port: options.port ?? 0,
    ...(options.onRequest ? { onRequest: options.onRequest } : {}),
    // api_start_push_ticket: WeChat pushes a new ticket to the authorization event URL soon after.
    pushTicket: (id) => {
      const account = state.accounts.component(id);
      if (account?.ticketUrl) emulator.pushTicket(id).catch(() => {});
    },
  });

  const emulator: Emulator = {
    url: server.url,
    hosts: Object.fromEntries([...HOSTS, ...PAGE_HOSTS].map((h) => [h, `${server.url}/${h}`])) as Record<
      Host | PageHost,
      string
    >,
    accounts: state.accounts.all,
    account<P extends ResolvedAccount['product']>(product: P, id?: string) {
      const found = state.accounts.find(id, product);
      if (!found) throw new TypeError(`the emulator has no ${product} account${id ? ` ${id}` : ''}`);
      return found as ResolvedAccountOf<P>;
    },
    calls: ((operationId?: string) => state.calls(operationId)) as Emulator['calls'],
    resetCalls: () => state.resetCalls(),
    received: (operationId) => state.received(operationId),
    fault: (operationId, fault, o) => faults.add(operationId, fault, o),
    clearFaults: (operationId) => faults.clear(operationId),
    advanceTime: (ms) => state.advance(ms),
    now: () => state.now(),
    authorizationCode(authorizerAppId, componentAppId) {
      const component = componentAppId
        ? state.accounts.component(componentAppId)
        : state.accounts.ofKind('component')[0];
      if (!component) throw new TypeError(`authorizationCode: no component ${componentAppId ?? ''}`.trim());
      if (!component.authorizers.some((a) => a.appId === authorizerAppId)) {
        throw new TypeError(
          `authorizationCode: ${authorizerAppId} is not an authorizer of ${component.componentAppId}`,
        );
      }
      return state.authorizationCodes.issue(
        { componentAppId: component.componentAppId, authorizerAppId },
        'queryauthcode@@@',
        AUTHORIZATION_CODE_TTL_S * 1000,
      );
    },
    suiteAuthCode(corpId, suiteId) {
      const suite = suiteId ? state.accounts.suite(suiteId) : state.accounts.ofKind('suite')[0];
      if (!suite) throw new TypeError(`suiteAuthCode: no suite ${suiteId ?? ''}`.trim());
      if (!suite.corps.some((c) => c.corpId === corpId)) {
        throw new TypeError(`suiteAuthCode: ${corpId} has not installed ${suite.suiteId}`);
      }
      return state.suiteAuthCodes.issue({ suiteId: suite.suiteId, corpId }, '');
    },
    webAuthCode(appId, o = {}) {
      const account = state.accounts.webAccount(appId);
      if (!account) throw new TypeError(`webAuthCode: no Official Account or WeCom corp ${appId}`);
      const user = state.web.user(o.user ?? state.web.users[0]?.id);
      if (!user) throw new TypeError(`webAuthCode: no emulated user ${o.user ?? ''}`.trim());
      const kind = isKind(account, 'corp') ? 'work' : 'sns';
      const scope = o.scope ?? (kind === 'sns' ? 'snsapi_userinfo' : 'snsapi_base');
      return state.web.issueCode({ kind, appId, userId: user.id, scope });
    },
    ticket: (id) => state.tickets.current(id),
    async pushTicket(id, url) {
      const account = ticketHolder(id);
      const to = url ?? account.ticketUrl;
      if (!to) throw new TypeError(`pushTicket: give a URL, or set ticketUrl on account ${id}`);
      const type = isKind(account, 'component')
        ? 'ComponentVerifyTicketNotification'
        : 'SuiteTicketNotification';
      const result = await emulator.push(to, { type }, { account: id });
      return { ticket: state.tickets.current(id)!, result };
    },
    async push(url, message, o = {}) {
      const { account: id, corp, ...transport } = o;
      const picked = pickAccount(id, corp === undefined ? message.type : undefined);
      const account = corp === undefined ? picked : dataCallbackAccount(picked, corp);
      const { fields } = await composeMessage(message, { account, format: o.format ?? 'xml' });
      stampPush(fields, account, message, {
        ticket: (owner, value) => state.tickets.set(owner, value),
        authorizationCode: (appId, componentAppId) => emulator.authorizationCode(appId, componentAppId),
        suiteAuthCode: (corpId, suiteId) => emulator.suiteAuthCode(corpId, suiteId),
      });
      return sendPush(url, fields, pushTargetOf(account), transport);
    },
    close: () => server.close(),
  };
  return emulator;
}
