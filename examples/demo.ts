// `npm run demo`: wxkit end to end with no WeChat account, no Redis and nothing beyond 127.0.0.1.
// The emulator plays WeChat; examples/echo-bot.ts is the bot. WeChat pushes three messages to the
// bot in safe mode (signed and AES-encrypted), then the typed client calls WeChat's APIs.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOfficialAccount } from '../src/index.js';
import { type AppAccount, createEmulator, type Emulator, type PushMessage } from '../src/testing/index.js';
import { createEchoBot } from './echo-bot.js';

const started = performance.now();
const steps = 4;
let step = 0;
const say = (line = '') => process.stdout.write(`${line}\n`);
const heading = (text: string) => say(`\n[${++step}/${steps}] ${text}`);
const ms = (from: number) => `${Math.round(performance.now() - from)} ms`;
const show = (v: unknown, max = 72) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

async function pushes(emulator: Emulator, botUrl: string) {
  const messages: Array<[string, PushMessage]> = [
    ['a text message "hello"', { type: 'text', Content: 'hello' }],
    ['a subscribe event (a new follower)', { type: 'subscribe' }],
    ['a menu click, key MENU_HELP', { type: 'click', EventKey: 'MENU_HELP' }],
  ];
  for (const [i, [label, message]] of messages.entries()) {
    const t = performance.now();
    const result = await emulator.push(botUrl, message, { mode: 'safe' });
    const answer = result.reply
      ? `${String(result.reply.MsgType)} "${String(result.reply.Content ?? '')}"`
      : '"success" (no reply)';
    say(`  → ${label.padEnd(36)} ← ${answer}  (${result.encrypted ? 'encrypted' : 'plaintext'}, ${ms(t)})`);
    if (i === 0) {
      // What went over the wire, once: WeChat's query string and the encrypted envelope.
      const query = new URL(result.sent.url).searchParams;
      say(`      on the wire: POST ?${[...query.keys()].join('&')}`);
      say(`      ${show(result.sent.body, 96)}`);
    }
  }
}

async function apis(emulator: Emulator, account: AppAccount) {
  const oa = createOfficialAccount({
    appId: account.appId,
    appSecret: account.appSecret,
    hosts: emulator.hosts,
  });
  const openid = 'oWxkitEmulatorUser0000000001';

  let t = performance.now();
  const user = await oa.api.user.info({ openid, lang: 'zh_CN' });
  const since = user.subscribe_time ? new Date(user.subscribe_time * 1000).toISOString().slice(0, 10) : '-';
  say(
    `  oa.api.user.info           → ${user.openid} follows since ${since}, tags ${show(user.tagid_list)}  (${ms(t)})`,
  );

  t = performance.now();
  await oa.api.message.custom.send({
    touser: openid,
    msgtype: 'text',
    text: { content: 'Thanks for visiting!' },
  });
  const sent = emulator.received('oa.message.custom.send').at(-1) as { text?: { content?: string } };
  say(`  oa.api.message.custom.send → ok; WeChat received text "${sent.text?.content}"  (${ms(t)})`);

  t = performance.now();
  const qr = await oa.api.qrcode.create({
    expire_seconds: 604_800,
    action_name: 'QR_STR_SCENE',
    action_info: { scene: { scene_str: 'demo' } },
  });
  say(
    `  oa.api.qrcode.create       → ticket ${show(qr.ticket, 24)}, expires in ${qr.expire_seconds} s  (${ms(t)})`,
  );

  t = performance.now();
  const png = await oa.api.qrcode.show({ ticket: qr.ticket });
  const dir = await mkdtemp(join(tmpdir(), 'wxkit-demo-'));
  const file = join(dir, 'qrcode.png');
  await writeFile(file, png.bytes);
  say(
    `  oa.api.qrcode.show         → ${png.bytes.length}-byte ${png.contentType}, saved to ${file}  (${ms(t)})`,
  );

  t = performance.now();
  const page = 'https://shop.example.com/item?id=42#reviews';
  const wxConfig = await oa.jssdk.config(page, ['updateAppMessageShareData']);
  say(
    `  oa.jssdk.config            → wx.config for ${page.split('#')[0]}: signature ${wxConfig.signature.slice(0, 12)}…  (${ms(t)})`,
  );

  say(
    `  The client fetched its access_token ${emulator.calls('shared.token.getStable')} time(s) (stable_token) for ${
      Object.values(emulator.calls()).reduce((a, b) => a + b, 0) - emulator.calls('shared.token.getStable')
    } API calls.`,
  );
}

async function main() {
  say('wxkit demo: a WeChat emulator and a bot, both on 127.0.0.1');

  heading('Starting the WeChat emulator');
  const emulator = await createEmulator();
  const account = emulator.account('oa');
  say(
    `  ${emulator.url}: every described endpoint of api.weixin.qq.com, qyapi.weixin.qq.com, mp.weixin.qq.com`,
  );
  say(`  Official Account ${account.appId} (original id ${account.originalId})`);

  heading('Starting the echo bot (examples/echo-bot.ts)');
  const bot = createEchoBot({
    token: account.token,
    encodingAESKey: account.encodingAESKey,
    receiveId: account.appId,
  });
  const server = createServer(bot.node);
  const botUrl = `${await listen(server)}/wechat`;
  say(`  ${botUrl}: safe mode, Token and EncodingAESKey of ${account.appId}`);

  try {
    heading('WeChat pushes to the bot; the bot replies');
    await pushes(emulator, botUrl);

    heading('Typed API calls against the emulator');
    await apis(emulator, account);
  } finally {
    server.close();
    server.closeAllConnections();
    await emulator.close();
  }
  say(
    `\nDone in ${ms(started)}. Next: point your own client at the emulator (wxkit emulator) or push to your`,
  );
  say('own callback (wxkit push <url> --type text --content hi); see README.');
}

main().catch((err: unknown) => {
  process.stderr.write(`demo failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
