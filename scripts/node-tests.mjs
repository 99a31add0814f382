// Runs node's test runner over the *.test.ts / *.test.mjs files of one folder (TypeScript through
// tsx) and writes the counts, and the names of failed tests, to .test-results/<name>.json for `npm test`.
// With --postgres, a throw-away PostgreSQL server (scripts/postgres.mjs) runs for the duration and
// the tests get its admin URL in DVC_TEST_POSTGRES: the server suite then runs on PostgreSQL.
// Usage: node scripts/node-tests.mjs [folder] [name] [--postgres] [--concurrency=N]   (default: server/test server, 1)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const postgres = args.includes('--postgres');
// --concurrency=N: files at once (each file of test/e2e starts its own server and browser).
const concurrency = args.find((a) => a.startsWith('--concurrency='))?.slice(14) ?? '1';
const [dir = 'server/test', name = 'server'] = args.filter((a) => !a.startsWith('--'));
const env = { ...process.env };
let pg;
if (postgres) {
  const { startPostgres } = await import('./postgres.mjs');
  pg = await startPostgres();
  env.DVC_TEST_POSTGRES = pg.url;
  console.log(`${name}: PostgreSQL at ${pg.url}`);
}
const files = readdirSync(dir).filter((f) => /\.test\.(ts|mjs)$/.test(f)).map((f) => `${dir}/${f}`);
const tap = `.test-results/${name}.tap`;
mkdirSync('.test-results', { recursive: true });
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
  { stdio: 'inherit', env },
);
pg?.stop();
const out = readFileSync(tap, 'utf8');
const num = (key) => Number(out.match(new RegExp(`^# ${key} (\\d+)`, 'm'))?.[1] ?? 0);
writeFileSync(`.test-results/${name}.json`, JSON.stringify({ passed: num('pass'), failed: num('fail') + num('cancelled'), failures: failures(out) }));
process.exit(r.status ?? 1);

/** The failed tests of a TAP report with their first error line; a parent failing only through its subtests is left out. */
function failures(tap) {
  const list = [];
  const lines = tap.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*not ok \d+ - (.*)$/.exec(lines[i]);
    if (!m) continue;
    let error = '';
    let parent = false;
    for (let j = i + 1; j < lines.length && !/^\s*\.\.\.$/.test(lines[j]); j++) {
      if (/failureType: 'subtestsFailed'/.test(lines[j])) parent = true;
      const e = /^\s*error: (.*)$/.exec(lines[j]);
      if (e && !error) error = e[1].replace(/^[|>]-?$/, '') || (lines[j + 1] ?? '').trim();
    }
    if (!parent) list.push(`${m[1]}: ${error || 'failed'}`);
  }
  return list;
}
