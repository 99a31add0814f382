// Runs node's test runner over server/test/*.test.ts (TypeScript through tsx) and writes the
// counts to .test-results/server.json for `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const files = readdirSync('server/test').filter((f) => f.endsWith('.test.ts')).map((f) => `server/test/${f}`);
const tap = '.test-results/server.tap';
mkdirSync('.test-results', { recursive: true });
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
  { stdio: 'inherit' },
);
const out = readFileSync(tap, 'utf8');
const num = (name) => Number(out.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
writeFileSync('.test-results/server.json', JSON.stringify({ passed: num('pass'), failed: num('fail') + num('cancelled') }));
process.exit(r.status ?? 1);
