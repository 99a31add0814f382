// `npm run test:examples`: the examples in examples/ used as an app team would use the package.
//
// 1. Packs the library (`npm pack`, after `npm run build` when dist/ is older than its sources) into
//    examples/.pack/dvc-widgets.tgz, the `file:` dependency of every example.
// 2. Installs each example from the registry with `npm ci` and its committed lockfile (the
//    tarball's own integrity is left out of the lockfile: it changes with every build).
// 3. Runs each example's production build, which type-checks first (tsc -b, vue-tsc -b,
//    ng build with strictTemplates, tsc).
// 4. Compiles each type fixture expecting an error on every line marked ✗ and on no other line.
// 5. Serves each build and checks in Chromium: the first screen is Vietnamese (<html lang="vi">,
//    no English UI text, every element upgraded), the locale switch through setLocale, a typed event received by the
//    framework's code, the feedback form's value in the framework form's submitted data (with
//    `name` set as a property, reflected), no console error, no page error, no Lit dev mode.
// 6. Measures what the package adds to each app: gzip -9 of the built JS with our imports, and
//    with dvc-widgets, lit and @lit/* left out of the bundle (external).
// Ends with one line: `test:examples: N passed, N failed`.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { firstLine, forbiddenEnglish, serve } from './page-kit.mjs';

const started = Date.now();
const ROOT = process.cwd();
const PACK = 'examples/.pack/dvc-widgets.tgz';
/** What "our import" brings into an app: left out of the baseline bundle. */
const OURS = '^(dvc-widgets|lit|lit-html|lit-element|@lit/[^/]+)(/|$)';
const only = process.argv.slice(2);

/**
 * Each example: its pages (path, label, the measurement build's input), where its build goes and
 * how it is served (static, or its own server), how the feedback form's `name` is bound and what
 * the form submits, how it is measured, and its type fixture. Every build type-checks first.
 */
const EXAMPLES = [
  {
    name: 'react',
    pages: [
      { path: '/', label: 'React 19 (native custom elements)', input: 'index.html' },
      { path: '/wrappers.html', label: 'React 19 (dvc-widgets/react wrappers)', input: 'wrappers.html' },
    ],
    out: 'dist',
    form: 'the <form> action\'s FormData (name set as a property by React)',
    measure: 'vite',
    fixture: { file: 'fixtures/wrong-types.tsx', cmd: ['node_modules/.bin/tsc', '-p', 'tsconfig.fixtures.json', '--pretty', 'false'] },
  },
  {
    name: 'vue',
    pages: [{ path: '/', label: 'Vue 3', input: 'index.html' }],
    out: 'dist',
    form: 'the v-model and the form\'s FormData (name set as a property by Vue)',
    measure: 'vite',
    fixture: { file: 'fixtures/WrongTypes.vue', cmd: ['node_modules/.bin/vue-tsc', '-p', 'tsconfig.fixtures.json', '--pretty', 'false'] },
  },
  {
    name: 'angular',
    pages: [{ path: '/', label: 'Angular 21', input: 'index.html' }],
    out: 'dist/angular/browser',
    form: 'the reactive form (ControlValueAccessor) and the FormData ([name], a property)',
    buildArgs: ['--', '--stats-json'],
    measure: 'angular',
    fixture: { file: 'fixtures/wrong-types.ts', cmd: ['node_modules/.bin/ngc', '-p', 'tsconfig.fixtures.json'] },
  },
  {
    name: 'ssr',
    pages: [{ path: '/', label: 'Server-rendered page (Vite SSR)', input: 'index.html' }],
    out: 'dist/client',
    start: ['node', 'server.mjs'],
    form: 'the POST body the server receives (name as written in the server\'s HTML)',
    measure: 'vite',
  },
];

/** Every tag a page must have upgraded; the server-rendered page must also send each of them. */
const TAGS = ['dvc-procedure-wizard', 'dvc-feedback-form', 'dvc-queue-board', 'dvc-queue-ticket', 'dvc-vneid-guide'];

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok, detail });
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}

/** Runs a command; resolves with { ok, out } (stdout and stderr together), printing it on failure. */
function run(cmd, args, { cwd = ROOT, env = {}, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NG_CLI_ANALYTICS: 'false', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      if (code !== 0 && !quiet) console.log(out.trim().split('\n').slice(-40).join('\n'));
      resolve({ ok: code === 0, out });
    });
  });
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

