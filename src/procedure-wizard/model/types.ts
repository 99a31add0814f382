import type { LocalizedText } from '../../core/localized-text-guard.js';

/** Every kind of question a procedure may ask. */
export const FIELD_TYPES = [
  'text', 'textarea', 'number', 'date', 'select', 'radio', 'checkbox', 'checkboxes', 'yesno', 'phone', 'email', 'citizen-id',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Types whose answer is one of `options`. */
export const CHOICE_TYPES: readonly FieldType[] = ['select', 'radio', 'checkboxes'];
/** Types that carry personal data under Decree 13/2023 (a privacy notice goes before them). */
export const PERSONAL_TYPES: readonly FieldType[] = ['phone', 'email', 'citizen-id'];

/** A condition is data, never code: evaluated by `evaluate()`. */
export type Condition =
  | { field: string; equals: AnswerScalar }
  | { field: string; in: AnswerScalar[] }
  | { field: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export type AnswerScalar = string | number | boolean;
/** text-like and number: the text typed; date: `year-month-day` as typed; checkbox: boolean; checkboxes: values. */
export type Answer = string | boolean | string[];
export type Answers = Record<string, Answer>;

export interface Option {
  value: string;
  label: LocalizedText;
}

export interface Field {
  id: string;
  type: FieldType;
  label: LocalizedText;
  hint?: LocalizedText;
  required?: boolean;
  options?: Option[];
  pattern?: string;
  /** number: smallest/largest value; date: ISO `YYYY-MM-DD` or `today`. */
  min?: number | string;
  max?: number | string;
  minLength?: number;
  maxLength?: number;
  /** An HTML autocomplete token (`name`, `bday`, `street-address` …); kiosks turn it off. */
  autocomplete?: string;
  /** Personal data besides phone, email and citizen ID (a privacy notice goes before it). */
  personal?: boolean;
}

export interface Step {
  id: string;
  title: LocalizedText;
  intro?: LocalizedText;
  fields: Field[];
  visibleIf?: Condition;
}

export interface DocumentItem {
  id: string;
  name: LocalizedText;
  /** Name of the form template (mẫu đơn, tờ khai), e.g. "Mẫu CT01". */
  template?: LocalizedText;
  originals?: number;
  copies?: number;
  /** The case heading the national portal shows ("Trường hợp …"), for the overview. */
  case?: LocalizedText;
  visibleIf?: Condition;
}

/** One price band: `price` per unit up to and including unit `upTo` (the last band has none). */
export interface FeeTier {
  upTo?: number;
  price: number;
}

export interface Fee {
  /** A flat amount in VND (0 = free). */
  amount?: number;
  /** Or a price per unit in bands, e.g. per page: 2.000 for pages 1–2, then 1.000. */
  tiers?: FeeTier[];
  /** What one unit is ("page"), for the tiers. */
  unit?: LocalizedText;
  /** Cap of the tiered price per item, in VND. */
  max?: number;
  /** A number field whose answer is the count of units (pages). */
  unitsField?: string;
  /** A number field whose answer multiplies the result (copies). */
  countField?: string;
  /** Human words beside or instead of the amount. */
  note?: LocalizedText;
}

export type ChannelKind = 'in-person' | 'online' | 'post';

export interface Channel {
  kind: ChannelKind;
  processingTime?: LocalizedText;
  fee?: Fee;
  /** Where to file through this channel (e.g. the national portal's page). */
  url?: string;
}

export type OnlineLevel = 'full' | 'partial' | 'none';

export interface Procedure {
  code: string;
  name: LocalizedText;
  field: LocalizedText;
  description?: LocalizedText;
  level?: LocalizedText;
  agency?: LocalizedText;
  applicants?: LocalizedText;
  result?: LocalizedText;
  legalBasis?: LocalizedText[];
  onlineLevel?: OnlineLevel;
  channels?: Channel[];
  documents: DocumentItem[];
  steps: Step[];
  /** What happens after filing, shown on the confirmation. */
  nextSteps?: LocalizedText;
}

/** One entry of a catalogue (`GET /api/procedures`). */
export interface ProcedureSummary {
  code: string;
  name: LocalizedText;
  field: LocalizedText;
  url?: string;
}

/**
 * A problem with an answer or a definition: a JSON path, a stable code and its parameters.
 * The element turns codes into localized words; the server into its error details.
 */
export interface Problem {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}
