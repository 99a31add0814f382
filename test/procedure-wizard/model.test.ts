import { expect } from '@open-wc/testing';
import {
  checkProcedure, evaluate, feeAmount, tieredPrice, counterChannel, isCitizenId, isVnMobile, isEmail, parseDate,
  pruneAnswers, submission, validateApplication, validateField, visibleDocuments, visibleSteps, firstIncompleteStep,
  type Field, type Procedure,
} from '../../src/procedure-wizard/model/index.js';
import { sample } from './helpers.js';

const NOW = Date.UTC(2026, 10, 28, 3); // 28/11/2026 in Viet Nam
const field = (f: Partial<Field>): Field => ({ id: 'x', type: 'text', label: 'X', ...f }) as Field;
const code = (f: Partial<Field>, v: unknown) => validateField(field(f), v as string, NOW)?.code;

describe('model: conditions', () => {
  const a = { kind: 'b', n: '3', tick: true, many: ['x', 'y'], empty: '' };
  it('equals, in, answered on every kind of answer', () => {
    expect(evaluate({ field: 'kind', equals: 'b' }, a)).to.equal(true);
    expect(evaluate({ field: 'kind', equals: 'c' }, a)).to.equal(false);
    expect(evaluate({ field: 'n', equals: 3 }, a)).to.equal(true);
    expect(evaluate({ field: 'tick', equals: true }, a)).to.equal(true);
    expect(evaluate({ field: 'many', equals: 'y' }, a)).to.equal(true, 'equals on checkboxes means includes');
    expect(evaluate({ field: 'kind', in: ['a', 'b'] }, a)).to.equal(true);
    expect(evaluate({ field: 'many', in: ['z'] }, a)).to.equal(false);
    expect(evaluate({ field: 'empty', answered: true }, a)).to.equal(false);
    expect(evaluate({ field: 'missing', answered: false }, a)).to.equal(true);
    expect(evaluate({ field: 'many', answered: true }, a)).to.equal(true);
  });
  it('all, any, not, and nothing for a malformed condition', () => {
    expect(evaluate({ all: [{ field: 'kind', equals: 'b' }, { field: 'tick', equals: true }] }, a)).to.equal(true);
    expect(evaluate({ any: [{ field: 'kind', equals: 'z' }, { field: 'n', equals: 3 }] }, a)).to.equal(true);
    expect(evaluate({ not: { field: 'kind', equals: 'b' } }, a)).to.equal(false);
    expect(evaluate(undefined, a)).to.equal(true);
    expect(evaluate({ bogus: 1 } as never, a)).to.equal(false);
    expect(evaluate(null as never, a)).to.equal(false);
    // __proto__ and friends are never read as answers.
    expect(evaluate({ field: 'constructor', answered: true }, a)).to.equal(false);
  });
});

