// `wxkit emulator`: serve the emulator until Ctrl-C, printing what a developer needs to point a
// client at it (hosts, accounts with their secrets, tickets) and one line per request.
import { isProduct, PRODUCTS, type Product, productFacts } from '../products.js';
import { byKind, isKind, type ResolvedAccount } from '../testing/accounts.js';
import { createEmulator, type EmulatorOptions } from '../testing/emulator.js';
import type { RequestLogEntry } from '../testing/server.js';
import { CliError, type CliIo, type Command, integer, parse, str, UsageError } from './args.js';

const NAME = 'wxkit emulator';

const help = `Usage: wxkit emulator [options]

Runs a local WeChat on 127.0.0.1: every described API endpoint (api.weixin.qq.com,
qyapi.weixin.qq.com, mp.weixin.qq.com) with WeChat's token rules and errcodes. Point a wxkit
client at it with the printed \`hosts\`; stop it with Ctrl-C.

Options:
  --port <n>         Port to listen on (default 4100; 0 picks a free one)
  --latency <ms>     Add this delay to every answer (default 0)
  --accounts <file>  JSON array of accounts to use instead of the built-in demo accounts
  --json             Print the settings as one JSON line (and requests as JSON lines)
  --quiet            Do not print a line per request
  -h, --help         Show this help

Example:
  wxkit emulator --port 4100
  # then, in your code:
  createOfficialAccount({ appId, appSecret, hosts: { 'api.weixin.qq.com': 'http://127.0.0.1:4100/api.weixin.qq.com', ... } })
`;

const label = (product: Product) => `${productFacts(product).title} (${product})`;

function accountLines(a: ResolvedAccount): string[] {
  const rows: Array<[string, unknown]> = [];
  byKind<ResolvedAccount, void>(a, {
    app: (a) => {
      rows.push(['appId', a.appId], ['appSecret', a.appSecret], ['originalId', a.originalId]);
    },
    component: (a) => {
      rows.push(['componentAppId', a.componentAppId], ['componentAppSecret', a.componentAppSecret]);
      if (a.verifyTicket) rows.push(['verify ticket', `${a.verifyTicket}  (saveVerifyTicket)`]);
      for (const z of a.authorizers)
        rows.push(['authorizer', `${z.appId} (${z.product}) refresh token ${z.refreshToken}`]);
    },
    corp: (a) => {
      rows.push(['corpId', a.corpId], ['secret', a.secret], ['agentId', a.agentId]);
    },
    suite: (a) => {
      rows.push(['suiteId', a.suiteId], ['suiteSecret', a.suiteSecret]);
      if (a.suiteTicket) rows.push(['suite ticket', `${a.suiteTicket}  (saveSuiteTicket)`]);
      for (const c of a.corps) rows.push(['corp', `${c.corpId} permanent code ${c.permanentCode}`]);
      if (a.providerCorpId)
        rows.push(['providerCorpId', a.providerCorpId], ['providerSecret', a.providerSecret]);
    },
  });
  rows.push(['token', a.token], ['encodingAESKey', a.encodingAESKey]);
  return [`  ${label(a.product)}`, ...rows.map(([k, v]) => `    ${k.padEnd(19)}${String(v)}`)];
}

/** A first request to paste into a terminal. */
function tryIt(url: string, accounts: readonly ResolvedAccount[]): string[] {
  const app = accounts.find((a) => isKind(a, 'app'));
  if (!app) return [];
  const body = JSON.stringify({ grant_type: 'client_credential', appid: app.appId, secret: app.appSecret });
  return ['Try it:', `  curl -s ${url}/api.weixin.qq.com/cgi-bin/stable_token -d '${body}'`, ''];
}

const time = () => new Date().toTimeString().slice(0, 8);

function requestLine(e: RequestLogEntry): string {
  const outcome = e.errcode ? `errcode ${e.errcode}` : String(e.status || 'dropped');
  const fault = e.fault ? `  [fault: ${e.fault}]` : '';
  const bug = e.error ? `  [emulator error: ${e.error}]` : '';
  return `  ${time()}  ${e.method.padEnd(4)} ${e.path}  ${outcome}  ${e.operationId ?? ''}  ${e.durationMs} ms${fault}${bug}`;
}

async function readAccounts(io: CliIo, file: string): Promise<EmulatorOptions['accounts']> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (err) {
    throw new CliError(`${NAME}: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let accounts: unknown;
  try {
    accounts = JSON.parse(text);
  } catch {
    throw new CliError(`${NAME}: ${file} is not JSON`);
  }
  if (
    !Array.isArray(accounts) ||
    !accounts.every(
      (a) => typeof a === 'object' && a !== null && isProduct((a as { product?: string }).product),
    )
  ) {
    throw new CliError(
      `${NAME}: ${file} must hold a JSON array of accounts, each with a product (${PRODUCTS.join(', ')})`,
    );
  }
  return accounts as EmulatorOptions['accounts'];
}

export const emulatorCommand: Command = {
  name: 'emulator',
  summary: 'Run a local WeChat (every described API, tokens, errcodes) on 127.0.0.1',
  help,
  async run(argv, io) {
    const p = parse(NAME, argv, {
      port: { type: 'string' },
      latency: { type: 'string' },
      accounts: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
    });
    if (p.values.help) {
      io.stdout(help);
      return 0;
    }
    const port = integer(p, 'port', NAME) ?? 4100;
    if (port > 65535) throw new UsageError(`${NAME}: --port must be at most 65535`);
    const file = str(p, 'accounts');
    const json = p.values.json === true;
    const quiet = p.values.quiet === true;
    const options: EmulatorOptions = {
      port,
      latencyMs: integer(p, 'latency', NAME) ?? 0,
      ...(file ? { accounts: await readAccounts(io, file) } : {}),
      ...(quiet
        ? {}
        : { onRequest: (e) => io.stdout(json ? `${JSON.stringify(e)}\n` : `${requestLine(e)}\n`) }),
    };
    let emulator: Awaited<ReturnType<typeof createEmulator>>;
    try {
      emulator = await createEmulator(options);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'EADDRINUSE')
        throw new CliError(`${NAME}: port ${port} is in use; pass --port 0 for a free one`);
      if (err instanceof TypeError) throw new CliError(`${NAME}: ${e.message}`);
      throw err;
    }
    if (json) {
      io.stdout(
        `${JSON.stringify({ url: emulator.url, hosts: emulator.hosts, accounts: emulator.accounts })}\n`,
      );
    } else {
      const width = Math.max(...Object.keys(emulator.hosts).map((h) => h.length)) + 2;
      io.stdout(
        [
          `wxkit emulator: a local WeChat on ${emulator.url}`,
          '',
          'Pass these as the `hosts` option of any wxkit client:',
          ...Object.entries(emulator.hosts).map(([h, u]) => `  ${h.padEnd(width)}${u}`),
          '',
          'Accounts (the emulator’s own; `token` and `encodingAESKey` sign and encrypt its pushes):',
          ...emulator.accounts.flatMap(accountLines),
          '',
          ...tryIt(emulator.url, emulator.accounts),
          quiet ? 'Press Ctrl-C to stop.' : 'Requests (Ctrl-C to stop):',
          '',
        ].join('\n'),
      );
    }
    await io.untilStopped();
    await emulator.close();
    if (!json) io.stdout('\nwxkit emulator: stopped\n');
    return 0;
  },
};
