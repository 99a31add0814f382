// The unit's own name (src/core/office.ts): from <meta name="dvc-unit">, configure() and each
// element's `unit` / `centre` attributes (which win), in vi, en and de, and the generic words when
// nothing names the unit — in the feedback form, the wizard and the VNeID guide.
import { expect, html } from '@open-wc/testing';
import { setLocale } from '../../src/core/localization.js';
import { configure, officeNames, sentenceStart, type NamedHost } from '../../src/core/office.js';
import { configure as fromEntry } from '../../src/index.js';
import { configure as fromLocalization } from '../../src/localization.js';
import { $ as $f, fill, mount, pick, send, text, unique, until } from '../feedback-form/helpers.js';
import { $ as $w, choose, click, open, sample, toCheck, type as typeIn } from '../procedure-wizard/helpers.js';
import { $ as $g, mount as mountGuide } from '../vneid-guide/helpers.js';

const metas: HTMLMetaElement[] = [];
/** A page-wide name as a CMS writes it: `<meta name="dvc-unit" content="…">`, optionally with `lang`. */
function meta(key: 'unit' | 'centre', content: string, lang?: string): void {
  const m = document.createElement('meta');
  m.name = `dvc-${key}`;
  m.content = content;
  if (lang) m.setAttribute('lang', lang);
  document.head.append(m);
  metas.push(m);
}

const host = (own: Partial<NamedHost> = {}): NamedHost => ({ isConnected: false, requestUpdate() {}, ...own });
const consent = (el: HTMLElement) => $f(el as never, 'label.check span')!.textContent!.trim();

