// Every sample procedure in data/procedures/ passes its JSON Schema (with Ajv, as strict as the
// reference server) and the wizard's own definition check; a node test, run by `npm test` with
// the other node suites of this folder.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { checkProcedure } from '../../src/procedure-wizard/model/index.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
for (const name of readdirSync('schemas').filter((n) => n.endsWith('.schema.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(`schemas/${name}`, 'utf8')));
}
const validate = ajv.getSchema('procedure.schema.json');
const files = readdirSync('data/procedures').filter((n) => n.endsWith('.json'));

describe('data/procedures', () => {
  it('holds the seven ward-level procedures', () => {
    assert.deepEqual(files.sort(), ['1.000656.json', '1.000894.json', '1.001193.json', '1.004194.json', '1.004222.json', '1.004873.json', '2.000815.json']);
  });
  for (const file of files) {
    it(`${file} passes procedure.schema.json and the model's check`, () => {
      const procedure = JSON.parse(readFileSync(`data/procedures/${file}`, 'utf8'));
      assert.ok(validate(procedure), JSON.stringify(validate.errors, null, 2));
      assert.deepEqual(checkProcedure(procedure).problems, []);
      assert.equal(`${procedure.code}.json`, file);
    });
  }
  it('the schema refuses what the model refuses: unknown field types, malformed conditions', () => {
    const bad = JSON.parse(readFileSync('data/procedures/1.001193.json', 'utf8'));
    bad.steps[0].fields[0].type = 'colour';
    bad.steps[2].visibleIf = { field: 'timing', equals: 'late', extra: 1 };
    assert.equal(validate(bad), false);
    assert.deepEqual(checkProcedure(bad).problems.map((p) => p.code).sort(), ['unknown-key', 'unknown-type']);
  });
});
