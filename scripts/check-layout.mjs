// The folders decide what loads when (docs/ARCHITECTURE.md, "First screen and part"): a widget's
// element file and its `internal/` modules are its first screen; everything under
// `internal/lazy/` is its part, loaded after. This reads what the CDN build did
// (dist/cdn/manifest.json) and fails, naming the module, when the two disagree — a lazy module
// pulled into a first screen makes every page pay for it; a first-screen module shipped lazily
// belongs in `lazy/`.
import { existsSync, readFileSync } from 'node:fs';

const FILE = 'dist/cdn/manifest.json';
if (!existsSync(FILE)) {
  console.error(`${FILE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(FILE, 'utf8'));

const first = new Set();
const visit = (file) => {
  if (first.has(file)) return;
  first.add(file);
  for (const dep of manifest[file].imports) visit(dep);
};
for (const [file, chunk] of Object.entries(manifest)) if (chunk.entry) visit(file);

const problems = [];
for (const [file, chunk] of Object.entries(manifest)) {
  for (const module of chunk.modules.filter((m) => m.startsWith('src/'))) {
    const lazy = /\/internal\/lazy\//.test(module);
    const firstScreen = /^src\/[\w-]+\/(internal\/(?!lazy\/)|[\w-]+\/internal\/(?!lazy\/))/.test(module);
    if (lazy && first.has(file)) problems.push(`${module} is under lazy/ but ships with a first screen (${file})`);
    if (firstScreen && !first.has(file)) problems.push(`${module} is a first-screen module but ships lazily (${file}): move it under internal/lazy/`);
  }
}
for (const p of problems) console.error(`✗ ${p}`);
if (problems.length) process.exit(1);
console.log(`layout: lazy/ and first-screen modules where the folders say (${Object.keys(manifest).length} files)`);
