// Token endpoints all answer `{ <name>: string, expires_in: number }`; this reads one into a
// FetchedCredential, so that each chain only says which endpoint, which params and which field.
import type { HttpCaller } from '../http/caller.js';
import type { FetchedCredential } from '../tokens/credential.js';
import { endpointRow } from './build-api.js';

export async function fetchToken(
  caller: HttpCaller,
  operationId: string,
  params: Record<string, unknown>,
  valueField: string,
  signal: AbortSignal,
): Promise<FetchedCredential & { result: Record<string, unknown> }> {
  const result = (await caller.call(endpointRow(operationId), params, { signal })) as Record<string, unknown>;
  return { value: result[valueField] as string, expiresIn: result.expires_in as number, result };
}
