// `npm run analyze` (cem analyze --litelement) reads this file. The analyzer alone leaves three
// gaps that tools generating typings from the manifest fall into (issue 13):
// 1. our elements are defined by our own `@define('dvc-x')` decorator, which it does not know:
//    no `custom-element-definition` exports;
// 2. type texts name types (`CustomEvent<Submission>`) without saying where they are declared;
// 3. module paths point at `src/*.ts`, which is not in the package.
// The plugin below closes them: definitions from the decorator (checked against `@tagname`),
// `references` for every type name in a type text, and every path mapped to `dist/*.js`.
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

/** `src/a/b.ts` → `dist/a/b.js`: what `rollup.config.mjs` (preserveModules) and `tsconfig.build.json` emit. */
export const distPath = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');

function dvcPlugin() {
  /** Per source file: local import names → { from, name }, exported type names, re-exports. */
  const files = new Map();
  /** Per module path: the tags its classes define with `@define`. */
  const definitions = new Map();
  const problems = [];
  /** The analyzer's own TypeScript (it passes it to every phase but the last). */
  let ts;

  const file = (fileName) => {
    const key = fileName.replace(/^\.?\//, '');
    if (!files.has(key)) files.set(key, { imports: new Map(), exported: new Set(), local: new Set(), reexports: new Map() });
    return files.get(key);
  };
  /** `./model/submission.js` imported from `src/feedback-form/feedback-form.ts` → `src/feedback-form/model/submission.ts`. */
  const target = (from, specifier) => posix.normalize(posix.join(posix.dirname(from), specifier)).replace(/\.js$/, '.ts');

  return {
    name: 'dvc: definitions, type references, dist paths',

    initialize({ ts: analyzerTs }) {
      ts = analyzerTs;
    },

    collectPhase({ node }) {
      if (!ts.isSourceFile(node)) return;
      const f = file(node.fileName);
      const exported = (n) => ts.getModifiers?.(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      for (const statement of node.statements) {
        if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings && ts.isNamedImports(statement.importClause.namedBindings)) {
          const from = statement.moduleSpecifier.text;
          if (!from.startsWith('.')) continue;
          for (const el of statement.importClause.namedBindings.elements) {
            f.imports.set(el.name.text, { from: target(node.fileName, from), name: (el.propertyName ?? el.name).text });
          }
        } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
          const from = statement.moduleSpecifier.text;
          for (const el of statement.exportClause.elements) {
            f.reexports.set(el.name.text, { from: target(node.fileName, from), name: (el.propertyName ?? el.name).text });
          }
        } else if (
          (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) &&
          statement.name
        ) {
          f[exported(statement) ? 'exported' : 'local'].add(statement.name.text);
        }
      }
    },

    analyzePhase({ node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const d of ts.getDecorators?.(node) ?? []) {
        const call = d.expression;
        if (!ts.isCallExpression(call) || call.expression.getText() !== 'define') continue;
        const [arg] = call.arguments;
        if (!arg || !ts.isStringLiteral(arg)) {
          problems.push(`${moduleDoc.path}: @define on ${node.name.text} needs a string literal tag`);
          continue;
        }
        const list = definitions.get(moduleDoc.path) ?? [];
        list.push({ className: node.name.text, tag: arg.text });
        definitions.set(moduleDoc.path, list);
      }
    },

    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;

      // 1. Definitions: the decorator is the truth; `@tagname` in the JSDoc must agree with it.
      for (const mod of modules) {
        for (const { className, tag } of definitions.get(mod.path) ?? []) {
          const decl = mod.declarations?.find((d) => d.kind === 'class' && d.name === className);
          if (!decl) continue;
          if (decl.tagName && decl.tagName !== tag) problems.push(`${mod.path}: ${className} has @tagname ${decl.tagName} but @define('${tag}')`);
          decl.tagName = tag;
          decl.customElement = true;
          mod.exports ??= [];
          if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: mod.path } });
          }
        }
      }
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.customElement && decl.tagName && !mod.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === decl.tagName)) {
            problems.push(`${mod.path}: <${decl.tagName}> (${decl.name}) is not defined with @define`);
          }
        }
      }

      // 2. References: where each type name in a type text is declared.
      const unique = new Map();
      for (const [path, f] of files) for (const name of f.exported) unique.set(name, unique.has(name) ? null : path);
      const resolve = (path, name, hops = 0) => {
        const f = files.get(path);
        if (!f || hops > 5) return undefined;
        if (f.exported.has(name)) return { name, module: path };
        const via = f.imports.get(name) ?? f.reexports.get(name);
        return via ? resolve(via.from, via.name, hops + 1) : undefined;
      };
      const typeNames = (text) => {
        const source = ts.createSourceFile('t.ts', `type T = ${text};`, ts.ScriptTarget.Latest, true);
        const found = [];
        const visit = (n) => {
          if (ts.isTypeReferenceNode(n)) {
            let id = n.typeName;
            while (ts.isQualifiedName(id)) id = id.left;
            found.push({ name: id.text, start: id.getStart(source) - 9, end: id.getEnd() - 9 });
          }
          ts.forEachChild(n, visit);
        };
        visit(source);
        return found;
      };
      const addReferences = (type, context) => {
        if (!type?.text) return;
        type.references = typeNames(type.text).flatMap(({ name, start, end }) => {
          const found = resolve(context, name) ?? (unique.get(name) ? { name, module: unique.get(name) } : undefined);
          if (found) return [{ name: found.name, module: found.module, start, end }];
          // A type the module keeps to itself (on a private member) has nothing to point at.
          return files.get(context)?.local.has(name) ? [] : [{ name, package: 'global:', start, end }];
        });
        if (!type.references.length) delete type.references;
      };
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? []), ...(decl.events ?? [])]) {
            const context = (item.inheritedFrom?.module ?? mod.path).replace(/^\//, '').replace(/\.js$/, '.ts');
            addReferences(item.type, context);
            for (const p of item.parameters ?? []) addReferences(p.type, context);
            addReferences(item.return?.type, context);
          }
        }
      }

      // 3. Paths into the package: `src/x.ts` → `dist/x.js`; re-exports name their module relative
      //    to the file (`./feedback-form.js`), which is resolved first.
      for (const mod of modules) {
        for (const e of mod.exports ?? []) {
          const m = e.declaration?.module;
          if (m?.startsWith('.')) e.declaration.module = posix.normalize(posix.join(posix.dirname(mod.path), m)).replace(/\.js$/, '.ts');
        }
      }
      const rewrite = (value) => {
        if (Array.isArray(value)) return value.forEach(rewrite);
        if (!value || typeof value !== 'object') return;
        for (const [key, v] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof v === 'string' && /^\/?src\/.*\.[jt]s$/.test(v)) value[key] = distPath(v);
          else rewrite(v);
        }
      };
      rewrite(modules);

      // Once built, every module of an element must be in dist/ (a type-only module has its .d.ts).
      if (existsSync('dist/index.js')) {
        for (const mod of modules) {
          const js = mod.path;
          if (!existsSync(js) && !existsSync(js.replace(/\.js$/, '.d.ts'))) problems.push(`${js} is in the manifest but not in dist/`);
        }
      }
      if (problems.length) {
        for (const p of problems) console.error(`custom-elements-manifest: ${p}`);
        process.exitCode = 1;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.test.ts'],
  litelement: true,
  plugins: [dvcPlugin()],
};
