// `npm run size`: what a page with <html lang="vi"> downloads to show each CDN entry's first
// screen — the entry, every chunk it imports, the vi strings — min + gzip -9, against the budgets
// (docs/ARCHITECTURE.md, "Performance budgets"). Chunks loaded later (other locales, lazy parts) are listed separately.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { presentWidgets } from './widgets.mjs';

const DIR = 'dist/cdn';
const BUDGET = { 'dvc-widgets': 30_000, widget: 14_000 };
// Under the budget, each first screen is also held where it stood before the one base for every
// widget (issue 14: the lazy-part base, the kiosk mixin), or, for the status look-up, where it
// was when it came (issue 16). Ceilings only go down: a feature that needs bytes in a first
// screen pays for them there first.
const CEILING = {
  'procedure-wizard': 13_781,
  'feedback-form': 12_131,
  queue: 10_144,
  'vneid-guide': 11_898,
  'application-status': 12_779,
};
const FIRST_SCREEN_LOCALE = 'src/generated/locales/vi/';

if (!existsSync(`${DIR}/manifest.json`)) {
  console.error('dist/cdn/manifest.json is missing: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(`${DIR}/manifest.json`, 'utf8'));
const gz = new Map();
const size = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(`${DIR}/${file}`), { level: 9 }).length);
  return gz.get(file);
};

