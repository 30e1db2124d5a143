// Koa 3: hand the raw node request and response to `bot.node` and tell Koa not to answer itself.
// Run: npx tsx examples/koa.ts
import { pathToFileURL } from 'node:url';
import Koa from 'koa';
import type { Bot } from '../src/webhook/index.js';
import { createEchoBot, echoBotOptionsFromEnv } from './echo-bot.js';

export function koaApp(bot: Bot<'oa'>) {
  const app = new Koa();
  app.use(async (ctx, next) => {
    if (ctx.path !== '/wechat') return next();
    ctx.respond = false;
    await bot.node(ctx.req, ctx.res);
  });
  return app;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  koaApp(createEchoBot(echoBotOptionsFromEnv())).listen(port, () =>
    console.log(`WeChat callback on http://localhost:${port}/wechat`),
  );
}
