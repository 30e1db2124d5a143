// A value that is kept, never fetched: a ticket WeChat pushes (component_verify_ticket, suite_ticket)
// or a secret it hands out once (authorizer_refresh_token, permanent_code). Lives in the same store
// as the credentials it feeds, so every process sees it and a restart keeps it.
import { CredentialError } from '../errors.js';
import type { Store } from './store.js';

/** For secrets WeChat never expires by time: kept until replaced. */
export const KEEP_MS = 10 * 365 * 86_400_000;

export class StoredValue {
  constructor(
    readonly key: string,
    readonly store: Store,
    /** How long a stored value stays (ms). */
    readonly ttlMs: number,
  ) {}

  async get(): Promise<string | undefined> {
    try {
      return await this.store.get(this.key);
    } catch (err) {
      throw new CredentialError(`the store failed: ${(err as Error)?.message}`, this.key, { cause: err });
    }
  }

  /** The value, or a CredentialError that says how to get one. */
  async require(missing: string): Promise<string> {
    const value = await this.get();
    if (!value) throw new CredentialError(missing, this.key);
    return value;
  }

  async set(value: string): Promise<void> {
    try {
      await this.store.set(this.key, value, this.ttlMs);
    } catch (err) {
      throw new CredentialError(`the store failed: ${(err as Error)?.message}`, this.key, { cause: err });
    }
  }
}
