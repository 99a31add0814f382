// Runs node's test runner over the *.test.ts / *.test.mjs files of one folder (TypeScript through
// tsx) and writes the counts to .test-results/<name>.json for `npm test`.
// Usage: node scripts/node-tests.mjs [folder] [name]   (default: server/test server)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const [dir = 'server/test', name = 'server'] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => /\.test\.(ts|mjs)$/.test(f)).map((f) => `${dir}/${f}`);
const tap = `.test-results/${name}.tap`;
mkdirSync('.test-results', { recursive: true });
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
  { stdio: 'inherit' },
);
const out = readFileSync(tap, 'utf8');
const num = (key) => Number(out.match(new RegExp(`^# ${key} (\\d+)`, 'm'))?.[1] ?? 0);
writeFileSync(`.test-results/${name}.json`, JSON.stringify({ passed: num('pass'), failed: num('fail') + num('cancelled') }));
process.exit(r.status ?? 1);
