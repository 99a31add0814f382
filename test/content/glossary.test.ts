import { expect } from '@open-wc/testing';
import { content as vi } from '../../src/vneid-guide/content/vi.js';
import { content as en } from '../../src/vneid-guide/content/en.js';
import { content as de } from '../../src/vneid-guide/content/de.js';
import type { Field, Procedure } from '../../src/procedure-wizard/model/types.js';
import { DATA_SKIP, dataFiles, guideTexts, textsOf, xliffTargets, type Text } from './texts.js';

interface Rule { id: string; pattern: string; flags?: string; use: string; why: string }
interface Glossary {
  vi: { preferred: { term: string }[]; rejected: Rule[] };
  de: { ward: string; rejected: Rule[] };
  negativeQuestions: Record<Text['lang'], string>;
}

/** Every text that breaks a rule, as "file id: «what» (rule) → write …". */
function offences(texts: Text[], lang: Text['lang'], rules: Rule[]): string[] {
  const out: string[] = [];
  for (const t of texts.filter((x) => x.lang === lang)) {
    for (const r of rules) {
      const m = new RegExp(r.pattern, `u${r.flags ?? ''}`).exec(t.text);
      if (m) out.push(`${t.file} ${t.id}: «${m[0]}» in "${t.text}" (${r.id}) → ${r.use}`);
    }
  }
  return out;
}

/**
 * content/glossary.json, enforced: no rejected term in the Vietnamese and German targets, the
 * built-in guide, or the data; every preferred term in use; no yes/no question in data phrased
 * as a negative.
 */
