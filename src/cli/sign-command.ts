// `wxkit sign`: the signatures a developer checks by hand: JS-SDK wx.config, and the callback
// signature WeChat puts on a push or URL verification (to craft a request with curl).
import { randomBytes } from 'node:crypto';
import { MessageCrypto } from '../crypto/message-crypto.js';
import { jssdkSignature, plainSignature } from '../crypto/signatures.js';
import { type CliIo, type Command, parse, required, str, UsageError } from './args.js';

const NAME = 'wxkit sign';

const help = `Usage: wxkit sign <kind> [options]

Kinds:
  jssdk      The wx.config signature of a page (JS-SDK)
  callback   The signature WeChat puts on a push to your callback URL

wxkit sign jssdk --ticket <jsapi_ticket> --url <page url> [--noncestr <s>] [--timestamp <s>]
  Prints the wx.config fields as JSON. --noncestr and --timestamp default to new values.

wxkit sign callback --token <token> [--timestamp <s>] [--nonce <s>] [--encrypt <Encrypt>]
  Prints the query string WeChat would send: signature (plain mode), or msg_signature over
  --encrypt (safe mode). --timestamp defaults to now, --nonce to a new value.

Options:
  -h, --help  Show this help

Example:
  wxkit sign jssdk --ticket sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg \\
    --noncestr Wm3WZYTPz0wzccnW --timestamp 1414587457 --url 'http://mp.weixin.qq.com?params=value'
`;

const nonce = () => randomBytes(8).toString('hex');
const now = () => String(Math.floor(Date.now() / 1000));

function jssdk(argv: string[], io: CliIo): number {
  const p = parse(`${NAME} jssdk`, argv, {
    ticket: { type: 'string' },
    url: { type: 'string' },
    noncestr: { type: 'string' },
    timestamp: { type: 'string' },
  });
  if (p.values.help) {
    io.stdout(help);
    return 0;
  }
  const ticket = required(p, 'ticket', `${NAME} jssdk`);
  const url = required(p, 'url', `${NAME} jssdk`);
  const nonceStr = str(p, 'noncestr') ?? nonce();
  const timestamp = str(p, 'timestamp') ?? now();
  if (!/^\d+$/.test(timestamp))
    throw new UsageError(`${NAME} jssdk: --timestamp must be Unix seconds, got "${timestamp}"`);
  const signature = jssdkSignature({ jsapi_ticket: ticket, noncestr: nonceStr, timestamp, url });
  io.stdout(`${JSON.stringify({ nonceStr, timestamp: Number(timestamp), signature, url }, null, 2)}\n`);
  return 0;
}

function callback(argv: string[], io: CliIo): number {
  const command = `${NAME} callback`;
  const p = parse(command, argv, {
    token: { type: 'string' },
    timestamp: { type: 'string' },
    nonce: { type: 'string' },
    encrypt: { type: 'string' },
  });
  if (p.values.help) {
    io.stdout(help);
    return 0;
  }
  const token = required(p, 'token', command);
  const timestamp = str(p, 'timestamp') ?? now();
  const n = str(p, 'nonce') ?? nonce();
  const encrypt = str(p, 'encrypt');
  const query = new URLSearchParams({ signature: plainSignature(token, timestamp, n), timestamp, nonce: n });
  if (encrypt !== undefined) {
    // msg_signature needs only the token; MessageCrypto wants some key, which signing never uses.
    const crypto = new MessageCrypto({ token, encodingAESKey: 'A'.repeat(43) });
    query.set('encrypt_type', 'aes');
    query.set('msg_signature', crypto.signature(timestamp, n, encrypt));
  }
  io.stdout(`${query.toString()}\n`);
  return 0;
}

export const signCommand: Command = {
  name: 'sign',
  summary: 'Compute a JS-SDK wx.config signature or a callback signature',
  help,
  async run(argv, io) {
    const [kind, ...rest] = argv;
    if (kind === '--help' || kind === '-h') {
      io.stdout(help);
      return 0;
    }
    if (kind === undefined)
      throw new UsageError(`${NAME}: give a kind: jssdk or callback (see ${NAME} --help)`);
    if (kind === 'jssdk') return jssdk(rest, io);
    if (kind === 'callback') return callback(rest, io);
    throw new UsageError(`${NAME}: unknown kind "${kind}"; use jssdk or callback (see ${NAME} --help)`);
  },
};
