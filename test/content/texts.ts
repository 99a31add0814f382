import type { GuideContent } from '../../src/vneid-guide/model/types.js';

/** One human text to check: where it is (file and id or JSON path) and in which language. */
export interface Text {
  file: string;
  id: string;
  lang: 'vi' | 'en' | 'de';
  text: string;
}

/** The targets of an XLIFF file, placeholders as {0}. */
export async function xliffTargets(lang: 'vi' | 'de'): Promise<Text[]> {
  const file = `xliff/${lang}.xlf`;
  const xml = await (await fetch(`/${file}`)).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return [...doc.querySelectorAll('trans-unit')].map((unit) => {
    const target = unit.querySelector('target');
    const text = target ? [...target.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : `{${(n as Element).getAttribute('id')}}`)).join('') : '';
    return { file, id: unit.getAttribute('id')!, lang, text };
  });
}

const LOCALES = ['vi', 'en', 'de'] as const;
const isText = (v: unknown): v is Record<string, string> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => (LOCALES as readonly string[]).includes(k));

/**
 * Every LocalizedText in a JSON value with its JSON Pointer; a plain string counts as `plain`'s
 * language. Keys in `skip` are not read (ids, URLs, notes for staff, the app's button labels).
 */
export function textsOf(value: unknown, file: string, plain: Text['lang'] | undefined, skip: readonly string[], path = ''): Text[] {
  if (typeof value === 'string') return plain ? [{ file, id: path || '/', lang: plain, text: value }] : [];
  if (isText(value)) return Object.entries(value).map(([lang, text]) => ({ file, id: `${path}/${lang}`, lang: lang as Text['lang'], text }));
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, file, plain, skip, `${path}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (skip.includes(k) ? [] : textsOf(v, file, plain, skip, `${path}/${k}`)));
  }
  return [];
}

/** Keys of procedure files that hold no words for citizens. */
export const DATA_SKIP = ['$schema', 'sampleNote', 'checked', 'code', 'id', 'type', 'value', 'field', 'unitsField', 'countField', 'pattern', 'autocomplete', 'kind', 'onlineLevel', 'url', 'portalUrl', 'min', 'max', 'letter', 'letters', 'days', 'from', 'to'];

/** The sample procedures the reference server serves (every file of data/procedures/), and the queue configuration. */
export async function dataFiles(): Promise<{ file: string; json: Record<string, unknown> }[]> {
  const codes = ((await (await fetch('/api/procedures')).json()) as { code: string }[]).map((p) => p.code);
  const files = [...codes.map((c) => `data/procedures/${c}.json`), 'data/queue-config.json'];
  return Promise.all(files.map(async (file) => ({ file, json: await (await fetch(`/${file}`)).json() })));
}

/** The texts of a built-in guide, without the app's own button labels (quoted as the app writes them) and store links. */
export function guideTexts(content: GuideContent, lang: Text['lang']): Text[] {
  return textsOf(content, `src/vneid-guide/content/${lang}.ts`, lang, ['button', 'stores', 'id', 'illustration', 'platforms', 'trouble', 'when', 'version']);
}
