// Tokens the emulator hands out, with WeChat's semantics as data: each slot (one account's token of
// one kind) is refreshed by a policy, and every token remembers until when it is accepted.
import { randomBytes } from 'node:crypto';
import type { Host, Product, TokenKind } from '../http/endpoint.js';

/** Who a token belongs to. `app` tokens come from appid+secret, `authorizer` tokens from a component. */
export type TokenFamily = 'app' | 'authorizer' | 'corp' | 'component' | 'suite' | 'provider';

export interface IssuedToken {
  value: string;
  kind: Exclude<TokenKind, 'none'>;
  family: TokenFamily;
  /** appid, corpid, component appid or suite id. */
  owner: string;
  /** The product whose endpoints accept it (access tokens only). */
  product?: Product;
  expiresAt: number;
  /** A replaced token still works until then (WeChat's 5-minute hand-over). */
  acceptedUntil: number;
}

/**
 * - `rotate`: a new token on every call; the previous one keeps working for 5 minutes (classic
 *   /cgi-bin/token, component and authorizer tokens).
 * - `reuse`: the same token until it expires (WeCom gettoken, suite, provider and corp tokens).
 * - `stable`: like reuse, but a new one is issued in the last 5 minutes, both working meanwhile
 *   (/cgi-bin/stable_token in normal mode).
 * - `force`: a new token now; the previous one stops working at once (stable_token force_refresh).
 */
export type RefreshPolicy = 'rotate' | 'reuse' | 'stable' | 'force';

export const TOKEN_LIFETIME_S = 7200;
export const HANDOVER_MS = 5 * 60_000;

export type TokenCheck =
  | { ok: true; token: IssuedToken }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

const familiesFor = (kind: Exclude<TokenKind, 'none'>, host: Host): readonly TokenFamily[] => {
  if (kind === 'component_access_token') return ['component'];
  if (kind === 'suite_access_token') return ['suite'];
  if (kind === 'provider_access_token') return ['provider'];
  return host === 'qyapi.weixin.qq.com' ? ['corp'] : ['app', 'authorizer'];
};

export class TokenBook {
  readonly #tokens = new Map<string, IssuedToken>();
  readonly #slots = new Map<string, IssuedToken>();

  constructor(private readonly now: () => number) {}

  /** Issues (or re-serves) the token of `slot` under `policy`; `expiresIn` is what is left, in seconds. */
  issue(
    slot: string,
    meta: Pick<IssuedToken, 'kind' | 'family' | 'owner' | 'product'>,
    policy: RefreshPolicy,
  ): { value: string; expiresIn: number } {
    const now = this.now();
    const current = this.#slots.get(slot);
    const live = current && current.expiresAt > now && current.acceptedUntil > now;
    if (current && live) {
      const left = current.expiresAt - now;
      if (policy === 'reuse' || (policy === 'stable' && left > HANDOVER_MS)) {
        return { value: current.value, expiresIn: Math.floor(left / 1000) };
      }
    }
    if (current) {
      current.acceptedUntil =
        policy === 'force' ? now : Math.min(current.acceptedUntil, current.expiresAt, now + HANDOVER_MS);
    }
    const token: IssuedToken = {
      ...meta,
      value: randomBytes(96).toString('base64url'),
      expiresAt: now + TOKEN_LIFETIME_S * 1000,
      acceptedUntil: Number.POSITIVE_INFINITY,
    };
    this.#slots.set(slot, token);
    this.#tokens.set(token.value, token);
    return { value: token.value, expiresIn: TOKEN_LIFETIME_S };
  }

  /** The token a slot holds now, if any (for tests that want to peek). */
  current(slot: string): IssuedToken | undefined {
    return this.#slots.get(slot);
  }

  check(kind: Exclude<TokenKind, 'none'>, host: Host, value: string | null): TokenCheck {
    if (!value) return { ok: false, reason: 'missing' };
    const token = this.#tokens.get(value);
    if (!token || token.kind !== kind || !familiesFor(kind, host).includes(token.family)) {
      return { ok: false, reason: 'invalid' };
    }
    const now = this.now();
    if (token.acceptedUntil <= now) return { ok: false, reason: 'invalid' };
    if (token.expiresAt <= now) return { ok: false, reason: 'expired' };
    return { ok: true, token };
  }

  /** Makes one token unusable at once (tests: "the token was revoked"). */
  revoke(value: string): boolean {
    const token = this.#tokens.get(value);
    if (!token) return false;
    token.acceptedUntil = this.now();
    return true;
  }
}