describe('model: validators', () => {
  it('citizen ID (CCCD): 12 digits with a province code', () => {
    expect(isCitizenId('001203004567')).to.equal(true);
    expect(isCitizenId('001 203 004 567')).to.equal(true);
    expect(isCitizenId('00120300456')).to.equal(false);
    expect(isCitizenId('000203004567')).to.equal(false, 'province 000 does not exist');
    expect(isCitizenId('099203004567')).to.equal(false, 'province 099 does not exist');
    expect(isCitizenId('0012030045a7')).to.equal(false);
    expect(code({ type: 'citizen-id' }, '12345')).to.equal('citizen-id');
  });
  it('Viet Nam mobile numbers', () => {
    for (const ok of ['0912345678', '0912 345 678', '+84912345678', '84 912 345 678', '0387.123.456']) expect(isVnMobile(ok), ok).to.equal(true);
    for (const bad of ['091234567', '0212345678', '1912345678', '09123456789', 'abc']) expect(isVnMobile(bad), bad).to.equal(false);
    expect(code({ type: 'phone' }, '123')).to.equal('phone');
  });
  it('email, pattern, lengths, numbers', () => {
    expect(isEmail('ten@example.com')).to.equal(true);
    expect(isEmail('ten@example')).to.equal(false);
    expect(code({ type: 'email' }, 'a@b')).to.equal('email');
    expect(code({ pattern: '[A-Z]{2}' }, 'ab')).to.equal('pattern');
    expect(code({ pattern: '[A-Z]{2}' }, 'AB')).to.equal(undefined);
    expect(code({ minLength: 3 }, 'ab')).to.equal('min-length');
    expect(code({ maxLength: 3 }, 'Nguyễn')).to.equal('max-length');
    expect(code({ maxLength: 6 }, 'Nguyễn')).to.equal(undefined, 'length counts characters, not code units');
    expect(code({ type: 'number' }, 'three')).to.equal('number');
    expect(code({ type: 'number', min: 1 }, '0')).to.equal('min');
    expect(code({ type: 'number', max: 10 }, '10,5')).to.equal('max');
    expect(code({ type: 'number' }, '2,5')).to.equal(undefined);
  });
  it('required and optional', () => {
    expect(code({ required: true }, '  ')).to.equal('required');
    expect(code({}, '')).to.equal(undefined);
    expect(code({ type: 'checkbox', required: true }, false)).to.equal('required');
    expect(code({ type: 'checkboxes', required: true, options: [{ value: 'a', label: 'A' }] }, [])).to.equal('required');
  });
  it('choices must be among the options', () => {
    const options = [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }];
    expect(code({ type: 'radio', options }, 'c')).to.equal('option');
    expect(code({ type: 'select', options }, 'b')).to.equal(undefined);
    expect(code({ type: 'checkboxes', options }, ['a', 'z'])).to.equal('option');
    expect(code({ type: 'checkboxes', options, minLength: 2 }, ['a'])).to.equal('min-items');
    expect(code({ type: 'yesno' }, 'maybe')).to.equal('option');
    expect(code({ type: 'yesno' }, 'no')).to.equal(undefined);
  });
  it('dates typed in three boxes', () => {
    expect(parseDate('2024-2-29')).to.equal('2024-02-29');
    expect(parseDate('2023-2-29')).to.equal(undefined);
    expect(parseDate('2024-13-1')).to.equal(undefined);
    expect(code({ type: 'date' }, '2024--5')).to.equal('date-incomplete');
    expect(code({ type: 'date' }, '2023-2-30')).to.equal('date');
    expect(code({ type: 'date', max: 'today' }, '2026-11-29')).to.equal('date-max');
    expect(code({ type: 'date', max: 'today' }, '2026-11-28')).to.equal(undefined, 'today in Asia/Ho_Chi_Minh');
    expect(code({ type: 'date', min: '2020-01-01' }, '2019-12-31')).to.equal('date-min');
    expect(code({ type: 'date', required: true }, '--')).to.equal('required');
  });
});

describe('model: steps, documents, fees', () => {
  const p = sample();
  it('computes visible steps and documents from the answers', () => {
    expect(visibleSteps(p, {}).map((s) => s.id)).to.deep.equal(['about', 'contact']);
    expect(visibleSteps(p, { onTime: 'no' }).map((s) => s.id)).to.deep.equal(['about', 'late', 'contact']);
    expect(visibleDocuments(p, { onTime: 'no' }).map((d) => d.id)).to.deep.equal(['form', 'late-proof']);
    expect(visibleDocuments(p, { onTime: 'yes' }).map((d) => d.id)).to.deep.equal(['form']);
  });
  it('drops answers of steps that became hidden, and sends normalized answers', () => {
    const answers = { name: ' An ', onTime: 'yes', reason: 'forgot', phone: '0912 345 678', copies: '2', idNumber: '001203004567' };
    expect(pruneAnswers(p, answers)).to.not.have.property('reason');
    expect(submission(p, answers)).to.deep.equal({ name: 'An', onTime: 'yes', phone: '0912345678', copies: 2, idNumber: '001203004567' });
    expect(firstIncompleteStep(p, answers)).to.equal(undefined);
    expect(firstIncompleteStep(p, { ...answers, onTime: 'no', reason: '' })!.id).to.equal('late');
  });
  it('fees: flat, per copy, and banded per page with a cap (2.000815)', () => {
    expect(feeAmount({ amount: 20000 })).to.equal(20000);
    expect(feeAmount(p.channels![0].fee, { copies: '3' })).to.equal(24000);
    const copy = { tiers: [{ upTo: 2, price: 2000 }, { price: 1000 }], max: 200000, unitsField: 'pages', countField: 'copies' };
    expect(tieredPrice(copy, 1)).to.equal(2000);
    expect(tieredPrice(copy, 5)).to.equal(7000);
    expect(tieredPrice(copy, 1000)).to.equal(200000);
    expect(feeAmount(copy, { pages: '5', copies: '2' })).to.equal(14000);
    expect(feeAmount({ note: 'set by the province' })).to.equal(undefined);
    expect(counterChannel([{ kind: 'online' }, { kind: 'in-person' }])!.kind).to.equal('in-person');
  });
});