describe('glossary (content/glossary.json)', () => {
  let glossary: Glossary;
  let all: Text[];
  let data: { file: string; json: Record<string, unknown> }[];
  before(async () => {
    glossary = await (await fetch('/content/glossary.json')).json();
    data = await dataFiles();
    all = [
      ...(await xliffTargets('vi')),
      ...(await xliffTargets('de')),
      ...guideTexts(vi, 'vi'),
      ...guideTexts(en, 'en'),
      ...guideTexts(de, 'de'),
      ...data.flatMap(({ file, json }) => textsOf(json, file, undefined, DATA_SKIP)),
    ];
  });

  it('reads every source: both XLIFF files, the guide in three languages, every data file', () => {
    const files = new Set(all.map((t) => t.file));
    expect([...files].filter((f) => !f.startsWith('data/procedures/'))).to.have.members([
      'xliff/vi.xlf', 'xliff/de.xlf', 'src/vneid-guide/content/vi.ts', 'src/vneid-guide/content/en.ts', 'src/vneid-guide/content/de.ts', 'data/queue-config.json',
    ]);
    expect([...files].filter((f) => f.startsWith('data/procedures/'))).to.have.length(data.length - 1);
    expect(all.filter((t) => t.lang === 'vi').length).to.be.above(600);
  });

  it('no rejected Vietnamese term', () => {
    expect(offences(all, 'vi', glossary.vi.rejected)).to.deep.equal([]);
  });

  it(`German says "Gemeinde" for the commune/ward level, nothing else`, () => {
    expect(glossary.de.ward).to.equal('Gemeinde');
    expect(offences(all, 'de', glossary.de.rejected)).to.deep.equal([]);
    expect(all.some((t) => t.lang === 'de' && t.text.includes(glossary.de.ward))).to.equal(true);
  });

  it('every preferred Vietnamese term is in use', () => {
    const vi = all.filter((t) => t.lang === 'vi').map((t) => t.text.toLowerCase());
    expect(glossary.vi.preferred.map((p) => p.term).filter((term) => !vi.some((t) => t.includes(term.toLowerCase())))).to.deep.equal([]);
  });

  it('no yes/no question in data is phrased as a negative', () => {
    const yesNo = (f: Field) =>
      f.type === 'yesno' || (['radio', 'select'].includes(f.type) && f.options?.length === 2 && f.options.every((o) => /^(yes|no|có|không)$/i.test(String(typeof o.label === 'string' ? o.label : o.label.vi))));
    const found: string[] = [];
    for (const { file, json } of data.filter((d) => d.file.startsWith('data/procedures/'))) {
      (json as unknown as Procedure).steps.forEach((s, i) => s.fields.forEach((f, j) => {
        if (!yesNo(f)) return;
        for (const t of textsOf(f.label, file, 'vi', [], `/steps/${i}/fields/${j}/label`)) {
          const m = new RegExp(glossary.negativeQuestions[t.lang], 'iu').exec(t.text);
          if (m) found.push(`${t.file} ${t.id}: «${m[0]}» in "${t.text}" → ask with two plain options, or derive it from a date already given`);
        }
      }));
    }
    expect(found).to.deep.equal([]);
  });

  it('the strings that carry the unit’s name are read too, and leave the unit’s level to the name (no "phường {unit}")', async () => {
    // src/core/office.ts: the name goes in as ${unit}, ${place} (the centre, or the one-stop counter of the unit) or ${who}.
    const named = new Set<string>();
    const doc = new DOMParser().parseFromString(await (await fetch('/xliff/vi.xlf')).text(), 'application/xml');
    for (const unit of doc.querySelectorAll('trans-unit')) {
      const values = [...unit.querySelectorAll('source x')].map((x) => x.getAttribute('equiv-text'));
      if (values.some((v) => /^\$\{(unit|place|who|whoFirst)\}$/.test(v ?? ''))) named.add(unit.getAttribute('id')!);
    }
    expect(named.size).to.be.at.least(9);
    const texts = all.filter((t) => t.file.startsWith('xliff/') && named.has(t.id));
    expect(texts.length).to.equal(named.size * 2); // vi and de, each translated
    // The name brings its own level ("phường Kim Long"): a level word before it would say it twice.
    const level = /(?<!\p{L})(phường|xã|đặc khu|Gemeinde|Stadtteil|Bezirk)\s*\{0\}/iu;
    expect(texts.filter((t) => !t.text.includes('{0}') || level.test(t.text)).map((t) => `${t.file} ${t.id}: ${t.text}`)).to.deep.equal([]);
  });

  it('the rules catch what they are for (each rejected term, put back, is found)', () => {
    const back = (text: string, lang: Text['lang'] = 'vi'): Text[] => [{ file: 'x', id: 'y', lang, text }];
    const rules = (lang: 'vi' | 'de') => glossary[lang].rejected;
    for (const bad of ['Lệ phí: Miễn phí', 'Gửi hồ sơ', 'mã để hỏi về hồ sơ', 'Lấy số thứ tự cho thủ tục {0}?', 'Không áp dụng', 'Cán bộ phường', 'Phường sẽ liên hệ',
      'thẻ CCCD', 'thẻ căn cước hoặc căn cước công dân', 'Mức 2: đăng ký', 'Cổng dịch vụ công quốc gia', 'Địa chỉ email', 'Xin giữ trang này mở', 'Hủy số này?',
      'hỏi bàn tình nguyện viên', 'Ông/Bà có hài lòng với việc phục vụ không?']) {
      expect(offences(back(bad), 'vi', rules('vi')), bad).to.have.length.above(0);
    }
    for (const good of ['Phí, lệ phí: Miễn phí', 'Nộp hồ sơ', 'Công an xã, phường', 'Ủy ban nhân dân cấp xã / phường', 'UBND phường Kim Long', 'địa chỉ thư điện tử (email)', 'ten@example.vn',
      'thẻ căn cước (hoặc thẻ căn cước công dân) gắn chip', 'tài khoản định danh điện tử mức độ 2', 'Cổng Dịch vụ công quốc gia', 'Mã thủ tục: {0}']) {
      expect(offences(back(good), 'vi', rules('vi')), good).to.deep.equal([]);
    }
    expect(offences(back('Polizei des Stadtbezirks', 'de'), 'de', rules('de'))).to.have.length(1);
    const negative = new RegExp(glossary.negativeQuestions.vi, 'iu');
    expect(['Trẻ sinh ra chưa quá 60 ngày?', 'Người thân mất chưa quá 15 ngày?'].every((q) => negative.test(q))).to.equal(true);
    expect(['Cha, mẹ đã đăng ký kết hôn chưa?', 'Ông/Bà có giấy chứng sinh của trẻ không?'].some((q) => negative.test(q))).to.equal(false);
  });
});
