// Shared by the emulator tests: a TokenSource that gets real tokens from the emulator the way each
// product's client would, and the credentials of the emulator's demo accounts.
import type { OperationId } from '../../generated/operations.js';
import { HttpCaller, type TokenSource } from '../../src/http/caller.js';
import type { Product, TokenKind } from '../../src/http/endpoint.js';
import { operation } from '../../src/http/operations.js';
import type { ResolvedAccount, ResolvedAccountOf } from '../../src/testing/accounts.js';
import type { Emulator } from '../../src/testing/index.js';

type Kind = Exclude<TokenKind, 'none'>;

export const accountOf = <P extends ResolvedAccount['product']>(
  emulator: Emulator,
  product: P,
): ResolvedAccountOf<P> => emulator.account(product);

/** Calls a token endpoint directly and returns the token field. */
export async function fetchToken(
  emulator: Emulator,
  operationId: OperationId,
  params: Record<string, unknown>,
  field: string,
  tokens?: TokenSource,
): Promise<string> {
  const caller = new HttpCaller({ hosts: emulator.hosts, retries: 0 }, tokens);
  const res = (await caller.call(await operation(operationId), params)) as Record<string, unknown>;
  return res[field] as string;
}

/** Tokens for `product`, fetched from the emulator with the demo accounts' credentials and cached. */
export function emulatorTokens(emulator: Emulator, product: Product): TokenSource {
  const cache = new Map<Kind, Promise<string>>();
  const oa = accountOf(emulator, 'oa');
  const mp = accountOf(emulator, 'miniprogram');
  const open = accountOf(emulator, 'open');
  const work = accountOf(emulator, 'work');
  const suite = accountOf(emulator, 'work-suite');

  const source: TokenSource = {
    get(kind) {
      let p = cache.get(kind);
      if (!p) {
        p = fetchFor(kind);
        cache.set(kind, p);
      }
      return p;
    },
    async invalidate(kind) {
      cache.delete(kind);
      return true;
    },
  };

  function fetchFor(kind: Kind): Promise<string> {
    switch (kind) {
      case 'component_access_token':
        return fetchToken(
          emulator,
          'open.component.getToken',
          {
            component_appid: open.componentAppId,
            component_appsecret: open.componentAppSecret,
            component_verify_ticket: emulator.ticket(open.componentAppId),
          },
          'component_access_token',
        );
      case 'suite_access_token':
        return fetchToken(
          emulator,
          'work-suite.suite.getToken',
          {
            suite_id: suite.suiteId,
            suite_secret: suite.suiteSecret,
            suite_ticket: emulator.ticket(suite.suiteId),
          },
          'suite_access_token',
        );
      case 'provider_access_token':
        return fetchToken(
          emulator,
          'work-suite.provider.getToken',
          { corpid: suite.providerCorpId, provider_secret: suite.providerSecret },
          'provider_access_token',
        );
      case 'access_token': {
        if (product === 'work' || product === 'work-suite') {
          return fetchToken(
            emulator,
            'work.token.get',
            { corpid: work.corpId, corpsecret: work.secret },
            'access_token',
          );
        }
        const app = product === 'miniprogram' ? mp : oa;
        return fetchToken(
          emulator,
          'shared.token.getStable',
          { grant_type: 'client_credential', appid: app.appId, secret: app.appSecret },
          'access_token',
        );
      }
    }
  }
  return source;
}
