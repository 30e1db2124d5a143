// One-time codes the emulator hands out (authorization codes, suite auth codes, web-authorization
// codes): each stands for a value, is good once, and expires.
import { randomBytes } from 'node:crypto';

/** Codes by their value, each redeemable once before it expires. */
export class CodeBook<T> {
  readonly #codes = new Map<string, { value: T; expiresAt: number }>();

  constructor(private readonly now: () => number) {}

  issue(value: T, prefix: string, ttlMs = 10 * 60_000): string {
    const code = `${prefix}${randomBytes(24).toString('base64url')}`;
    this.#codes.set(code, { value, expiresAt: this.now() + ttlMs });
    return code;
  }

  /** The code's value, once: a used or expired code is gone. */
  redeem(code: unknown): T | undefined {
    if (typeof code !== 'string') return undefined;
    const hit = this.#codes.get(code);
    this.#codes.delete(code);
    return hit && hit.expiresAt > this.now() ? hit.value : undefined;
  }
}
