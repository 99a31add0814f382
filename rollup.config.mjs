import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { builtWidgets } from './scripts/widgets.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { staticDecorators } from './scripts/static-decorators.mjs';

const widgets = builtWidgets();
const ts = () => [esbuild({ tsconfig: './tsconfig.json', target: 'es2021' }), staticDecorators()];

/** Lit stays a bare import for npm users (one Lit per app). */
const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

/** Records each CDN file's static and dynamic imports, for `npm run size`. */
const manifest = () => ({
  name: 'dvc-manifest',
  generateBundle(_, bundle) {
    const files = {};
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      files[file] = {
        entry: chunk.isEntry ? chunk.name : null,
        imports: chunk.imports,
        dynamicImports: chunk.dynamicImports,
        modules: Object.keys(chunk.modules).map((m) => m.replace(process.cwd() + '/', '')),
      };
    }
    mkdirSync('dist/cdn/preload', { recursive: true });
    writeFileSync('dist/cdn/manifest.json', JSON.stringify(files, null, 2));
    // Preload hints for portals (README, "Loading fast"): per entry, the files of its first screen —
    // the entry and its static imports — as a JSON list (the reference server's `Link` header), an
    // HTML snippet and a `Link` header value, with the files under /cdn/ as the reference server has them.
    const closure = (file, seen = new Set()) => {
      if (!seen.has(file)) (seen.add(file), files[file].imports.forEach((f) => closure(f, seen)));
      return seen;
    };
    const lists = {};
    for (const [file, info] of Object.entries(files)) {
      if (!info.entry) continue;
      lists[file] = [...closure(file)];
      writeFileSync(`dist/cdn/preload/${info.entry}.html`, lists[file].map((f) => `<link rel="modulepreload" href="/cdn/${f}">`).join('\n') + '\n');
      writeFileSync(`dist/cdn/preload/${info.entry}.link`, lists[file].map((f) => `</cdn/${f}>; rel=modulepreload`).join(', ') + '\n');
    }
    writeFileSync('dist/cdn/preload.json', JSON.stringify(lists, null, 2));
    // And per element, what its first meaningful screen needs beyond its entry, as the element's
    // file says in a comment: "first screen: ./internal/lazy/view.js" (the board: always), "first
    // screen with [src]: ./internal/lazy/part.js" (only when the tag has that attribute). A page
    // that shows the element preloads these with its entry, so they come in the same wave instead
    // of a round trip after the entry ran. An element whose entry draws its first screen (the
    // guide, the feedback scale) has none: its part loads after the first draw, not competing with it.
    const parts = {};
    for (const [file, info] of Object.entries(files)) {
      for (const id of info.modules) {
        if (!id.startsWith('src/') || !id.endsWith('.ts')) continue;
        const source = readFileSync(id, 'utf8');
        const tag = source.match(/@define\('([a-z-]+)'\)/)?.[1];
        if (!tag) continue;
        for (const [, attribute, module] of source.matchAll(/first screen(?: with \[([a-z-]+)\])?: (\.\S+)/g)) {
          const path = join(dirname(id), module).replace(/\.js$/, '.ts');
          const chunk = Object.keys(files).find((f) => files[f].modules.includes(path));
          if (!chunk) throw new Error(`${id}: "first screen" names ${module}, which is in no chunk`);
          const always = attribute ? parts[tag] ?? [] : [];
          parts[attribute ? `${tag}[${attribute}]` : tag] = [...closure(chunk)].filter((f) => !lists[file]?.includes(f) && !always.includes(f));
        }
      }
    }
    writeFileSync('dist/cdn/parts.json', JSON.stringify(parts, null, 2));
  },
});

export default [
  {
    // The models a portal's backend may use (package.json `exports`: dvc-widgets/procedure-wizard/model).
    input: ['src/index.ts', 'src/localization.ts', ...widgets.map((w) => `src/${w}/index.ts`), 'src/procedure-wizard/model/index.ts'],
    external: isLit,
    plugins: [resolve(), ...ts()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: Object.fromEntries([
      ['dvc-widgets', 'src/index.ts'],
      ...widgets.map((w) => [w, `src/${w}/index.ts`]),
    ]),
    plugins: [
      resolve(),
      minifyCssLiterals(),
      ...ts(),
      terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
      manifest(),
    ],
    // Lazy chunks may import from an entry (queue's views from their element) without rollup
    // splitting the entry into a re-exporting facade and a chunk: one file less per page.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => {
        const strings = chunk.moduleIds.map((id) => id.match(/generated\/locales\/(\w+)\/([\w-]+)\.ts$/)).find(Boolean);
        return strings ? `chunks/strings-${strings[1]}-${strings[2]}-[hash].js` : 'chunks/[name]-[hash].js';
      },
    },
  },
];
