/** Hand-written guards for data from outside (the device's outbox, a server's error), by the schema's rules. */
import { COMMENT_MAX, isRating, length, NAME_MAX, SIPAS, type Field, type Submission } from './submission.js';
const isOptionalString = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && length(v) <= max);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
    typeof s.submittedAt === 'string' &&
    !Number.isNaN(Date.parse(s.submittedAt)) &&
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