// ---------------------------------------------------------------------------------------------
// 1. Build (when stale) and pack.

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

async function pack() {
  const inputs = ['src', 'package.json', 'rollup.config.mjs', 'custom-elements-manifest.config.mjs', 'scripts/frameworks.mjs'];
  const built = existsSync('dist/react/index.js') && statSync('dist/react/index.js').mtimeMs;
  const stale = !built || inputs.some((p) => (statSync(p).isDirectory() ? newest(p) : statSync(p).mtimeMs) > built);
  if (stale) {
    const t = Date.now();
    if (!check('library build (dist/ was missing or older than its sources)', (await run('npm', ['run', '--silent', 'build'])).ok, seconds(t))) return false;
  }
  mkdirSync('examples/.pack', { recursive: true });
  const r = await run('npm', ['pack', '--silent', '--pack-destination', 'examples/.pack']);
  const file = r.out.trim().split('\n').at(-1);
  if (!r.ok || !existsSync(`examples/.pack/${file}`)) return check('npm pack', false, r.out.trim());
  renameSync(`examples/.pack/${file}`, PACK);
  const sha = createHash('sha256').update(readFileSync(PACK)).digest('hex').slice(0, 12);
  return check('npm pack', true, `${PACK} (${Math.round(statSync(PACK).size / 1024)} kB, sha256 ${sha}…)`);
}

// ---------------------------------------------------------------------------------------------
// 2–4. Install, build, fixtures.

/** The tarball's integrity would pin one build of it: leave it out, so `npm ci` takes the fresh one. */
function unpinTarball(dir) {
  const file = join(dir, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const entry = lock.packages?.['node_modules/dvc-widgets'];
  if (!entry) throw new Error(`${file} has no node_modules/dvc-widgets`);
  if (!entry.integrity) return;
  delete entry.integrity;
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}

async function install(ex) {
  const t = Date.now();
  unpinTarball(ex.dir);
  rmSync(join(ex.dir, 'node_modules'), { recursive: true, force: true });
  const r = await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: ex.dir });
  return check(`${ex.name}: npm ci`, r.ok, seconds(t));
}

async function build(ex) {
  const t = Date.now();
  const r = await run('npm', ['run', 'build', ...(ex.buildArgs ?? [])], { cwd: ex.dir });
  return check(`${ex.name}: type check and production build`, r.ok, seconds(t));
}

