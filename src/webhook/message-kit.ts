// What a push needs beyond its envelope: the generated message tables, to parse the push and to
// render a handler's reply. A bot loads this module on its first push (one await, once), so a
// client that only calls the API never loads, nor bundles into its first chunk, the tables.
import type { Reply } from '../messages/index.js';
import { renderReply, renderReplyJson, reply as replies } from '../messages/reply.js';
import type { HandlerResult, WebhookContext } from './types.js';

export { parseMessage } from '../messages/parse.js';

/** A handler's result as a Reply: a string is a text reply; nothing (or '') is "success". */
export function toReply(result: HandlerResult): Reply | undefined {
  if (result === undefined || result === null || result === '') return undefined;
  if (typeof result === 'string') return replies.text(result);
  if (typeof result === 'object' && typeof (result as { MsgType?: unknown }).MsgType === 'string')
    return result;
  throw new TypeError(
    `a handler returned ${typeof result}: return a Reply (reply.text(…)), a string, or nothing`,
  );
}

/** The plaintext reply to a push, addressed back to its sender. */
export function renderReplyFor(reply: Reply, ctx: WebhookContext<any>): string {
  const m = ctx.message as Record<string, unknown>;
  if (typeof m.FromUserName !== 'string' || typeof m.ToUserName !== 'string') {
    throw new TypeError(
      'this push has no sender to reply to (a notification): its handler must return nothing ("success")',
    );
  }
  const address = { ToUserName: m.FromUserName, FromUserName: m.ToUserName };
  return ctx.format === 'json' ? renderReplyJson(reply, address) : renderReply(reply, address);
}
