import { didYouMean } from '../../core/did-you-mean.js';
import { MAX_DEPTH } from './conditions.js';
import { CHOICE_TYPES, FIELD_TYPES, type Problem, type Procedure } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const ID = /^[A-Za-z][\w-]{0,63}$/;
const CODE = /^[0-9A-Za-z.-]{1,40}$/;
/** A JSON Pointer segment (RFC 6901). */
const segment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The keys each object of a definition may have: exactly the `properties` of
 * schemas/procedure.schema.json, which has `additionalProperties: false` everywhere.
 */
const KEYS = {
  procedure: ['$schema', 'sampleNote', 'code', 'name', 'field', 'description', 'level', 'agency', 'applicants', 'result', 'legalBasis', 'onlineLevel', 'portalUrl', 'channels', 'documents', 'steps', 'nextSteps', 'linked', 'checked'],
  step: ['id', 'title', 'intro', 'fields', 'visibleIf'],
  field: ['id', 'type', 'label', 'hint', 'required', 'options', 'pattern', 'min', 'max', 'minLength', 'maxLength', 'autocomplete', 'personal'],
  option: ['value', 'label'],
  document: ['id', 'name', 'template', 'originals', 'copies', 'case', 'visibleIf', 'legalBasis'],
  channel: ['kind', 'processingTime', 'fee', 'url', 'legalBasis'],
  fee: ['amount', 'cases', 'tiers', 'unit', 'max', 'unitsField', 'countField', 'note', 'legalBasis'],
  feeCase: ['when', 'amount', 'note', 'legalBasis'],
  tier: ['upTo', 'price'],
  linked: ['note', 'procedures'],
  linkedProcedure: ['code', 'name', 'where', 'legalBasis'],
  checked: ['date', 'against', 'unverified'],
  unverified: ['path', 'note'],
  condition: ['field', 'equals', 'in', 'answered', 'all', 'any', 'not'],
  text: ['vi', 'en', 'de'],
} as const;

/**
 * Checks a procedure definition (anything parsed from JSON) and lists every problem with its
 * JSON path and a code: missing, type, text, enum, unknown-key (with the allowed key it most
 * likely meant as `suggestion`), unknown-type, duplicate-id, no-options, unknown-field,
 * forward-reference (a step's condition reads its own or a later step: circular), bad-condition,
 * too-deep, pattern, range, conflict, url, date. Never throws. The definition is usable when the list is empty.
 *
 * It accepts exactly what the schema accepts, and refuses besides what a schema cannot express
 * (MODEL_ONLY): test/procedure-wizard/strict-definitions.test.ts holds both to that.
 */
