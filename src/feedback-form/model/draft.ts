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

/**
 * The draft as the page keeps it (the browser's form state, the tab while sending): as typed,
 * never the bot trap, and — while it is being sent — with the submission's id and time.
 */
export function draftState(d: Draft, attempt?: { id: string; at: string }): string {
  const { honeypot: _, ...typed } = d;
  return JSON.stringify(attempt ? { ...typed, attempt } : typed);
}

export const emptyDraft = (): Draft => ({ criteria: {}, comment: '', name: '', phone: '', email: '', consent: false, honeypot: '' });