/** Every line marked ✗ must have an error, and no other line may. */
async function fixture(ex) {
  const { file, cmd } = ex.fixture;
  const lines = readFileSync(join(ex.dir, file), 'utf8').split('\n');
  const marked = new Set(lines.flatMap((l, i) => (/(\/\/|\/\*|<!--) ✗/.test(l) ? [i + 1] : [])));
  const r = await run(cmd[0], cmd.slice(1), { cwd: ex.dir, quiet: true });
  r.out = r.out.replace(/\x1b\[[0-9;]*m/g, ''); // ngc colours its output whatever --pretty says
  const errors = new Map();
  const pattern = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[(:](\\d+)[,:](\\d+)\\)?:?\\s*-?\\s*error (TS\\d+)`, 'g');
  for (const m of r.out.matchAll(pattern)) errors.set(Number(m[1]), m[3]);
  const missed = [...marked].filter((l) => !errors.has(l));
  const unexpected = [...errors.keys()].filter((l) => !marked.has(l));
  const ok = !r.ok && marked.size > 0 && missed.length === 0 && unexpected.length === 0;
  if (!ok) console.log(r.out.trim().split('\n').slice(-30).join('\n'));
  return check(
    `${ex.name}: a wrong handler, prop or attribute type fails the type check (${file})`,
    ok,
    ok ? `${marked.size} of ${marked.size} marked lines rejected, the rest accepted` : `no error on lines ${missed.join(', ') || '–'}; unexpected errors on lines ${unexpected.join(', ') || '–'}`,
  );
}

// ---------------------------------------------------------------------------------------------
// 5. Chromium.

/** All text of the page, shadow roots included (runs in the page). */
function pageText() {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.nodeValue);
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(document.body);
  return out.join(' ').replace(/\s+/g, ' ');
}

async function checkPage(browser, base, ex, pageInfo, forbidden) {
  const label = `${ex.name} ${pageInfo.path}`;
  const problems = [];
  const warnings = [];
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => problems.push(`page error: ${firstLine(e.message)}`));
  page.on('console', (msg) => {
    // The examples have no favicon; Chromium asks for one anyway.
    if (msg.type() === 'error' && !/\/favicon\.ico$/.test(msg.location()?.url ?? '')) problems.push(`console error: ${firstLine(msg.text())}`);
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} ${res.url().replace(base, '')}`);
  });
  const step = async (name, fn) => {
    try {
      await fn();
      return true;
    } catch (e) {
      const waiting = e.message.match(/waiting for (.*)/)?.[1];
      problems.push(`${name}: ${firstLine(e.message)}${waiting ? ` (waiting for ${waiting})` : ''}`);
      return false;
    }
  };
  const wizard = page.locator('dvc-procedure-wizard');
  const feedback = page.locator('dvc-feedback-form');
  try {
    await page.goto(base + pageInfo.path, { waitUntil: 'load' });
    const vi = await step('Vietnamese first screen', async () => {
      if ((await page.getAttribute('html', 'lang')) !== 'vi') throw new Error('<html lang> is not "vi"');
      await wizard.getByRole('button', { name: 'Bắt đầu' }).waitFor();
      await feedback.getByText('Ông/Bà hài lòng với việc phục vụ ở mức nào?').waitFor();
      // Every dvc element on the page is defined and has drawn something.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('dvc-')).every((el) => customElements.get(el.localName) && el.shadowRoot?.textContent?.trim()),
      );
      const text = await page.evaluate(pageText);
      const english = forbidden.find((t) => text.includes(t));
      if (english) throw new Error(`English on the Vietnamese page: "${english}"`);
    });
    check(`${label}: Vietnamese first screen`, vi);

    const event = await step('typed event', async () => {
      await wizard.getByRole('button', { name: 'Bắt đầu' }).click();
      await page.getByTestId('step').filter({ hasText: 'overview → paper' }).waitFor();
      // The widgets ignore a tap within 400 ms of a page change, anywhere on the page (the second
      // tap of a double tap): the next tap comes at a person's pace.
      await page.waitForTimeout(450);
    });
    check(`${label}: dvc-wizard-step received by the framework (detail.from → detail.to)`, event);

    const locale = await step('locale switch', async () => {
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await wizard.getByText('The paper to certify').waitFor();
      await feedback.getByText('How satisfied are you with the service?').waitFor();
      await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
      await wizard.getByText('Giấy tờ cần chứng thực').waitFor();
      await feedback.getByText('Ông/Bà hài lòng với việc phục vụ ở mức nào?').waitFor();
    });
    check(`${label}: setLocale('en') and back to 'vi' switch every widget`, locale);

    const form = await step('form', async () => {
      const name = await feedback.evaluate((el) => ({ property: el.name, attribute: el.getAttribute('name'), defined: !!customElements.get(el.localName) }));
      if (name.property !== 'feedback' || name.attribute !== 'feedback' || !name.defined) throw new Error(`name: ${JSON.stringify(name)}`);
      await feedback.getByRole('radio', { name: 'Rất hài lòng' }).check();
      await page.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
      await page.getByRole('button', { name: 'Gửi', exact: true }).click();
      const sent = JSON.parse(await page.getByTestId('submitted').textContent());
      const value = JSON.parse(sent.feedback ?? 'null');
      if (sent.fullName !== 'Nguyễn Thị Hoa' || value?.overall !== 5) throw new Error(`submitted ${JSON.stringify(sent)}`);
      const formData = page.getByTestId('form-data');
      if (await formData.count()) {
        const data = JSON.parse(await formData.textContent());
        if (JSON.parse(data.feedback ?? 'null')?.overall !== 5) throw new Error(`FormData ${JSON.stringify(data)}`);
      }
    });
    check(`${label}: the feedback form's value in ${ex.form}`, form);
  } catch (e) {
    problems.push(firstLine(e.message));
  } finally {
    const devMode = warnings.find((w) => /Lit is in dev mode/.test(w));
    if (devMode) problems.push('Lit dev mode in a production build');
    check(`${label}: no console error, page error, failed request or Lit dev mode`, problems.length === 0, problems.join(' | '));
    await context.close();
  }
}

