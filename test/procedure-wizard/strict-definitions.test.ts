import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { didYouMean } from '../../src/core/did-you-mean.js';
import { checkProcedure, type Procedure, type Problem } from '../../src/procedure-wizard/model/index.js';
import { MODEL_ONLY } from '../../src/procedure-wizard/model/check.js';
import { mutate, mutation, schemaVerdicts } from '../helpers/mutate.js';
import { definition } from './definitions.js';
import { $, $$, heading, settle, until, type Wizard } from './helpers.js';

/** The model's verdict on what the schema can judge: its problems apart from the MODEL_ONLY rules. */
const schemaLevel = (problems: Problem[]) => problems.filter((p) => !MODEL_ONLY.includes(p.code));

const RUNS = 1000;

describe('procedure definitions: the model and schemas/procedure.schema.json agree', () => {
  it(`on ${RUNS} valid and mutated definitions (Ajv 2020-12, strict)`, async function () {
    this.timeout(8000); // pure computation plus one request; ~1 s here
    const seed = Date.now();
    const samples = fc.sample(fc.tuple(definition, fc.array(mutation, { maxLength: 3 })), { numRuns: RUNS, seed });
    const defs = samples.map(([p, ms]) => mutate(p, ms));
    const verdicts = await schemaVerdicts('procedure.schema.json', defs);
    const disagree: string[] = [];
    let valid = 0;
    let modelOnly = 0;
    defs.forEach((def, i) => {
      const { problems } = checkProcedure(def);
      const schemaProblems = schemaLevel(problems);
      if (verdicts[i].valid) valid++;
      if (verdicts[i].valid && problems.length) modelOnly++;
      if ((schemaProblems.length === 0) !== verdicts[i].valid) {
        disagree.push(`${JSON.stringify(def)}\n  model: ${JSON.stringify(problems)}\n  schema: ${verdicts[i].valid ? 'valid' : JSON.stringify(verdicts[i].paths)}`);
      }
    });
    // A count, with the first three in the message: a diff of long JSON would take the reporter minutes.
    expect(disagree.length, `seed ${seed}: ${disagree.length} of ${RUNS} disagree, e.g.\n${disagree.slice(0, 3).join('\n')}`).to.equal(0);
    // Both sides of the line are well covered, and the rules only the model has stay rare.
    expect(valid, 'valid definitions').to.be.within(RUNS * 0.15, RUNS * 0.6);
    expect(modelOnly, 'refused by the model alone').to.be.below(RUNS * 0.1);
  });

  it('the generated definitions use every key the schema has, at every level', async () => {
    /** Every `properties` key of a schema and the schemas it refers to, by name. */
    const schemaKeys = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) schemaKeys.add(k);
      Object.values(o).forEach(collect);
    };
    for (const name of ['procedure', 'localized-text']) collect(await (await fetch(`/schemas/${name}.schema.json`)).json());
    const used = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) (used.add(k), walk(v));
    };
    // A fixed seed: the check is about which keys the generator can write, and must not depend on luck.
    fc.sample(definition, { numRuns: 600, seed: 2026 }).forEach(walk);
    expect([...schemaKeys].filter((k) => !used.has(k))).to.deep.equal([]);
  });

  it('the sample definitions in data/procedures/ are valid for both', async () => {
    const codes = ((await (await fetch('/api/procedures')).json()) as { code: string }[]).map((p) => p.code);
    const files = await Promise.all(codes.map(async (c) => (await fetch(`/data/procedures/${c}.json`)).json()));
    expect((await schemaVerdicts('procedure.schema.json', files)).map((v) => v.paths)).to.deep.equal(files.map(() => []));
    expect(files.map((f) => checkProcedure(f).problems)).to.deep.equal(files.map(() => []));
  });
});