describe('model: definition check', () => {
  it('accepts the sample and lists every problem of a broken one with its JSON path', () => {
    expect(checkProcedure(sample()).problems).to.deep.equal([]);
    const broken = {
      code: '1.0', name: 'N', field: 'F', documents: [{ id: 'd', name: 'D', visibleIf: { field: 'ghost', equals: 1 } }],
      steps: [
        { id: 's1', title: 'S1', fields: [{ id: 'a', type: 'colour', label: 'A' }, { id: 'a', type: 'radio', label: 'A2' }], visibleIf: { field: 'b', equals: 'x' } },
        { id: 's2', title: 'S2', fields: [{ id: 'b', type: 'text', label: 'B', pattern: '([' }], visibleIf: { field: 'b', bogus: 1 } },
        { id: 's3', title: { vi: '' }, fields: [{ id: 'c', type: 'text' }], visibleIf: { not: { all: [] } } },
      ],
    };
    const problems = checkProcedure(broken).problems.map((p) => `${p.path} ${p.code}`);
    expect(problems).to.include.members([
      '/steps/0/fields/0/type unknown-type',
      '/steps/0/fields/1/id duplicate-id',
      '/steps/0/fields/1/options missing',
      '/steps/1/fields/0/pattern pattern',
      '/steps/0/visibleIf/field forward-reference',
      '/steps/1/visibleIf/bogus unknown-key',
      '/steps/2/title text',
      '/steps/2/fields/0/label missing',
      '/steps/2/visibleIf/not bad-condition',
      '/documents/0/visibleIf/field unknown-field',
    ]);
    expect(checkProcedure(broken).procedure).to.equal(undefined);
  });
  it('refuses a condition that reads its own step (circular) and one nested too deep', () => {
    let deep: unknown = { field: 'a', equals: 1 };
    for (let i = 0; i < 40; i++) deep = { not: deep };
    const p = { code: '1', name: 'N', field: 'F', documents: [], steps: [{ id: 's', title: 'T', fields: [{ id: 'a', type: 'text', label: 'A' }] }, { id: 't', title: 'T', fields: [{ id: 'b', type: 'text', label: 'B' }], visibleIf: deep }] };
    expect(checkProcedure(p).problems.map((x) => x.code)).to.include('too-deep');
    const own = { ...p, steps: [{ id: 's', title: 'T', fields: [{ id: 'a', type: 'text', label: 'A' }], visibleIf: { field: 'a', answered: true } }] };
    expect(checkProcedure(own).problems.map((x) => x.code)).to.deep.equal(['forward-reference']);
  });
  it('never throws on anything', () => {
    for (const v of [null, 1, 'x', [], {}, { steps: 'x' }, { steps: [null, 1, { fields: [null] }] }, { channels: [{ fee: { tiers: [{}] } }] }]) {
      expect(() => checkProcedure(v)).to.not.throw();
      expect(checkProcedure(v).problems.length).to.be.greaterThan(0);
    }
    // Found by the property test: a field type that cannot become a string (here JSON's {"toString":0}).
    for (const type of [{ toString: 0 }, Object.create(null), 7]) {
      const p = { code: '1', name: 'N', field: 'F', documents: [], steps: [{ id: 's', title: 'T', fields: [{ id: 'a', type, label: 'A' }] }] };
      expect(checkProcedure(p).problems.map((x) => `${x.path} ${x.code}`)).to.deep.equal(['/steps/0/fields/0/type type']);
    }
  });
});

describe('model: validateApplication (what the server calls)', () => {
  const p = sample() as Procedure;
  const good = { name: 'An', onTime: 'yes', idNumber: '001203004567', phone: '0912345678', copies: '2' };
  it('accepts what the wizard sends', () => {
    expect(validateApplication(p, { answers: submission(p, good), documents: [{ id: 'form' }] }, NOW)).to.deep.equal([]);
  });
  it('names each problem as a JSON path with a code', () => {
    const r = validateApplication(p, { answers: { name: '', onTime: 'yes', reason: 'x', idNumber: '1', phone: 5, copies: 99 }, documents: [{ id: 'form' }, { id: 'late-proof' }] }, NOW);
    expect(r.map((x) => `${x.field} ${x.code}`)).to.deep.equal([
      '/answers/reason not-asked',
      '/answers/name required',
      '/answers/idNumber citizen-id',
      '/answers/phone phone',
      '/answers/copies max',
      '/documents wrong-documents',
    ]);
    expect(r[0].message).to.be.a('string');
  });
  it('reports an invalid definition instead of throwing', () => {
    expect(validateApplication({}, { answers: {}, documents: [] })[0].code).to.equal('invalid-procedure');
    expect(validateApplication(p, { answers: { name: { evil: 1 } as never }, documents: [{ id: 'form' }] }, NOW).map((x) => x.code)).to.include('type');
  });
});
