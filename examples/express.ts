// Express 5: `bot.node` is also middleware. Mount it before any body parser, or after
// `express.text({ type: '*/*' })` — it uses a body that was already read.
// Run: npx tsx examples/express.ts
import { pathToFileURL } from 'node:url';
import express from 'express';
import type { Bot } from '../src/webhook/index.js';
import { createEchoBot, echoBotOptionsFromEnv } from './echo-bot.js';

export function expressApp(bot: Bot<'oa'>) {
  const app = express();
  app.use('/wechat', bot.node);
  app.get('/health', (_req, res) => {
    res.send('ok');
  });
  return app;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  expressApp(createEchoBot(echoBotOptionsFromEnv())).listen(port, () =>
    console.log(`WeChat callback on http://localhost:${port}/wechat`),
  );
}