describe('the unit’s own name', () => {
  before(() => setLocale('vi'));
  afterEach(async () => {
    metas.splice(0).forEach((m) => m.remove());
    configure({ unit: undefined, centre: undefined });
    await setLocale('vi');
  });

  it('starts a sentence with a capital, the rest as written', () => {
    expect(sentenceStart('phường Kim Long')).to.equal('Phường Kim Long');
    expect(sentenceStart('xã Phú Vang')).to.equal('Xã Phú Vang');
    expect(sentenceStart('đặc khu Côn Đảo')).to.equal('Đặc khu Côn Đảo');
    expect(sentenceStart('Trung tâm Phục vụ hành chính công phường Kim Long')).to.equal('Trung tâm Phục vụ hành chính công phường Kim Long');
    expect(sentenceStart('')).to.equal('');
  });

  it('is empty when nothing names the unit', () => {
    expect(officeNames(host())).to.deep.equal({ unit: '', centre: '' });
  });

  it('comes from meta tags (per language with lang), configure() over them, the element’s own over both', async () => {
    meta('unit', 'phường Kim Long');
    meta('unit', 'Kim Long Ward', 'en');
    meta('centre', 'Trung tâm Phục vụ hành chính công phường Kim Long');
    expect(officeNames(host())).to.deep.equal({ unit: 'phường Kim Long', centre: 'Trung tâm Phục vụ hành chính công phường Kim Long' });
    await setLocale('en');
    expect(officeNames(host()).unit).to.equal('Kim Long Ward');
    await setLocale('de');
    expect(officeNames(host()).unit).to.equal('phường Kim Long'); // no German meta: the one without lang
    configure({ unit: { vi: 'xã Phú Vang', de: 'Gemeinde Phú Vang' } });
    expect(officeNames(host()).unit).to.equal('Gemeinde Phú Vang');
    await setLocale('en');
    expect(officeNames(host()).unit).to.equal('xã Phú Vang'); // current → vi → en, as all LocalizedText
    expect(officeNames(host({ unit: 'đặc khu Côn Đảo' })).unit).to.equal('đặc khu Côn Đảo');
    expect(officeNames(host()).centre).to.equal('Trung tâm Phục vụ hành chính công phường Kim Long'); // configure() left it
    configure({ unit: undefined });
    expect(officeNames(host()).unit).to.equal('Kim Long Ward');
  });

  it('configure() is the same function from dvc-widgets and dvc-widgets/localization', () => {
    expect(fromEntry).to.equal(configure);
    expect(fromLocalization).to.equal(configure);
  });

  it('feedback form: generic words unset, the meta tag’s name in vi, en and de, the attribute over it', async () => {
    const plain = await mount(html`<dvc-feedback-form></dvc-feedback-form>`);
    await fill(plain, 'name', 'Lan');
    expect(consent(plain)).to.equal('Tôi đồng ý để cơ quan liên hệ với tôi về góp ý này.');
    expect(consent(plain)).not.to.match(/phường/i);

    meta('unit', 'phường Kim Long');
    meta('unit', 'Kim Long Ward', 'en');
    const el = await mount(html`<dvc-feedback-form></dvc-feedback-form>`);
    await fill(el, 'name', 'Lan');
    expect(consent(el)).to.equal('Tôi đồng ý để phường Kim Long liên hệ với tôi về góp ý này.');
    await setLocale('en');
    await until(() => consent(el).startsWith('I agree'), 1000, 'English');
    expect(consent(el)).to.equal('I agree that Kim Long Ward may contact me about this feedback.');
    await setLocale('de');
    await until(() => consent(el).startsWith('Ich'), 1000, 'German');
    expect(consent(el)).to.equal('Ich bin einverstanden, dass phường Kim Long mich zu dieser Rückmeldung kontaktiert.');
    await setLocale('vi');

    const own = await mount(html`<dvc-feedback-form unit="xã Phú Vang"></dvc-feedback-form>`);
    await fill(own, 'name', 'Lan');
    expect(consent(own)).to.equal('Tôi đồng ý để xã Phú Vang liên hệ với tôi về góp ý này.');
    own.setAttribute('unit', 'đặc khu Côn Đảo');
    await own.updateComplete;
    expect(consent(own)).to.equal('Tôi đồng ý để đặc khu Côn Đảo liên hệ với tôi về góp ý này.');
  });

  it('feedback form: configure() after the first paint redraws; the thanks name the unit, a capital where it starts the sentence', async () => {
    const el = await mount(html`<dvc-feedback-form submit-url=${`/__fixture/feedback/ok?key=${unique()}`}></dvc-feedback-form>`);
    await fill(el, 'name', 'Lan');
    expect(consent(el)).to.contain('để cơ quan liên hệ');
    configure({ unit: 'phường Kim Long' });
    await until(() => consent(el).includes('phường Kim Long'), 1000, 'the name after configure()');
    await pick(el, 5);
    await fill(el, 'phone', '0912 345 678');
    $f<HTMLInputElement>(el, '#consent')!.click();
    await el.updateComplete;
    await send(el);
    await until(() => $f(el, '[part=thanks]'), 1800, 'the thanks');
    expect(text(el)).to.contain('Lãnh đạo phường Kim Long xem từng ý kiến để phục vụ người dân tốt hơn.');
    expect(text(el)).to.contain('Phường Kim Long sẽ liên hệ với Ông/Bà theo thông tin Ông/Bà đã để lại.');
    configure({ centre: 'Trung tâm Phục vụ hành chính công phường Kim Long' });
    await until(() => text(el).includes('Trung tâm Phục vụ hành chính công phường Kim Long sẽ liên hệ'), 1000, 'the centre');
  });

  it('wizard: the confirmation names the one-stop counter of the unit, or the centre, in vi, de and en', async () => {
    meta('unit', 'xã Phú Vang'); // the attribute below wins over it
    const named = await open(sample());
    named.setAttribute('unit', 'phường Kim Long');
    await toCheck(named);
    await click(named, 'Nộp hồ sơ');
    const done = $w(named, '[part=confirmation]')!.textContent!.replace(/\s+/g, ' ');
    expect(done).to.contain('mang các giấy tờ dưới đây đến Bộ phận Một cửa phường Kim Long để nộp hồ sơ.');
    expect(done).to.contain('Cán bộ tiếp nhận tại Bộ phận Một cửa phường Kim Long sẽ kiểm tra hồ sơ');
    named.setAttribute('centre', 'Trung tâm Phục vụ hành chính công phường Kim Long');
    await named.updateComplete;
    expect($w(named, '[part=confirmation]')!.textContent).to.contain('đến Trung tâm Phục vụ hành chính công phường Kim Long để nộp hồ sơ.');
    await setLocale('de');
    await until(() => $w(named, '[part=confirmation]')!.textContent!.includes('Bringen Sie'), 1000, 'German');
    expect($w(named, '[part=confirmation]')!.textContent).to.contain('zu Trung tâm Phục vụ hành chính công phường Kim Long, um Ihren Antrag einzureichen.');
    named.removeAttribute('centre');
    await named.updateComplete;
    expect($w(named, '[part=confirmation]')!.textContent).to.contain('zu der Bürgerservice-Stelle (Một cửa) von phường Kim Long, um');
    await setLocale('en');
    await until(() => $w(named, '[part=confirmation]')!.textContent!.includes('Bring the documents'), 1000, 'English');
    expect($w(named, '[part=confirmation]')!.textContent).to.contain('Bring the documents below to the one-stop counter of phường Kim Long to file your application.');
  });

  it('wizard: the privacy notice names the unit from the meta tag', async () => {
    meta('unit', 'xã Phú Vang');
    const el = await open(sample());
    await click(el, 'Bắt đầu');
    await typeIn(el, 'f-name', 'An');
    await choose(el, 'onTime', 'yes');
    await click(el, 'Tiếp tục');
    expect($w(el, '[role=note]')!.textContent).to.contain('chỉ được chuyển đến cơ quan giải quyết thủ tục này của xã Phú Vang và được bảo vệ');
  });

  it('VNeID guide: the help names the unit’s centre; help-text and a portal’s own help stay as written', async () => {
    meta('unit', 'phường Kim Long');
    const el = await mountGuide(html`<dvc-vneid-guide no-persist></dvc-vneid-guide>`);
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'install');
    const help = () => $g(el, 'details[part=trouble]')!.textContent!.replace(/\s+/g, ' ');
    expect(help()).to.contain('nhờ tình nguyện viên tại Trung tâm Phục vụ hành chính công phường Kim Long hướng dẫn, hoặc hỏi Công an xã, phường nơi mình cư trú.');
    el.centre = 'Trung tâm Phục vụ hành chính công phường Kim Long (tầng 1)';
    await el.updateComplete;
    expect(help()).to.contain('tình nguyện viên tại Trung tâm Phục vụ hành chính công phường Kim Long (tầng 1) hướng dẫn');
    el.helpText = 'Bàn tình nguyện viên, tầng 1';
    await el.updateComplete;
    expect(help()).to.contain('Bàn tình nguyện viên, tầng 1');
    expect(help()).not.to.contain('Trung tâm');

    const own = await mountGuide(html`<dvc-vneid-guide no-persist .content=${{ version: 1, extends: 'default', help: 'Gọi 1900 0368.' }}></dvc-vneid-guide>`);
    await own.open({ chipCard: 'yes', level2: 'yes' }, 'install');
    expect($g(own, 'details[part=trouble]')!.textContent).to.contain('Gọi 1900 0368.');
    own.remove();
    el.remove();
  });
});
