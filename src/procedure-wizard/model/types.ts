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

/**
 * The law a fact rests on, each naming its document with the number (`Luật Cư trú số
 * 68/2020/QH14, Điều 22 khoản 3`, `Thông tư 75/2022/TT-BTC`): on a procedure, and on a
 * document, fee, fee case or processing time where it differs from the procedure's.
 */
export type LegalBasis = LocalizedText[];

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
  legalBasis?: LegalBasis;
}

/** One price band: `price` per unit up to and including unit `upTo` (the last band has none). */
export interface FeeTier {
  upTo?: number;
  price: number;
}

/**
 * A fee that depends on the answers: it applies when `when` holds (the condition language of
 * `visibleIf`), e.g. free when registered on time, set by the province when late.
 */
export interface FeeCase {
  when: Condition;
  /** The amount in VND in this case (0 = free); none where no national amount exists (the note says who sets it). */
  amount?: number;
  /** This case in words, as the overview lists it and the check page shows it when no amount is given. */
  note: LocalizedText;
  legalBasis?: LegalBasis;
}

export interface Fee {
  /** A flat amount in VND (0 = free); not together with `cases`. */
  amount?: number;
  /** Or an amount per case of the answers: the first case whose condition holds applies. */
  cases?: FeeCase[];
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
  legalBasis?: LegalBasis;
}

export type ChannelKind = 'in-person' | 'online' | 'post';

export interface Channel {
  kind: ChannelKind;
  processingTime?: LocalizedText;
  fee?: Fee;
  /** Where to file through this channel (e.g. the national portal's page). */
  url?: string;
  /** The law that sets its processing time, where it differs from the procedure's. */
  legalBasis?: LegalBasis;
}

/** A procedure done together with or right after this one (birth → permanent residence → health insurance). */
export interface LinkedProcedure {
  /** Its national code, if it has one. */
  code?: string;
  name: LocalizedText;
  /** Where and by when it is done. */
  where: LocalizedText;
  legalBasis?: LegalBasis;
}

/** When the facts of a definition were last checked, against what, and which are still unverified. */
export interface Checked {
  /** `YYYY-MM-DD`. */
  date: string;
  /** What the facts were checked against (laws, letters, pages). */
  against?: string[];
  /** JSON Pointers into the definition of facts not verified, each with why. */
  unverified?: { path: string; note: string }[];
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
  legalBasis?: LegalBasis;
  onlineLevel?: OnlineLevel;
  /** The procedure's page on the National Public Service Portal (a search for its code where the page is not known). */
  portalUrl?: string;
  /** Procedures done together with this one, with where to do them. */
  linked?: { note?: LocalizedText; procedures: LinkedProcedure[] };
  /** Not shown: when its facts were last checked, and which are unverified. */
  checked?: Checked;
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
