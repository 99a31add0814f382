// `npm run localize`: the translated strings, one module per locale and *area*, so a page that
// shows only the feedback form downloads only the strings of the core and the feedback form.
//
// An area is a folder (docs/ARCHITECTURE.md, "String areas"): src/core/<module>.ts → core-<module>;
// src/<widget>/<part>/…/<file> → the folders' names without `internal` (so a widget's lazily
// loaded part, a folder named `lazy`, has strings of its own). For every area this writes
//   src/generated/locales/<locale>/<area>.ts   the area's translations, by message id
//   src/generated/strings/<area>.ts            `registerStrings()` of the area, with its loaders
// and the area's own code imports the second one: the area is named by where its files sit, once.
// The build stops, naming the file, when code uses strings of an area nobody in it registers, or
// registers another area's strings (a file moved to another folder).
//
// Messages are found in the source with TypeScript (calls of our msg(), src/core/msg.ts), their
// ids computed as lit-localize computes them, and the translations read from xliff/ — the files
// `lit-localize extract` (its public CLI) keeps — so nothing depends on lit-localize's internals.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const OUT = 'src/generated';
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const LOCALES = config.targetLocales;

/** lit-localize's message id: FNV-1a 64 over UTF-16 code units, `s` + 16 hex digits (src/core/msg.ts keeps 7). */
export function messageId(key) {
  const text = typeof key === 'string' ? key : key.join('\x1e');
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return 's' + h.toString(16).padStart(16, '0');
}

/** The ids gzip cannot shrink are kept to 7 digits; the build stops on a clash. */
const shortId = (id) => (/^s[0-9a-f]{16}$/.test(id) ? id.slice(0, 8) : id);

export function areaOf(path) {
  const [top, ...rest] = relative(process.cwd(), path).split('/');
  if (top !== 'src') throw new Error(`a message outside src/: ${path}`);
  const folders = rest.slice(0, -1).filter((f) => f !== 'internal');
  if (folders.length === 0 || folders[0] === 'core') return `core-${rest.at(-1).replace(/\.ts$/, '')}`;
  return folders.join('-');
}

function sources(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === OUT ? [] : sources(path);
    return /\.ts$/.test(e.name) && !/\.(test|d)\.ts$/.test(e.name) ? [path] : [];
  });
}

/** The messages of one file (id → text or parts) and the string areas it registers. */
function scan(path) {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const messages = [];
  const registers = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const [template, options] = node.arguments;
      let key;
      if (ts.isStringLiteral(template) || ts.isNoSubstitutionTemplateLiteral(template)) key = template.text;
      else if (ts.isTaggedTemplateExpression(template) && template.tag.getText() === 'str') {
        const t = template.template;
        key = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)];
      } else throw new Error(`${path}: msg() takes a string or str\`…\` literal (${node.getText().slice(0, 60)})`);
      const fixed = options && ts.isObjectLiteralExpression(options)
        ? options.properties.find((p) => p.name?.getText() === 'id')
        : undefined;
      messages.push(fixed ? fixed.initializer.text : messageId(key));
    }
    if (ts.isImportDeclaration(node)) {
      const m = /\/generated\/strings\/([\w-]+)\.js$/.exec(node.moduleSpecifier.text);
      if (m) registers.push(m[1]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { messages, registers };
}

const XML = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescape = (s) => s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e) => XML[e]);
const literal = (s) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** One locale's translations from its xliff file: id → a template literal (str-tagged when it has values). */
function translations(locale) {
  const xml = readFileSync(join(config.interchange.xliffDir, `${locale}.xlf`), 'utf8');
  const out = new Map();
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const target = /<target>([\s\S]*?)<\/target>/.exec(body);
    if (!target) continue; // untranslated: npm test names it; English shows meanwhile
    const parts = target[1].split(/<x id="(\d+)"[^>]*\/>/);
    const text = parts.map((p, i) => (i % 2 ? `\${${p}}` : literal(unescape(p)))).join('');
    out.set(id, parts.length > 1 ? `str\`${text}\`` : `\`${text}\``);
  }
  return out;
}

const areasById = new Map();
const problems = [];
const registered = new Map(); // area → files that register it
const usedBy = new Map(); // area → files that use its strings
for (const path of sources()) {
  const { messages, registers } = scan(path);
  const area = areaOf(path);
  for (const id of messages) {
    if (!areasById.has(id)) areasById.set(id, new Set());
    areasById.get(id).add(area);
    if (!usedBy.has(area)) usedBy.set(area, new Set());
    usedBy.get(area).add(path);
  }
  for (const other of registers) {
    if (other !== area) problems.push(`${path} registers the strings of area "${other}" but sits in area "${area}": import src/generated/strings/${area}.js instead (was it moved?)`);
    if (!registered.has(other)) registered.set(other, new Set());
    registered.get(other).add(path);
  }
}
for (const [area, files] of usedBy) {
  if (!registered.has(area)) {
    problems.push(`${[...files][0]} uses strings of area "${area}", which no module of that area registers: import src/generated/strings/${area}.js in the module that loads the area`);
  }
}
const seen = new Map();
for (const id of areasById.keys()) {
  const key = shortId(id);
  if (seen.has(key) && seen.get(key) !== id) problems.push(`message ids ${seen.get(key)} and ${id} clash as ${key}: lengthen shortId in scripts/strings.mjs`);
  seen.set(key, id);
}
if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}

// Files are written only when their text changes, and only files no area makes any more are
// removed: a type-check or dev server reading src/generated/ while the build runs this again
// never sees a file missing or half written.
const written = new Set();
function write(file, text) {
  written.add(file);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}
mkdirSync(`${OUT}/strings`, { recursive: true });
const HEADER = '// Generated by scripts/strings.mjs from xliff/: do not edit.';
const areas = [...usedBy.keys()].sort();
for (const locale of LOCALES) {
  const texts = translations(locale);
  mkdirSync(`${OUT}/locales/${locale}`, { recursive: true });
  for (const area of areas) {
    const lines = [...areasById].filter(([id, a]) => a.has(area) && texts.has(id)).map(([id]) => `'${shortId(id)}': ${texts.get(id)},`);
    const imports = lines.some((l) => /: str`/.test(l)) ? "import { str } from '../../../core/msg.js';\n" : '';
    write(`${OUT}/locales/${locale}/${area}.ts`, `${HEADER}\n${imports}\nexport const templates = {\n  ${lines.sort().join('\n  ')}\n};\n`);
  }
}
// Vietnamese, the default locale, travels inside the code that uses it: a Vietnamese page gets its
// strings with the code, without waiting for another round trip. Other locales load when chosen.
const INLINE = 'vi';
for (const area of areas) {
  const loaders = LOCALES.map((l) => (l === INLINE ? `${l}: () => Promise.resolve({ templates })` : `${l}: () => import('../locales/${l}/${area}.js')`)).join(', ');
  const inline = LOCALES.includes(INLINE) ? `import { templates } from '../locales/${INLINE}/${area}.js';\n` : '';
  write(`${OUT}/strings/${area}.ts`, `${HEADER}\nimport { registerStrings } from '../../core/localization.js';\n${inline}\nregisterStrings('${area}', { ${loaders} });\n`);
}
for (const dir of [...LOCALES.map((l) => `${OUT}/locales/${l}`), `${OUT}/strings`]) {
  for (const name of readdirSync(dir)) if (!written.has(`${dir}/${name}`)) rmSync(`${dir}/${name}`);
}
for (const name of readdirSync(`${OUT}/locales`)) if (!LOCALES.includes(name)) rmSync(`${OUT}/locales/${name}`, { recursive: true });
