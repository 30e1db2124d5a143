// `wxkit push <url>`: play WeChat against your own callback while you develop: build a described
// message, sign it (and encrypt it in compat/safe mode) with your Token and EncodingAESKey, POST it
// with WeChat's query string, and print the reply, decrypted.
import { alwaysEncrypted, PRODUCTS, type Product, productFacts } from '../products.js';
import { defaultAccounts, type EmulatorAccount, resolveAccount } from '../testing/accounts.js';
import { pushTargetOf } from '../testing/emulator.js';
import { PushError, type PushMode, sendPush } from '../testing/push.js';
import { composeMessage, findMessageType, messageTypesOf } from '../testing/templates.js';
import { CliError, type Command, integer, oneOf, parse, str, UsageError } from './args.js';

const NAME = 'wxkit push';

const help = `Usage: wxkit push <url> [options]

Sends a message to your callback URL the way WeChat does: signed with your Token and, in compat
or safe mode, encrypted with your EncodingAESKey. Prints the reply, decrypted.

Message:
  --type <type>          text (default), image, voice, location, link, subscribe, unsubscribe, scan,
                         click, view, … or any described message name (TextMessage, ClickEvent,
                         SuiteTicketNotification, …)
  --content <text>       Content of a text message
  --event-key <key>      EventKey of an event (the menu key of a click)
  --from <id>            FromUserName: the sender's openid (or WeCom userid)
  --field <name=value>   Set any field; repeat for several

Account (defaults: the \`wxkit emulator\` demo account of the product):
  --product <product>    ${PRODUCTS.join(', ')} (default: oa)
  --appid <id>           AppID (CorpID for work, SuiteID for work-suite, component AppID for open)
  --token <token>        The callback Token configured for your URL
  --aes-key <key>        The 43-character EncodingAESKey (compat and safe modes)
  --agent-id <n>         AgentID of a WeCom app

Delivery:
  --mode <mode>          plain, compat or safe (default: plain for oa/miniprogram without
                         --aes-key, otherwise safe; WeCom and open are always encrypted)
  --format <format>      xml (default) or json (Mini Programs can be set to JSON)
  --retries              Retry like WeChat when the callback fails: 3 tries, 5 s apart
  --timeout <ms>         How long to wait for the reply (default 5000, WeChat's limit)
  --json                 Print the whole result as JSON
  --verbose              Also print the plaintext that was pushed
  -h, --help             Show this help

Examples:
  wxkit push http://localhost:3000/wechat --type text --content hi --token my-token
  wxkit push http://localhost:3000/wechat --type click --event-key MENU_HELP --mode safe \\
    --appid wx1234567890abcdef --token my-token --aes-key <43 characters>
`;

function accountFor(
  product: Product,
  id: string | undefined,
  token: string | undefined,
  aesKey: string | undefined,
  agentId: number | undefined,
) {
  const base = defaultAccounts().find((a) => a.product === product)!;
  // --appid is the credential the product's pushes are sealed for (AppID, CorpID, SuiteID, …).
  const account = {
    ...base,
    ...(token ? { token } : {}),
    ...(aesKey ? { encodingAESKey: aesKey } : {}),
    ...(id ? { [productFacts(product).pushes.receiveId]: id } : {}),
    ...(agentId !== undefined && 'agentId' in base ? { agentId } : {}),
  } as EmulatorAccount;
  return resolveAccount(account);
}

