// Import hygiene of the given folders (default: the widgets in src/ and the reference server),
// run by `npm test` (docs/ARCHITECTURE.md, "Import rules"):
// 1. no import cycle between their modules (type-only imports and `import()` count too: a cycle
//    of types is still two files that cannot be understood one without the other). One edge is
//    the part contract and not counted: a type-only import of a widget's element module (the
//    file that sets `static partModule`) — a part names its element's class in its host view
//    (`PartHost<DvcQueueTicket>`) while the element loads the part with `import()`;
// 2. no import of a dependency's private files: a deep path the package's `exports` does not
//    list, or, for a package without `exports`, anything under its `lib/`.
// Usage: node scripts/check-imports.mjs [folder …]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const roots = (process.argv.length > 2 ? process.argv.slice(2) : ['src', 'server/src', 'server/test', 'server/bench']).map((r) => resolve(ROOT, r));
const SOURCE = /\.(ts|mts|js|mjs)$/;

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** A file's text without comments. */
const code = (file) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

/**
 * Every module specifier of a file: static imports and re-exports, side-effect imports, import(),
 * each with whether it is type-only (`import type …`, `export type … from`).
 */
function specifiers(file) {
  const text = code(file);
  const found = [];
  for (const m of text.matchAll(/\b(import|export)\s([^'";]*?)\bfrom\s*['"]([^'"]+)['"]/g)) {
    found.push({ spec: m[3], typeOnly: /^\s*type\s/.test(m[2]) });
  }
  for (const re of [/\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g]) {
    for (const m of text.matchAll(re)) found.push({ spec: m[1], typeOnly: false });
  }
  return found;
}

/** A widget's element module: the file that says where its part comes from. */
const elements = new Map();
const isElement = (file) => {
  if (!elements.has(file)) elements.set(file, /\bstatic\s+(?:override\s+)?partModule\b/.test(code(file)));
  return elements.get(file);
};

/** A relative specifier as the file it names (`./a.js` is `a.ts` in TypeScript sources). */
function resolveRelative(from, spec) {
  const base = resolve(dirname(from), spec);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Whether `subpath` (`./lib/x.js`) is public under a package.json `exports` map. */
function exported(exportsField, subpath) {
  if (typeof exportsField === 'string' || Array.isArray(exportsField)) return subpath === '.';
  const keys = Object.keys(exportsField);
  if (!keys.some((k) => k.startsWith('.'))) return subpath === '.'; // conditions only: the root alone
  return keys.some((k) => {
    if (!k.includes('*')) return k === subpath;
    const [head, tail] = k.split('*');
    return subpath.startsWith(head) && subpath.endsWith(tail) && exportsField[k] !== null;
  });
}

function privateImport(file, spec) {
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) return undefined;
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const rest = parts.slice(spec.startsWith('@') ? 2 : 1).join('/');
  if (!rest) return undefined;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
  } catch {
    return undefined; // a built-in or a missing package: the type-check reports that
  }
  const isPrivate = manifest.exports !== undefined ? !exported(manifest.exports, `./${rest}`) : /^lib\//.test(rest);
  return isPrivate ? `${relative(ROOT, file)} imports ${spec}, a private path of ${name}` : undefined;
}

const files = roots.flatMap((r) => (existsSync(r) ? walk(r) : []));
const inside = new Set(files);
const graph = new Map();
const problems = [];
for (const file of files) {
  const edges = [];
  for (const { spec, typeOnly } of specifiers(file)) {
    if (spec.startsWith('.')) {
      const target = resolveRelative(file, spec);
      // A part's type import of its element is the part contract, not a cycle (see the top).
      if (target && inside.has(target) && !(typeOnly && isElement(target))) edges.push(target);
    } else {
      const p = privateImport(file, spec);
      if (p) problems.push(p);
    }
  }
  graph.set(file, edges);
}

// Tarjan's strongly connected components: every component of more than one file is a cycle.
let index = 0;
const stack = [];
const info = new Map();
function connect(v) {
  const node = { index, low: index, onStack: true };
  index++;
  info.set(v, node);
  stack.push(v);
  for (const w of graph.get(v)) {
    if (!info.has(w)) {
      connect(w);
      node.low = Math.min(node.low, info.get(w).low);
    } else if (info.get(w).onStack) node.low = Math.min(node.low, info.get(w).index);
  }
  if (node.low === node.index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v).includes(v)) {
      problems.push(`import cycle: ${component.map((f) => relative(ROOT, f)).sort().join(' ↔ ')}`);
    }
  }
}
for (const v of graph.keys()) if (!info.has(v)) connect(v);

for (const p of problems) console.error(`  ${p}`);
console.log(`imports: ${files.length} files in ${roots.map((r) => relative(ROOT, r)).join(', ')}: ${problems.length ? `${problems.length} problem(s)` : 'no cycle, no private import'}`);
process.exit(problems.length ? 1 : 0);
