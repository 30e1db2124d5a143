// The late-reply recipe (docs/webhook.md): a handler that misses WeChat's 5 s window still reaches
// the user, as a customer-service message (allowed within 48 h of the user's last message).
import type { MessageCustomSendParams } from '../generated/types/index.js';
import type { OfficialAccount } from '../src/index.js';
import type { Reply } from '../src/messages/index.js';
import { createWebhook } from '../src/webhook/index.js';

/** The customer-service message that says what a passive reply would have said. */
export function customMessageFor(touser: string, reply: Reply): MessageCustomSendParams | undefined {
  switch (reply.MsgType) {
    case 'text':
      return { touser, msgtype: 'text', text: { content: reply.Content } };
    case 'image':
      return { touser, msgtype: 'image', image: { media_id: reply.Image.MediaId } };
    case 'voice':
      return { touser, msgtype: 'voice', voice: { media_id: reply.Voice.MediaId } };
    case 'news': {
      // A customer-service news message carries one article.
      const first = reply.Articles[0];
      if (!first) return undefined;
      const { Title: title, Description: description, PicUrl: picurl, Url: url } = first;
      return { touser, msgtype: 'news', news: { articles: [{ title, description, picurl, url }] } };
    }
    default:
      // video needs a thumbnail the passive reply lacks; music and transfer_customer_service have
      // no customer-service equivalent worth guessing at.
      return undefined;
  }
}

/** A bot whose answers can take longer than WeChat waits; late ones go out through `oa`. */
export function createSlowBot(oa: OfficialAccount, options: { token: string; deadlineMs?: number }) {
  return createWebhook({
    product: 'oa',
    ...options,
    onLateReply: async (reply, message) => {
      const touser = typeof message.FromUserName === 'string' ? message.FromUserName : undefined;
      const custom = touser ? customMessageFor(touser, reply) : undefined;
      if (custom) await oa.api.message.custom.send(custom);
    },
    onError: (err, ctx) => console.error(`webhook ${ctx.stage} (${ctx.status}):`, err),
  }).on('text', (msg) => thinkSlowly(msg.Content));
}

async function thinkSlowly(question: string): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  return `After some thought: ${question}`;
}
