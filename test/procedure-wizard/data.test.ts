import { expect } from '@open-wc/testing';
import { checkProcedure, visibleDocuments, visibleSteps } from '../../src/procedure-wizard/model/index.js';

const CODES = ['1.000656', '1.000894', '1.001193', '1.004194', '1.004222', '1.004873', '2.000815'];

/**
 * Every sample definition passes the JSON Schema — the reference server validates each file in
 * data/procedures/ against procedure.schema.json with Ajv at start-up and refuses to start on any
 * failure, so a served catalogue means valid files — and the model's own definition check.
 */
describe('data/procedures', () => {
  it('the server serves all seven, each equal to its file and valid', async () => {
    const catalogue = await (await fetch('/api/procedures')).json();
    expect(catalogue.map((p: { code: string }) => p.code).sort()).to.deep.equal(CODES);
    for (const code of CODES) {
      const file = await (await fetch(`/data/procedures/${code}.json`)).json();
      const served = await (await fetch(`/api/procedures/${code}`)).json();
      expect(served, code).to.deep.equal(file);
      expect(checkProcedure(file).problems, code).to.deep.equal([]);
      for (const text of [file.name, file.field]) expect(Object.keys(text).sort(), code).to.deep.equal(['de', 'en', 'vi']);
    }
  });

  it('late birth registration and marriage across wards change steps and documents', async () => {
    const birth = checkProcedure(await (await fetch('/data/procedures/1.001193.json')).json()).procedure!;
    expect(visibleSteps(birth, { onTime: 'yes' }).map((s) => s.id)).to.not.include('late');
    expect(visibleSteps(birth, { onTime: 'no' }).map((s) => s.id)).to.include('late');
    expect(visibleDocuments(birth, { onTime: 'no' }).map((d) => d.id)).to.include('late-evidence');
    const marriage = checkProcedure(await (await fetch('/data/procedures/1.000894.json')).json()).procedure!;
    const here = { aLivesHere: 'yes', bLivesHere: 'yes' };
    expect(visibleDocuments(marriage, here).map((d) => d.id)).to.not.include('marital-status');
    expect(visibleDocuments(marriage, { ...here, bLivesHere: 'no' }).map((d) => d.id)).to.include('marital-status');
    expect(visibleSteps(marriage, { ...here, aLivesHere: 'no' }).map((s) => s.id)).to.include('otherWard');
  });
});
