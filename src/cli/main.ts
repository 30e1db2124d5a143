#!/usr/bin/env node
// The `wxkit` executable (package.json `bin`). Everything testable lives in run.ts; this file only
// wires the real process: argv, standard streams, Ctrl-C, the exit code.
import { readFile } from 'node:fs/promises';
import type { CliIo } from './args.js';
import { run } from './run.js';

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdinIsTTY: process.stdin.isTTY === true,
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: (path) => readFile(path, 'utf8'),
  untilStopped: () =>
    new Promise((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
};

process.exitCode = await run(process.argv.slice(2), io);
