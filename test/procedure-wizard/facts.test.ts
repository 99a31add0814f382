import { expect, fixture, html } from '@open-wc/testing';
import type { Answers } from '../../src/procedure-wizard/model/types.js';
import { $, $$, settle, until, type Wizard } from './helpers.js';

/** The birth registration from the reference server, at its overview. */
async function birth(): Promise<Wizard> {
  // A fresh visit: the tab's draft and page from the last wizard would be resumed (that is the feature).
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
  const el = await fixture<Wizard>(html`<dvc-procedure-wizard src="/api/procedures/1.001193"></dvc-procedure-wizard>`);
  await until(() => $(el, '[part=overview]'), 1800, 'the overview');
  await settle(el);
  return el;
}

const flat = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ');

/** Gives the answers through the wizard's state and walks to the check page by its own buttons. */
async function checkPage(el: Wizard, answers: Answers): Promise<string> {
  (el as unknown as { state: { answers: Answers } }).state.answers = answers;
  $<HTMLButtonElement>(el, '[part=overview] .btn')!.click();
  await settle(el);
  for (let i = 0; i < 10 && $(el, '[part=step]'); i++) {
    $<HTMLButtonElement>(el, 'form .btn')!.click();
    await settle(el);
    expect($(el, '.errors'), `step ${i}`).to.equal(null);
  }
  expect($(el, '[part=summary]'), 'the check page').to.exist;
  return flat($(el, '[part=summary]'));
}

const ON_TIME: Answers = {
  childName: 'Nguyễn Văn An', childBirthDate: '2026-11-20', childSex: 'male', birthPlace: 'Bệnh viện Trung ương Huế',
  timing: 'on-time', hasBirthNotice: 'yes', motherName: 'Trần Thị Bình', applicantName: 'Trần Thị Bình', applicantRelation: 'mother',
  applicantId: '046190001234', applicantPhone: '0912345678', declaration: true,
};

describe('<dvc-procedure-wizard>: the facts of 2026 (issue 12)', () => {
  it('birth: the overview shows the fee by case, its legal basis, the linked procedures and the national portal page', async () => {
    const el = await birth();
    const overview = flat($(el, '[part=overview]'));
    expect(overview).to.include(
      'Phí, lệ phí: Miễn lệ phí khi đăng ký đúng hạn; Lệ phí đăng ký quá hạn theo mức do tỉnh quy định; 8.000 đồng cho mỗi bản sao trích lục cấp thêm',
    );
    expect(overview).to.include('(Thông tư 281/2016/TT-BTC (phí cấp bản sao trích lục hộ tịch); Luật Hộ tịch số 60/2014/QH13, Điều 11 (miễn lệ phí);');
    expect(overview, 'no parents\' marriage certificate').to.not.include('Giấy chứng nhận kết hôn');
    expect(overview).to.include('Thủ tục liên thông').and.include('Đăng ký thường trú cho trẻ (1.004222): Tại Công an cấp xã nơi cha, mẹ thường trú, trong vòng 60 ngày');
    expect(overview).to.include('Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi').and.include('ứng dụng VNeID');
    const portal = $$<HTMLAnchorElement>(el, '[part=overview] a').find((a) => a.textContent === 'Xem thủ tục này trên Cổng Dịch vụ công quốc gia')!;
    expect(portal.href).to.equal('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?keyword=1.001193');
  });

  it('birth: the check page shows the fee that applies to the answers — free on time, the province\'s when late, copies added', async () => {
    expect(await checkPage(await birth(), ON_TIME)).to.include('Phí, lệ phí: Miễn phí');
    expect(await checkPage(await birth(), { ...ON_TIME, extraCopies: '2' })).to.include('Phí, lệ phí: 16.000 đồng');
    const late = await checkPage(await birth(), { ...ON_TIME, timing: 'late', lateReason: 'Gia đình ở xa', currentAddress: 'Huế' });
    expect(late).to.include('Phí, lệ phí: Lệ phí đăng ký quá hạn theo mức do tỉnh quy định');
    expect(late).to.not.include('Miễn phí');
  });

  it('birth asks "how long ago" with two plain options, not a negative yes/no question', async () => {
    const el = await birth();
    (el as unknown as { state: { answers: Answers } }).state.answers = { ...ON_TIME, timing: '' } as Answers;
    $<HTMLButtonElement>(el, '[part=overview] .btn')!.click();
    await settle(el);
    $<HTMLButtonElement>(el, 'form .btn')!.click();
    await settle(el);
    expect(flat($(el, 'fieldset legend'))).to.include('Tính đến hôm nay, trẻ sinh ra được bao lâu?');
    expect($$(el, 'input[name=f-timing]').map((i) => flat(i.closest('label')).trim())).to.deep.equal(['Trong vòng 60 ngày', 'Đã quá 60 ngày']);
  });
});
