// The web-standard handler: `bot.fetch(Request) => Promise<Response>` is what Bun, Deno, Cloudflare
// Workers and Next.js route handlers take. On Node it runs through @hono/node-server's adaptor.
// Run: npx tsx examples/fetch-handler.ts
import { pathToFileURL } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import type { Bot } from '../src/webhook/index.js';
import { createEchoBot, echoBotOptionsFromEnv } from './echo-bot.js';

// Bun: `export default { fetch: bot.fetch }`; Deno: `Deno.serve(bot.fetch)`;
// Next.js (app/wechat/route.ts): `export const GET = bot.fetch, POST = bot.fetch`.
export const fetchServer = (bot: Bot<'oa'>) => createAdaptorServer({ fetch: bot.fetch });

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  fetchServer(createEchoBot(echoBotOptionsFromEnv())).listen(port, () =>
    console.log(`WeChat callback on http://localhost:${port}/`),
  );
}
