// Rollup plugin, after esbuild: our two decorators return nothing — `@property(options)` calls
// `createProperty` (src/core/property.ts), `@define(tag)` defines the element (src/core/define.ts) —
// so each of esbuild's `__decorateClass(…)` calls is rewritten to that call itself, and the
// helper esbuild writes into every module that uses decorators (≈ 60 B gzipped per first screen)
// goes. Any other decorator shape fails the build: it would need the helper.
const HELPER = /var __defProp = Object\.defineProperty;\nvar __getOwnPropDesc = Object\.getOwnPropertyDescriptor;\nvar __decorateClass = \(decorators, target, key, kind\) => \{\n[\s\S]*?\n\};\n/;
const FIELD = /__decorateClass\(\[\s*property\(([^()]*)\)\s*\], (\w+)\.prototype, ("\w+"), 2\);/g;
const CLASS = /(\w+) = __decorateClass\(\[\s*define\(("[a-z-]+")\)\s*\], \1\);/g;

export function staticDecorators() {
  return {
    name: 'dvc-static-decorators',
    transform(code, id) {
      if (!code.includes('__decorateClass')) return null;
      // Each replacement keeps the lines it replaces, so the npm build's source maps stay right.
      const lines = (text) => '\n'.repeat(text.split('\n').length - 1);
      const out = code
        .replace(HELPER, lines)
        .replace(FIELD, (all, options, cls, name) => `${cls}.createProperty(${name}${options ? `, ${options}` : ''});${lines(all)}`)
        .replace(CLASS, (all, cls, tag) => `define(${tag})(${cls});${lines(all)}`);
      if (out.includes('__decorateClass')) this.error(`${id}: a decorator the build does not rewrite (scripts/static-decorators.mjs)`);
      return { code: out, map: null };
    },
  };
}
