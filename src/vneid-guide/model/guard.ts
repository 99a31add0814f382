import { didYouMean } from '../../core/did-you-mean.js';
import { PLATFORMS, QUESTIONS, type GuideContent } from './types.js';

/** One mistake in guide content, at a JSON path such as `$.tasks[2].steps[0].title`. */
export interface Problem {
  path: string;
  message: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks guide content from outside (the portal's JSON) the way schemas/vneid-guide.schema.json
 * does, by hand: no schema validator in the browser. Every problem names its JSON path.
 */
export function checkContent(raw: unknown): { content?: GuideContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const bad = (path: string, message: string) => void problems.push({ path, message });
  const seen = new Set<string>();

  /** Every key the schema does not have (additionalProperties: false), with the one most likely meant. */
  const known = (o: Obj, path: string, allowed: string) => {
    const keys = allowed.split(' ');
    for (const k of Object.keys(o)) {
      if (keys.includes(k)) continue;
      const meant = didYouMean(k, keys);
      bad(`${path}.${k}`, meant ? `unknown key — did you mean ${meant}?` : 'unknown key');
    }
  };
  const filled = (s: unknown) => typeof s === 'string' && /\S/.test(s);
  const text = (v: unknown, path: string) => {
    if (isObj(v) && Object.keys(v).length > 0) {
      known(v, path, 'vi en de');
      if (Object.values(v).every(filled)) return;
    } else if (filled(v)) return;
    bad(path, 'must be text: a string that is not blank, or { "vi", "en", "de" }');
  };
  const id = (v: unknown, path: string, unique?: Set<string>) => {
    if (typeof v !== 'string' || !ID.test(v)) return bad(path, 'must be an id: lower-case letters, digits and "-"');
    if (unique?.has(v)) bad(path, `duplicate id "${v}"`);
    unique?.add(v);
  };
  const list = (v: unknown, path: string, each: (item: unknown, path: string) => void, empty = false) => {
    if (!Array.isArray(v) || (!empty && v.length === 0)) return bad(path, empty ? 'must be a list' : 'must be a non-empty list');
    v.forEach((item, i) => each(item, `${path}[${i}]`));
  };
  const line = (v: unknown, path: string) => {
    if (!isObj(v) || !('text' in v || 'button' in v || 'meaning' in v)) return text(v, path);
    known(v, path, 'text button meaning');
    text(v.text, `${path}.text`);
    if (typeof v.button !== 'string' || !v.button.trim()) bad(`${path}.button`, 'must be the button label, a non-empty string');
    if ('meaning' in v) text(v.meaning, `${path}.meaning`);
  };
  const obj = (v: unknown, path: string, allowed: string, then: (o: Obj) => void) => {
    if (!isObj(v)) return bad(path, 'must be an object');
    known(v, path, allowed);
    then(v);
  };
  const troubleRefs: [unknown, string][] = [];

  obj(raw, '$', 'version extends stores help needs tasks trouble', (root) => {
    if (root.version !== 1) bad('$.version', 'must be 1');
    const ext = 'extends' in root;
    if (ext && root.extends !== 'default') bad('$.extends', 'must be "default"');
    if ('stores' in root) obj(root.stores, '$.stores', 'android ios', (stores) => {
      for (const [k, store] of Object.entries(stores)) obj(store, `$.stores.${k}`, 'url verified', (s) => {
        if (typeof s.url !== 'string' || !/^https?:\/\/\S+$/.test(s.url)) bad(`$.stores.${k}.url`, 'must be an http(s) URL');
        if ('verified' in s && typeof s.verified !== 'boolean') bad(`$.stores.${k}.verified`, 'must be true or false');
      });
    });
    if ('help' in root) text(root.help, '$.help');
    const trouble = new Set<string>();
    if (!ext || 'needs' in root) list(root.needs, '$.needs', (n, p) => obj(n, p, 'id title lines', (o) => {
      id(o.id, `${p}.id`, seen);
      text(o.title, `${p}.title`);
      if ('lines' in o) list(o.lines, `${p}.lines`, line);
    }), true);
    if (!ext || 'trouble' in root) list(root.trouble, '$.trouble', (t, p) => obj(t, p, 'id title lines', (o) => {
      id(o.id, `${p}.id`, trouble);
      text(o.title, `${p}.title`);
      list(o.lines, `${p}.lines`, line);
    }), true);
    const tasks = new Set<string>();
    if (!ext || 'tasks' in root) list(root.tasks, '$.tasks', (t, p) => obj(t, p, 'id title summary when steps', (o) => {
      id(o.id, `${p}.id`, tasks);
      text(o.title, `${p}.title`);
      if ('summary' in o) text(o.summary, `${p}.summary`);
      if ('when' in o) obj(o.when, `${p}.when`, 'chipCard level2', (w) => {
        for (const [q, answers] of Object.entries(w)) {
          const allowed: readonly string[] = QUESTIONS[q as keyof typeof QUESTIONS] ?? [];
          list(answers, `${p}.when.${q}`, (a, ap) => void (allowed.includes(a as string) || bad(ap, `must be one of ${allowed.join(', ')}`)));
        }
      });
      list(o.steps, `${p}.steps`, (s, sp) => obj(s, sp, 'id title lines illustration platforms safety qr trouble', (st) => {
        id(st.id, `${sp}.id`, seen);
        text(st.title, `${sp}.title`);
        list(st.lines, `${sp}.lines`, line);
        if ('illustration' in st && typeof st.illustration !== 'string') bad(`${sp}.illustration`, 'must be a name');
        if ('platforms' in st) list(st.platforms, `${sp}.platforms`, (x, xp) => void (PLATFORMS.includes(x as never) || bad(xp, `must be one of ${PLATFORMS.join(', ')}`)));
        for (const flag of ['safety', 'qr']) if (flag in st && typeof st[flag] !== 'boolean') bad(`${sp}.${flag}`, 'must be true or false');
        if ('trouble' in st) troubleRefs.push([st.trouble, `${sp}.trouble`]);
      }));
    }));
    // References are checked against this content only when it stands alone; merged content is checked again.
    for (const [refs, p] of troubleRefs) list(refs, p, (r, rp) => void (typeof r === 'string' && (ext || trouble.has(r)) || bad(rp, 'must name an entry of $.trouble')), true);
  });
  return problems.length ? { problems } : { content: raw as GuideContent, problems };
}

function byId<T extends { id: string }>(base: T[], extra: T[] | undefined): T[] {
  if (!extra) return base;
  const out = base.map((item) => extra.find((e) => e.id === item.id) ?? item);
  return [...out, ...extra.filter((e) => !base.some((b) => b.id === e.id))];
}

/** Content with `"extends": "default"` laid over the built-in content: same id replaces, new ids append. */
export function mergeContent(base: GuideContent, extra: Partial<GuideContent>): GuideContent {
  return {
    version: 1,
    stores: { ...base.stores, ...extra.stores },
    help: extra.help ?? base.help,
    needs: byId(base.needs, extra.needs),
    tasks: byId(base.tasks, extra.tasks),
    trouble: byId(base.trouble, extra.trouble),
  };
}
