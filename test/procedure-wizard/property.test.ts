import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkProcedure, evaluate, firstIncompleteStep, stepProblems, submission, validateApplication, visibleDocuments, visibleSteps,
  type Procedure,
} from '../../src/procedure-wizard/model/index.js';
import { $, freshTab, heading, until, type Wizard } from './helpers.js';

/** Microtasks only: with the pages chunk loaded, a definition renders without any timer. */
async function flush(el: Wizard): Promise<void> {
  const view = () => (el as unknown as { state: { view: string } }).state.view;
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    await null;
    if (!el.isUpdatePending && view() !== 'loading') return;
  }
}
import { condition, procedure, validAnswers, wild } from './arbitraries.js';

const RUNS = 1000;
/**
 * Walks through real pages cost ≈ 40 ms each at the draft, focus and history work a page change does
 * now (issue 11); 300 keep this test under 15 s of `npm test`'s five minutes. The model properties
 * above, and the schema agreement in strict-definitions.test.ts, still run 1,000.
 */
const WALKS = 300;

describe('property: the model', () => {
  it(`never throws on random definitions and answers (${RUNS} runs)`, function () {
    this.timeout(8000); // pure computation, but a shared machine can be slow
    fc.assert(
      fc.property(wild, fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('f0_0', 'f0_1', 'f1_0', 'f2_1')), fc.jsonValue()), (def, answers) => {
        const { procedure: p, problems } = checkProcedure(def);
        expect(Array.isArray(problems)).to.equal(true);
        if (p) {
          const a = answers as never;
          for (const s of visibleSteps(p, a)) stepProblems(s, a);
          visibleDocuments(p, a);
        }
        validateApplication(def, { answers: answers as Record<string, unknown>, documents: [] });
      }),
      { numRuns: RUNS },
    );
  });

  it(`evaluates every operator without throwing (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(condition(['a', 'b', 'c']), fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.oneof(fc.string(), fc.boolean(), fc.array(fc.string()))), (c, answers) => {
        const v = evaluate(c, answers);
        expect(typeof v).to.equal('boolean');
        if ('not' in c) expect(v).to.equal(!evaluate(c.not, answers));
      }),
      { numRuns: RUNS },
    );
  });

  it(`valid definitions are accepted and valid answers always reach the check page, and the server accepts them (${RUNS} runs)`, function () {
    this.timeout(8000);
    fc.assert(
      fc.property(procedure, fc.nat(1000), (p, pick) => {
        expect(checkProcedure(p).problems).to.deep.equal([]);
        const answers = validAnswers(p, pick);
        for (const s of visibleSteps(p, answers)) expect(stepProblems(s, answers), s.id).to.deep.equal([]);
        expect(firstIncompleteStep(p, answers)).to.equal(undefined);
        const documents = visibleDocuments(p, answers).map((d) => ({ id: d.id }));
        expect(validateApplication(p, { answers: submission(p, answers), documents })).to.deep.equal([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('property: the element', () => {
  let el: Wizard;
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  // A fresh element per test: fixtures are removed from the page after each one.
  beforeEach(async () => {
    el = await fixture<Wizard>(html`<dvc-procedure-wizard history="none" .procedure=${{ code: '1', name: 'N', field: 'F', documents: [], steps: [] }}></dvc-procedure-wizard>`);
    await until(() => $(el, 'section'), 1800, 'the pages chunk'); // loaded once, before the runs
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  });

  it(`renders any random definition as a page, never throwing (${RUNS} runs)`, async function () {
    this.timeout(8000);
    await fc.assert(
      fc.asyncProperty(wild, async (def) => {
        el.procedure = structuredClone(def);
        await flush(el);
        expect($(el, 'section'), 'a page, never a blank box').to.exist;
        expect(heading(el)).to.not.equal('');
      }),
      { numRuns: RUNS },
    );
    expect(errors).to.deep.equal([]);
  });

  it(`valid definitions with valid answers reach the check page through Continue (${WALKS} runs)`, async function () {
    this.timeout(30_000);
    await fc.assert(
      fc.asyncProperty(procedure, fc.nat(1000), async (p: Procedure, pick) => {
        freshTab(); // the generated codes repeat: each run is a new application, not the tab's last one
        el.procedure = structuredClone(p); // a new object each run (shrinking replays the same one)
        await flush(el);
        // Answers are given through the wizard's state, pages are walked through its own buttons.
        (el as unknown as { state: { answers: object } }).state.answers = validAnswers(p, pick);
        const start = $<HTMLButtonElement>(el, '[part=overview] .btn');
        expect(start, 'the overview').to.exist;
        start!.click();
        await flush(el);
        for (let i = 0; i <= p.steps.length && $(el, '[part=step]'); i++) {
          const next = $<HTMLButtonElement>(el, 'form .btn');
          expect(next, `Continue on step ${i}`).to.exist;
          next!.click();
          await flush(el);
          expect($(el, '.errors'), `step ${i}`).to.equal(null);
        }
        expect($(el, '[part=summary]'), 'the check page').to.exist;
      }),
      { numRuns: WALKS },
    );
    expect(errors).to.deep.equal([]);
  });
});
