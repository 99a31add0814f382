import type { LocalizedText } from '../../core/localized-text.js';

/** Where the citizen follows the guide: the store and some steps differ. */
export type Platform = 'android' | 'ios' | 'desktop';
export const PLATFORMS: readonly Platform[] = ['android', 'ios', 'desktop'];

/** Answers to the two routing questions of the first screen. */
export interface Answers {
  /** "Do you have a chip ID card?" */
  chipCard?: 'yes' | 'no';
  /** "Have you registered for level 2 at the ward police?" */
  level2?: 'yes' | 'no' | 'unsure';
}
export const QUESTIONS = { chipCard: ['yes', 'no'], level2: ['yes', 'no', 'unsure'] } as const;

/**
 * One line of a step: plain text, or text with the exact Vietnamese label of a button in the app
 * (`{button}` marks where it goes; `meaning` is shown beside it on en/de pages).
 */
export type Line = LocalizedText | { text: LocalizedText; button: string; meaning?: LocalizedText };

export interface Step {
  id: string;
  title: LocalizedText;
  lines: Line[];
  /** Name of a built-in illustration; an unknown name shows nothing. */
  illustration?: string;
  /** Only on these platforms (default: all). */
  platforms?: Platform[];
  /** Shows the warning never to tell anyone a password, passcode or OTP. */
  safety?: boolean;
  /** QR codes to both store pages (the desktop install step). */
  qr?: boolean;
  /** Ids of the troubleshooting entries that fit this step (default: all). */
  trouble?: string[];
}

export interface Task {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  /** The task applies only when every named question has one of the listed answers. */
  when?: { [K in keyof Answers]?: NonNullable<Answers[K]>[] };
  steps: Step[];
}

export interface Need {
  id: string;
  title: LocalizedText;
  lines?: Line[];
}

export interface Trouble {
  id: string;
  title: LocalizedText;
  lines: Line[];
}

export interface StoreLink {
  url: string;
  /** False until checked against the current store listing. */
  verified?: boolean;
}

export interface GuideContent {
  version: 1;
  /** `default`: merged over the built-in content (by id), instead of replacing it. */
  extends?: 'default';
  stores?: { android?: StoreLink; ios?: StoreLink };
  /** Where to get help (hotline, the ward centre's volunteer desk). */
  help?: LocalizedText;
  needs: Need[];
  tasks: Task[];
  trouble: Trouble[];
}

/** Statuses kept per step id (and per checklist item): nothing else is stored. */
export type StepStatus = 'seen' | 'done';
export type Progress = Record<string, StepStatus>;
export type TaskStatus = 'not-started' | 'in-progress' | 'completed';
