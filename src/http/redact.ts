// Secrets never reach a log line or an error message: tokens are cut to a short prefix, secret
// fields (declared with `secret: true` in the spec) are replaced.
import { TOKEN_KINDS } from '../products.js';

/** Every token kind travels as a query param of its own name. */
const TOKEN_PARAMS = TOKEN_KINDS.filter((kind) => kind !== 'none');

/** `ACCESS_TOKEN_VALUE` -> `ACCE…(40)`: enough to tell two tokens apart, never enough to use one. */
export const maskToken = (token: string) => `${token.slice(0, 4)}…(${token.length})`;

export function redactUrl(url: URL | string, secrets: readonly string[] = []): string {
  const copy = new URL(url);
  for (const name of TOKEN_PARAMS) {
    const v = copy.searchParams.get(name);
    if (v) copy.searchParams.set(name, maskToken(v));
  }
  for (const name of secrets) if (copy.searchParams.has(name)) copy.searchParams.set(name, '***');
  return copy.toString();
}
