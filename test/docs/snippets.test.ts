// Every TypeScript block of README.md and docs/*.md compiles against the package's own sources, so
// no snippet can rot: each block becomes a module (imports of `wxkit` and `wxkit/<subpath>` mapped
// to src/), with the names a reader would have in scope (appId, openid, a Redis client, …) declared
// by a shared prelude. A block that is deliberately a fragment is fenced ```ts nocheck.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join('tmp', 'snippets');
const FILES = ['README.md', ...readdirSync('docs').map((f) => join('docs', f))].filter((f) =>
  f.endsWith('.md'),
);

// Sections of a page continue the page's earlier blocks (an `oa` made above, the emulator started
// above, the factories imported in the first block): the prelude declares those, typed as the
// package types them, and stand-ins for the reader's own app (an express app, a logger).
const PRELUDE = `// names a snippet may use without defining them
import type { Redis } from 'ioredis';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as W from 'wxkit';
import type * as T from 'wxkit/testing';
import type * as M from 'wxkit/messages';
import type * as H from 'wxkit/webhook';
declare global {
  const appId: string, appSecret: string, token: string, encodingAESKey: string, openid: string;
  const componentAppId: string, componentAppSecret: string, corpId: string, agentId: number, secret: string;
  const suiteId: string, suiteSecret: string, authorizerAppId: string, code: string, ticket: string;
  const authCode: string, redirectUri: string, pageUrl: string, apis: string[], xml: string;
  const redis: Redis;
  const store: W.Store;
  const req: IncomingMessage, res: ServerResponse;
  const app: { get(path: string, h: (req: any, res: any) => unknown): void; post(path: string, ...h: any[]): void; use(...h: any[]): void; listen(port: number): void };
  const log: { debug(...a: unknown[]): void; info(...a: unknown[]): void; warn(...a: unknown[]): void; error(...a: unknown[]): void };
  const logger: typeof log;
  const askTheModel: (text: string) => Promise<string>;
  const http: typeof import('node:http');
  const url: string;
  const botForAccount1: H.Bot, botForAccount2: H.Bot, botForAccount3: H.Bot;
  const metrics: { observe(...args: unknown[]): void };
  const myFetch: typeof fetch;
  const oa: W.OfficialAccount, mp: W.MiniProgram, work: W.Work, suite: W.WorkSuite;
  const emulator: T.Emulator;
  const createOfficialAccount: typeof W.createOfficialAccount, createMiniProgram: typeof W.createMiniProgram;
  const createWork: typeof W.createWork, createWorkSuite: typeof W.createWorkSuite, createOpenPlatform: typeof W.createOpenPlatform;
  const createEmulator: typeof T.createEmulator;
  const reply: typeof M.reply;
  const createWebhook: typeof H.createWebhook;
}
export {};
`;

function blocks(file: string): Array<{ line: number; code: string }> {
  const out: Array<{ line: number; code: string }> = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```ts') continue;
    const start = i + 1;
    let j = start;
    while (j < lines.length && lines[j]!.trim() !== '```') j++;
    out.push({ line: start + 1, code: lines.slice(start, j).join('\n') });
    i = j;
  }
  return out;
}

describe('TypeScript blocks in README.md and docs/', () => {
  it('compile', () => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    writeFileSync(join(DIR, 'prelude.ts'), PRELUDE);
    const names: string[] = [];
    for (const file of FILES) {
      for (const b of blocks(file)) {
        const name = `${file.replace(/[/.]/g, '_')}_L${b.line}.ts`;
        names.push(name);
        // A block is a module of its own: top-level await and its own names.
        writeFileSync(join(DIR, name), `// ${file}:${b.line}\n${b.code}\nexport {};\n`);
      }
    }
    expect(names.length).toBeGreaterThan(10);
    writeFileSync(
      join(DIR, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.json',
        compilerOptions: {
          noEmit: true,
          noUnusedLocals: false,
          noImplicitAny: false,
          paths: {
            wxkit: ['../../src/index.ts'],
            'wxkit/*': ['../../src/*/index.ts'],
          },
        },
        include: ['./*.ts'],
      }),
    );
    let out = '';
    try {
      execFileSync('npx', ['tsc', '-p', join(DIR, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      out = (err as { stdout: string }).stdout;
    }
    // Name the doc line of each error: tmp/snippets/README_md_L31.ts(3,5) -> README.md:31 + 2.
    expect(out).toBe('');
  }, 120_000);
});
