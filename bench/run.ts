// `npm run bench`: every benchmark, one after the other, each in its own process. Not part of npm test.
import { execFileSync } from 'node:child_process';

const only = process.argv.slice(2);
for (const name of ['client', 'tokens', 'messages', 'webhook']) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== bench/${name}.ts`);
  execFileSync(process.execPath, ['--import', 'tsx', `bench/${name}.ts`], { stdio: 'inherit' });
}