describe('procedure definitions: unknown keys', () => {
  const base = (): Record<string, unknown> & Procedure => ({
    code: '9.1',
    name: 'N',
    field: 'F',
    documents: [{ id: 'd', name: 'D' }],
    channels: [{ kind: 'in-person', fee: { amount: 0 } }],
    steps: [
      { id: 'a', title: 'A', fields: [{ id: 'x', type: 'yesno', label: 'X', options: [{ value: 'v', label: 'V' }] }] },
      { id: 'b', title: 'B', fields: [{ id: 'y', type: 'text', label: 'Y' }] },
    ],
  });

  it('are refused at every level, naming the path and the key most likely meant', () => {
    const p = base() as unknown as Record<string, any>;
    p.Name = 'typo';
    p.steps[1].visibleif = { field: 'x', equals: 'yes' };
    p.steps[0].fields[0].requird = true;
    p.steps[0].fields[0].options[0] = { value: 'v', lable: 'V' };
    p.documents[0].visibleIF = { field: 'x', equals: 'yes' };
    p.channels[0].fees = {};
    p.channels[0].fee.amout = 1;
    p.steps[0].title = { vi: 'A', VI: 'B', fr: 'C' };
    p.steps[1].fields[0]['a/b'] = 1;
    expect(checkProcedure(p).problems).to.deep.equal([
      { path: '/Name', code: 'unknown-key', params: { key: 'Name', suggestion: 'name' } },
      { path: '/steps/0/title/VI', code: 'unknown-key', params: { key: 'VI', suggestion: 'vi' } },
      { path: '/steps/0/title/fr', code: 'unknown-key', params: { key: 'fr' } },
      { path: '/steps/0/fields/0/requird', code: 'unknown-key', params: { key: 'requird', suggestion: 'required' } },
      { path: '/steps/0/fields/0/options/0/lable', code: 'unknown-key', params: { key: 'lable', suggestion: 'label' } },
      { path: '/steps/0/fields/0/options/0/label', code: 'missing' },
      { path: '/steps/1/visibleif', code: 'unknown-key', params: { key: 'visibleif', suggestion: 'visibleIf' } },
      { path: '/steps/1/fields/0/a~1b', code: 'unknown-key', params: { key: 'a/b' } },
      { path: '/documents/0/visibleIF', code: 'unknown-key', params: { key: 'visibleIF', suggestion: 'visibleIf' } },
      { path: '/channels/0/fees', code: 'unknown-key', params: { key: 'fees', suggestion: 'fee' } },
      { path: '/channels/0/fee/amout', code: 'unknown-key', params: { key: 'amout', suggestion: 'amount' } },
    ]);
  });

  it('a mistyped key inside a condition is named, not just "not a valid condition"', () => {
    const p = base() as unknown as Record<string, any>;
    p.steps[1].visibleIf = { all: [{ field: 'x', equal: 'yes' }] };
    expect(checkProcedure(p).problems).to.deep.equal([
      { path: '/steps/1/visibleIf/all/0/equal', code: 'unknown-key', params: { key: 'equal', suggestion: 'equals' } },
    ]);
  });

  it('suggests by case, then by one or two edits, and nothing for a stranger', () => {
    const keys = ['id', 'type', 'label', 'required', 'options', 'minLength', 'visibleIf'];
    expect(didYouMean('visibleif', keys)).to.equal('visibleIf');
    expect(didYouMean('MINLENGTH', keys)).to.equal('minLength');
    expect(didYouMean('optoins', keys)).to.equal('options');
    expect(didYouMean('requred', keys)).to.equal('required');
    expect(didYouMean('tpye', keys)).to.equal('type');
    expect(didYouMean('ids', keys)).to.equal('id');
    expect(didYouMean('colour', keys)).to.equal(undefined);
    expect(didYouMean('x', keys)).to.equal(undefined);
  });
});

describe('<dvc-procedure-wizard>: a definition with a mistyped key (issue 11, item 5)', () => {
  it('`visibleif` on a step and on a field shows the invalid page and fires dvc-error naming each path', async () => {
    const def = {
      code: '9.000002',
      name: 'Đăng ký thử',
      field: 'Hộ tịch',
      documents: [],
      steps: [
        { id: 'a', title: 'A', fields: [{ id: 'late', type: 'yesno', label: 'Đăng ký quá hạn?' }] },
        { id: 'b', title: 'B', visibleif: { field: 'late', equals: 'yes' }, fields: [{ id: 'why', type: 'text', label: 'Lý do', visibleif: { field: 'late', equals: 'yes' } }] },
      ],
    };
    const errors: { code: string; message: string }[] = [];
    const el = await fixture<Wizard>(html`<dvc-procedure-wizard .procedure=${def} @dvc-error=${(e: CustomEvent) => errors.push(e.detail)}></dvc-procedure-wizard>`);
    await until(() => $(el, '[role=alert] li'), 1800, 'the invalid-definition page');
    await settle(el);
    expect(heading(el)).to.equal('Không thể hiển thị thủ tục này');
    // Counts, not elements: chai's message for a shadow-rooted element takes minutes to build.
    expect($$(el, '[part=overview], form, input').length, 'nothing of the definition is half shown').to.equal(0);
    const items = $$(el, '[role=alert] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      '/steps/1/visibleif là khóa không hợp lệ — có phải là visibleIf?',
      '/steps/1/fields/0/visibleif là khóa không hợp lệ',
    ]);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-procedure']);
    expect(errors[0].message).to.include('/steps/1/visibleif là khóa không hợp lệ — có phải là visibleIf?');
    expect(errors[0].message).to.include('/steps/1/fields/0/visibleif');
  });
});
