// After the pipeline, for described endpoints: the response checked against its schema. `strict`
// throws, `warn` reports drift (hook or one console warning per endpoint) and returns the data as is.
import type { ZodMiniType } from 'zod/mini';
import { ValidationError } from '../errors.js';
import type { HttpConfig } from './config.js';
import { issuesOf } from './issues.js';
import type { CallOptions } from './types.js';

export function checkResult(
  config: HttpConfig,
  endpoint: string,
  schema: ZodMiniType | undefined,
  data: Record<string, unknown>,
  options: CallOptions,
) {
  const mode = options.validateResponse ?? config.validateResponse ?? 'warn';
  if (!schema || mode === 'off') return data;
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = issuesOf(parsed.error);
  if (mode === 'strict') throw new ValidationError(endpoint, issues, 'response');
  const onDrift = config.hooks?.onDrift;
  if (onDrift) onDrift({ endpoint, issues });
  else warnDriftOnce(endpoint, issues);
  return data;
}

// Without an onDrift hook, drift is still visible: one console warning per endpoint and process.
// Issues name paths and expected types only, never values, so nothing secret reaches the log.
const driftWarned = new Set<string>();
function warnDriftOnce(endpoint: string, issues: Array<{ path: string; message: string }>): void {
  if (driftWarned.has(endpoint)) return;
  driftWarned.add(endpoint);
  const list = issues
    .slice(0, 5)
    .map((i) => `${i.path || '(root)'}: ${i.message}`)
    .join('; ');
  console.warn(
    `wxkit: ${endpoint} answered a shape its descriptor does not describe (${list}); the data is returned as is. Pass hooks.onDrift to handle this, or validateResponse: 'off' | 'strict'.`,
  );
}
