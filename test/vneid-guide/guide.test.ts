import { expect, html, oneEvent } from '@open-wc/testing';
import { setLocale } from '../../src/core/localization.js';
import { DvcVneidGuide } from '../../src/vneid-guide/vneid-guide.js';
import { loaders } from '../../src/vneid-guide/internal/lazy/loaders.js';
import { $, $$, button, heading, mount, route, sleep, taskTitles, text, until, withoutStorage, type Guide, state, loaded } from './helpers.js';

const android = () => mount(html`<dvc-vneid-guide no-persist platform="android"></dvc-vneid-guide>`);

/** Ticks the "Done" box of step `n` (0-based) on the open task page. */
async function tick(el: Guide, n: number): Promise<void> {
  $$<HTMLInputElement>(el, '.step input[type=checkbox]')[n].click();
  await el.updateComplete;
}

describe('<dvc-vneid-guide> first screen', () => {
  before(() => setLocale('vi'));
  afterEach(() => localStorage.clear());

  it('explains level 1 and 2 and asks the two routing questions, in Vietnamese', async () => {
    const el = await android();
    expect(heading(el)).to.equal('Hướng dẫn VNeID từng bước');
    expect(text(el)).to.include('Tài khoản mức độ 2: đăng ký trực tiếp tại Công an xã, phường');
    expect($$(el, 'fieldset legend').map((l) => l.textContent!.trim())).to.deep.equal([
      'Ông/Bà đã có thẻ căn cước (hoặc thẻ căn cước công dân) gắn chip chưa?',
      'Ông/Bà đã đăng ký tài khoản định danh điện tử mức độ 2 tại Công an xã, phường chưa?',
    ]);
    expect($$(el, 'input[name=level2]').length).to.equal(3);
  });

  it('asks again when a question is unanswered, with focus on it', async () => {
    const el = await android();
    $<HTMLInputElement>(el, 'input[name=chipCard][value=yes]')!.click();
    button(el, 'Tiếp tục').click();
    await until(() => $(el, '#missing'));
    expect($(el, '#missing')!.textContent).to.equal('Ông/Bà vui lòng trả lời cả hai câu hỏi.');
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('level2');
    expect($$(el, 'fieldset')[1].getAttribute('aria-describedby')).to.equal('missing');
    expect(state(el).view).to.equal('start');
  });

  it('routes to "what you need", moving focus to its heading, then to the tasks the answers call for', async () => {
    const el = await android();
    await route(el, 'no', 'no');
    expect(heading(el)).to.equal('Những thứ cần chuẩn bị');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
    expect($$(el, '.checklist input[type=checkbox]').length).to.equal(4);
    button(el, 'Xem các việc cần làm').click();
    await el.updateComplete;
    expect($$(el, '.task-link').map((b) => b.textContent!.trim())).to.deep.equal([
      'Làm thẻ căn cước gắn chip trước',
      'Cài ứng dụng VNeID',
      'Đăng ký tài khoản mức độ 2 tại Công an xã, phường',
      'Kích hoạt tài khoản',
      'Đăng nhập Cổng Dịch vụ công quốc gia',
    ]);
    expect($$(el, '.tag').map((t) => t.textContent)).to.deep.equal(Array(5).fill('Chưa bắt đầu'));
    // "Change my answers" goes back; a registered level 2 skips both registrations.
    button(el, 'Sửa câu trả lời').click();
    await el.updateComplete;
    await route(el, 'yes', 'yes');
    expect(await taskTitles(el)).to.deep.equal(['Cài ứng dụng VNeID', 'Kích hoạt tài khoản', 'Đăng nhập Cổng Dịch vụ công quốc gia']);
  });

  it('a failed chunk is a failure state with a retry, and dvc-error', async () => {
    const saved = DvcVneidGuide.partModule;
    DvcVneidGuide.partModule = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = await android();
      $<HTMLInputElement>(el, 'input[name=chipCard][value=yes]')!.click();
      $<HTMLInputElement>(el, 'input[name=level2][value=yes]')!.click();
      setTimeout(() => button(el, 'Tiếp tục').click());
      const error = await oneEvent(el, 'dvc-error');
      expect(error.detail.code).to.equal('load-failed');
      await el.updateComplete;
      expect($(el, '[role=alert] h2')!.textContent).to.equal('Không tải được phần hướng dẫn. Ông/Bà vui lòng kiểm tra kết nối mạng rồi thử lại.');
      DvcVneidGuide.partModule = saved;
      button(el, 'Thử lại').click();
      await until(() => state(el).view === 'needs');
    } finally {
      DvcVneidGuide.partModule = saved;
    }
  });

  it('a failed content chunk is a failure state too', async () => {
    const saved = loaders.content.vi;
    loaders.content.vi = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const el = await android();
      const failed = oneEvent(el, 'dvc-error');
      await el.open({ chipCard: 'yes', level2: 'yes' });
      expect((await failed).detail.code).to.equal('load-failed');
      await el.updateComplete;
      expect($(el, '[role=alert] h2')!.textContent).to.equal('Không tải được phần hướng dẫn. Ông/Bà vui lòng kiểm tra kết nối mạng rồi thử lại.');
      loaders.content.vi = saved;
      button(el, 'Thử lại').click();
      await until(() => state(el).view === 'needs');
    } finally {
      loaders.content.vi = saved;
    }
  });
});

