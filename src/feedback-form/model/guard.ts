/** Hand-written guards for data from outside (the device's outbox, a server's error, a restored page's state), by the schema's rules. */
import { emptyDraft, type Draft } from './draft.js';
import { COMMENT_MAX, isRating, length, NAME_MAX, SIPAS, type Field, type Submission } from './submission.js';
const isOptionalString = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && length(v) <= max);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isTime = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
/** A submission being tried: its id and time (a restored page's state). */
const isAttempt = (v: unknown) => {
  const a = v as Record<string, unknown> | null;
  return typeof a === 'object' && a !== null && typeof a.id === 'string' && UUID.test(a.id) && isTime(a.at);
};

/** Guard for data read back from the device (the outbox): the schema's rules, by hand. */
export function isSubmission(v: unknown): v is Submission {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  const known = ['id', 'submittedAt', 'locale', 'procedure', 'reference', 'counter', 'overall', 'criteria', 'comment', 'contact'];
  if (Object.keys(s).some((k) => !known.includes(k))) return false;
  const criteria = s.criteria as Record<string, unknown> | undefined;
  const contact = s.contact as Record<string, unknown> | undefined;
  return (
    typeof s.id === 'string' &&
    UUID.test(s.id) &&
    isTime(s.submittedAt) &&
    ['vi', 'en', 'de'].includes(s.locale as string) &&
    isOptionalString(s.procedure, 32) &&
    isOptionalString(s.reference, 64) &&
    isOptionalString(s.counter, 16) &&
    isRating(s.overall) &&
    isOptionalString(s.comment, COMMENT_MAX) &&
    (criteria === undefined ||
      (typeof criteria === 'object' && criteria !== null && Object.entries(criteria).every(([k, r]) => (SIPAS as readonly string[]).includes(k) && isRating(r)))) &&
    (contact === undefined ||
      (typeof contact === 'object' &&
        contact !== null &&
        Object.keys(contact).every((k) => ['name', 'phone', 'email'].includes(k)) &&
        isOptionalString(contact.name, NAME_MAX) &&
        isOptionalString(contact.phone, 32) &&
        isOptionalString(contact.email, 254)))
  );
}

/** Field of a server error's JSON pointer (`/contact/phone` → `phone`), for "what to fix". */
export function fieldOfPointer(pointer: unknown): Field | undefined {
  if (typeof pointer !== 'string') return undefined;
  const last = pointer.split('/').filter(Boolean);
  const f = last[0] === 'contact' ? last[1] : last[0];
  return (['overall', 'comment', 'name', 'phone', 'email'] as const).find((x) => x === f) ?? (last[0] === 'criteria' ? 'overall' : undefined);
}

const isText = (v: unknown) => typeof v === 'string' && v.length <= 4000;
const isScore = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 5;

/**
 * What the browser hands back when it restores a page (back, reload): our own saved draft, still
 * checked, since any script on the page could have set it, and — when the page went away while
 * sending — the submission's id and time, so sending again sends the same body with the same
 * Idempotency-Key. `undefined` when it is not one.
 */
export function restoreDraft(state: unknown): { draft: Draft; attempt?: { id: string; at: string } } | undefined {
  if (typeof state !== 'string') return undefined;
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(state) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const criteria = v?.criteria as Record<string, unknown> | undefined;
  const ok =
    typeof v === 'object' && v !== null &&
    (v.overall === undefined || (isScore(v.overall) && v.overall !== 0)) &&
    typeof criteria === 'object' && criteria !== null && Object.values(criteria).every(isScore) &&
    ['comment', 'name', 'phone', 'email'].every((k) => isText(v[k])) &&
    typeof v.consent === 'boolean' &&
    (v.attempt === undefined || isAttempt(v.attempt));
  if (!ok) return undefined;
  const { comment, name, phone, email, consent } = v as Pick<Draft, 'comment' | 'name' | 'phone' | 'email' | 'consent'>;
  const draft: Draft = { ...emptyDraft(), criteria: criteria as Draft['criteria'], comment, name, phone, email, consent };
  if (v.overall !== undefined) draft.overall = v.overall as number;
  return v.attempt === undefined ? { draft } : { draft, attempt: v.attempt as { id: string; at: string } };
}
