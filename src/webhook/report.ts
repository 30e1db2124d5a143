// Every failure a bot meets, at any stage, goes to onError with where it happened and a summary of
// the push (its routing fields, never its content); without onError, unexpected ones are logged.
import type { Product } from '../products.js';
import { WebhookError } from './errors.js';
import type { PushSummary, WebhookContext, WebhookErrorContext, WebhookOptions } from './types.js';

export type Report<P extends Product> = (
  err: unknown,
  where: { stage: WebhookErrorContext['stage']; status: number; ctx?: WebhookContext<P> },
) => void;

export function reporter<P extends Product>(options: WebhookOptions<P>): Report<P> {
  const product = options.product;
  return (err, where) => {
    const info: WebhookErrorContext = {
      stage: where.stage,
      product,
      status: where.status,
      ...(where.ctx ? { account: where.ctx.account, push: summarize(where.ctx.message) } : {}),
    };
    try {
      if (options.onError) options.onError(err, info);
      else if (!(err instanceof WebhookError))
        console.error(`wxkit webhook (${product}, ${where.stage}):`, err);
    } catch {
      // A logging hook that throws must not turn into a failed response.
    }
  };
}

const SUMMARY_FIELDS = ['MsgType', 'Event', 'InfoType', 'ChangeType', 'MsgId'] as const;

function summarize(message: unknown): PushSummary {
  const fields = message as Record<string, unknown>;
  const out: PushSummary = {};
  for (const name of SUMMARY_FIELDS) {
    const v = fields[name];
    if (typeof v === 'string' || typeof v === 'number') out[name] = String(v);
  }
  return out;
}