function fieldsFrom(list: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of (list as string[] | undefined) ?? []) {
    const eq = item.indexOf('=');
    if (eq < 1) throw new UsageError(`${NAME}: --field takes name=value, got "${item}"`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

export const pushCommand: Command = {
  name: 'push',
  summary: 'Send a message to your callback URL, signed and encrypted like WeChat',
  help,
  async run(argv, io) {
    const p = parse(
      NAME,
      argv,
      {
        type: { type: 'string' },
        content: { type: 'string' },
        'event-key': { type: 'string' },
        from: { type: 'string' },
        field: { type: 'string', multiple: true },
        product: { type: 'string' },
        appid: { type: 'string' },
        token: { type: 'string' },
        'aes-key': { type: 'string' },
        'agent-id': { type: 'string' },
        mode: { type: 'string' },
        format: { type: 'string' },
        retries: { type: 'boolean' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
      true,
    );
    if (p.values.help) {
      io.stdout(help);
      return 0;
    }
    const [url, ...extra] = p.positionals;
    if (!url)
      throw new UsageError(`${NAME}: give the callback URL, e.g. wxkit push http://localhost:3000/wechat`);
    if (extra.length) throw new UsageError(`${NAME}: unexpected argument ${extra[0]} (see ${NAME} --help)`);
    if (!/^https?:\/\//.test(url))
      throw new UsageError(`${NAME}: the URL must start with http:// or https://, got "${url}"`);

    const product = oneOf(p, 'product', PRODUCTS, NAME) ?? 'oa';
    const aesKey = str(p, 'aes-key');
    if (aesKey !== undefined && !/^[A-Za-z0-9+/]{43}$/.test(aesKey)) {
      throw new UsageError(`${NAME}: --aes-key must be the 43-character EncodingAESKey`);
    }
    const encryptedOnly = alwaysEncrypted(product);
    const mode: PushMode =
      oneOf(p, 'mode', ['plain', 'compat', 'safe'], NAME) ?? (aesKey || encryptedOnly ? 'safe' : 'plain');
    const format = oneOf(p, 'format', ['xml', 'json'], NAME) ?? 'xml';
    const account = accountFor(
      product,
      str(p, 'appid'),
      str(p, 'token'),
      aesKey,
      integer(p, 'agent-id', NAME),
    );

    const type = str(p, 'type') ?? 'text';
    if (!findMessageType(type, product)?.products.includes(product)) {
      throw new UsageError(
        `${NAME}: ${product} receives no message of type "${type}"; described: ${messageTypesOf(product).join(', ')}`,
      );
    }
    const overrides: Record<string, unknown> = { ...fieldsFrom(p.values.field) };
    const content = str(p, 'content');
    if (content !== undefined) overrides.Content = content;
    const eventKey = str(p, 'event-key');
    if (eventKey !== undefined) overrides.EventKey = eventKey;
    const from = str(p, 'from');
    if (from !== undefined) overrides.FromUserName = from;

    const { fields, entry } = await composeMessage({ type, ...overrides }, { account, format });
    const usingDefaults = !str(p, 'token');
    if (usingDefaults && !p.values.json) {
      io.stderr(
        `${NAME}: no --token given: signing with the emulator demo account's token (${account.token})\n`,
      );
    }
    const timeout = integer(p, 'timeout', NAME);
    let result: Awaited<ReturnType<typeof sendPush>>;
    const started = Date.now();
    try {
      result = await sendPush(url, fields, pushTargetOf(account), {
        mode,
        format,
        ...(p.values.retries ? { retries: true } : {}),
        ...(timeout !== undefined ? { timeoutMs: timeout } : {}),
      });
    } catch (err) {
      if (err instanceof PushError) throw new CliError(`${NAME}: ${err.message}`);
      if (err instanceof TypeError) throw new CliError(`${NAME}: ${err.message}`);
      throw err;
    }
    if (p.values.json) {
      io.stdout(`${JSON.stringify(result)}\n`);
      return 0;
    }
    io.stdout(`→ ${entry?.name ?? type} to ${url} (${product}, ${mode} mode, ${format})\n`);
    if (p.values.verbose) io.stdout(`${result.plaintext}\n`);
    const took = Date.now() - started;
    if (!result.reply) {
      io.stdout(`← HTTP ${result.status} in ${took} ms: "success" (no reply)\n`);
    } else {
      io.stdout(
        `← HTTP ${result.status} in ${took} ms, ${result.encrypted ? 'encrypted' : 'plaintext'} reply:\n`,
      );
      io.stdout(`${result.replyText}\n`);
    }
    return 0;
  },
};