/** Starts an example's own server on a free port (PORT=0); resolves with { port, close } once it listens. */
function start(ex) {
  return new Promise((resolve) => {
    const child = spawn(ex.start[0], ex.start.slice(1), { cwd: ex.dir, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => done(null), 10_000);
    let settled = false;
    const done = (port) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!port) {
        child.kill();
        check(`${ex.name}: server starts`, false, out.trim());
        return resolve(null);
      }
      resolve({ port, close: () => child.kill() });
    };
    child.stdout.on('data', (d) => {
      out += d;
      const port = out.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/)?.[1];
      if (port) done(port);
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', () => done(null));
  });
}

/** The page as the server sends it, before any script: every tag, in a Vietnamese document. */
async function serverHtml(ex, base) {
  const html = await (await fetch(base + '/')).text();
  const missing = TAGS.filter((t) => !html.includes(`<${t} `) && !html.includes(`<${t}>`));
  const ok = /<html lang="vi">/.test(html) && missing.length === 0;
  check(`${ex.name}: the server renders every element tag (${TAGS.length}) in <html lang="vi">`, ok, missing.length ? `missing ${missing.join(', ')}` : '');
}

// ---------------------------------------------------------------------------------------------
// 6. Bundle size: with our imports, and with them left out (external).

/**
 * A build's chunks as a graph, { file: { imports, dynamic, vi } } (`vi`: holds Vietnamese strings),
 * with its entry: from Vite's manifest or esbuild's metafile (Angular's stats.json).
 */
function chunkGraph(dir, html) {
  const graph = {};
  let entry;
  const vite = join(dir, '.vite', 'manifest.json');
  if (existsSync(vite)) {
    const manifest = JSON.parse(readFileSync(vite, 'utf8'));
    const file = (key) => manifest[key].file;
    for (const [key, c] of Object.entries(manifest)) {
      if (!c.file.endsWith('.js')) continue;
      graph[c.file] = { imports: (c.imports ?? []).map(file), dynamic: (c.dynamicImports ?? []).map(file), vi: key.includes('/generated/locales/vi/') };
      if (c.isEntry && key === html) entry = c.file;
    }
  } else {
    const stats = JSON.parse(readFileSync(join(dir, '..', 'stats.json'), 'utf8'));
    for (const [file, o] of Object.entries(stats.outputs)) {
      if (!file.endsWith('.js')) continue;
      const of = (kind) => o.imports.filter((i) => i.kind === kind).map((i) => i.path);
      graph[file] = { imports: of('import-statement'), dynamic: of('dynamic-import'), vi: Object.keys(o.inputs).some((i) => i.includes('/generated/locales/vi/')) };
      if (o.entryPoint === 'src/main.ts') entry = file;
    }
  }
  if (!entry) throw new Error(`no entry for ${html} in ${dir}`);
  return { graph, entry };
}

/**
 * gzip -9 of a build's JS: `first` — what a Vietnamese page loads for its first screen (the entry,
 * its static imports, and the Vietnamese strings those import dynamically: the definition of
 * `npm run size`) — and `all`, every chunk (lazy parts and other locales too).
 */
