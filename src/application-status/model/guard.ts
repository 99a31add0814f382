// Hand-written guard for the public status view (no JSON-Schema validator in the browser). It
// follows schemas/application-status.schema.json — server/test/application-status.test.ts checks
// it against the schema on real answers — but accepts a status key it does not know, so a newer
// server never leaves the widget blank: the widget shows such a status as "processing".
import type { ApplicationStatus, HistoryEntry } from './types.js';

type Obj = Record<string, unknown>;

/** Longest text accepted in any field: a staff note, not a letter. */
const MAX_TEXT = 2000;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const key = (v: unknown): v is string => typeof v === 'string' && /^[a-z][a-z0-9-]{0,39}$/.test(v);
const time = (v: unknown): boolean => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const day = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
const amount = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;
const list = (v: unknown, item: (x: unknown) => boolean, max = 200): boolean => Array.isArray(v) && v.length <= max && v.every(item);
const optional = (v: unknown, check: (x: unknown) => boolean): boolean => v === undefined || check(v);

/** `v` is an object with every `required` key, and no key outside `required` + `optional`. */
function shape(v: unknown, required: string, optionalKeys = ''): v is Obj {
  if (!isObj(v)) return false;
  const need = required.split(' ').filter(Boolean);
  const allowed = new Set([...need, ...optionalKeys.split(' ')]);
  return need.every((k) => k in v) && Object.keys(v).every((k) => allowed.has(k));
}

const localized = (v: unknown): boolean =>
  text(v) || (shape(v, '', 'vi en de') && Object.keys(v).length > 0 && Object.values(v).every(text));

const entry = (v: unknown): boolean => shape(v, 'status at', 'note') && key(v.status) && time(v.at) && optional(v.note, localized);

const missingItem = (v: unknown): boolean =>
  shape(v, 'name', 'document note') && localized(v.name) && optional(v.document, text) && optional(v.note, localized);

const missing = (v: unknown): boolean =>
  shape(v, 'items', 'where by') && list(v.items, missingItem) && optional(v.where, localized) && optional(v.by, day);

const collect = (v: unknown): boolean =>
  shape(v, 'how bring', 'where') && key(v.how) && list(v.bring, key, 20) && optional(v.where, localized);

export function isApplicationStatus(v: unknown): v is ApplicationStatus {
  return (
    shape(v, 'code procedure status receivedAt updatedAt history fees', 'due missing collect reason') &&
    typeof v.code === 'string' && /^[A-Z0-9]{1,8}-\d{8}-\d{4,}$/.test(v.code) &&
    shape(v.procedure, 'code name') && text(v.procedure.code) && localized(v.procedure.name) &&
    key(v.status) && time(v.receivedAt) && time(v.updatedAt) && optional(v.due, day) &&
    list(v.history, entry) &&
    optional(v.missing, missing) && optional(v.collect, collect) && optional(v.reason, localized) &&
    shape(v.fees, 'paid', 'due') && amount(v.fees.paid) && optional(v.fees.due, amount)
  );
}

/** The history oldest first, whatever order it came in (equal times keep their order). */
export function historyInOrder(history: readonly HistoryEntry[]): HistoryEntry[] {
  return history
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ e }) => e);
}
