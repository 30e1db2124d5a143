// The `wxkit` command: dispatch to a subcommand, and turn every error into an exit code and one
// line on stderr. Usage mistakes exit 2, failures the user can act on exit 1; a stack trace is
// printed only for a bug, and only with WXKIT_DEBUG=1.
import { readFileSync } from 'node:fs';
import { CliError, type CliIo, type Command, UsageError } from './args.js';
import { decryptCommand } from './decrypt-command.js';
import { emulatorCommand } from './emulator-command.js';
import { pushCommand } from './push-command.js';
import { signCommand } from './sign-command.js';

const COMMANDS: readonly Command[] = [emulatorCommand, pushCommand, signCommand, decryptCommand];

function version(): string {
  // src/cli/ in a checkout; dist/ or dist/chunks/ in the built package.
  for (const candidate of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'wxkit' && pkg.version) return pkg.version;
    } catch {
      // try the next
    }
  }
  return 'unknown';
}

const help = () => `wxkit ${version()}: tools for building on WeChat's server platforms

Usage: wxkit <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Options:
  -h, --help     Show this help; \`wxkit <command> --help\` shows a command's
  -v, --version  Show the version

Examples:
  wxkit emulator
  wxkit push http://localhost:3000/wechat --type text --content hi --token my-token
  wxkit sign jssdk --ticket <jsapi_ticket> --url https://example.com/page
  wxkit decrypt --aes-key <EncodingAESKey> --token my-token < captured-push.http
`;

export async function run(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.stderr(help());
      return 2;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      io.stdout(topic ? topic.help : help());
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(`${version()}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === first);
    if (!command) {
      throw new UsageError(
        first.startsWith('-')
          ? `wxkit: unknown option ${first} (see wxkit --help)`
          : `wxkit: unknown command "${first}"; commands: ${COMMANDS.map((c) => c.name).join(', ')} (see wxkit --help)`,
      );
    }
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    if (err instanceof CliError) {
      io.stderr(`${err.message}\n`);
      return 1;
    }
    const e = err as Error;
    io.stderr(`wxkit: ${e?.message ?? String(err)}\n`);
    if (env.WXKIT_DEBUG === '1' && e?.stack) io.stderr(`${e.stack}\n`);
    else io.stderr('(set WXKIT_DEBUG=1 for details)\n');
    return 1;
  }
}
