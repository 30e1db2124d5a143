// Web authorization in the emulator: the pages a browser is sent to (open.weixin.qq.com's authorize
// and qrconnect, login.work.weixin.qq.com's web login), the one-time codes they hand back, and the
// user tokens the /sns and /cgi-bin/auth endpoints trade them for. A code is single use and lives
// 5 minutes, like WeChat's; snsapi_base skips the consent page, as WeChat does.
import { createHash, randomBytes } from 'node:crypto';
import { isKind } from './accounts.js';
import { CodeBook } from './codes.js';
import type { EmulatorState } from './state.js';

/** A person the emulator's consent page offers to sign in as. */
export interface EmulatedUser {
  /** Stable id: the WeCom userid, and the seed of the openid / unionid of each account. */
  id: string;
  nickname: string;
  sex?: 0 | 1 | 2;
  province?: string;
  city?: string;
  country?: string;
  mobile?: string;
  email?: string;
}

export const defaultUsers = (): EmulatedUser[] => [
  { id: 'zhangsan', nickname: '张三', sex: 1, province: 'Guangdong', city: 'Shenzhen', country: 'CN' },
  { id: 'lisi', nickname: '李四', sex: 2, province: 'Beijing', city: 'Beijing', country: 'CN' },
  { id: 'wangwu', nickname: '王五', sex: 0, province: 'Shanghai', city: 'Shanghai', country: 'CN' },
];

const hash = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\0')).digest('base64url').replace(/[-_]/g, 'x');
/** A user's openid under one appid (28 characters, like WeChat's). */
export const openidOf = (appId: string, userId: string) => `o${hash('openid', appId, userId).slice(0, 27)}`;
export const unionidOf = (userId: string) => `u${hash('unionid', userId).slice(0, 27)}`;

/** What a code stands for: who signed in, to which app, with which scope. */
export interface WebGrant {
  kind: 'sns' | 'work';
  /** The appid (sns) or corpid (work) the code was issued to. */
  appId: string;
  userId: string;
  scope: string;
}

interface UserToken extends WebGrant {
  expiresAt: number;
}

const CODE_TTL_MS = 5 * 60_000;
const USER_TOKEN_TTL_S = 7200;
const REFRESH_TTL_MS = 30 * 86_400_000;
const MAX_REMEMBERED = 10_000;

/** Codes, user tokens and tickets. A redeemed code is remembered, so that reuse answers "used". */
export class WebAuthBook {
  readonly #codes: CodeBook<WebGrant>;
  readonly #used = new Set<string>();
  readonly #tokens = new Map<string, UserToken>();
  readonly #refresh = new Map<string, UserToken>();

  constructor(
    private readonly now: () => number,
    readonly users: readonly EmulatedUser[],
  ) {
    this.#codes = new CodeBook(now);
  }

  user(id: unknown): EmulatedUser | undefined {
    return this.users.find((u) => u.id === id);
  }

  issueCode(grant: WebGrant): string {
    return this.#codes.issue(grant, '', CODE_TTL_MS);
  }

