// msg() and str: the part of @lit/localize's runtime we use — plain and str-tagged strings, looked
// up by the same ids its extractor writes into xliff/ — in a few hundred bytes instead of the ≈ 2 kB
// its runtime adds to every entry. lit-localize's extractor finds the calls by the brand
// properties on these types (`_LIT_LOCALIZE_MSG_`, `_LIT_LOCALIZE_STR_`), so `lit-localize
// extract` reads them as its own.

/** A string with values, from str`…`; in a translation the values are the source's value indexes. */
export interface StrResult {
  readonly strTag: true;
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

/** One locale's strings by message id. */
export type Templates = Record<string, string | StrResult>;

export interface MsgOptions {
  /** A fixed id (for one source text used with different meanings). */
  id?: string;
  /** A note for translators. */
  desc?: string;
}

let templates: Templates | undefined;
const ids = new Map<string | readonly string[], string>();

/** Sets the active locale's strings; `undefined` is the English source. */
export function useTemplates(active: Templates | undefined): void {
  templates = active;
}

/** Tags a message with values: msg(str`${n} waiting`). */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strTag: true, strings, values })) as ((
  strings: TemplateStringsArray,
  ...values: unknown[]
) => StrResult) & { _LIT_LOCALIZE_STR_?: never };

const join = (strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]) =>
  strings.reduce((out, part, i) => out + String(values[order ? (order[i - 1] as number) : i - 1]) + part);

/**
 * FNV-1a 64 over UTF-16 code units, as lit-localize's id generation (`s` + 16 hex digits), of which
 * the generated strings keep the first 7 digits (scripts/strings.mjs: ids do not compress).
 */
function idOf(key: string | readonly string[]): string {
  let id = ids.get(key);
  if (!id) {
    const text = typeof key === 'string' ? key : key.join('\x1e');
    let h = 0xcbf29ce484222325n;
    for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
    ids.set(key, (id = 's' + h.toString(16).padStart(16, '0').slice(0, 7)));
  }
  return id;
}

/** The text of `template` in the active locale (the English source when it has no translation). */
export const msg = ((template: string | StrResult, options?: MsgOptions): string => {
  const plain = typeof template === 'string';
  const found = templates?.[options?.id ?? idOf(plain ? template : template.strings)];
  if (plain) return typeof found === 'string' ? found : template;
  return found && typeof found !== 'string' ? join(found.strings, template.values, found.values) : join(template.strings, template.values);
}) as ((template: string | StrResult, options?: MsgOptions) => string) & { _LIT_LOCALIZE_MSG_?: never };
