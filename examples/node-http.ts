// Plain node:http: `bot.node` is a request listener. Run: npx tsx examples/node-http.ts
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { Bot } from '../src/webhook/index.js';
import { createEchoBot, echoBotOptionsFromEnv } from './echo-bot.js';

export const nodeServer = (bot: Bot<'oa'>) => createServer(bot.node);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  nodeServer(createEchoBot(echoBotOptionsFromEnv())).listen(port, () =>
    console.log(`WeChat callback on http://localhost:${port}/`),
  );
}