export function checkProcedure(value: unknown): { procedure?: Procedure; problems: Problem[] } {
  const problems: Problem[] = [];
  const add = (path: string, code: string, params?: Problem['params']): void => {
    problems.push({ path, code, ...(params ? { params } : {}) });
  };
  if (!isObj(value)) {
    add('', 'type', { expected: 'object' });
    return { problems };
  }
  /** Reports every key of `o` that its kind does not have, with the nearest allowed one. */
  const known = (o: Obj, path: string, allowed: readonly string[]) => {
    for (const key of Object.keys(o)) {
      if (allowed.includes(key)) continue;
      const suggestion = didYouMean(key, allowed);
      add(`${path}/${segment(key)}`, 'unknown-key', suggestion ? { key, suggestion } : { key });
    }
  };
  /** A string with something besides spaces, or one per locale (vi, en, de). */
  const text = (v: unknown, path: string, required = false) => {
    if (v === undefined) {
      if (required) add(path, 'missing');
    } else if (isObj(v) && Object.keys(v).length) {
      known(v, path, KEYS.text);
      if (!Object.values(v).every(filled)) add(path, 'text');
    } else if (!filled(v)) add(path, 'text');
  };
  const list = (v: unknown, path: string, required = false): unknown[] => {
    if (v === undefined) {
      if (required) add(path, 'missing');
      return [];
    }
    if (!Array.isArray(v)) {
      add(path, 'type', { expected: 'array' });
      return [];
    }
    return v;
  };
  /** An object of a known kind: reports unknown keys and hands it on; anything else is a type problem. */
  const obj = (v: unknown, path: string, kind: keyof typeof KEYS, then: (o: Obj) => void) => {
    if (!isObj(v)) return add(path, 'type', { expected: 'object' });
    known(v, path, KEYS[kind]);
    then(v);
  };
  const basis = (v: unknown, path: string) => list(v, path).forEach((t, i) => text(t, `${path}/${i}`, true));
  const url = (v: unknown, path: string) => {
    if (v !== undefined && (typeof v !== 'string' || !/^(https?:\/\/|\/)/.test(v))) add(path, 'url');
  };
  const id = (v: unknown, path: string, seen: Set<string>) => {
    if (typeof v !== 'string' || !ID.test(v)) return add(path, v === undefined ? 'missing' : 'id');
    if (seen.has(v)) add(path, 'duplicate-id', { id: v });
    seen.add(v);
  };

  known(value, '', KEYS.procedure);
  for (const key of ['$schema', 'sampleNote']) if (value[key] !== undefined && typeof value[key] !== 'string') add(`/${key}`, 'type', { expected: 'string' });
  if (typeof value.code !== 'string' || !CODE.test(value.code)) add('/code', value.code === undefined ? 'missing' : 'code');
  for (const key of ['name', 'field']) text(value[key], `/${key}`, true);
  for (const key of ['description', 'level', 'agency', 'applicants', 'result', 'nextSteps']) text(value[key], `/${key}`);
  basis(value.legalBasis, '/legalBasis');
  url(value.portalUrl, '/portalUrl');
  if (value.onlineLevel !== undefined && !['full', 'partial', 'none'].includes(value.onlineLevel as string)) add('/onlineLevel', 'enum');

  // Fields first, in step order, so conditions can be checked against what comes before them.
  const fieldIds = new Set<string>();
  const stepOfField = new Map<string, number>();
  const numberFields = new Set<string>();
  const stepIds = new Set<string>();
  const steps = list(value.steps, '/steps', true);
  if (Array.isArray(value.steps) && !steps.length) add('/steps', 'empty');
  steps.forEach((step, s) => {
    const sp = `/steps/${s}`;
    if (!isObj(step)) return add(sp, 'type', { expected: 'object' });
    known(step, sp, KEYS.step);
    id(step.id, `${sp}/id`, stepIds);
    text(step.title, `${sp}/title`, true);
    text(step.intro, `${sp}/intro`);
    const fields = list(step.fields, `${sp}/fields`, true);
    if (Array.isArray(step.fields) && !fields.length) add(`${sp}/fields`, 'empty');
    fields.forEach((field, f) => {
      const fp = `${sp}/fields/${f}`;
      if (!isObj(field)) return add(fp, 'type', { expected: 'object' });
      known(field, fp, KEYS.field);
      id(field.id, `${fp}/id`, fieldIds);
      if (typeof field.id === 'string' && !stepOfField.has(field.id)) stepOfField.set(field.id, s);
      const type = field.type;
      if (typeof type !== 'string') add(`${fp}/type`, type === undefined ? 'missing' : 'type', { expected: 'string' });
      else if (!(FIELD_TYPES as readonly string[]).includes(type)) add(`${fp}/type`, 'unknown-type', { value: type });
      if (type === 'number' && typeof field.id === 'string') numberFields.add(field.id);
      text(field.label, `${fp}/label`, true);
      text(field.hint, `${fp}/hint`);
      for (const key of ['required', 'personal']) if (field[key] !== undefined && typeof field[key] !== 'boolean') add(`${fp}/${key}`, 'type', { expected: 'boolean' });
      for (const key of ['minLength', 'maxLength']) if (field[key] !== undefined && !isCount(field[key])) add(`${fp}/${key}`, 'type', { expected: 'integer' });
      if (field.autocomplete !== undefined && (typeof field.autocomplete !== 'string' || !/^[a-z0-9 -]{1,60}$/.test(field.autocomplete))) add(`${fp}/autocomplete`, 'type', { expected: 'string' });
      for (const key of ['min', 'max']) {
        const b = field[key];
        if (b === undefined) continue;
        const ok = type === 'date' ? b === 'today' || (typeof b === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(b)) : typeof b === 'number' && Number.isFinite(b);
        if (!ok) add(`${fp}/${key}`, 'type', { expected: type === 'date' ? 'date' : 'number' });
      }
      if (typeof field.min === 'number' && typeof field.max === 'number' && field.min > field.max) add(`${fp}/min`, 'range');
      if (typeof field.minLength === 'number' && typeof field.maxLength === 'number' && field.minLength > field.maxLength) add(`${fp}/minLength`, 'range');
      if (field.pattern !== undefined && typeof field.pattern !== 'string') add(`${fp}/pattern`, 'type', { expected: 'string' });
      else if (field.pattern !== undefined) {
        try {
          new RegExp(field.pattern, 'u');
        } catch {
          add(`${fp}/pattern`, 'pattern');
        }
      }
      if ((CHOICE_TYPES as readonly unknown[]).includes(type) || field.options !== undefined) {
        const options = list(field.options, `${fp}/options`, true);
        if (Array.isArray(field.options) && !options.length) add(`${fp}/options`, 'no-options');
        const values = new Set<string>();
        options.forEach((o, i) => {
          const op = `${fp}/options/${i}`;
          if (!isObj(o)) return add(op, 'type', { expected: 'object' });
          known(o, op, KEYS.option);
          if (typeof o.value !== 'string' || o.value === '') add(`${op}/value`, o.value === undefined ? 'missing' : 'type', { expected: 'string' });
          else if (values.has(o.value)) add(`${op}/value`, 'duplicate-id', { id: o.value });
          else values.add(o.value);
          text(o.label, `${op}/label`, true);
        });
      }
    });
  });

  /** A condition is well formed and reads known fields; for a step, only fields of earlier steps. */
  const condition = (c: unknown, path: string, beforeStep: number, depth = 0): void => {
    if (depth > MAX_DEPTH) return add(path, 'too-deep', { max: MAX_DEPTH });
    if (!isObj(c)) return add(path, 'bad-condition');
    const keys = Object.keys(c);
    if (keys.some((k) => !(KEYS.condition as readonly string[]).includes(k))) return known(c, path, KEYS.condition);
    const only = (...allowed: string[]) => keys.length === allowed.length && allowed.every((k) => k in c);
    if (only('all') || only('any')) {
      const items = (c.all ?? c.any) as unknown;
      if (!Array.isArray(items) || !items.length) return add(path, 'bad-condition');
      items.forEach((x, i) => condition(x, `${path}/${keys[0]}/${i}`, beforeStep, depth + 1));
      return;
    }
    if (only('not')) return condition(c.not, `${path}/not`, beforeStep, depth + 1);
    const scalar = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);
    const ok =
      typeof c.field === 'string' &&
      ID.test(c.field) &&
      ((only('field', 'equals') && scalar(c.equals)) ||
        (only('field', 'in') && Array.isArray(c.in) && c.in.length > 0 && c.in.every(scalar)) ||
        (only('field', 'answered') && typeof c.answered === 'boolean'));
    if (!ok) return add(path, 'bad-condition');
    const field = c.field as string;
    if (!stepOfField.has(field)) return add(`${path}/field`, 'unknown-field', { field });
    if (stepOfField.get(field)! >= beforeStep) add(`${path}/field`, 'forward-reference', { field });
  };
  steps.forEach((step, s) => {
    if (isObj(step) && step.visibleIf !== undefined) condition(step.visibleIf, `/steps/${s}/visibleIf`, s);
  });

  const docIds = new Set<string>();
  const documents = list(value.documents, '/documents', true);
  documents.forEach((d, i) => {
    const dp = `/documents/${i}`;
    if (!isObj(d)) return add(dp, 'type', { expected: 'object' });
    known(d, dp, KEYS.document);
    id(d.id, `${dp}/id`, docIds);
    text(d.name, `${dp}/name`, true);
    for (const key of ['template', 'case']) text(d[key], `${dp}/${key}`);
    for (const key of ['originals', 'copies']) if (d[key] !== undefined && !isCount(d[key])) add(`${dp}/${key}`, 'type', { expected: 'integer' });
    if (d.visibleIf !== undefined) condition(d.visibleIf, `${dp}/visibleIf`, Infinity);
    basis(d.legalBasis, `${dp}/legalBasis`);
  });

  list(value.channels, '/channels').forEach((ch, i) => {
    const cp = `/channels/${i}`;
    if (!isObj(ch)) return add(cp, 'type', { expected: 'object' });
    known(ch, cp, KEYS.channel);
    if (!['in-person', 'online', 'post'].includes(ch.kind as string)) add(`${cp}/kind`, ch.kind === undefined ? 'missing' : 'enum');
    text(ch.processingTime, `${cp}/processingTime`);
    url(ch.url, `${cp}/url`);
    basis(ch.legalBasis, `${cp}/legalBasis`);
    const fee = ch.fee;
    if (fee === undefined) return;
    if (!isObj(fee)) return add(`${cp}/fee`, 'type', { expected: 'object' });
    known(fee, `${cp}/fee`, KEYS.fee);
    for (const key of ['amount', 'max']) if (fee[key] !== undefined && !isCount(fee[key])) add(`${cp}/fee/${key}`, 'type', { expected: 'integer' });
    text(fee.unit, `${cp}/fee/unit`);
    text(fee.note, `${cp}/fee/note`);
    basis(fee.legalBasis, `${cp}/fee/legalBasis`);
    if (fee.amount === undefined && fee.tiers === undefined && fee.note === undefined && fee.cases === undefined) add(`${cp}/fee`, 'missing');
    // Each case of the answers has its own amount: a flat one beside them would be ambiguous.
    if (fee.cases !== undefined && fee.amount !== undefined) add(`${cp}/fee/amount`, 'conflict', { with: 'cases' });
    const cases = list(fee.cases, `${cp}/fee/cases`);
    if (Array.isArray(fee.cases) && !cases.length) add(`${cp}/fee/cases`, 'empty');
    cases.forEach((c, j) => obj(c, `${cp}/fee/cases/${j}`, 'feeCase', (fc) => {
      const fp = `${cp}/fee/cases/${j}`;
      if (fc.when === undefined) add(`${fp}/when`, 'missing');
      else condition(fc.when, `${fp}/when`, Infinity);
      if (fc.amount !== undefined && !isCount(fc.amount)) add(`${fp}/amount`, 'type', { expected: 'integer' });
      text(fc.note, `${fp}/note`, true);
      basis(fc.legalBasis, `${fp}/legalBasis`);
    }));
    // Tiers are for computing; people read the note.
    if (fee.tiers !== undefined && fee.note === undefined) add(`${cp}/fee/note`, 'missing');
    let last = 0;
    const tiers = list(fee.tiers, `${cp}/fee/tiers`);
    if (Array.isArray(fee.tiers) && !tiers.length) add(`${cp}/fee/tiers`, 'empty');
    tiers.forEach((t, j, all) => {
      const tp = `${cp}/fee/tiers/${j}`;
      if (!isObj(t)) return add(tp, 'type', { expected: 'object' });
      known(t, tp, KEYS.tier);
      if (!isCount(t.price)) return add(`${tp}/price`, t.price === undefined ? 'missing' : 'type', { expected: 'integer' });
      const isLast = j === all.length - 1;
      if (t.upTo !== undefined && !(isCount(t.upTo) && (t.upTo as number) >= 1)) return add(`${tp}/upTo`, 'type', { expected: 'integer' });
      if (t.upTo === undefined ? !isLast : (t.upTo as number) <= last) add(`${tp}/upTo`, 'range');
      last = (t.upTo as number) ?? last;
    });
    for (const key of ['unitsField', 'countField']) {
      const ref = fee[key];
      if (ref === undefined) continue;
      if (typeof ref !== 'string' || !ID.test(ref)) add(`${cp}/fee/${key}`, 'id');
      else if (!numberFields.has(ref)) add(`${cp}/fee/${key}`, 'unknown-field', { field: ref });
    }
  });

  if (value.linked !== undefined) obj(value.linked, '/linked', 'linked', (l) => {
    text(l.note, '/linked/note');
    const procedures = list(l.procedures, '/linked/procedures', true);
    if (Array.isArray(l.procedures) && !procedures.length) add('/linked/procedures', 'empty');
    procedures.forEach((lp, i) => obj(lp, `/linked/procedures/${i}`, 'linkedProcedure', (o) => {
      const lpp = `/linked/procedures/${i}`;
      if (o.code !== undefined && (typeof o.code !== 'string' || !CODE.test(o.code))) add(`${lpp}/code`, 'code');
      text(o.name, `${lpp}/name`, true);
      text(o.where, `${lpp}/where`, true);
      basis(o.legalBasis, `${lpp}/legalBasis`);
    }));
  });
  if (value.checked !== undefined) obj(value.checked, '/checked', 'checked', (c) => {
    if (typeof c.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(c.date)) add('/checked/date', c.date === undefined ? 'missing' : 'date');
    list(c.against, '/checked/against').forEach((a, i) => filled(a) || add(`/checked/against/${i}`, 'text'));
    list(c.unverified, '/checked/unverified').forEach((u, i) => obj(u, `/checked/unverified/${i}`, 'unverified', (o) => {
      if (typeof o.path !== 'string' || !o.path.startsWith('/')) add(`/checked/unverified/${i}/path`, o.path === undefined ? 'missing' : 'type', { expected: 'string' });
      if (!filled(o.note)) add(`/checked/unverified/${i}/note`, o.note === undefined ? 'missing' : 'text');
    }));
  });

  return problems.length ? { problems } : { procedure: value as unknown as Procedure, problems };
}

/** Text with something besides white space (schemas/localized-text.schema.json: pattern `\\S`). */
function filled(v: unknown): boolean {
  return typeof v === 'string' && /\S/.test(v);
}

/**
 * Problem codes for rules no JSON Schema can state (unique ids, conditions naming earlier
 * questions, patterns that compile, ranges in order, nesting depth): a definition with only
 * these is valid under the schema and still refused here.
 */
export const MODEL_ONLY: readonly string[] = ['duplicate-id', 'unknown-field', 'forward-reference', 'pattern', 'range', 'too-deep'];
