// Exports that tell the truth (issue 14): what the README promises can be imported by name, through
// package.json `exports`, with its types; every entry points at files the build wrote; and what is
// not promised is not reachable. Runs on the built package (`npm run -s build` first), each import
// in a fresh Node process, as a portal's backend would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Runs `code` as an ES module in a fresh Node (the package imports itself by name) and returns its last line, parsed. */
const node = (code) => {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1));
};

describe('package.json exports', () => {
  it('points every entry (types and code) at a file the build wrote', () => {
    const missing = [];
    for (const [key, target] of Object.entries(exports)) {
      if (key.includes('*')) continue;
      const files = typeof target === 'string' ? [target] : Object.values(target);
      for (const f of files) if (!existsSync(f)) missing.push(`${key} → ${f}`);
    }
    assert.deepEqual(missing, []);
  });

  it('gives a backend validateApplication from dvc-widgets/procedure-wizard/model, as the README says', () => {
    const procedure = JSON.parse(readFileSync('data/procedures/1.001193.json', 'utf8'));
    const result = node(`
      const model = await import('dvc-widgets/procedure-wizard/model');
      const procedure = ${JSON.stringify(procedure)};
      console.log(JSON.stringify({
        document: typeof document,
        empty: model.validateApplication(procedure, { answers: {}, documents: [] }),
        broken: model.validateApplication({ code: 'x' }, { answers: {}, documents: [] }),
        steps: typeof model.visibleSteps,
      }));
    `);
    assert.equal(result.document, 'undefined');
    assert.equal(result.steps, 'function');
    assert.ok(result.empty.length > 0, 'an application without answers has problems');
    for (const p of result.empty) {
      assert.match(p.field, /^\/(answers|documents)(\/|$)/);
      assert.equal(typeof p.code, 'string');
      assert.equal(typeof p.message, 'string');
    }
    assert.deepEqual(result.broken.map((p) => [p.field, p.code]), [['/procedureCode', 'invalid-procedure']]);
  });

  it('types dvc-widgets/procedure-wizard/model: its declarations name validateApplication', () => {
    const types = exports['./procedure-wizard/model'].types;
    assert.match(readFileSync(types, 'utf8'), /validateApplication/);
    const application = readFileSync(types.replace(/index\.d\.ts$/, 'application.d.ts'), 'utf8');
    assert.match(application, /export declare function validateApplication\(/);
  });

  it('keeps the model files behind their entry (a deep path is not part of the API)', () => {
    const result = node(`
      try { await import('dvc-widgets/procedure-wizard/model/steps.js'); console.log(JSON.stringify({ code: 'imported' })); }
      catch (e) { console.log(JSON.stringify({ code: e.code })); }
    `);
    assert.equal(result.code, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('exports from dvc-widgets/feedback-form the element only (its types say what a submission is; the outbox is internal)', () => {
    const result = node(`console.log(JSON.stringify(Object.keys(await import('dvc-widgets/feedback-form'))));`);
    assert.deepEqual(result, ['DvcFeedbackForm']);
    const types = readFileSync(exports['./feedback-form'].types, 'utf8');
    assert.match(types, /Submission/);
    assert.doesNotMatch(types, /Outbox/);
  });
});
