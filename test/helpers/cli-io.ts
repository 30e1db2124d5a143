// A CliIo that records what the CLI writes, for tests that call run() in process.
import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/args.js';

export function recordingIo(stdin?: string) {
  let out = '';
  let err = '';
  let stop: () => void = () => {};
  const stopped = new Promise<void>((r) => {
    stop = r;
  });
  const io: CliIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readStdin: async () => stdin ?? '',
    stdinIsTTY: stdin === undefined,
    readFile: (p) => readFile(p, 'utf8'),
    untilStopped: () => stopped,
  };
  return { io, out: () => out, err: () => err, stop: () => stop() };
}