function jsSize(dir, html) {
  const { graph, entry } = chunkGraph(dir, html);
  const gz = (f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  const closure = (f, seen) => {
    if (seen.has(f) || !graph[f]) return seen;
    seen.add(f);
    for (const i of graph[f].imports) closure(i, seen);
    return seen;
  };
  const first = closure(entry, new Set());
  for (const f of [...first]) for (const d of graph[f].dynamic) if (graph[d]?.vi) closure(d, first);
  const sum = (files) => [...files].reduce((n, f) => n + gz(f), 0);
  return { first: sum(first), all: sum(Object.keys(graph)) };
}

/** A Vite build of one page into its own folder; `baseline`: our packages external. */
async function viteBuild(ex, input, outDir, baseline) {
  const script = `
    const { build } = await import('vite');
    const [input, outDir, ours] = process.argv.slice(1);
    const external = ours ? ((re) => (id) => re.test(id))(new RegExp(ours)) : undefined;
    await build({
      logLevel: 'error',
      plugins: [{ name: 'measure', config(c) {
        c.build ??= {};
        c.build.outDir = outDir;
        c.build.emptyOutDir = true;
        c.build.manifest = true;
        c.build.rolldownOptions = { ...c.build.rolldownOptions, input, external };
      } }],
    });`;
  const r = await run('node', ['--input-type=module', '-e', script, input, outDir, baseline ? OURS : ''], { cwd: ex.dir });
  return r.ok;
}

async function measure(ex) {
  const sizes = [];
  for (const p of ex.pages) {
    const out = { with: join(ex.dir, 'dist-measure'), without: join(ex.dir, 'dist-baseline') };
    const html = p.input;
    let ok = false;
    if (ex.measure === 'vite') {
      ok = (await viteBuild(ex, p.input, 'dist-measure', false)) && (await viteBuild(ex, p.input, 'dist-baseline', true));
    } else if (ex.measure === 'angular') {
      // The production build is the one with our imports; the baseline leaves our packages out.
      out.with = join(ex.dir, ex.out);
      out.without = join(ex.dir, 'dist-baseline', 'browser');
      const external = ['dvc-widgets', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
      const args = ['build', '--stats-json', '--output-path=dist-baseline', ...external.map((e) => `--external-dependencies=${e}`)];
      ok = (await run('node_modules/.bin/ng', args, { cwd: ex.dir })).ok;
    }
    if (!ok) {
      check(`${ex.name}: bundle size of ${p.label}`, false);
      continue;
    }
    const a = jsSize(out.with, html);
    const b = jsSize(out.without, html);
    sizes.push({ label: p.label, with: a, without: b });
    rmSync(join(ex.dir, 'dist-measure'), { recursive: true, force: true });
    rmSync(join(ex.dir, 'dist-baseline'), { recursive: true, force: true });
  }
  return sizes;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const examples = EXAMPLES.filter((e) => !only.length || only.includes(e.name)).map((e) => ({ ...e, dir: join(ROOT, 'examples', e.name) }));
  if (!(await pack())) return finish([]);

  // Installs are network-bound: all at once. Builds and browsers are CPU-bound: one at a time.
  const installed = await Promise.all(examples.map(install));
  const ready = [];
  for (const [i, ex] of examples.entries()) {
    if (!installed[i]) continue;
    if (await build(ex)) ready.push(ex);
    if (ex.fixture) await fixture(ex);
  }

  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const forbidden = forbiddenEnglish();
  try {
    for (const ex of ready) {
      const server = ex.start ? await start(ex) : await serve(join(ex.dir, ex.out));
      if (!server) continue;
      const base = `http://127.0.0.1:${server.port ?? server.address().port}`;
      try {
        if (ex.start) await serverHtml(ex, base);
        for (const p of ex.pages) await checkPage(browser, base, ex, p, forbidden);
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
  }

  const sizes = [];
  for (const ex of ready) sizes.push(...(await measure(ex)));
  finish(sizes);
}

function finish(sizes) {
  if (sizes.length) {
    const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
    console.log(`\nwhat the package adds to an app's JS, gzip -9 ("first screen": what a Vietnamese page loads to show the widgets; "all": every chunk, lazy parts and other locales too)`);
    console.log(`${'example'.padEnd(38)} ${'first screen'.padStart(12)} ${'all'.padStart(9)}   app alone: first screen / all`);
    for (const s of sizes) {
      console.log(`${s.label.padEnd(38)} ${kB(s.with.first - s.without.first).padStart(12)} ${kB(s.with.all - s.without.all).padStart(9)}   ${kB(s.without.first)} / ${kB(s.without.all)}`);
    }
    mkdirSync('.test-results', { recursive: true });
    writeFileSync('.test-results/example-sizes.json', `${JSON.stringify(sizes, null, 2)}\n`);
  }
  const failed = results.filter((r) => !r.ok);
  if (failed.length) console.log(`\nfailed:\n${failed.map((r) => `  ✗ ${r.name}${r.detail ? ` — ${r.detail}` : ''}`).join('\n')}`);
  console.log(`\ntest:examples took ${seconds(started)}`);
  console.log(`test:examples: ${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}

main().catch((e) => {
  check('test:examples crashed', false, e.stack ?? String(e));
  finish([]);
});
