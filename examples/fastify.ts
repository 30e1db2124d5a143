// Fastify 5: read every body as a string (WeChat sends XML, which Fastify has no parser for) and
// pass the request to `bot.handle`, the transport-neutral core. Run: npx tsx examples/fastify.ts
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';
import type { Bot } from '../src/webhook/index.js';
import { createEchoBot, echoBotOptionsFromEnv } from './echo-bot.js';

export function fastifyApp(bot: Bot<'oa'>) {
  const app = Fastify();
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    scope.all('/wechat', async (request, reply) => {
      const body = typeof request.body === 'string' ? request.body : undefined;
      const answer = await bot.handle({
        method: request.method,
        url: request.url,
        body,
        request: request.raw,
      });
      return reply.code(answer.status).headers(answer.headers).send(answer.body);
    });
  });
  return app;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  const app = fastifyApp(createEchoBot(echoBotOptionsFromEnv()));
  await app.listen({ port });
  console.log(`WeChat callback on http://localhost:${port}/wechat`);
}
