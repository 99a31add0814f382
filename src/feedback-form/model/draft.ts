/**
 * What the citizen entered (a `Draft`), as the first screen needs it: no checking here, that
 * loads later with `submission.ts`.
 */

/** 5 = very satisfied … 1 = very dissatisfied (the SIPAS scale). */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** What the citizen entered, as typed. */
export interface Draft {
  overall?: number;
  /** 0 = "Not applicable" (left out of the submission). */
  criteria: Partial<Record<string, number>>;
  comment: string;
  name: string;
  phone: string;
  email: string;
  consent: boolean;
  /** The hidden field only bots fill. */
  honeypot: string;
}

export const emptyDraft = (): Draft => ({ criteria: {}, comment: '', name: '', phone: '', email: '', consent: false, honeypot: '' });

const isText = (v: unknown) => typeof v === 'string' && v.length <= 4000;
const isScore = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 5;

/**
 * What the browser hands back when it restores a page (back, reload): our own saved draft, still
 * checked, since any script on the page could have set it. `undefined` when it is not one.
 */
export function restoreDraft(state: unknown): Draft | undefined {
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
    typeof v.consent === 'boolean';
  if (!ok) return undefined;
  const { comment, name, phone, email, consent } = v as Pick<Draft, 'comment' | 'name' | 'phone' | 'email' | 'consent'>;
  const draft: Draft = { ...emptyDraft(), criteria: criteria as Draft['criteria'], comment, name, phone, email, consent };
  if (v.overall !== undefined) draft.overall = v.overall as number;
  return draft;
}
