import { expect } from '@open-wc/testing';
import { checkProcedure, evaluate, type Answers, type Fee, type Field, type Procedure } from '../../src/procedure-wizard/model/index.js';
import { fieldsOf } from '../../src/procedure-wizard/model/conditions.js';
import { dataFiles } from './texts.js';

/** "Free" in each language, and words that put a condition on it. */
const FREE = /miễn (phí|lệ phí)|\bfree\b|gebührenfrei|kostenlos/i;
const CONDITIONAL = /(?<!\p{L})(khi|nếu|trường hợp)(?!\p{L})|\b(when|if|unless)\b|\b(bei|wenn|falls)\b/iu;
/** A legal document named with its number: Luật … 60/2014/QH13, Nghị định 123/2015/NĐ-CP, Công văn 481/BTP-HTQTCT. */
const DOCUMENT = /(Luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Công văn|Law|Decree|Circular|Decision|Resolution|letter|[Gg]esetz|Dekret|Rundschreiben|Beschluss|Schreiben)(?!\p{L}).*?(\d+\/\d{4}\/[\p{L}\d-]+|\d+\/[\p{Lu}]+(-[\p{Lu}]+)+)/u;

const texts = (t: unknown): string[] => (typeof t === 'string' ? [t] : t && typeof t === 'object' ? Object.values(t as Record<string, string>) : []);

/** Every legalBasis list anywhere in a definition, with its JSON Pointer. */
function legalBases(value: unknown, path = ''): { path: string; texts: string[] }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => legalBases(v, `${path}/${i}`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'legalBasis' && Array.isArray(v) ? v.map((t, i) => ({ path: `${path}/${k}/${i}`, texts: texts(t) })) : legalBases(v, `${path}/${k}`),
  );
}

/** The value at a JSON Pointer, or undefined. */
function at(value: unknown, pointer: string): unknown {
  return pointer.split('/').slice(1).reduce<unknown>((v, seg) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), value);
}

/** Every combination of answers to the given questions (each a closed question: yes/no, options, a tick box). */
function combinations(fields: Field[]): Answers[] {
  return fields.reduce<Answers[]>((acc, f) => {
    const values = f.type === 'yesno' ? ['yes', 'no'] : f.type === 'checkbox' ? [true, false] : (f.options ?? []).map((o) => o.value);
    return acc.flatMap((a) => values.map((v) => ({ ...a, [f.id]: v })));
  }, [{}]);
}

/**
 * What a ward relies on in data/procedures/: fees that match their conditions (nothing shown as
 * free that a condition can make payable), legal bases that name a document, and a date of last
 * check in every file, with every unverified fact pointing at something that is there.
 */
