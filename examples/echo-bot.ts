// A small bot: echoes text, greets new followers, answers a menu click, and hands anything else to
// the customer-service queue. Used by the other examples and by the demo.
import { reply } from '../src/messages/index.js';
import { type Bot, createWebhook, type WebhookOptions } from '../src/webhook/index.js';

export type EchoBotOptions = Omit<WebhookOptions<'oa'>, 'product'>;

export function createEchoBot(options: EchoBotOptions): Bot<'oa'> {
  return createWebhook({ ...options, product: 'oa' })
    .use(async (ctx, next) => {
      const started = Date.now();
      const result = await next();
      ctx.state.ms = Date.now() - started;
      return result;
    })
    .on('text', (msg) => (msg.Content === 'help' ? 'Send me anything and I will say it back.' : msg.Content))
    .on('image', (msg) => reply.image(msg.MediaId))
    .onEvent('subscribe', (event) =>
      reply.text(event.EventKey ? `Welcome! (scanned ${event.EventKey})` : 'Welcome!'),
    )
    .onEvent('CLICK', (event) => `You clicked ${event.EventKey}`)
    .fallback(() => reply.transferCustomerService());
}

/** Account settings from the environment, with throwaway defaults for a local run. */
export function echoBotOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): EchoBotOptions {
  return {
    token: env.WECHAT_TOKEN ?? 'wxkit-demo-token',
    ...(env.WECHAT_AES_KEY ? { encodingAESKey: env.WECHAT_AES_KEY } : {}),
    ...(env.WECHAT_APPID ? { receiveId: env.WECHAT_APPID } : {}),
  };
}
