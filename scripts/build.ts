// `npm run build`: the published package. One ESM bundle per public entry (shared code split into
// chunks, each generated schema module its own lazily loaded chunk), so `import 'wxkit'` reads a
// handful of files instead of fifty; dependencies (ky, zod, ioredis) stay imports. Declarations
// come from tsc (tsconfig.build.json) into dist/src and dist/generated.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: {
    index: 'src/index.ts',
    crypto: 'src/crypto/index.ts',
    messages: 'src/messages/index.ts',
    redis: 'src/redis/index.ts',
    testing: 'src/testing/index.ts',
    webhook: 'src/webhook/index.ts',
    cli: 'src/cli/main.ts',
  },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