describe('data checks (data/procedures/)', () => {
  let files: { file: string; json: Procedure & Record<string, unknown> }[];
  before(async function () {
    this.timeout(15_000); // every data file, fetched from the test server
    files = (await dataFiles()).filter((f) => f.file.startsWith('data/procedures/')) as typeof files;
    expect(files.length).to.be.at.least(7);
    for (const { file, json } of files) expect(checkProcedure(json).problems, file).to.deep.equal([]);
  });

  it('every fee matches its conditions: each case of the answers is covered once, and says "free" exactly when it is', () => {
    const problems: string[] = [];
    for (const { file, json: p } of files) {
      const fields = p.steps.flatMap((s) => s.fields);
      (p.channels ?? []).forEach((ch, c) => {
        const fee: Fee | undefined = ch.fee;
        if (!fee) return;
        const where = `${file} /channels/${c}/fee`;
        if (!fee.cases) {
          // A flat fee: "free" only when it is 0 and says so without a condition the data does not model.
          const words = texts(fee.note);
          if (words.some((w) => FREE.test(w)) && fee.amount !== 0) problems.push(`${where}: says free, amount ${fee.amount}`);
          if (fee.amount === 0 && words.some((w) => CONDITIONAL.test(w))) problems.push(`${where}: free "${words[0]}" depends on a condition: give it cases`);
          if (fee.amount && fee.amount > 0 && words.some((w) => FREE.test(w))) problems.push(`${where}: payable but says free`);
          return;
        }
        fee.cases.forEach((k, j) => {
          const words = texts(k.note);
          if (k.amount === 0 && !words.every((w) => FREE.test(w))) problems.push(`${where}/cases/${j}: free but its words do not say so in every language`);
          if (k.amount !== 0 && words.some((w) => FREE.test(w))) problems.push(`${where}/cases/${j}: says free, but ${k.amount === undefined ? 'the amount is set elsewhere' : `costs ${k.amount}`}`);
        });
        const read = [...new Set(fee.cases.flatMap((k) => fieldsOf(k.when)))].map((id) => fields.find((f) => f.id === id)!);
        const open = read.filter((f) => !['yesno', 'radio', 'select', 'checkbox'].includes(f.type));
        if (open.length) return void problems.push(`${where}: cases read open questions ${open.map((f) => f.id)}`);
        for (const answers of combinations(read)) {
          const holding = fee.cases.filter((k) => evaluate(k.when, answers)).length;
          if (holding !== 1) problems.push(`${where}: ${holding} cases hold for ${JSON.stringify(answers)}`);
        }
      });
    }
    expect(problems).to.deep.equal([]);
  });

  it('a late registration is never free: where a question asks "on time or late", every fee has a case for it', () => {
    const problems: string[] = [];
    for (const { file, json: p } of files) {
      const timing = p.steps.flatMap((s) => s.fields).find((f) => f.options?.some((o) => o.value === 'late'));
      if (!timing) continue;
      (p.channels ?? []).forEach((ch, c) => {
        const late = ch.fee?.cases?.find((k) => evaluate(k.when, { [timing.id]: 'late' }));
        if (!late) problems.push(`${file} /channels/${c}/fee: no case for a late registration`);
        else if (late.amount === 0) problems.push(`${file} /channels/${c}/fee: free when late`);
      });
    }
    expect(problems).to.deep.equal([]);
  });

  it('every legal-basis string names a document with its number, in every language', () => {
    const problems: string[] = [];
    let count = 0;
    for (const { file, json } of files) {
      for (const { path, texts: words } of legalBases(json)) {
        count++;
        for (const w of words) if (!DOCUMENT.test(w)) problems.push(`${file} ${path}: "${w}"`);
      }
      for (const [i, a] of ((json.checked?.against ?? []) as string[]).entries()) if (!DOCUMENT.test(a)) problems.push(`${file} /checked/against/${i}: "${a}"`);
    }
    expect(problems).to.deep.equal([]);
    expect(count, 'legal bases read').to.be.above(40);
    expect(DOCUMENT.test('Luật Hộ tịch năm 2014')).to.equal(false);
    expect(DOCUMENT.test('Thông tư 75/2022/TT-BTC')).to.equal(true);
  });

  it('every file says when its facts were last checked, and each unverified fact points at something there', () => {
    const problems: string[] = [];
    const today = new Date().toISOString().slice(0, 10);
    for (const { file, json } of files) {
      const checked = json.checked;
      if (!checked) {
        problems.push(`${file}: no "checked"`);
        continue;
      }
      const d = new Date(`${checked.date}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== checked.date || checked.date > today) problems.push(`${file} /checked/date: ${checked.date}`);
      for (const u of checked.unverified ?? []) if (at(json, u.path) === undefined) problems.push(`${file} /checked/unverified: ${u.path} is not in the file`);
      // A search link stands in for the procedure's own page: it must say so.
      if (json.portalUrl?.includes('keyword=') && !checked.unverified?.some((u) => u.path === '/portalUrl')) problems.push(`${file}: portalUrl is a search but not marked unverified`);
      if (!json.portalUrl) problems.push(`${file}: no portalUrl`);
    }
    expect(problems).to.deep.equal([]);
  });
});
