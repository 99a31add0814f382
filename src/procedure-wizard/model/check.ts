import { isLocalizedText } from '../../core/localized-text-guard.js';
import { MAX_DEPTH } from './conditions.js';
import { CHOICE_TYPES, FIELD_TYPES, type Problem, type Procedure } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

/**
 * Checks a procedure definition (anything parsed from JSON) and lists every problem with its
 * JSON path and a code: missing, type, text, enum, unknown-type, duplicate-id, no-options,
 * unknown-field, forward-reference (a step's condition reads its own or a later step: circular),
 * bad-condition, too-deep, pattern, range. Never throws. The definition is usable when the list
 * is empty.
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
  const text = (v: unknown, path: string, required = false) => {
    if (v === undefined) {
      if (required) add(path, 'missing');
    } else if (!isLocalizedText(v) || resolveEmpty(v)) add(path, 'text');
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
  const id = (v: unknown, path: string, seen: Set<string>) => {
    if (typeof v !== 'string' || !/^[A-Za-z][\w-]{0,63}$/.test(v)) return add(path, v === undefined ? 'missing' : 'id');
    if (seen.has(v)) add(path, 'duplicate-id', { id: v });
    seen.add(v);
  };

  if (typeof value.code !== 'string' || !/^[0-9A-Za-z.-]{1,40}$/.test(value.code)) add('/code', value.code === undefined ? 'missing' : 'code');
  for (const key of ['name', 'field']) text(value[key], `/${key}`, true);
  for (const key of ['description', 'level', 'agency', 'applicants', 'result', 'nextSteps']) text(value[key], `/${key}`);
  list(value.legalBasis, '/legalBasis').forEach((t, i) => text(t, `/legalBasis/${i}`, true));
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
    id(step.id, `${sp}/id`, stepIds);
    text(step.title, `${sp}/title`, true);
    text(step.intro, `${sp}/intro`);
    const fields = list(step.fields, `${sp}/fields`, true);
    if (Array.isArray(step.fields) && !fields.length) add(`${sp}/fields`, 'empty');
    fields.forEach((field, f) => {
      const fp = `${sp}/fields/${f}`;
      if (!isObj(field)) return add(fp, 'type', { expected: 'object' });
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
      if (field.pattern !== undefined) {
        try {
          if (typeof field.pattern !== 'string') throw new Error();
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
    id(d.id, `${dp}/id`, docIds);
    text(d.name, `${dp}/name`, true);
    for (const key of ['template', 'case']) text(d[key], `${dp}/${key}`);
    for (const key of ['originals', 'copies']) if (d[key] !== undefined && !isCount(d[key])) add(`${dp}/${key}`, 'type', { expected: 'integer' });
    if (d.visibleIf !== undefined) condition(d.visibleIf, `${dp}/visibleIf`, Infinity);
  });

  list(value.channels, '/channels').forEach((ch, i) => {
    const cp = `/channels/${i}`;
    if (!isObj(ch)) return add(cp, 'type', { expected: 'object' });
    if (!['in-person', 'online', 'post'].includes(ch.kind as string)) add(`${cp}/kind`, ch.kind === undefined ? 'missing' : 'enum');
    text(ch.processingTime, `${cp}/processingTime`);
    if (ch.url !== undefined && (typeof ch.url !== 'string' || !/^(https?:\/\/|\/)/.test(ch.url))) add(`${cp}/url`, 'url');
    const fee = ch.fee;
    if (fee === undefined) return;
    if (!isObj(fee)) return add(`${cp}/fee`, 'type', { expected: 'object' });
    for (const key of ['amount', 'max']) if (fee[key] !== undefined && !isCount(fee[key])) add(`${cp}/fee/${key}`, 'type', { expected: 'integer' });
    text(fee.unit, `${cp}/fee/unit`);
    text(fee.note, `${cp}/fee/note`);
    if (fee.amount === undefined && fee.tiers === undefined && fee.note === undefined) add(`${cp}/fee`, 'missing');
    // Tiers are for computing; people read the note.
    if (fee.tiers !== undefined && fee.note === undefined) add(`${cp}/fee/note`, 'missing');
    let last = 0;
    list(fee.tiers, `${cp}/fee/tiers`).forEach((t, j, all) => {
      const tp = `${cp}/fee/tiers/${j}`;
      if (!isObj(t) || !isCount(t.price)) return add(tp, 'type', { expected: 'object' });
      const isLast = j === all.length - 1;
      if (t.upTo === undefined ? !isLast : !isCount(t.upTo) || (t.upTo as number) <= last) add(`${tp}/upTo`, 'range');
      last = (t.upTo as number) ?? last;
    });
    for (const key of ['unitsField', 'countField']) {
      const ref = fee[key];
      if (ref !== undefined && !(typeof ref === 'string' && numberFields.has(ref))) add(`${cp}/fee/${key}`, 'unknown-field', { field: String(ref) });
    }
  });

  return problems.length ? { problems } : { procedure: value as unknown as Procedure, problems };
}

function resolveEmpty(v: unknown): boolean {
  return typeof v === 'string' ? v.trim() === '' : Object.values(v as Obj).some((s) => (s as string).trim() === '');
}
