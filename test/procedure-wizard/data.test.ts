import { expect } from '@open-wc/testing';
import { appliedFee, checkProcedure, counterChannel, visibleDocuments, visibleSteps } from '../../src/procedure-wizard/model/index.js';

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

  it('late birth registration changes steps, documents and fee; marriage asks for no marital-status papers (2025–2026 law)', async () => {
    const birth = checkProcedure(await (await fetch('/data/procedures/1.001193.json')).json()).procedure!;
    expect(visibleSteps(birth, { timing: 'on-time' }).map((s) => s.id)).to.not.include('late');
    expect(visibleSteps(birth, { timing: 'late' }).map((s) => s.id)).to.include('late');
    expect(visibleDocuments(birth, { timing: 'late' }).map((d) => d.id)).to.include('late-evidence');
    // Decree 07/2025/NĐ-CP, letter 481/BTP-HTQTCT: no parents' marriage certificate.
    expect(birth.documents.map((d) => d.id)).to.not.include('marriage-certificate');
    const fee = counterChannel(birth.channels)!.fee;
    expect(appliedFee(fee, { timing: 'on-time' })).to.deep.equal({ amount: 0, extra: 0 });
    expect(appliedFee(fee, { timing: 'on-time', extraCopies: '2' })).to.deep.equal({ amount: 16000, extra: 16000 });
    expect(appliedFee(fee, { timing: 'late' })!.amount, 'a late registration is not free').to.equal(undefined);
    expect(appliedFee(fee, {}), 'nothing before the question is answered').to.equal(undefined);
    expect(birth.linked!.procedures.map((p) => p.code)).to.deep.equal(['1.004222', undefined]);

    const marriage = checkProcedure(await (await fetch('/data/procedures/1.000894.json')).json()).procedure!;
    const ids = marriage.documents.map((d) => d.id);
    for (const gone of ['marital-status', 'divorce']) expect(ids).to.not.include(gone);
    expect(marriage.steps.flatMap((s) => s.fields.map((f) => f.id))).to.include.members(['aResidence', 'bResidence']);

    const temporary = checkProcedure(await (await fetch('/data/procedures/1.004194.json')).json()).procedure!;
    expect(temporary.channels!.map((c) => [c.kind, c.fee!.amount])).to.deep.equal([['in-person', 15000], ['online', 7000]]);
    expect(temporary.documents.map((d) => d.id)).to.not.include('relationship');
    const marital = checkProcedure(await (await fetch('/data/procedures/1.004873.json')).json()).procedure!;
    expect(marital.steps[1].fields[0].options!.map((o) => o.value)).to.include('married');
  });
});
