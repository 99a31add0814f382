// `npm test`: every check and test suite of the project, in order, then one closing line
// "N passed, N failed" that adds them all up. Browser suites find (or install) Chromium first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChrome } from './chrome.mjs';
import { runServerSuites } from './server-tests.mjs';

const totals = { passed: 0, failed: 0 };
/** What failed, repeated at the very end: CI shows only the tail of the output. */
const failures = [];
const started = Date.now();
rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function npx(bin, args, env) {
  return run(`node_modules/.bin/${bin}`, args, env);
}

/** A check counts as one test: it passes or fails as a whole. */
function check(name, ok) {
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  totals[ok ? 'passed' : 'failed']++;
  if (!ok) failures.push(name);
  return ok;
}

/** A suite reports its own counts in a JSON file; a suite that crashed without one counts as one failure. */
function suite(name, ok, resultFile) {
  const counts = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : null;
  if (!counts) return check(`${name} (no results)`, false);
  totals.passed += counts.passed;
  totals.failed += counts.failed + (ok || counts.failed ? 0 : 1);
  for (const f of counts.failures ?? []) failures.push(`${name}: ${f}`);
  if (!ok && !counts.failures?.length) failures.push(`${name}: exited with an error`);
  console.log(`${ok ? '✓' : '✗'} ${name}: ${counts.passed} passed, ${counts.failed} failed`);
  return ok;
}

function untranslated() {
  const missing = [];
  for (const file of ['xliff/vi.xlf', 'xliff/de.xlf']) {
    const xml = readFileSync(file, 'utf8');
    for (const unit of xml.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? []) {
      if (!unit.includes('<target')) missing.push(`${file}: ${unit.match(/<source>([\s\S]*?)<\/source>/)[1]}`);
    }
  }
  for (const m of missing) console.error(`  untranslated ${m}`);
  return missing.length === 0;
}

let chrome;
try {
  chrome = findChrome();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const browserEnv = { CHROME_PATH: chrome };

check('translations extracted, every unit translated', npx('lit-localize', ['extract']) && untranslated());
check('type-check', run('npm', ['run', '--silent', 'typecheck']));
check('imports (src/, server/): no cycle, no private path of a dependency', run('node', ['scripts/check-imports.mjs']));
const built = check('build', run('npm', ['run', '--silent', 'build']));
suite('browser tests (web-test-runner)', npx('wtr', [], browserEnv), '.test-results/browser.json');
if (existsSync('server/test')) {
  // The same suite on SQLite and, at the same time, on a throw-away PostgreSQL server.
  const { sqliteOk, postgresOk } = await runServerSuites();
  suite('server tests on SQLite (node:test)', sqliteOk, '.test-results/server.json');
  suite('server tests on PostgreSQL (node:test)', postgresOk, '.test-results/server-postgres.json');
}
if (built) {
  suite('demo pages in Chromium (node:test)', run('node', ['scripts/node-tests.mjs', 'test/e2e', 'e2e'], browserEnv), '.test-results/e2e.json');
  check('size budgets', run('node', ['scripts/size.mjs']));
  check('layout: what lazy/ holds loads later, nothing else does', run('node', ['scripts/check-layout.mjs']));
  const sb = check('storybook build', run('npm', ['run', '--silent', 'build-storybook']));
  if (sb) suite('storybook smoke', run('node', ['scripts/storybook-smoke.mjs'], browserEnv), '.test-results/storybook.json');
}

if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
console.log(`\nnpm test took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
