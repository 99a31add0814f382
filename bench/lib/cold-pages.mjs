// The pages bench/cold.mjs loads: one per tool for the side-by-side (the same questionnaire, given
// inline in the page in every tool), and one per CDN entry's first meaningful screen with the
// reference server's data. Each page is what a portal writes: its widget's script and element.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { firstLabel, formio, procedure, survey } from './content.mjs';

const esc = (json) => JSON.stringify(json).replace(/</g, '\\u003c');
const html = ({ head = '', body }) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>cold bench</title><link rel="icon" href="data:,">${head}</head><body><main id="host">${body}</main></body></html>`;

/**
 * `<link rel="modulepreload">` for the entries' static imports and, for each element on the page,
 * the part its first meaningful screen needs (`dist/cdn/parts.json`, and its `tag[attribute]`
 * lists when the element's tag has that attribute; `extra`: more of its keys, as a page that
 * sets a property instead adds them) — what README's "Loading fast on a slow phone" tells a portal
 * to add, and what the reference server's `Link` header sends (`--preload`: what those hints buy).
 */
function preloadLinks(cdnDir, entries, body = '', extra = []) {
  const manifest = JSON.parse(readFileSync(join(cdnDir, 'manifest.json'), 'utf8'));
  const parts = JSON.parse(readFileSync(join(cdnDir, 'parts.json'), 'utf8'));
  const seen = new Set();
  const visit = (f) => !seen.has(f) && (seen.add(f), manifest[f]?.imports.forEach(visit));
  entries.forEach(visit);
  for (const [, tag, attributes] of body.matchAll(/<(dvc-[\w-]+)([^>]*)>/g)) {
    for (const [key, files] of Object.entries(parts)) {
      const [, name, attribute] = key.match(/^([\w-]+)(?:\[([\w-]+)\])?$/);
      if (name === tag && (!attribute || new RegExp(`\\s${attribute}[\\s=>]`).test(`${attributes}>`))) files.forEach((f) => seen.add(f));
    }
  }
  for (const key of extra) parts[key].forEach((f) => seen.add(f));
  entries.forEach((f) => seen.delete(f));
  return [...seen].map((f) => `<link rel="modulepreload" href="/cdn/${f}">`).join('');
}

/** A page's `<script type="module">` for each entry, and with `preload` the hints above. */
const scripts = ({ cdnDir, preload, files, body, extra }) =>
  `${files.map((f) => `<script type="module" src="/cdn/${f}"></script>`).join('')}${preload ? preloadLinks(cdnDir, files, body, extra) : ''}`;

/** The Vietnamese text of a UI string, from xliff/vi.xlf: what the page shows for `source`. */
export function vi(root, source) {
  const xml = readFileSync(join(root, 'xliff/vi.xlf'), 'utf8');
  const unit = xml.match(new RegExp(`<source>${source.replace(/[?.*+()]/g, '\\$&')}</source>\\s*<target>([^<]*)</target>`));
  if (!unit) throw new Error(`xliff/vi.xlf has no translation of "${source}"`);
  return unit[1];
}

/** Bundles SurveyJS like bench/procedure-wizard.bench.mjs does (minified, production) into `out`. */
export async function bundleSurvey(root, out) {
  writeFileSync(join(out, 'survey-entry.js'), `export { Model } from 'survey-core';\nexport { renderSurvey } from 'survey-js-ui';\n`);
  await build({
    entryPoints: { survey: join(out, 'survey-entry.js') }, outdir: out, bundle: true, minify: true, format: 'esm', target: 'es2021',
    logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' }, nodePaths: [join(root, 'node_modules')], conditions: ['production'],
  });
}

/**
 * The side-by-side. Each tool gets the questionnaire inline (a JSON script element) and renders it
 * with its first page showing; `first`/`second` are the labels awaited on pages 1 and 2, `next` the
 * button that moves on. `html` is the floor no tool can beat: the same page with the first label
 * written in it and no script to load (the questionnaire is still parsed, as every tool's page
 * does). SurveyJS uses its font-less theme (the default one fetches Open Sans from
 * Google, which a strict portal would not allow); Form.io its own renderer build and CSS, as its
 * CDN serves them (Bootstrap, which its templates assume, is left out); its classic `defer`
 * script is in the head, where the preload scanner finds it with or without hints.
 */
export function toolPages({ preload, cdnDir }) {
  const def = procedure();
  const content = (json) => `<script type="application/json" id="content">${esc(json)}</script>`;
  const read = `JSON.parse(document.getElementById('content').textContent)`;
  const labels = { first: firstLabel(def, 0), second: firstLabel(def, 1) };
  return {
    dvc: {
      title: 'dvc',
      next: 'dvc-procedure-wizard form button[type=submit]',
      ...labels,
      html: html({
        head: scripts({ cdnDir, preload, files: ['procedure-wizard.js'], extra: ['dvc-procedure-wizard[src]'] }),
        body: `<dvc-procedure-wizard id="w" start-at="questions"></dvc-procedure-wizard>${content(def)}<script>document.getElementById('w').procedure = ${read};</script>`,
      }),
    },
    surveyjs: {
      title: 'SurveyJS',
      next: '.sd-navigation__next-btn',
      ...labels,
      html: html({
        // Its import sits in an inline module, which the preload scanner does not read: with
        // `preload`, it gets the hint a portal would add, as dvc does.
        head: `<link rel="stylesheet" href="/vendor/survey-core.fontless.min.css">${preload ? `<link rel="modulepreload" href="/vendor/survey.js">` : ''}`,
        body: `<div id="survey"></div>${content(survey(def))}<script type="module">import { Model, renderSurvey } from '/vendor/survey.js'; renderSurvey(new Model(${read}), document.getElementById('survey'));</script>`,
      }),
    },
    html: {
      title: 'plain HTML',
      first: labels.first,
      html: html({ body: `<label>${labels.first}</label>${content(def)}<script>${read};</script>` }),
    },
    formio: {
      title: 'Form.io',
      next: '.btn-wizard-nav-next',
      ...labels,
      html: html({
        head: `<link rel="stylesheet" href="/vendor/formio.form.min.css"><script defer src="/vendor/formio.form.min.js"></script>`,
        body: `<div id="form"></div>${content(formio(def))}<script type="module">Formio.createForm(document.getElementById('form'), ${read});</script>`,
      }),
    },
  };
}

/**
 * One page per CDN entry's first meaningful screen, with the texts that say it is there.
 * `data`: { catalogue name, procedure (a real one) and its first label, called and waiting numbers
 * with the followed ticket's id, a service name }, read from the reference server at start.
 */
export function entryPages({ root, preload, cdnDir, data }) {
  const phone = { width: 412, height: 823 };
  const tv = { width: 1920, height: 1080 };
  const pages = {
    'wizard-picker': ['procedure-wizard.js', `<dvc-procedure-wizard catalog-src="/api/procedures"></dvc-procedure-wizard>`, [data.catalogueName]],
    'wizard-procedure': [
      'procedure-wizard.js',
      `<dvc-procedure-wizard id="w" start-at="questions"></dvc-procedure-wizard><script type="application/json" id="content">${esc(data.procedure)}</script><script>document.getElementById('w').procedure = JSON.parse(document.getElementById('content').textContent);</script>`,
      [data.firstLabel],
      phone,
      // A definition given as a property: the page adds what `src` would have (README).
      ['dvc-procedure-wizard[src]'],
    ],
    'wizard-src': ['procedure-wizard.js', `<dvc-procedure-wizard src="/api/procedures/${data.procedure.code}" start-at="questions"></dvc-procedure-wizard>`, [data.firstLabel]],
    guide: ['vneid-guide.js', `<dvc-vneid-guide></dvc-vneid-guide>`, [vi(root, 'Where am I?')]],
    feedback: ['feedback-form.js', `<dvc-feedback-form submit-url="/api/feedback"></dvc-feedback-form>`, [vi(root, 'Very satisfied')]],
    board: ['queue.js', `<dvc-queue-board src="/api/queue"></dvc-queue-board>`, [data.called], tv],
    'ticket-services': ['queue.js', `<dvc-queue-ticket src="/api/queue"></dvc-queue-ticket>`, [data.serviceName]],
    'ticket-followed': ['queue.js', `<dvc-queue-ticket src="/api/queue" ticket="${data.ticketId}"></dvc-queue-ticket>`, [data.waiting]],
  };
  // Each text is looked for inside its own widget (on the page of five, the board also names services).
  const within = (body) => body.match(/<(dvc-[\w-]+)/)[1];
  for (const page of Object.values(pages)) page[2] = page[2].map((text) => ({ text, within: within(page[1]) }));
  // All five widgets on one page: each from its entry, as the demo portal loads them, and from the
  // one-file bundle (which brings the application-status lookup too). Every first screen must be there.
  const five = ['wizard-picker', 'ticket-services', 'board', 'guide', 'feedback'];
  const all = (files) => [files, five.map((k) => pages[k][1]).join(''), five.map((k) => pages[k][2][0])];
  pages.all = all([...new Set(five.map((k) => pages[k][0]))]);
  pages['all-bundle'] = all('dvc-widgets.js');
  return Object.fromEntries(
    Object.entries(pages).map(([name, [file, body, markers, viewport = phone, extra]]) => {
      const files = [file].flat();
      return [name, { title: name, entry: files.join(' + '), markers, viewport, html: html({ head: scripts({ cdnDir, preload, files, body, extra }), body }) }];
    }),
  );
}
