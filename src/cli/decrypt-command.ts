// `wxkit decrypt`: open a captured push (an HTTP request dump, a body, or the bare Encrypt value)
// with your EncodingAESKey: verify msg_signature when the capture or flags carry it, then decrypt.

import { CryptoError } from '../crypto/errors.js';
import { MessageCrypto } from '../crypto/message-crypto.js';
import { parseXml } from '../messages/xml.js';
import { CliError, type Command, parse, required, str, UsageError } from './args.js';

const NAME = 'wxkit decrypt';

const help = `Usage: wxkit decrypt --aes-key <key> [options] [< capture]

Decrypts a captured push. The capture (standard input, or --file) may be a whole HTTP request as a
proxy or a log shows it (request line, headers, blank line, body), just the body (XML or JSON with
an Encrypt field), or the bare Encrypt value. When msg_signature, timestamp and nonce are known
(from the request line or the flags) and --token is given, the signature is checked first.

Options:
  --aes-key <key>          The 43-character EncodingAESKey (required)
  --token <token>          The callback Token, to check msg_signature
  --appid <id>             Expected receiveId: AppID, CorpID or SuiteID (checked when given)
  --file <path>            Read the capture from a file instead of standard input
  --msg-signature <s>      msg_signature, when the capture has no request line
  --timestamp <s>          timestamp, likewise
  --nonce <s>              nonce, likewise
  --json                   Print { receiveId, verified, message, fields } as JSON
  -h, --help               Show this help

Example:
  wxkit decrypt --aes-key jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C --token QDG6eK --file push.http
`;

interface Capture {
  query: URLSearchParams;
  body: string;
}

/** Splits an HTTP request dump into its query and body; anything else is all body. */
function readCapture(text: string): Capture {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const requestLine = /^(GET|POST|PUT) (\S+)(?: HTTP\/[\d.]+)?\r?\n/.exec(trimmed);
  if (!requestLine) return { query: new URLSearchParams(), body: trimmed };
  const target = requestLine[2]!;
  const query = new URL(target, 'http://capture').searchParams;
  const split = /\r?\n\r?\n/.exec(trimmed);
  return { query, body: split ? trimmed.slice(split.index + split[0].length).trim() : '' };
}

/** The Encrypt value of a body (XML, JSON or the value itself), or of an echostr. */
function encryptOf(capture: Capture): string {
  const echostr = capture.query.get('echostr');
  if (echostr) return echostr.replaceAll(' ', '+');
  const body = capture.body;
  if (body.startsWith('<')) {
    try {
      const fields = parseXml(body);
      if (typeof fields.Encrypt === 'string') return fields.Encrypt;
    } catch {
      throw new CliError(`${NAME}: the body is not well-formed XML`);
    }
    throw new CliError(`${NAME}: the XML body has no Encrypt field (was the push sent in plain mode?)`);
  }
  if (body.startsWith('{')) {
    let fields: Record<string, unknown>;
    try {
      fields = JSON.parse(body) as Record<string, unknown>;
    } catch {
      throw new CliError(`${NAME}: the body is not valid JSON`);
    }
    if (typeof fields.Encrypt === 'string') return fields.Encrypt;
    throw new CliError(`${NAME}: the JSON body has no Encrypt field (was the push sent in plain mode?)`);
  }
  if (/^[A-Za-z0-9+/=\s]+$/.test(body) && body.length > 0) return body.replace(/\s+/g, '');
  throw new CliError(
    `${NAME}: found nothing to decrypt: give a request dump, an XML/JSON body or the Encrypt value`,
  );
}

function parsedFields(message: string): Record<string, unknown> | undefined {
  try {
    return message.trimStart().startsWith('{')
      ? (JSON.parse(message) as Record<string, unknown>)
      : parseXml(message);
  } catch {
    return undefined;
  }
}

export const decryptCommand: Command = {
  name: 'decrypt',
  summary: 'Decrypt a captured push with your EncodingAESKey',
  help,
  async run(argv, io) {
    const p = parse(NAME, argv, {
      'aes-key': { type: 'string' },
      token: { type: 'string' },
      appid: { type: 'string' },
      file: { type: 'string' },
      'msg-signature': { type: 'string' },
      timestamp: { type: 'string' },
      nonce: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (p.values.help) {
      io.stdout(help);
      return 0;
    }
    const aesKey = required(p, 'aes-key', NAME);
    if (!/^[A-Za-z0-9+/]{43}$/.test(aesKey))
      throw new UsageError(`${NAME}: --aes-key must be the 43-character EncodingAESKey`);
    const file = str(p, 'file');
    if (!file && io.stdinIsTTY) {
      throw new UsageError(
        `${NAME}: pipe a captured push into standard input, or pass --file (see ${NAME} --help)`,
      );
    }
    let text: string;
    try {
      text = file ? await io.readFile(file) : await io.readStdin();
    } catch (err) {
      throw new CliError(`${NAME}: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    const capture = readCapture(text);
    const encrypt = encryptOf(capture);
    const signature = str(p, 'msg-signature') ?? capture.query.get('msg_signature');
    const timestamp = str(p, 'timestamp') ?? capture.query.get('timestamp');
    const nonce = str(p, 'nonce') ?? capture.query.get('nonce');
    const token = str(p, 'token');
    const appid = str(p, 'appid');
    const crypto = new MessageCrypto({
      // Without --token the signature cannot be checked; the token is then only a placeholder.
      token: token ?? 'unchecked',
      encodingAESKey: aesKey,
      ...(appid ? { receiveId: appid } : {}),
    });
    const canVerify = Boolean(token && signature && timestamp && nonce);
    let opened: { message: string; receiveId: string };
    try {
      if (canVerify) crypto.verifySignature(signature!, timestamp!, nonce!, encrypt);
      opened = crypto.decrypt(encrypt);
    } catch (err) {
      if (err instanceof CryptoError) throw new CliError(`${NAME}: ${err.message}`);
      throw err;
    }
    if (p.values.json) {
      io.stdout(
        `${JSON.stringify({ receiveId: opened.receiveId, verified: canVerify, message: opened.message, fields: parsedFields(opened.message) })}\n`,
      );
      return 0;
    }
    io.stderr(
      canVerify
        ? `${NAME}: msg_signature verified; receiveId ${opened.receiveId}\n`
        : `${NAME}: signature NOT checked (${token ? 'no msg_signature/timestamp/nonce in the capture' : 'no --token'}); receiveId ${opened.receiveId}\n`,
    );
    io.stdout(`${opened.message}\n`);
    return 0;
  },
};
