// Token endpoints all answer `{ <name>: string, expires_in: number }`; this reads one into a
// FetchedCredential, so that each chain only says which endpoint, which params and which field.
import type { OperationId } from '../../generated/operations.js';
import type { HttpCaller } from '../http/caller.js';
import { operation } from '../http/operations.js';
import type { FetchedCredential } from '../tokens/credential.js';

export async function fetchToken(
  caller: HttpCaller,
  operationId: OperationId,
  params: Record<string, unknown>,
  valueField: string,
  signal: AbortSignal,
): Promise<FetchedCredential & { result: Record<string, unknown> }> {
  const result = (await caller.call(await operation(operationId), params, { signal })) as Record<
    string,
    unknown
  >;
  return { value: result[valueField] as string, expiresIn: result.expires_in as number, result };
}