describe('<dvc-vneid-guide> tasks and steps', () => {
  before(() => setLocale('vi'));
  afterEach(() => localStorage.clear());

  it('a task page: one action per line, the app\'s label quoted in Vietnamese, an illustration, Done, Having trouble?', async () => {
    const el = await android();
    await el.open({ chipCard: 'yes', level2: 'no' }, 'level1');
    expect(heading(el)).to.equal('Đăng ký tài khoản mức độ 1 trên ứng dụng (không bắt buộc)');
    const steps = $$(el, '[part=step]');
    expect(steps.length).to.equal(5);
    expect(steps[0].querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Bước 1 Bắt đầu đăng ký');
    const label = steps[0].querySelector('q span[lang=vi]')!;
    expect(label.textContent).to.equal('Đăng ký tài khoản mức 1');
    expect(steps[0].querySelector('svg.art')!.getAttribute('aria-hidden')).to.equal('true');
    const trouble = steps[1].querySelector<HTMLDetailsElement>('details[part=trouble]')!;
    expect(trouble.querySelector('summary')!.textContent).to.equal('Gặp khó khăn?');
    expect([...trouble.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal(['Điện thoại không đọc được thẻ', 'Tổng đài hỗ trợ', 'Nơi hỗ trợ']);
    // Each help line says what it is for: VNeID's own (which also locks a lost phone's account), and the national portal's.
    expect(trouble.textContent).to.include('Tổng đài VNeID của Bộ Công an: 1900 0368 — hỏi về tài khoản định danh điện tử, và khóa tài khoản khi bị mất điện thoại.');
    expect(trouble.textContent).to.include('Tổng đài Cổng Dịch vụ công quốc gia: 1800 1096 (miễn phí) — hỏi về nộp hồ sơ trực tuyến trên Cổng.');
  });

  it('the safety warning shows on the activation steps, and no step asks for a credential', async () => {
    const el = await android();
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'activate');
    const steps = $$(el, '[part=step]');
    expect(steps.length).to.equal(6);
    for (const step of steps) {
      expect(step.querySelector('.safety')!.textContent).to.include('Tuyệt đối không cho ai biết mật khẩu, passcode hay mã OTP');
    }
    // Installing asks for no credential: the one warning there is the scam step's.
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'install');
    expect($$(el, '.safety').length).to.equal(1);
    expect($$(el, '[part=step]')[0].textContent).to.include('Cẩn thận kẻ lừa đảo').and.include('Không cài tệp .apk').and.include('Công an không bao giờ gọi điện bảo Ông/Bà cài ứng dụng');
  });

  it('Done marks steps, fires dvc-guide-progress, moves statuses, and dvc-guide-complete at the end', async () => {
    const el = await android();
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'install');
    const progress = oneEvent(el, 'dvc-guide-progress');
    await tick(el, 0);
    expect((await progress).detail).to.deep.equal({ taskId: 'install', stepId: 'install-safe', status: 'done', completed: 1, total: 11 });
    expect($(el, '[role=status]')!.textContent).to.equal('Đã xong bước này. Đã hoàn thành 1 trên 11 bước.');
    expect(await taskTitles(el)).to.have.length(3);
    expect($$(el, '.tag').map((t) => t.textContent)).to.deep.equal(['Đang làm', 'Chưa bắt đầu', 'Chưa bắt đầu']);
    // Mark everything else done through the pages, as the citizen would.
    const completes: unknown[] = [];
    el.addEventListener('dvc-guide-complete', (e) => completes.push(e.detail));
    for (const task of ['install', 'activate', 'login']) {
      await el.open({ chipCard: 'yes', level2: 'yes' }, task);
      const boxes = $$<HTMLInputElement>(el, '.step input[type=checkbox]');
      for (let i = 0; i < boxes.length; i++) if (!boxes[i].checked) await tick(el, i);
    }
    expect(completes).to.deep.equal([{ total: 11 }]);
    expect(el.progress['login-vneid']).to.equal('done');
    loaded(el)!.go('tasks');
    await el.updateComplete;
    expect($(el, '.done-panel')!.textContent).to.include('Ông/Bà đã làm xong tất cả các việc.');
    expect($$(el, '.tag').map((t) => t.textContent)).to.deep.equal(['Đã xong', 'Đã xong', 'Đã xong']);
    // Un-ticking reports not-done.
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'login');
    const undo = oneEvent(el, 'dvc-guide-progress');
    await tick(el, 0);
    expect((await undo).detail).to.include({ stepId: 'login-open', status: 'not-done', completed: 10 });
  });

  it('the citizen can switch the device; the install steps follow', async () => {
    const el = await android();
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'install');
    const select = $<HTMLSelectElement>(el, '[part=toolbar] select')!;
    expect(select.value).to.equal('android');
    expect($$(el, '[part=step] h3')[1].textContent).to.include('Cài từ CH Play');
    expect($<HTMLAnchorElement>(el, '[part=step] a')!.href).to.equal('https://play.google.com/store/apps/details?id=com.vnid');
    select.value = 'ios';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '[part=step] h3')[1].textContent).to.include('Cài từ App Store');
    expect($<HTMLAnchorElement>(el, '[part=step] a')!.href).to.equal('https://apps.apple.com/vn/app/vneid/id1582750311');
    select.value = 'desktop';
    select.dispatchEvent(new Event('change'));
    await until(() => $$(el, 'svg.qr-code').length === 3, 1500, 'three QR codes');
    expect($$(el, '.qr a').map((a) => a.textContent!.trim())).to.deep.equal(['Android (CH Play)', 'iPhone (App Store)']);
    expect($$(el, 'svg.qr-code').map((q) => q.getAttribute('aria-label'))).to.deep.equal([
      'Mã QR: Android (CH Play)',
      'Mã QR: iPhone (App Store)',
      'Mã QR: Mở hướng dẫn này trên điện thoại',
    ]);
    expect($(el, 'svg.qr-code path')!.getAttribute('d')).to.match(/^M\d+ \d+h1v1h-1z/);
  });

  it('the platform attribute picks the steps; store URLs come from attributes when given', async () => {
    const el = await mount(html`<dvc-vneid-guide no-persist platform="ios" ios-store-url="https://apps.apple.com/vn/app/example/id1" android-store-url="javascript:alert(1)"></dvc-vneid-guide>`);
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'install');
    expect($<HTMLAnchorElement>(el, '[part=step] a')!.href).to.equal('https://apps.apple.com/vn/app/example/id1');
    el.platform = 'desktop';
    await until(() => $$(el, '.qr a').length === 2 && $$(el, 'svg.qr-code').length === 3);
    // A URL that is not http(s) is ignored: the content's default stays.
    expect($$<HTMLAnchorElement>(el, '.qr a').map((a) => a.href)).to.deep.equal([
      'https://play.google.com/store/apps/details?id=com.vnid',
      'https://apps.apple.com/vn/app/example/id1',
    ]);
  });

  it('en and de pages quote the app\'s Vietnamese labels with lang="vi" and a translation beside them', async () => {
    const el = await android();
    try {
      await setLocale('de');
      await el.open({ chipCard: 'yes', level2: 'no' }, 'level1');
      const line = $(el, '[part=step] .lines li')!;
      expect(line.textContent!.replace(/\s+/g, ' ')).to.equal('Tippen Sie auf Đăng ký tài khoản mức 1 (Konto der Stufe 1 registrieren).');
      expect(line.querySelector('span[lang=vi]')!.textContent).to.equal('Đăng ký tài khoản mức 1');
      // The quotation marks follow the page's language (German „…“), the label inside stays Vietnamese.
      expect(line.querySelector('q')!.closest('[lang]')!.getAttribute('lang')).to.equal('de');
      await setLocale('en');
      await until(() => heading(el) === 'Register level 1 in the app (optional)');
      expect($(el, '[part=step] .lines li')!.textContent!.replace(/\s+/g, ' ')).to.equal('Tap Đăng ký tài khoản mức 1 (Register a level-1 account).');
    } finally {
      await setLocale('vi');
    }
    await until(() => heading(el) === 'Đăng ký tài khoản mức độ 1 trên ứng dụng (không bắt buộc)');
    expect($(el, '[part=step] .lines li')!.textContent!.replace(/\s+/g, ' ')).to.equal('Bấm Đăng ký tài khoản mức 1.');
  });
});

