import fc from 'fast-check';
import { FIELD_TYPES, type Answer, type Answers, type Condition, type Field, type FieldType, type Procedure } from '../../src/procedure-wizard/model/types.js';

/**
 * Generators for property-based tests: definitions that cover every field type and every
 * condition operator, answers that are valid for a field, and wild JSON for robustness.
 */
const words = fc.stringMatching(/^[A-Za-zđăâêôơư<>&"' ]{0,10}[a-zđ]$/);
const text = fc.oneof(words, fc.record({ vi: words, en: words }));
const label = fc.oneof(fc.constantFrom('Tên', 'Ngày sinh', '<b>x</b>', 'Số định danh'), fc.record({ vi: fc.constant('Câu hỏi'), de: fc.constant('Frage') }));
const scalar = fc.oneof(fc.constantFrom('yes', 'no', 'a', 'b', ''), fc.integer({ min: -2, max: 5 }), fc.boolean());

export function field(id: string): fc.Arbitrary<Field> {
  return fc.constantFrom(...FIELD_TYPES).chain((type: FieldType) => {
    const base = { id: fc.constant(id), type: fc.constant(type), label, required: fc.boolean(), hint: fc.option(label, { nil: undefined }) };
    switch (type) {
      case 'select':
      case 'radio':
      case 'checkboxes':
        return fc.record({ ...base, options: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 4 }).map((vs) => vs.map((value) => ({ value, label: value.toUpperCase() }))) });
      case 'number':
        return fc.record({ ...base, min: fc.constant(0), max: fc.integer({ min: 0, max: 100 }) });
      case 'date':
        return fc.record({ ...base, min: fc.constant('1990-01-01'), max: fc.constant('today') });
      case 'text':
      case 'textarea':
        return fc.record({ ...base, minLength: fc.constantFrom(undefined, 0, 2), maxLength: fc.constantFrom(undefined, 20), pattern: fc.constantFrom(undefined, '[a-z]+') });
      default:
        return fc.record(base);
    }
  }) as fc.Arbitrary<Field>;
}

/** A condition over `ids` using every operator (and nesting). */
export function condition(ids: string[]): fc.Arbitrary<Condition> {
  const { c } = fc.letrec<{ c: Condition; leaf: Condition }>((tie) => ({
    leaf: fc.oneof(
      fc.record({ field: fc.constantFrom(...ids), equals: scalar }),
      fc.record({ field: fc.constantFrom(...ids), in: fc.array(scalar, { minLength: 1, maxLength: 3 }) }),
      fc.record({ field: fc.constantFrom(...ids), answered: fc.boolean() }),
    ) as fc.Arbitrary<Condition>,
    c: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      tie('leaf'),
      fc.record({ all: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('c') }),
    ) as fc.Arbitrary<Condition>,
  }));
  return c;
}

/** A valid definition: 1–5 steps of 1–4 fields; conditions read only earlier steps. */
export const procedure: fc.Arbitrary<Procedure> = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 })
  .chain((sizes) => {
    const ids = sizes.map((n, s) => Array.from({ length: n }, (_, i) => `f${s}_${i}`));
    const steps = sizes.map((_, s) =>
      fc.record({
        id: fc.constant(`s${s}`),
        title: label,
        intro: fc.option(text, { nil: undefined }),
        fields: fc.tuple(...ids[s].map(field)),
        visibleIf: s === 0 ? fc.constant(undefined) : fc.option(condition(ids.slice(0, s).flat()), { nil: undefined, freq: 2 }),
      }),
    );
    const all = ids.flat();
    return fc.record({
      code: fc.constantFrom('1.001193', '9.000001', 'X-1'),
      name: label,
      field: label,
      onlineLevel: fc.constantFrom('full', 'partial', 'none'),
      channels: fc.array(fc.record({ kind: fc.constantFrom('in-person', 'online', 'post'), fee: fc.record({ amount: fc.nat(100000) }) }), { maxLength: 3 }),
      documents: fc.array(fc.record({ id: fc.constantFrom('d1', 'd2', 'd3'), name: label, visibleIf: fc.option(condition(all), { nil: undefined }) }), { maxLength: 3 }).map((ds) =>
        ds.filter((d, i) => ds.findIndex((x) => x.id === d.id) === i),
      ),
      steps: fc.tuple(...steps),
    });
  })
  .map((p) => JSON.parse(JSON.stringify(p)) as Procedure); // drop undefined, as JSON would

/** A valid answer for `f` (or, for an optional field, sometimes none). */
export function validAnswer(f: Field, pick: number): Answer | undefined {
  if (!f.required && pick % 4 === 0) return undefined;
  const options = f.options?.map((o) => o.value) ?? [];
  switch (f.type) {
    case 'select':
    case 'radio':
      return options[pick % options.length];
    case 'checkboxes':
      return options.slice(0, 1 + (pick % options.length));
    case 'checkbox':
      return true;
    case 'yesno':
      return pick % 2 ? 'yes' : 'no';
    case 'number':
      return String(Math.min(Number(f.max ?? 0), pick % 50));
    case 'date':
      return `${2000 + (pick % 20)}-${1 + (pick % 12)}-${1 + (pick % 28)}`;
    case 'phone':
      return '0912 345 678';
    case 'email':
      return 'ten@example.vn';
    case 'citizen-id':
      return '001203004567';
    default:
      return 'abcdef'.slice(0, 3 + (pick % 3));
  }
}

/** Valid answers for every field of a definition. */
export function validAnswers(p: Procedure, pick: number): Answers {
  const answers: Answers = {};
  p.steps.forEach((s, i) => s.fields.forEach((f, j) => {
    const v = validAnswer(f, pick + i * 7 + j);
    if (v !== undefined) answers[f.id] = v;
  }));
  return answers;
}

/** Wild input: anything JSON can hold, and valid definitions with random parts replaced. */
export const wild: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.tuple(procedure, fc.jsonValue(), fc.nat(), fc.constantFrom('type', 'visibleIf', 'options', 'id', 'fields', 'label', 'min', 'pattern')).map(([p, junk, n, key]) => {
    const copy = JSON.parse(JSON.stringify(p));
    const step = copy.steps[n % copy.steps.length];
    const f = step.fields[n % step.fields.length];
    if (n % 3 === 0) step[key] = junk;
    else f[key] = junk;
    if (n % 5 === 0) copy.steps.push(JSON.parse(JSON.stringify(step))); // duplicate ids
    return copy;
  }),
);
