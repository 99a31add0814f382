const warned = new Set<string>();

/**
 * Defines a custom element unless the tag is taken (our bundle loaded twice, or two versions on
 * one page): then the first definition stays and one console warning says so. Where there is no
 * document (a server rendering the page: Lit's own registry stand-in may exist there) nothing is
 * defined: the tags go out as written and the browser upgrades them.
 */
export function safeDefine(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry || typeof document === 'undefined') return;
  if (registry.get(tag)) {
    if (registry.get(tag) !== ctor && !warned.has(tag)) {
      warned.add(tag);
      console.warn(`dvc-widgets: <${tag}> is already defined; keeping the first definition.`);
    }
    return;
  }
  registry.define(tag, ctor);
}

/** Class decorator: `@define('dvc-x')`, for use instead of Lit's throwing `@customElement`. */
export function define(tag: string) {
  return (ctor: CustomElementConstructor): void => safeDefine(tag, ctor);
}
