// The `wxkit` command, run in-process with fake standard streams (and once as a real process):
// help texts, usage errors, push against a local bot, decrypting a captured push, signatures, and
// the emulator server.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { plainSignature } from '../../src/crypto/signatures.js';
import { reply } from '../../src/messages/index.js';
import { derivedAesKey } from '../../src/testing/accounts.js';
import { sendPush } from '../../src/testing/push.js';
import { createWebhook } from '../../src/webhook/index.js';
import { recordingIo } from '../helpers/cli-io.js';

const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function cli(stdin?: string) {
  const { io, out, err, stop } = recordingIo(stdin);
  return { run: (...argv: string[]) => run(argv, io, {}), out, err, stop };
}

const TOKEN = 'cli-test-token';
const AES_KEY = derivedAesKey('cli-test');
const APPID = 'wxcli0000000000001';

let server: Server;
let botUrl: string;
beforeAll(async () => {
  // One bot for plain and safe pushes (allowPlaintext: the plain -> safe migration setting).
  const bot = createWebhook({
    product: 'oa',
    token: TOKEN,
    encodingAESKey: AES_KEY,
    receiveId: APPID,
    allowPlaintext: true,
  })
    .on('text', (m) => reply.text(`you said ${m.Content}`))
    .onEvent('CLICK', (e) => `clicked ${e.EventKey}`);
  server = createServer(bot.node);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  botUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wechat`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('help', () => {
  it('wxkit --help lists every command with examples; exit 0', async () => {
    const c = cli();
    expect(await c.run('--help')).toBe(0);
    for (const name of ['emulator', 'push', 'sign', 'decrypt'])
      expect(c.out()).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(c.out()).toContain('Examples:');
    expect(c.err()).toBe('');
  });

  for (const name of ['emulator', 'push', 'sign', 'decrypt']) {
    it(`wxkit ${name} --help shows usage, options and an example; exit 0`, async () => {
      const c = cli();
      expect(await c.run(name, '--help')).toBe(0);
      expect(c.out()).toMatch(new RegExp(`^Usage: wxkit ${name}`));
      expect(c.out()).toMatch(/-h, --help/);
      expect(c.out()).toMatch(/Example/);
      const viaHelp = cli();
      expect(await viaHelp.run('help', name)).toBe(0);
      expect(viaHelp.out()).toBe(c.out());
    });
  }

  it('--version prints the package version', async () => {
    const c = cli();
    expect(await c.run('--version')).toBe(0);
    expect(c.out()).toBe(`${pkg.version}\n`);
  });

  it('no command: the help on stderr, exit 2', async () => {
    const c = cli();
    expect(await c.run()).toBe(2);
    expect(c.err()).toContain('Usage: wxkit <command>');
  });
});

describe('usage errors exit 2 with one line and no stack', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['an unknown global option', ['--frob'], /unknown option --frob/],
    ['an unknown push flag', ['push', 'http://x', '--bogus'], /^wxkit push: unknown option --bogus/],
    ['a push flag without its value', ['push', 'http://x', '--type'], /--type needs a value/],
    ['a bad push mode', ['push', 'http://x', '--mode', 'loud'], /--mode must be one of plain, compat, safe/],
    ['a push without URL', ['push'], /give the callback URL/],
    [
      'a push type the product does not receive',
      ['push', 'http://x', '--type', 'suite_ticket'],
      /oa receives no message of type "suite_ticket"/,
    ],
    ['a short AES key', ['push', 'http://x', '--aes-key', 'short'], /43-character/],
    ['an unknown emulator flag', ['emulator', '--prot', '1'], /unknown option --prot/],
    ['a bad port', ['emulator', '--port', 'abc'], /--port must be a whole number/],
    ['sign without a kind', ['sign'], /give a kind/],
    ['sign jssdk without --url', ['sign', 'jssdk', '--ticket', 't'], /--url is required/],
    ['decrypt without --aes-key', ['decrypt'], /--aes-key is required/],
    ['decrypt with nothing piped in', ['decrypt', '--aes-key', AES_KEY], /pipe a captured push/],
  ];
  for (const [what, argv, message] of cases) {
    it(what, async () => {
      const c = cli();
      expect(await c.run(...argv)).toBe(2);
      expect(c.err()).toMatch(message);
      expect(c.err().trimEnd().split('\n')).toHaveLength(1);
      expect(c.err()).not.toMatch(/\n\s+at /);
      expect(c.out()).toBe('');
    });
  }
});

describe('wxkit push', () => {
  it('plain mode: prints the reply', async () => {
    const c = cli();
    expect(await c.run('push', botUrl, '--type', 'text', '--content', 'hi', '--token', TOKEN)).toBe(0);
    expect(c.out()).toContain('→ TextMessage to');
    expect(c.out()).toContain('plaintext reply');
    expect(c.out()).toContain('<Content><![CDATA[you said hi]]></Content>');
  });

  it('safe mode with --appid/--aes-key: the encrypted reply, decrypted', async () => {
    const c = cli();
    const code = await c.run(
      'push',
      botUrl,
      '--type',
      'click',
      '--event-key',
      'MENU_1',
      '--mode',
      'safe',
      '--appid',
      APPID,
      '--token',
      TOKEN,
      '--aes-key',
      AES_KEY,
    );
    expect(code).toBe(0);
    expect(c.out()).toContain('safe mode');
    expect(c.out()).toContain('encrypted reply');
    expect(c.out()).toContain('clicked MENU_1');
  });

  it('--json prints the whole result', async () => {
    const c = cli();
    expect(
      await c.run('push', botUrl, '--content', 'json please', '--format', 'json', '--token', TOKEN, '--json'),
    ).toBe(0);
    const result = JSON.parse(c.out()) as { status: number; reply: { Content: string } };
    expect(result.status).toBe(200);
    expect(result.reply.Content).toBe('you said json please');
  });

  it('a refused push exits 1 with one line', async () => {
    const c = cli();
    expect(await c.run('push', botUrl, '--content', 'x', '--token', 'wrong-token')).toBe(1);
    expect(c.err().trimEnd().split('\n').at(-1)).toMatch(/^wxkit push: the callback answered HTTP 401/);
  });

  it('an unreachable URL exits 1', async () => {
    const c = cli();
    expect(
      await c.run('push', 'http://127.0.0.1:9/', '--content', 'x', '--token', TOKEN, '--timeout', '500'),
    ).toBe(1);
    expect(c.err()).toMatch(/could not reach the callback/);
  });
});

describe('wxkit decrypt', () => {
  /** A push as a proxy would capture it: request line, headers, blank line, body. */
  async function capturedPush(): Promise<string> {
    let dump = '';
    const record: typeof fetch = async (input, init) => {
      const url = new URL(String(input));
      dump = `POST ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: text/xml\r\n\r\n${String(init?.body)}`;
      return new Response('success');
    };
    await sendPush(
      'http://example.test/wechat',
      {
        ToUserName: 'gh_x',
        FromUserName: 'o_user',
        CreateTime: 1700000000,
        MsgType: 'text',
        Content: 'secret words',
        MsgId: '1',
      },
      { product: 'oa', token: TOKEN, encodingAESKey: AES_KEY, receiveId: APPID },
      { mode: 'safe', fetch: record },
    );
    return dump;
  }

  it('verifies and decrypts a captured HTTP request', async () => {
    const c = cli(await capturedPush());
    expect(await c.run('decrypt', '--aes-key', AES_KEY, '--token', TOKEN, '--appid', APPID)).toBe(0);
    expect(c.out()).toContain('<Content><![CDATA[secret words]]></Content>');
    expect(c.err()).toMatch(/msg_signature verified; receiveId wxcli0000000000001/);
  });

  it('decrypts a bare body (signature unchecked, and says so); --json gives the fields', async () => {
    const body = (await capturedPush()).split('\r\n\r\n')[1]!;
    const c = cli(body);
    expect(await c.run('decrypt', '--aes-key', AES_KEY, '--json')).toBe(0);
    const result = JSON.parse(c.out()) as {
      verified: boolean;
      receiveId: string;
      fields: { Content: string };
    };
    expect(result).toMatchObject({ verified: false, receiveId: APPID, fields: { Content: 'secret words' } });
  });

  it('a wrong key or token exits 1 with the crypto error, in one line', async () => {
    const capture = await capturedPush();
    const wrongKey = cli(capture);
    expect(await wrongKey.run('decrypt', '--aes-key', derivedAesKey('other'))).toBe(1);
    expect(wrongKey.err()).toMatch(/^wxkit decrypt: could not decrypt/);
    const wrongToken = cli(capture);
    expect(await wrongToken.run('decrypt', '--aes-key', AES_KEY, '--token', 'nope')).toBe(1);
    expect(wrongToken.err()).toMatch(/msg_signature does not match/);
    expect(wrongToken.err()).not.toContain(AES_KEY);
  });
});

describe('wxkit sign', () => {
  it('jssdk: the official JS-SDK example signature', async () => {
    const c = cli();
    const code = await c.run(
      'sign',
      'jssdk',
      '--ticket',
      'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg',
      '--noncestr',
      'Wm3WZYTPz0wzccnW',
      '--timestamp',
      '1414587457',
      '--url',
      'http://mp.weixin.qq.com?params=value',
    );
    expect(code).toBe(0);
    expect(JSON.parse(c.out())).toMatchObject({
      signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed',
      nonceStr: 'Wm3WZYTPz0wzccnW',
      timestamp: 1414587457,
    });
  });

  it('callback: the query string WeChat would send', async () => {
    const c = cli();
    expect(
      await c.run('sign', 'callback', '--token', TOKEN, '--timestamp', '1700000000', '--nonce', 'n1'),
    ).toBe(0);
    const q = new URLSearchParams(c.out().trim());
    expect(q.get('signature')).toBe(plainSignature(TOKEN, '1700000000', 'n1'));
  });
});

describe('wxkit emulator', () => {
  it('serves until stopped; --json prints url, hosts and accounts; requests are logged', async () => {
    const c = cli();
    const running = c.run('emulator', '--port', '0', '--json');
    let settings:
      | {
          url: string;
          hosts: Record<string, string>;
          accounts: Array<{ product: string; appId?: string; appSecret?: string }>;
        }
      | undefined;
    for (let i = 0; i < 100 && !settings; i++) {
      await new Promise((r) => setTimeout(r, 20));
      const first = c.out().split('\n')[0];
      if (first) settings = JSON.parse(first);
    }
    const oa = settings!.accounts.find((a) => a.product === 'oa')!;
    const res = await fetch(`${settings!.hosts['api.weixin.qq.com']}/cgi-bin/stable_token`, {
      method: 'POST',
      body: JSON.stringify({ grant_type: 'client_credential', appid: oa.appId, secret: oa.appSecret }),
    });
    expect(await res.json()).toMatchObject({ expires_in: 7200 });
    c.stop();
    expect(await running).toBe(0);
    const log = JSON.parse(c.out().split('\n')[1]!) as { operationId: string; status: number };
    expect(log).toMatchObject({ operationId: 'shared.token.getStable', status: 200 });
    expect(c.out()).not.toMatch(/access_token=/);
  });

  it('prints a readable banner with hosts, accounts and a curl to try', async () => {
    const c = cli();
    const running = c.run('emulator', '--port', '0', '--quiet');
    for (let i = 0; i < 100 && !c.out().includes('Ctrl-C'); i++) await new Promise((r) => setTimeout(r, 20));
    c.stop();
    expect(await running).toBe(0);
    expect(c.out()).toMatch(/^wxkit emulator: a local WeChat on http:\/\/127\.0\.0\.1:\d+/);
    expect(c.out()).toMatch(/ {2}api\.weixin\.qq\.com +http:\/\/127\.0\.0\.1:\d+\/api\.weixin\.qq\.com/);
    expect(c.out()).toContain('Official Account (oa)');
    expect(c.out()).toContain('WeCom third-party suite (work-suite)');
    expect(c.out()).toMatch(/curl -s http:\/\/127\.0\.0\.1:\d+\/api\.weixin\.qq\.com\/cgi-bin\/stable_token/);
  });

  it('--accounts loads the accounts from a JSON file; a bad file exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wxkit-cli-'));
    const file = join(dir, 'accounts.json');
    await writeFile(file, JSON.stringify([{ product: 'oa', appId: 'wxmine', appSecret: 'my-secret' }]));
    const c = cli();
    const running = c.run('emulator', '--port', '0', '--json', '--accounts', file);
    for (let i = 0; i < 100 && !c.out().includes('\n'); i++) await new Promise((r) => setTimeout(r, 20));
    c.stop();
    expect(await running).toBe(0);
    const { accounts } = JSON.parse(c.out().split('\n')[0]!) as { accounts: Array<{ appId: string }> };
    expect(accounts.map((a) => a.appId)).toEqual(['wxmine']);

    await writeFile(file, '[{"appId":"no product"}]');
    const bad = cli();
    expect(await bad.run('emulator', '--accounts', file)).toBe(1);
    expect(bad.err()).toMatch(/must hold a JSON array of accounts, each with a product/);
  });

  it('a port in use exits 1 with a hint', async () => {
    const c = cli();
    const port = (server.address() as AddressInfo).port;
    expect(await c.run('emulator', '--port', String(port))).toBe(1);
    expect(c.err()).toMatch(new RegExp(`port ${port} is in use; pass --port 0`));
  });
});

describe('the real executable', () => {
  const wxkit = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      encoding: 'utf8',
      timeout: 15_000,
    });

  it('exits 2 on a wrong flag with one line on stderr, 0 on --help', () => {
    const bad = wxkit('push', 'http://x', '--bogus');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toEqual([
      'wxkit push: unknown option --bogus (see wxkit push --help)',
    ]);
    const help = wxkit('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: wxkit <command>');
  });
});