  /** The grant of a code issued to `appId`, once; `used` / `invalid` otherwise. */
  redeem(code: unknown, kind: WebGrant['kind'], appId: unknown): WebGrant | 'used' | 'invalid' {
    if (typeof code !== 'string') return 'invalid';
    if (this.#used.has(code)) return 'used';
    const grant = this.#codes.redeem(code);
    if (grant === undefined) return 'invalid'; // unknown or expired
    remember(this.#used, code);
    return grant.kind === kind && grant.appId === appId ? grant : 'invalid';
  }

  issueToken(grant: WebGrant): { accessToken: string; refreshToken: string; expiresIn: number } {
    const accessToken = `wxkit-user-${randomBytes(24).toString('base64url')}`;
    const refreshToken = `wxkit-refresh-${randomBytes(24).toString('base64url')}`;
    this.#tokens.set(accessToken, { ...grant, expiresAt: this.now() + USER_TOKEN_TTL_S * 1000 });
    this.#refresh.set(refreshToken, { ...grant, expiresAt: this.now() + REFRESH_TTL_MS });
    trim(this.#tokens);
    trim(this.#refresh);
    return { accessToken, refreshToken, expiresIn: USER_TOKEN_TTL_S };
  }

  /** A new access token for a refresh token (which stays the same, as WeChat's does). */
  refresh(refreshToken: unknown, appId: unknown): { grant: WebGrant; accessToken: string } | undefined {
    const grant = typeof refreshToken === 'string' ? this.#refresh.get(refreshToken) : undefined;
    if (!grant || grant.appId !== appId || grant.expiresAt <= this.now()) return undefined;
    const accessToken = `wxkit-user-${randomBytes(24).toString('base64url')}`;
    this.#tokens.set(accessToken, { ...grant, expiresAt: this.now() + USER_TOKEN_TTL_S * 1000 });
    return { grant, accessToken };
  }

  token(accessToken: unknown): UserToken | undefined {
    const t = typeof accessToken === 'string' ? this.#tokens.get(accessToken) : undefined;
    return t && t.expiresAt > this.now() ? t : undefined;
  }
}

function remember(set: Set<string>, value: string): void {
  set.add(value);
  if (set.size > MAX_REMEMBERED) set.delete(set.values().next().value!);
}

function trim(map: Map<string, unknown>): void {
  if (map.size > MAX_REMEMBERED) map.delete(map.keys().next().value!);
}

// ---------------------------------------------------------------------------------------------
// The pages.

export interface PageAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const USER_COOKIE = 'wxkit_emulator_user';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(status: number, title: string, inner: string): PageAnswer {
  const body = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;background:#ededed;margin:0}main{max-width:420px;margin:40px auto;background:#fff;border-radius:8px;padding:24px}
h1{font-size:20px}small{color:#888}button{display:block;width:100%;margin:8px 0;padding:12px;font-size:16px;border:0;border-radius:6px;background:#07c160;color:#fff;cursor:pointer}
button small{color:#d7f5e3}button.deny{background:#f2f2f2;color:#333}.err{color:#d0021b}</style></head>
<body><main>${inner}<p><small>wxkit emulator: not WeChat</small></p></main></body></html>`;
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}

const errorPage = (code: number, message: string) =>
  page(
    400,
    `${code} ${message}`,
    `<h1 class="err" data-errcode="${code}">${code}</h1><p>${escapeHtml(message)}</p>`,
  );

function redirect(to: string, params: Record<string, string>, cookie?: string): PageAnswer {
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  const location = `${to}${to.includes('?') ? '&' : '?'}${query}`;
  return {
    status: 302,
    headers: { location, ...(cookie ? { 'set-cookie': cookie } : {}) },
    body: '',
  };
}

const SCOPE_TEXT: Record<string, string> = {
  snsapi_base: '获取你的身份标识 (openid) — your identity only',
  snsapi_userinfo: '获取你的昵称、头像 — your nickname and avatar',
  snsapi_login: '使用微信帐号登录 — sign in with your WeChat account',
  snsapi_privateinfo: '获取你的详细信息（头像、二维码等）— your member details',
};

interface Target {
  kind: WebGrant['kind'];
  appId: string;
  name: string;
  domains: readonly string[];
  scopes: readonly string[];
}

const DEFAULT_DOMAINS = ['localhost', '127.0.0.1'];

/** Who a page request is for: an Official Account (authorize, qrconnect) or a WeCom corp's app. */
function targetOf(
  state: EmulatorState,
  appId: string | null,
  page: 'authorize' | 'qrconnect' | 'wwlogin',
): Target | undefined {
  const a = state.accounts.webAccount(appId);
  if (!a) return undefined;
  if (a.product === 'oa') {
    if (page === 'wwlogin') return undefined;
    return {
      kind: 'sns',
      appId: a.appId,
      name: a.name ?? `Official Account ${a.appId}`,
      domains: a.webDomains ?? DEFAULT_DOMAINS,
      scopes: page === 'qrconnect' ? ['snsapi_login'] : ['snsapi_base', 'snsapi_userinfo'],
    };
  }
  if (isKind(a, 'corp') && page !== 'qrconnect') {
    return {
      kind: 'work',
      appId: a.corpId,
      name: a.name ?? `WeCom corp ${a.corpId}`,
      domains: a.webDomains ?? DEFAULT_DOMAINS,
      scopes: page === 'wwlogin' ? ['snsapi_base'] : ['snsapi_base', 'snsapi_privateinfo'],
    };
  }
  return undefined;
}

function cookieUser(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === USER_COOKIE && v) return decodeURIComponent(v);
  }
  return undefined;
}

/**
 * GET `/open.weixin.qq.com/connect/oauth2/authorize`, `/open.weixin.qq.com/connect/qrconnect` and
 * `/login.work.weixin.qq.com/wwlogin/sso/login`: the consent page, or (after the user picked, or for
 * snsapi_base) the redirect back with `code` and `state`.
 */
export function webAuthPage(
  state: EmulatorState,
  host: string,
  path: string,
  query: URLSearchParams,
  cookieHeader: string | undefined,
): PageAnswer | undefined {
  const which =
    host === 'open.weixin.qq.com' && path === '/connect/oauth2/authorize'
      ? 'authorize'
      : host === 'open.weixin.qq.com' && path === '/connect/qrconnect'
        ? 'qrconnect'
        : host === 'login.work.weixin.qq.com' && path === '/wwlogin/sso/login'
          ? 'wwlogin'
          : undefined;
  if (!which) return undefined;

  if (which === 'wwlogin' && query.get('login_type') !== 'CorpApp') {
    return errorPage(40001, 'login_type: only CorpApp (a corp app) is emulated');
  }
  const target = targetOf(state, query.get('appid'), which);
  if (!target) return errorPage(10016, 'appid 参数错误 (no emulated account has this appid)');
  if (which !== 'wwlogin' && query.get('response_type') !== 'code') {
    return errorPage(10004, 'response_type 参数错误 (must be code)');
  }
  const scope = which === 'wwlogin' ? 'snsapi_base' : (query.get('scope') ?? '');
  if (!target.scopes.includes(scope)) return errorPage(10005, `scope 参数错误或没有 scope 权限: ${scope}`);
  const redirectUri = query.get('redirect_uri') ?? '';
  let redirectHost: string;
  try {
    redirectHost = new URL(redirectUri).hostname;
  } catch {
    return errorPage(10003, 'redirect_uri 参数错误');
  }
  if (!target.domains.includes(redirectHost)) {
    return errorPage(
      10003,
      `redirect_uri 参数错误 (${redirectHost} is not a configured domain of ${target.appId})`,
    );
  }
  const stateParam = query.get('state') ?? '';

  if (query.get('deny')) return redirect(redirectUri, { state: stateParam });
  // snsapi_base inside WeChat is silent: the user is whoever is in the browser (the last one picked).
  // The QR-code logins (qrconnect, the WeCom web login) always show the page: picking is scanning.
  const silent = which === 'authorize' && scope === 'snsapi_base';
  const picked =
    query.get('user') ?? (silent ? (cookieUser(cookieHeader) ?? state.web.users[0]?.id) : undefined);
  const user = picked === undefined ? undefined : state.web.user(picked);
  if (user && (query.get('confirm') || silent)) {
    const code = state.web.issueCode({ kind: target.kind, appId: target.appId, userId: user.id, scope });
    const cookie = `${USER_COOKIE}=${encodeURIComponent(user.id)}; Path=/; HttpOnly; SameSite=Lax`;
    return redirect(redirectUri, { code, state: stateParam }, cookie);
  }

  // The consent page: the same query back, plus the user picked (or deny).
  const hidden = [...query]
    .filter(([k]) => k !== 'user' && k !== 'confirm' && k !== 'deny')
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  const buttons = state.web.users
    .map(
      (u) =>
        `<button type="submit" name="user" value="${escapeHtml(u.id)}" data-user="${escapeHtml(u.id)}">${escapeHtml(u.nickname)} <small>(${escapeHtml(u.id)})</small></button>`,
    )
    .join('');
  return page(
    200,
    `${target.name} 申请授权`,
    `<h1 data-account="${escapeHtml(target.appId)}">${escapeHtml(target.name)}</h1>
<p>申请获得以下权限 · requests: <strong data-scope="${escapeHtml(scope)}">${escapeHtml(SCOPE_TEXT[scope] ?? scope)}</strong></p>
<form method="get">${hidden}<input type="hidden" name="confirm" value="1">
<p>Sign in as an emulated user:</p>${buttons}
<button class="deny" type="submit" name="deny" value="1">拒绝 · Deny</button></form>`,
  );
}
