import fc from 'fast-check';
import { FIELD_TYPES, type Procedure } from '../../src/procedure-wizard/model/types.js';

/**
 * Valid procedure definitions that use every key of schemas/procedure.schema.json, built from a
 * tape of random numbers that fast-check generates (and shrinks). Building by hand from a tape is
 * some 20 times faster than composing arbitraries per definition, which keeps a thousand of them
 * within a fraction of a second. Conditions read only earlier steps' questions, ids are unique,
 * tiers reference number questions: the rules the model checks beyond the schema hold.
 */
export const definition: fc.Arbitrary<Procedure> = fc.array(fc.nat(), { minLength: 20, maxLength: 120 }).map(build);

export function build(tape: number[]): Procedure {
  let at = 0;
  const pick = (n: number) => (n <= 1 ? 0 : tape[at++ % tape.length] % n);
  const coin = (oneIn = 2) => pick(oneIn) === 0;
  const one = <T>(...xs: T[]) => xs[pick(xs.length)];
  const text = () => one<unknown>('Giấy tờ', 'Ngày sinh', '<b>x</b>', { vi: 'Chữ' }, { vi: 'Chữ', en: 'Text', de: 'Text' }, { en: 'Only English' });
  const opt = (o: Record<string, unknown>, key: string, make: () => unknown, oneIn = 2) => {
    if (coin(oneIn)) o[key] = make();
  };
  const scalar = () => one<unknown>('yes', 'no', 'a', '', 0, 3, true, false);

  const fieldIds: string[][] = [];
  const condition = (ids: string[], depth = 0): unknown => {
    const k = depth >= 2 ? pick(3) : pick(6);
    const field = ids[pick(ids.length)];
    switch (k) {
      case 0: return { field, equals: scalar() };
      case 1: return { field, in: Array.from({ length: 1 + pick(3) }, scalar) };
      case 2: return { field, answered: coin() };
      case 3: return { all: Array.from({ length: 1 + pick(2) }, () => condition(ids, depth + 1)) };
      case 4: return { any: Array.from({ length: 1 + pick(2) }, () => condition(ids, depth + 1)) };
      default: return { not: condition(ids, depth + 1) };
    }
  };

  const numbers: string[] = [];
  const steps = Array.from({ length: 1 + pick(4) }, (_, s) => {
    const ids: string[] = [];
    const fields = Array.from({ length: 1 + pick(4) }, (_, f) => {
      const id = `f${s}_${f}`;
      ids.push(id);
      const type = FIELD_TYPES[pick(FIELD_TYPES.length)];
      const field: Record<string, unknown> = { id, type, label: text() };
      opt(field, 'hint', text);
      opt(field, 'required', coin);
      opt(field, 'personal', coin, 4);
      opt(field, 'autocomplete', () => one('name', 'off', 'street-address', 'bday'), 4);
      if (['select', 'radio', 'checkboxes'].includes(type) || coin(8)) {
        field.options = ['a', 'b', 'c', 'd'].slice(0, 1 + pick(4)).map((value) => ({ value, label: text() }));
      }
      if (type === 'number') {
        numbers.push(id);
        opt(field, 'min', () => one(0, 1, -5, 2.5));
        opt(field, 'max', () => one(10, 500, 1e6));
      } else if (type === 'date') {
        opt(field, 'min', () => one('1900-01-01', 'today'));
        opt(field, 'max', () => one('today', '2100-12-31'));
      } else if (type === 'text' || type === 'textarea' || type === 'checkboxes') {
        opt(field, 'minLength', () => one(0, 1));
        opt(field, 'maxLength', () => one(20, 500));
        opt(field, 'pattern', () => one('[a-z]+', '^\\d{3}$', '.*'), 3);
      }
      return field;
    });
    fieldIds.push(ids);
    const step: Record<string, unknown> = { id: `s${s}`, title: text(), fields };
    opt(step, 'intro', text, 3);
    if (s > 0) opt(step, 'visibleIf', () => condition(fieldIds.slice(0, s).flat()));
    return step;
  });
  const all = fieldIds.flat();

  const basis = () => Array.from({ length: pick(3) }, () => one<unknown>('Thông tư 75/2022/TT-BTC', { vi: 'Luật Cư trú số 68/2020/QH14, Điều 22', en: 'Residence Law' }));
  const fee = (): Record<string, unknown> => {
    const f: Record<string, unknown> = {};
    opt(f, 'legalBasis', basis, 3);
    switch (pick(numbers.length ? 5 : 4)) {
      case 0: f.amount = one(0, 2000, 15000); break;
      case 1: f.note = text(); break;
      case 2: f.amount = 0; f.note = text(); break;
      case 3:
        f.cases = Array.from({ length: 1 + pick(2) }, () => {
          const c: Record<string, unknown> = { when: condition(all), note: text() };
          opt(c, 'amount', () => one(0, 8000));
          opt(c, 'legalBasis', basis, 3);
          return c;
        });
        opt(f, 'note', text, 3);
        break;
      default:
        f.tiers = coin() ? [{ upTo: 2, price: 2000 }, { price: 1000 }] : [{ price: 8000 }];
        f.note = text();
        f.unitsField = numbers[pick(numbers.length)];
        opt(f, 'countField', () => numbers[pick(numbers.length)]);
        opt(f, 'max', () => 200000);
        opt(f, 'unit', text);
        opt(f, 'amount', () => 0);
    }
    return f;
  };

  const p: Record<string, unknown> = { code: one('1.001193', '2.000815', 'X-1'), name: text(), field: text() };
  opt(p, '$schema', () => '../../schemas/procedure.schema.json', 3);
  opt(p, 'sampleNote', () => 'Sample data', 3);
  for (const key of ['description', 'level', 'agency', 'applicants', 'result', 'nextSteps']) opt(p, key, text, 3);
  opt(p, 'legalBasis', basis, 3);
  opt(p, 'portalUrl', () => one('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?keyword=1.001193', '/thu-tuc/1.001193'), 3);
  opt(p, 'linked', () => {
    const l: Record<string, unknown> = {
      procedures: Array.from({ length: 1 + pick(2) }, () => {
        const lp: Record<string, unknown> = { name: text(), where: text() };
        opt(lp, 'code', () => '1.004222');
        opt(lp, 'legalBasis', basis, 3);
        return lp;
      }),
    };
    opt(l, 'note', text);
    return l;
  }, 4);
  opt(p, 'checked', () => {
    const c: Record<string, unknown> = { date: '2026-12-03' };
    opt(c, 'against', () => ['Thông tư 75/2022/TT-BTC']);
    opt(c, 'unverified', () => [{ path: '/portalUrl', note: 'a search link' }]);
    return c;
  }, 4);
  opt(p, 'onlineLevel', () => one('full', 'partial', 'none'), 3);
  opt(p, 'channels', () => ['in-person', 'online', 'post'].slice(0, pick(4)).map((kind) => {
    const c: Record<string, unknown> = { kind };
    opt(c, 'processingTime', text);
    opt(c, 'fee', fee);
    opt(c, 'url', () => one('https://dichvucong.gov.vn', '/apply'), 3);
    opt(c, 'legalBasis', basis, 3);
    return c;
  }));
  p.documents = ['d1', 'd2', 'd3'].slice(0, pick(4)).map((id) => {
    const d: Record<string, unknown> = { id, name: text() };
    opt(d, 'template', text, 3);
    opt(d, 'case', text, 3);
    opt(d, 'originals', () => pick(3), 3);
    opt(d, 'copies', () => pick(3), 3);
    opt(d, 'visibleIf', () => condition(all), 3);
    opt(d, 'legalBasis', basis, 3);
    return d;
  });
  p.steps = steps;
  return p as unknown as Procedure;
}
