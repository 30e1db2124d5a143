// Hono 4: `bot.fetch` takes the web Request Hono already has. Run: npx tsx examples/hono.ts
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Bot } from '../src/webhook/index.js';
import { createEchoBot, echoBotOptionsFromEnv } from './echo-bot.js';

export function honoApp(bot: Bot<'oa'>) {
  const app = new Hono();
  app.all('/wechat', (c) => bot.fetch(c.req.raw));
  app.get('/health', (c) => c.text('ok'));
  return app;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  serve({ fetch: honoApp(createEchoBot(echoBotOptionsFromEnv())).fetch, port }, () =>
    console.log(`WeChat callback on http://localhost:${port}/wechat`),
  );
}
