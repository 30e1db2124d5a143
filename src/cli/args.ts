// Flag parsing for every command: node:util parseArgs, with its errors turned into one-line usage
// errors that name the command and point at its help.
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A mistake in how the command was called: exit code 2, one line, no stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A failure the user can act on (a refused push, a bad key): exit code 1, one line, no stack. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

function oneLine(err: unknown, command: string): string {
  const e = err as { code?: string; message?: string };
  const message = e.message ?? String(err);
  const flag = /'(-[^' ,]+)/.exec(message)?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${command}: unknown option ${flag ?? ''}`.trimEnd();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message)
        ? `${command}: ${flag ?? 'an option'} needs a value`
        : `${command}: ${flag ?? 'an option'} takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `${command}: unexpected argument ${/'([^']+)'/.exec(message)?.[1] ?? ''}`.trimEnd();
    default:
      return `${command}: ${message.split('\n')[0]}`;
  }
}

/** Parses argv for `command`; `--help`/`-h` is always accepted. */
export function parse(command: string, argv: string[], options: Options, allowPositionals = false): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h' }, ...options },
      allowPositionals,
      strict: true,
    });
    return { values: values as Parsed['values'], positionals };
  } catch (err) {
    throw new UsageError(`${oneLine(err, command)} (see ${command} --help)`);
  }
}

/** A flag's value as text, or undefined. */
export const str = (p: Parsed, name: string): string | undefined => {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
};

/** A flag that must be present. */
export function required(p: Parsed, name: string, command: string): string {
  const v = str(p, name);
  if (v === undefined || v === '')
    throw new UsageError(`${command}: --${name} is required (see ${command} --help)`);
  return v;
}

/** A flag that must be a non-negative integer. */
export function integer(p: Parsed, name: string, command: string): number | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`${command}: --${name} must be a whole number, got "${v}"`);
  return Number(v);
}

/** A flag that must be one of `choices`. */
export function oneOf<T extends string>(
  p: Parsed,
  name: string,
  choices: readonly T[],
  command: string,
): T | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  if (!(choices as readonly string[]).includes(v)) {
    throw new UsageError(`${command}: --${name} must be one of ${choices.join(', ')}, got "${v}"`);
  }
  return v as T;
}

/** What a command gets to talk to the world: injectable for tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input, as text. */
  readStdin(): Promise<string>;
  /** Whether standard input is a terminal (nothing piped in). */
  stdinIsTTY: boolean;
  readFile(path: string): Promise<string>;
  /** Resolves when the user asks to stop (Ctrl-C), for long-running commands. */
  untilStopped(): Promise<void>;
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