describe('<dvc-vneid-guide> content from the portal', () => {
  before(() => setLocale('vi'));

  it('invalid content JSON: a clear error with JSON paths, dvc-error, and the built-in guide', async () => {
    const el = await mount(html`<dvc-vneid-guide no-persist src="/__fixture/guide-invalid"></dvc-vneid-guide>`);
    const error = oneEvent(el, 'dvc-error');
    await el.open({ chipCard: 'yes', level2: 'yes' });
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-content');
    expect(detail.message).to.include('Hướng dẫn của cổng thông tin có lỗi');
    expect(detail.message).to.include('$.version: must be 1').and.include('$.tasks[0].id').and.include('$.needs: must be a list');
    expect($(el, '.notice')!.textContent).to.include('Hướng dẫn của cổng thông tin có lỗi, nên đang hiện hướng dẫn có sẵn.');
    expect($$(el, '.notice code').map((c) => c.textContent)).to.include('$.tasks[0].title');
    expect(heading(el)).to.equal('Những thứ cần chuẩn bị');
    expect(await taskTitles(el)).to.include('Cài ứng dụng VNeID');
  });

  it('a src that cannot load: the built-in guide, a message, dvc-error', async () => {
    const el = await mount(html`<dvc-vneid-guide no-persist src="/__fixture/status/500"></dvc-vneid-guide>`);
    el.requestTimeout = 500;
    const error = oneEvent(el, 'dvc-error');
    await el.open({ chipCard: 'yes', level2: 'yes' });
    expect((await error).detail.code).to.equal('http-5xx');
    expect($(el, '.notice')!.textContent).to.include('Không tải được hướng dẫn của cổng thông tin');
    expect(await taskTitles(el)).to.have.length(3);
  });

  it('shows HTML in content as text, and an unknown illustration as nothing', async () => {
    const el = await mount(html`<dvc-vneid-guide no-persist platform="android"></dvc-vneid-guide>`);
    el.content = {
      version: 1,
      needs: [],
      trouble: [],
      tasks: [{ id: 'x', title: '<img src=x onerror="window.__pwned=1">Cài', steps: [{ id: 's', title: '<b>Bước</b>', illustration: 'unicorn', lines: [{ text: 'Bấm {button}', button: '<script>window.__pwned=2</script>' }] }] }],
    };
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'x');
    expect(heading(el)).to.equal('<img src=x onerror="window.__pwned=1">Cài');
    expect($$(el, 'img, script, b').length).to.equal(0);
    expect($(el, 'q span')!.textContent).to.equal('<script>window.__pwned=2</script>');
    expect($$(el, '[part=step] svg').length).to.equal(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('help-text replaces the content\'s help', async () => {
    const el = await mount(html`<dvc-vneid-guide no-persist help-text="Bàn tình nguyện viên, tầng 1, UBND phường Bến Nghé"></dvc-vneid-guide>`);
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'install');
    expect($(el, 'details[part=trouble]')!.textContent).to.include('Bàn tình nguyện viên, tầng 1, UBND phường Bến Nghé');
  });
});

describe('<dvc-vneid-guide> progress', () => {
  before(() => setLocale('vi'));
  afterEach(() => localStorage.clear());

  it('persists across a new element on the same storage, step ids and statuses only', async () => {
    const a = await mount(html`<dvc-vneid-guide platform="android"></dvc-vneid-guide>`);
    await a.open({ chipCard: 'yes', level2: 'yes' }, 'install');
    await tick(a, 0);
    a.remove();
    const stored = JSON.parse(localStorage.getItem('dvc:vneid-guide:progress')!);
    expect(stored).to.deep.equal({ 'install-safe': 'done' });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('dvc:vneid-guide'))).to.deep.equal(['dvc:vneid-guide:progress']);
    const b = await mount(html`<dvc-vneid-guide platform="android"></dvc-vneid-guide>`);
    await route(b, 'yes', 'yes');
    expect(await taskTitles(b)).to.have.length(3);
    expect($$(b, '.tag')[0].textContent).to.equal('Đang làm');
    expect(b.progress).to.deep.equal({ 'install-safe': 'done' });
  });

  it('no-persist and kiosk keep progress in memory only', async () => {
    for (const el of [
      await mount(html`<dvc-vneid-guide no-persist platform="android"></dvc-vneid-guide>`),
      await mount(html`<dvc-vneid-guide kiosk platform="android"></dvc-vneid-guide>`),
    ]) {
      await el.open({ chipCard: 'yes', level2: 'yes' }, 'install');
      await tick(el, 0);
      expect(el.progress).to.deep.equal({ 'install-safe': 'done' });
    }
    expect(Object.keys(localStorage).filter((k) => k.startsWith('dvc:vneid-guide'))).to.deep.equal([]);
  });

  it('progress can be set from outside (only ids and statuses survive)', async () => {
    const el = await mount(html`<dvc-vneid-guide no-persist platform="android"></dvc-vneid-guide>`);
    el.progress = { 'install-safe': 'done', 'install-android': 'done', 'install-open': 'done', evil: '<b>' } as never;
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'tasks');
    expect($$(el, '.tag')[0].textContent).to.equal('Đã xong');
    expect(el.progress).to.deep.equal({ 'install-safe': 'done', 'install-android': 'done', 'install-open': 'done' });
  });

  it('without storage, progress works for the session and no error is shown', async () => {
    await withoutStorage(async () => {
      const el = await mount(html`<dvc-vneid-guide platform="android"></dvc-vneid-guide>`);
      const errors: Event[] = [];
      el.addEventListener('dvc-error', (e) => errors.push(e));
      await el.open({ chipCard: 'yes', level2: 'yes' }, 'install');
      await tick(el, 0);
      expect(el.progress).to.deep.equal({ 'install-safe': 'done' });
      expect($$(el, '.notice, [role=alert]').length).to.equal(0);
      expect(errors).to.deep.equal([]);
    });
  });

  it('kiosk: after idle-timeout without input, asks, then wipes answers, progress and text size', async () => {
    const el = await mount(html`<dvc-vneid-guide kiosk idle-timeout="0.3" platform="android"></dvc-vneid-guide>`);
    el.promptFor = 0.3;
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'install');
    $$(el, '.toolbar button')[2].click();
    await tick(el, 0);
    expect(el.style.getPropertyValue('--dvc-font-scale')).to.equal('2');
    await until(() => $(el, 'dvc-idle-prompt'), 1500, 'the idle prompt');
    expect(($(el, '.root') as HTMLElement).inert).to.equal(true);
    await until(() => state(el).view === 'start', 1500, 'the wipe');
    await el.updateComplete;
    expect(el.progress).to.deep.equal({});
    expect(state(el).answers).to.deep.equal({});
    expect(el.style.getPropertyValue('--dvc-font-scale')).to.equal('');
    expect($(el, 'dvc-idle-prompt')).to.equal(null);
    expect($$<HTMLInputElement>(el, 'input:checked')).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
  });

  it('kiosk on a computer: QR codes to the stores only, not to the kiosk\'s own page', async () => {
    const el = await mount(html`<dvc-vneid-guide kiosk platform="desktop"></dvc-vneid-guide>`);
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'install');
    await until(() => $$(el, 'svg.qr-code').length === 2);
    await sleep(50);
    expect($$(el, 'svg.qr-code').length).to.equal(2);
  });

  it('kiosk: "Start again" in the toolbar wipes at once', async () => {
    const el = await mount(html`<dvc-vneid-guide kiosk platform="android"></dvc-vneid-guide>`);
    await el.open({ chipCard: 'yes', level2: 'yes' }, 'install');
    await tick(el, 0);
    await sleep(0);
    button(el, 'Làm lại từ đầu').click();
    await el.updateComplete;
    expect([state(el).view, el.progress]).to.deep.equal(['start', {}]);
  });
});
