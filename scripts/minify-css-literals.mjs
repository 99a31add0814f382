// Rollup plugin: minifies the text of css`…` tagged templates in our sources (comments, spaces),
// which terser leaves alone. CDN build only; the npm output stays readable.
export function minifyCssLiterals() {
  return {
    name: 'dvc-minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_, text) => {
        const min = text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          // Never around ':' before a pseudo-class: "a :focus" and "a:focus" differ.
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          // Combinators and slashes need no spaces ("a > b", "1 / -1", "calc(x / 2)"); '+' keeps
          // them: calc() needs "a + b".
          .replace(/\s*([>~/])\s*/g, '$1')
          .replace(/\s+!important/g, '!important')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      return { code: out, map: null };
    },
  };
}