/** The entry and its static imports, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of manifest[file].imports) closure(dep, seen);
  return seen;
}

function firstScreen(entry) {
  const files = closure(entry);
  const later = new Set();
  for (const f of [...files]) for (const d of manifest[f].dynamicImports) later.add(d);
  // A chunk of nothing but vi strings loads with the first screen (the strings travel inside their
  // code now, scripts/strings.mjs; this stays true should a locale's strings ever be split again).
  const isVi = (f) => manifest[f].modules.every((m) => m.startsWith(FIRST_SCREEN_LOCALE));
  for (const vi of [...later].filter(isVi)) for (const f of closure(vi)) files.add(f);
  for (const f of files) later.delete(f);
  return { files, later };
}

const fmt = (n) => n.toLocaleString('en-US').padStart(8);
const failures = [];
const entries = Object.entries(manifest).filter(([, c]) => c.entry).map(([file, c]) => [file, c.entry]);
for (const widget of presentWidgets()) {
  if (!entries.some(([, name]) => name === widget)) failures.push(`src/${widget}/ exists but dist/cdn/${widget}.js was not built`);
}

console.log(`${'entry'.padEnd(24)} ${'first screen (vi)'.padStart(18)} ${'budget'.padStart(8)} ${'ceiling'.padStart(8)}   files`);
const lazy = new Set();
for (const [file, name] of entries.sort()) {
  const { files, later } = firstScreen(file);
  const total = [...files].reduce((sum, f) => sum + size(f), 0);
  const budget = name === 'dvc-widgets' ? BUDGET['dvc-widgets'] : BUDGET.widget;
  const ceiling = CEILING[name] ?? budget;
  const over = total > Math.min(budget, ceiling);
  if (total > budget) failures.push(`${file}: ${total} B over its budget of ${budget} B`);
  else if (total > ceiling) failures.push(`${file}: ${total} B over its ceiling of ${ceiling} B (CEILING in scripts/size.mjs)`);
  console.log(`${(over ? '✗ ' : '  ') + file.padEnd(22)} ${fmt(total).padStart(18)} ${fmt(budget)} ${fmt(ceiling)}   ${files.size}`);
  for (const f of later) lazy.add(f);
}
// Application status (issue 16): the feedback form loads only once a result was collected, never
// with the look-up's first screen.
const statusEntry = entries.find(([, name]) => name === 'application-status')?.[0];
if (statusEntry) {
  const leaked = [...firstScreen(statusEntry).files].filter((f) => manifest[f].modules.some((m) => m.startsWith('src/feedback-form/')));
  if (leaked.length) failures.push(`${statusEntry}: the feedback form is in its first screen (${leaked.join(', ')})`);
}
// A live widget's entry paints "Loading…" and fetches its view in parallel with the first data; the
// screen a citizen waits for is the entry with that view. Reported against the widget budget, held
// to a ceiling so it cannot grow unnoticed (issue 5: these do not meet 14,000 B yet). Raised by
// what every widget now carries against double taps (≈ 300 B in core) and, for the ticket, by
// taking a number exactly once across a reload (issue 11); then by the boolean-attribute rule
// every widget shares (≈ 60 B, issue 13); then by the one lazy-part base and kiosk mixin every
// widget now shares (≈ 370 B in core, issue 14), the unit's name (≈ 40 B, issue 12) and, for a
// followed ticket, the QR drawing it shares with the wizard (issue 16); the board by its regions'
// containment and one highlight timer (≈ 25 B, issue 15: at 4× CPU p95 100 → 83 ms a frame);
// lowered again when decorators stopped carrying esbuild's helper and the kiosk's frame and
// visually hidden text left the first screens (issue 14).
const DATA_SCREENS = [
  ['queue.js', 'board, with the feed', ['src/queue/board/internal/lazy/view.ts'], 17_400],
  ['queue.js', 'ticket: services', ['src/queue/ticket/internal/lazy/view.ts'], 18_250],
  ['queue.js', 'ticket: followed', ['src/queue/ticket/internal/lazy/view.ts', 'src/queue/ticket/internal/lazy/tracking/track.ts'], 25_400],
];
const holdingModule = (module) => Object.keys(manifest).find((f) => manifest[f].modules.includes(module));
const screens = DATA_SCREENS.filter(([entry]) => manifest[entry]);
if (screens.length) console.log(`\n${'with its data'.padEnd(40)} ${'vi'.padStart(8)} ${'target'.padStart(8)} ${'ceiling'.padStart(8)}`);
for (const [entry, what, modules, ceiling] of screens) {
  const files = firstScreen(entry).files;
  for (const m of modules) {
    const chunk = holdingModule(m);
    if (!chunk) {
      failures.push(`${m} is in no chunk: update DATA_SCREENS in scripts/size.mjs`);
      continue;
    }
    const { files: more } = firstScreen(chunk);
    for (const f of more) files.add(f);
  }
  const total = [...files].reduce((sum, f) => sum + size(f), 0);
  if (total > ceiling) failures.push(`${entry} (${what}): ${total} B over its ceiling of ${ceiling} B`);
  const mark = total > ceiling ? '✗ ' : total > BUDGET.widget ? '~ ' : '  ';
  console.log(`${mark}${`${entry} — ${what}`.padEnd(38)} ${fmt(total)} ${fmt(BUDGET.widget)} ${fmt(ceiling)}`);
}
console.log('\nloaded later (not in the first screen):');
for (const f of [...lazy].sort()) {
  const what = manifest[f].modules.filter((m) => m.startsWith('src/')).join(', ') || 'shared code';
  console.log(`  ${f.padEnd(36)} ${fmt(size(f))}   ${what}`);
}
// VNeID guide (issue 6): one locale's built-in content with its illustrations, loaded on demand
// after the first screen, against its own budget.
const GUIDE_CONTENT_BUDGET = 15_000;
const holding = (module) => Object.keys(manifest).find((f) => manifest[f].modules.includes(module));
const guideEntry = entries.find(([, name]) => name === 'vneid-guide')?.[0];
const guideArt = holding('src/vneid-guide/internal/lazy/illustrations.ts');
if (guideEntry && guideArt) {
  console.log('');
  const shown = firstScreen(guideEntry).files;
  for (const locale of ['vi', 'en', 'de']) {
    const content = holding(`src/vneid-guide/content/${locale}.ts`);
    if (!content) continue;
    const files = new Set([...closure(content), ...closure(guideArt)].filter((f) => !shown.has(f)));
    const total = [...files].reduce((sum, f) => sum + size(f), 0);
    const over = total > GUIDE_CONTENT_BUDGET;
    if (over) failures.push(`vneid-guide content (${locale}): ${total} B over its budget of ${GUIDE_CONTENT_BUDGET} B`);
    console.log(`${(over ? '✗ ' : '  ') + `vneid-guide content (${locale})`.padEnd(22)} ${fmt(total).padStart(18)} ${fmt(GUIDE_CONTENT_BUDGET)}   ${files.size}`);
  }
}
// What an app's own bundler adds for `dvc-widgets/localization` (issue 13): the npm output,
// bundled and minified as an app would, against its budget.
const LOCALIZATION_BUDGET = 1_500;
const { build } = await import('esbuild');
const bundled = await build({ entryPoints: ['dist/localization.js'], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
const localization = gzipSync(bundled.outputFiles[0].contents, { level: 9 }).length;
if (localization > LOCALIZATION_BUDGET) failures.push(`dvc-widgets/localization: ${localization} B over its budget of ${LOCALIZATION_BUDGET} B`);
console.log(`\n${(localization > LOCALIZATION_BUDGET ? '✗ ' : '  ') + 'npm: dvc-widgets/localization'.padEnd(22)} ${fmt(localization).padStart(10)} ${fmt(LOCALIZATION_BUDGET)}   bundled by an app`);

if (failures.length) {
  for (const f of failures) console.error(`✗ ${f}`);
  process.exit(1);
}
console.log('\nall entries within budget');
