// A fake of WeChat's token endpoints (Official Account, Open Platform, WeCom, WeCom suites) behind an
// injected `fetch`. Every token it hands out is tied to its owner ("app:wx1", "authorizer:wxA",
// "corp:suite1:wwC", ...); business endpoints echo the owner of the token they were called with, so
// a test sees whose token a client used. Tokens can be revoked (answering 40001/42001 from then on).
export interface FakeWechat {
  fetch: typeof fetch;
  /** Calls per path, e.g. `/cgi-bin/component/api_component_token`. */
  calls: Record<string, number>;
  /** Every request body or query of a path, in order. */
  params: Record<string, Array<Record<string, unknown>>>;
  /** What WeChat currently accepts. */
  verifyTicket: string;
  suiteTicket: string;
  /** Authorizer appid -> its current refresh token; `rotate` gives a new one on every refresh. */
  refreshTokens: Map<string, string>;
  rotateRefreshTokens: boolean;
  /** corpId -> permanent code. */
  permanentCodes: Map<string, string>;
  /** Stops accepting every token of this owner. */
  revoke(owner: string): void;
  count(path: string): number;
}

export function fakeWechat(): FakeWechat {
  const tokens = new Map<string, string>(); // token -> owner
  let serial = 0;
  const issue = (owner: string) => {
    // Kind and first id only: an owner like `work:corp:secret` must not put the secret in a token.
    const token = `${owner.split(':').slice(0, 2).join('_')}_T${++serial}_${'x'.repeat(48)}`;
    tokens.set(token, owner);
    return token;
  };
  const ok = (body: object) => Response.json({ errcode: 0, errmsg: 'ok', ...body });
  const error = (errcode: number, errmsg: string) => Response.json({ errcode, errmsg });

  const fake: FakeWechat = {
    calls: {},
    params: {},
    verifyTicket: 'verify-ticket-1',
    suiteTicket: 'suite-ticket-1',
    refreshTokens: new Map(),
    rotateRefreshTokens: false,
    permanentCodes: new Map(),
    revoke(owner) {
      for (const [t, o] of tokens) if (o === owner) tokens.delete(t);
    },
    count: (path) => fake.calls[path] ?? 0,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const url = new URL(request.url);
      const path = url.pathname;
      const query = Object.fromEntries(url.searchParams);
      const body = request.method === 'POST' ? ((await request.json()) as Record<string, string>) : {};
      const p = { ...query, ...body } as Record<string, string>;
      fake.calls[path] = (fake.calls[path] ?? 0) + 1;
      fake.params[path] = [...(fake.params[path] ?? []), p];
      const ownerOf = (param: string, prefix: string) => {
        const owner = tokens.get(p[param] ?? '');
        return owner?.startsWith(prefix) ? owner : undefined;
      };

      switch (`${url.host}${path}`) {
        // --- Official Accounts / Mini Programs -------------------------------------------------
        case 'api.weixin.qq.com/cgi-bin/stable_token':
        case 'api.weixin.qq.com/cgi-bin/token':
          return ok({ access_token: issue(`app:${p.appid}`), expires_in: 7200 });
        case 'api.weixin.qq.com/cgi-bin/ticket/getticket': {
          const owner = ownerOf('access_token', 'app:') ?? ownerOf('access_token', 'authorizer:');
          if (!owner) return error(40001, 'invalid credential');
          return ok({ ticket: `${p.type}-ticket-for-${owner}-${++serial}`, expires_in: 7200 });
        }
        case 'api.weixin.qq.com/cgi-bin/getcallbackip':
        case 'api.weixin.qq.com/cgi-bin/clear_quota': {
          const owner = ownerOf('access_token', 'app:') ?? ownerOf('access_token', 'authorizer:');
          return owner ? ok({ ip_list: [owner] }) : error(40001, 'invalid credential');
        }

        // --- Open Platform ---------------------------------------------------------------------
        case 'api.weixin.qq.com/cgi-bin/component/api_component_token':
          if (p.component_verify_ticket !== fake.verifyTicket)
            return error(61006, 'component ticket is invalid');
          return ok({ component_access_token: issue(`component:${p.component_appid}`), expires_in: 7200 });
        case 'api.weixin.qq.com/cgi-bin/component/api_create_preauthcode':
          if (!ownerOf('component_access_token', 'component:')) return error(40001, 'invalid credential');
          return ok({ pre_auth_code: `preauthcode@@@${++serial}`, expires_in: 1800 });
        case 'api.weixin.qq.com/cgi-bin/component/api_query_auth': {
          if (!ownerOf('component_access_token', 'component:')) return error(40001, 'invalid credential');
          const appid = /^auth-code-for-(.+)$/.exec(p.authorization_code ?? '')?.[1];
          if (!appid) return error(61010, 'code is expired');
          const refresh = `refresh-${appid}-${++serial}`;
          fake.refreshTokens.set(appid, refresh);
          return ok({
            authorization_info: {
              authorizer_appid: appid,
              authorizer_access_token: issue(`authorizer:${appid}`),
              expires_in: 7200,
              authorizer_refresh_token: refresh,
              func_info: [{ funcscope_category: { id: 1 } }],
            },
          });
        }
        case 'api.weixin.qq.com/cgi-bin/component/api_authorizer_token': {
          if (!ownerOf('component_access_token', 'component:')) return error(40001, 'invalid credential');
          const appid = p.authorizer_appid ?? '';
          if (fake.refreshTokens.get(appid) !== p.authorizer_refresh_token)
            return error(61023, 'refresh_token is invalid');
          let refresh = p.authorizer_refresh_token;
          if (fake.rotateRefreshTokens) {
            refresh = `refresh-${appid}-${++serial}`;
            fake.refreshTokens.set(appid, refresh);
          }
          return ok({
            authorizer_access_token: issue(`authorizer:${appid}`),
            expires_in: 7200,
            authorizer_refresh_token: refresh,
          });
        }
        case 'api.weixin.qq.com/cgi-bin/component/api_get_authorizer_list':
          if (!ownerOf('component_access_token', 'component:')) return error(40001, 'invalid credential');
          return ok({ total_count: 0, list: [] });

        // --- WeCom -----------------------------------------------------------------------------
        case 'qyapi.weixin.qq.com/cgi-bin/gettoken':
          return ok({ access_token: issue(`work:${p.corpid}:${p.corpsecret}`), expires_in: 7200 });
        case 'qyapi.weixin.qq.com/cgi-bin/getcallbackip': {
          const owner = ownerOf('access_token', 'work:') ?? ownerOf('access_token', 'corp:');
          return owner ? ok({ ip_list: [owner] }) : error(42001, 'access_token expired');
        }
        case 'qyapi.weixin.qq.com/cgi-bin/get_jsapi_ticket':
        case 'qyapi.weixin.qq.com/cgi-bin/ticket/get': {
          const owner = ownerOf('access_token', 'work:') ?? ownerOf('access_token', 'corp:');
          if (!owner) return error(42001, 'access_token expired');
          if (path === '/cgi-bin/ticket/get' && p.type !== 'agent_config')
            return error(40097, 'invalid type');
          const kind = path === '/cgi-bin/ticket/get' ? 'agent' : 'corp';
          // An app's owner carries its secret after the corp: leave it out.
          const who = owner.startsWith('work:') ? owner.split(':').slice(0, 2).join(':') : owner;
          return ok({ ticket: `${kind}-ticket-for-${who}-${++serial}`, expires_in: 7200 });
        }
        case 'qyapi.weixin.qq.com/cgi-bin/service/get_suite_token':
          if (p.suite_ticket !== fake.suiteTicket) return error(40085, 'invalid suite ticket');
          return ok({ suite_access_token: issue(`suite:${p.suite_id}`), expires_in: 7200 });
        case 'qyapi.weixin.qq.com/cgi-bin/service/get_pre_auth_code':
          if (!ownerOf('suite_access_token', 'suite:')) return error(42009, 'suite_access_token expired');
          return ok({ pre_auth_code: `suite-preauth-${++serial}`, expires_in: 1200 });
        case 'qyapi.weixin.qq.com/cgi-bin/service/get_permanent_code': {
          const suite = ownerOf('suite_access_token', 'suite:');
          if (!suite) return error(42009, 'suite_access_token expired');
          const corpId = /^install-code-for-(.+)$/.exec(p.auth_code ?? '')?.[1];
          if (!corpId) return error(40078, 'invalid auth_code');
          const code = `permanent-${corpId}-${++serial}`;
          fake.permanentCodes.set(corpId, code);
          return ok({
            access_token: issue(`corp:${suite.slice(6)}:${corpId}`),
            expires_in: 7200,
            permanent_code: code,
            auth_corp_info: { corpid: corpId, corp_name: `Corp ${corpId}` },
          });
        }
        case 'qyapi.weixin.qq.com/cgi-bin/service/get_corp_token': {
          const suite = ownerOf('suite_access_token', 'suite:');
          if (!suite) return error(42009, 'suite_access_token expired');
          if (fake.permanentCodes.get(p.auth_corpid ?? '') !== p.permanent_code)
            return error(40084, 'invalid permanent_code');
          return ok({ access_token: issue(`corp:${suite.slice(6)}:${p.auth_corpid}`), expires_in: 7200 });
        }
        case 'qyapi.weixin.qq.com/cgi-bin/service/get_provider_token':
          return ok({ provider_access_token: issue(`provider:${p.corpid}`), expires_in: 7200 });
      }
      return new Response('not found', { status: 404 });
    }) as typeof fetch,
  };
  return fake;
}
