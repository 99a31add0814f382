// `npm test`: every check and test suite of the project, then one closing line "N passed, N failed"
// that adds them all up. Browser suites find (or install) Chromium first.
//
// Two lanes run side by side, so the whole stays within five minutes on two cores:
//   browsers: build → web-test-runner → the screenshot comparison, alone → size → layout
//   node:     type-check → import checks → server suites (SQLite and PostgreSQL at once) →
//             Storybook build (once the build is done)
// The first lane prints as it goes; each step of the other prints its output when it ends.
// Two suites that drive whole pages in Chromium for minutes are steps of their own, in CI too
// (.ci/run): `npm run test:e2e` (the demo pages used as citizens use them) and `npm run smoke`
// (every story).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChrome } from './chrome.mjs';

const totals = { passed: 0, failed: 0 };
/** What failed, repeated at the very end: CI shows only the tail of the output. */
const failures = [];
const started = Date.now();
rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

const seconds = (since) => `(${Math.round((Date.now() - since) / 1000)} s)`;

/** Runs a command; `quiet`: its output is kept and printed in one piece when it ends. */
function run(cmd, args, { env = {}, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      if (quiet) process.stdout.write(Buffer.concat(out));
      resolve(code === 0);
    });
  });
}

const bin = (name) => `node_modules/.bin/${name}`;

/** A check counts as one test: it passes or fails as a whole. */
async function check(name, running) {
  const since = Date.now();
  const ok = await running;
  console.log(`${ok ? '✓' : '✗'} ${name} ${seconds(since)}`);
  totals[ok ? 'passed' : 'failed']++;
  if (!ok) failures.push(name);
  return ok;
}

/** A suite reports its own counts in a JSON file; a suite that crashed without one counts as one failure. */
function suite(name, ok, resultFile, since) {
  const counts = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : null;
  if (!counts) {
    console.log(`✗ ${name} (no results) ${seconds(since)}`);
    totals.failed++;
    failures.push(`${name} (no results)`);
    return false;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed + (ok || counts.failed ? 0 : 1);
  for (const f of counts.failures ?? []) failures.push(`${name}: ${f}`);
  if (!ok && !counts.failures?.length) failures.push(`${name}: exited with an error`);
  console.log(`${ok ? '✓' : '✗'} ${name}: ${counts.passed} passed, ${counts.failed} failed ${seconds(since)}`);
  return ok;
}

async function runSuite(name, cmd, args, resultFile, options) {
  const since = Date.now();
  return suite(name, await run(cmd, args, options), resultFile, since);
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

await check('translations extracted, every unit translated', run(bin('lit-localize'), ['extract']).then((ok) => ok && untranslated()));
// The generated string modules and the server's validators, once, before both lanes read them
// (scripts/strings.mjs and validators.mjs rewrite only what changed, so the build running them
// again does not disturb the type-check).
for (const script of ['scripts/strings.mjs', 'scripts/validators.mjs']) spawnSync(process.execPath, [script], { stdio: 'inherit' });

let builtDone;
const built = new Promise((resolve) => (builtDone = resolve));
const quiet = { quiet: true };

async function browserLane() {
  const ok = await check('build', run('npm', ['run', '--silent', 'build']));
  builtDone(ok);
  await runSuite('browser tests (web-test-runner)', bin('wtr'), [], '.test-results/browser.json', { env: browserEnv });
  // Screenshots need their tab in front: that file runs alone (web-test-runner.config.mjs).
  const screenshots = { env: { ...browserEnv, WTR_RESULTS: '.test-results/screenshots.json' } };
  await runSuite('screenshot comparison (web-test-runner)', bin('wtr'), ['--files', 'test/core/host-css.test.ts', '--concurrency', '1'], '.test-results/screenshots.json', screenshots);
  if (!ok) return;
  await check('size budgets', run('node', ['scripts/size.mjs']));
  await check('layout: what lazy/ holds loads later, nothing else does', run('node', ['scripts/check-layout.mjs']));
}

async function nodeLane() {
  await check('type-check', run(bin('tsc'), ['--noEmit'], quiet).then(async (ok) => (await run(bin('tsc'), ['-p', 'server/tsconfig.json', '--noEmit'], quiet)) && ok));
  await check('imports (src/, server/): no cycle, no private path of a dependency', run('node', ['scripts/check-imports.mjs'], quiet));
  if (existsSync('server/test')) {
    // The same suite on SQLite and, at the same time, on a throw-away PostgreSQL server.
    const since = Date.now();
    const ok = await run('node', ['scripts/server-tests.mjs'], quiet);
    const passed = (file) => existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).failed === 0;
    // A failed exit that the PostgreSQL pass does not explain is the SQLite pass's.
    const postgresOk = passed('.test-results/server-postgres.json');
    suite('server tests on SQLite (node:test)', passed('.test-results/server.json') && (ok || !postgresOk), '.test-results/server.json', since);
    suite('server tests on PostgreSQL (node:test)', postgresOk, '.test-results/server-postgres.json', since);
  }
  // Storybook reads custom-elements.json, which the build writes: it starts after the build.
  if (await built) await check('storybook build', run(bin('storybook'), ['build', '--quiet', '-o', 'storybook-static'], quiet));
}

await Promise.all([browserLane(), nodeLane()]);

if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
console.log(`\nnpm test took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
