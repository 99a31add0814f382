import type { TemplateResult } from 'lit';
import type { PartHost } from '../../core/part.js';
import type { DvcApplicationStatus } from '../application-status.js';
import type { ApplicationStatus, CodeProblem, VerifierProblem } from '../model/index.js';

/** What the widget shows: the look-up form, a look-up under way, or the status found. */
export type View = 'form' | 'loading' | 'status';

/** Why the form is shown again after a look-up (the part words it). */
export type Notice = 'not-found' | 'limited' | 'failed' | 'no-src';

/** Everything the widget shows, in one plain object (mutated, then `update()`). Nothing here is stored. */
export interface StatusState {
  view: View;
  /** The form's fields as typed. */
  codeInput: string;
  verifierInput: string;
  /** What is wrong with what was typed, after "Look up". */
  problems: { code?: CodeProblem; verifier?: VerifierProblem };
  notice?: Notice;
  /** Look-ups are paused until this time (ms), after the server's 429 with Retry-After. */
  pausedUntil?: number;
  /** The code and verifier of the status shown, for "Refresh" and the return to the tab. */
  looked?: { code: string; verifier: string };
  data?: ApplicationStatus;
  /** When the status shown was fetched (ms). */
  checkedAt?: number;
  /** A refresh is under way (the status stays on screen). */
  refreshing?: boolean;
  /** The last refresh failed: the status shown may be out of date. */
  refreshFailed?: boolean;
}

/** The element as its part sees it. */
export interface StatusHost extends PartHost<DvcApplicationStatus> {
  readonly state: StatusState;
  /** The look-up form, with the part's notice above the fields. */
  renderForm(notice?: TemplateResult): TemplateResult;
  /** Back to the form for another code: the verifier and the status shown go. */
  again(): void;
}
