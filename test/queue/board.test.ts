// <dvc-queue-board> against the real reference server (a child process per file, so it can be
// killed and restarted), and against fixtures for what a real server never sends.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setLocale } from '../../src/core/localization.js';
import '../../src/queue/index.js';
import { DvcQueueBoard } from '../../src/queue/board/board.js';
import { expectAccessible, expectTargets44 } from '../helpers/a11y.js';
import { emulateFeatures } from '../helpers/media.js';
import type { QueueSnapshot } from '../../src/queue/contracts.js';
import { countEventSources, FakeSpeech, sleep, staff, takeTicket, text, until, useServer } from './helpers.js';

const big = (el: DvcQueueBoard) => el.shadowRoot!.querySelector('.big')?.textContent?.trim();
const recent = (el: DvcQueueBoard) => [...el.shadowRoot!.querySelectorAll('.recent .num')].map((n) => n.textContent);

async function board(src: string, extra: Partial<DvcQueueBoard> = {}): Promise<DvcQueueBoard> {
  const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board src=${src} .heartbeatMs=${extra.heartbeatMs ?? 1000} .retryMs=${50} .highlightMs=${300}></dvc-queue-board>`);
  Object.assign(el, extra);
  await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the board');
  return el;
}

describe('<dvc-queue-board>', () => {
  const q = useServer(300);


  it('shows the snapshot, then live calls: big number, counter, recent list, waiting, live region and an event', async () => {
    await takeTicket(q.server.url, 'A');
    await takeTicket(q.server.url, 'A');
    await staff(q.server.url, '1', 'next');
    const el = await board(q.api);
    expect(big(el)).to.equal('A-001');
    expect(text(el)).to.contain('Quầy số 01');
    const event = oneEvent(el, 'dvc-board-call');
    await staff(q.server.url, '1', 'next');
    expect((await event).detail.call).to.include({ number: 'A-002', counter: '1' });
    await until(() => big(el) === 'A-002', 1800, 'A-002 large');
    expect(recent(el).slice(0, 2)).to.deep.equal(['A-002', 'A-001']);
    const liveRegion = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(liveRegion.textContent).to.equal('Xin mời công dân có số thứ tự A-002 đến Quầy số 01.');
    expect(el.shadowRoot!.querySelector('.now')!.classList.contains('fresh')).to.equal(true);
    await until(() => !el.shadowRoot!.querySelector('.now.fresh'), 1500, 'the highlight to end');
    const counter1 = [...el.shadowRoot!.querySelectorAll('.counters li')][0]!;
    expect(counter1.textContent).to.contain('A-002');
    expect(el.shadowRoot!.querySelector('.waiting')!.textContent).to.match(/Hộ tịch\s*0 người đang chờ/);
  });

  it('two boards and a filter share one EventSource per URL', async () => {
    const spy = countEventSources();
    try {
      // Not fixture(): it waits for an animation frame, which a test page running in the background never gets.
      const box = document.createElement('div');
      const [a, b] = [document.createElement('dvc-queue-board'), document.createElement('dvc-queue-board')];
      a!.src = b!.src = q.api;
      b!.counters = '2';
      box.append(a!, b!);
      document.body.append(box);
      await until(() => a!.shadowRoot!.querySelector('.board') && b!.shadowRoot!.querySelector('.board'), 1800, 'both boards');
      expect(spy.urls.filter((u) => u.startsWith(q.api))).to.have.length(1);
      expect(b!.shadowRoot!.querySelectorAll('.counters li')).to.have.length(1);
      await takeTicket(q.server.url, 'B');
      await staff(q.server.url, '2', 'next');
      await until(() => big(b!)?.startsWith('B-') && big(a!)?.startsWith('B-'), 1800, 'the call on both');
      box.remove();
      await sleep(50);
      // The last widget gone, the stream is closed; a new board opens a new one.
      await board(q.api);
      expect(spy.urls.filter((u) => u.startsWith(q.api))).to.have.length(2);
    } finally {
      spy.restore();
    }
  });

  it('resumes after the server is killed and restarted, without a gap or a repeat', async function () {
    // Killing and restarting a server process takes its own time on a busy machine; no interval waits longer than 2 s.
    this.timeout(10_000);
    const el = await board(q.api);
    const calls: string[] = [];
    el.addEventListener('dvc-board-call', (e) => calls.push(e.detail.call.number));
    await takeTicket(q.server.url, 'C');
    await takeTicket(q.server.url, 'C');
    await takeTicket(q.server.url, 'C');
    await staff(q.server.url, '4', 'next');
    await until(() => calls.length === 1, 1800, 'the first call');
    await executeServerCommand('dvc-server-kill', {});
    await executeServerCommand('dvc-server-restart', {});
    await staff(q.server.url, '4', 'next');
    await staff(q.server.url, '4', 'next');
    await until(() => calls.length >= 3, 1800, 'the calls after the restart');
    await sleep(200);
    expect(calls).to.deep.equal(['C-001', 'C-002', 'C-003']);
    const list = recent(el);
    expect(list.slice(0, 3)).to.deep.equal(['C-003', 'C-002', 'C-001']);
    expect(new Set(list).size).to.equal(list.length);
  });

  it('shows "connection lost" with the time of its information when the server goes silent, and recovers by itself', async function () {
    // Killing and restarting a server process takes its own time on a busy machine; no interval waits longer than 2 s.
    this.timeout(10_000);
    const el = await board(q.api, { heartbeatMs: 300 });
    await executeServerCommand('dvc-server-kill', {});
    const banner = await until(() => el.shadowRoot!.querySelector('.stale'), 1800, 'the stale banner');
    expect(banner.getAttribute('role')).to.equal('status');
    expect(banner.textContent).to.match(/Mất kết nối — đang hiển thị thông tin lúc \d\d:\d\d/);
    await executeServerCommand('dvc-server-restart', {});
    await until(() => !el.shadowRoot!.querySelector('.stale'), 1800, 'recovery');
    expect(text(el)).to.contain('Đang cập nhật trực tiếp');
  });

  it('polls with transport="poll", without any EventSource', async () => {
    const spy = countEventSources();
    try {
      const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board src=${q.api} transport="poll" .pollMs=${150}></dvc-queue-board>`);
      await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the board');
      await takeTicket(q.server.url, 'A');
      await staff(q.server.url, '2', 'next');
      const before = big(el);
      await until(() => big(el) !== before, 1800, 'the polled call');
      expect(spy.urls).to.deep.equal([]);
      expect(text(el)).to.contain('Cập nhật vài giây một lần');
    } finally {
      spy.restore();
    }
  });

  it('falls back to polling when the stream opens but never flushes (a buffering proxy)', async () => {
    const el = await fixture<DvcQueueBoard>(
      html`<dvc-queue-board src="/__fixture/queue-silent" .heartbeatMs=${150} .pollMs=${100}></dvc-queue-board>`,
    );
    await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the polled board');
    expect(big(el)).to.equal('A-001');
    expect(text(el)).to.contain('Cập nhật vài giây một lần');
  });

  it('drops malformed, unknown, huge and hostile messages with one dvc-error, and renders text only as text', async () => {
    const errors: Array<{ code: string; message: string }> = [];
    const onError = (e: Event) => errors.push((e as CustomEvent).detail);
    window.addEventListener('dvc-error', onError);
    try {
      const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board src="/__fixture/queue-hostile" .heartbeatMs=${5000}></dvc-queue-board>`);
      await until(() => big(el) === 'A-002', 1800, 'the last valid call');
      expect(recent(el)).to.deep.equal(['A-002', '<script>window.__pwned=2</script>', 'A-001']);
      expect(text(el)).to.contain('<img src=x onerror="window.__pwned=1">Quầy 1');
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      await sleep(100);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-message']);
      expect(errors[0]!.message).to.equal('Một số thông tin cập nhật không đọc được và đã được bỏ qua.');
    } finally {
      window.removeEventListener('dvc-error', onError);
    }
  });

  it('resyncs at once when a background tab becomes visible again', async () => {
    const spy = countEventSources();
    try {
      const el = await board(q.api);
      const opened = spy.urls.length;
      // Test pages may run side by side in the background: the page says "visible" now, as a tab does when shown again.
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      delete (document as { visibilityState?: string }).visibilityState;
      await until(() => spy.urls.length === opened + 1, 1000, 'a new connection');
      expect(spy.urls.at(-1)).to.match(/\/stream\?lastEventId=\d+$/);
      await takeTicket(q.server.url, 'A');
      await staff(q.server.url, '1', 'next');
      const before = big(el);
      await until(() => big(el) !== before, 1800, 'calls after the resync');
    } finally {
      spy.restore();
    }
  });

  it('shows a failure with no server at all, and fires dvc-error once', async () => {
    const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board src="http://127.0.0.1:9/api/queue" .heartbeatMs=${150} .retryMs=${50}></dvc-queue-board>`);
    const error = await oneEvent(el, 'dvc-error');
    expect(error.detail.code).to.equal('network');
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 1000, 'the alert');
    expect(alert.textContent).to.contain('Hiện chưa kết nối được với hệ thống xếp hàng');
  });

  it('says "Loading…" in Vietnamese while its view loads', async () => {
    const original = DvcQueueBoard.partModule;
    DvcQueueBoard.partModule = () => new Promise(() => undefined);
    try {
      const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board src=${q.api}></dvc-queue-board>`);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Đang tải…');
    } finally {
      DvcQueueBoard.partModule = original;
    }
  });

  it('turns a view that fails to load into a failure with a retry', async () => {
    const original = DvcQueueBoard.partModule;
    DvcQueueBoard.partModule = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board src=${q.api}></dvc-queue-board>`);
      await until(() => el.shadowRoot!.querySelector('[role="alert"] button'), 1000, 'the retry');
      DvcQueueBoard.partModule = original;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the board after the retry');
    } finally {
      DvcQueueBoard.partModule = original;
    }
  });

  it('speaks calls in the locale, digit by digit, repeated, queued without overlap', async () => {
    const fake = new FakeSpeech();
    fake.voices = [{ lang: 'vi-VN', name: 'Tiếng Việt' }];
    const uninstall = fake.install();
    try {
      const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board src=${q.api} voice voice-repeat="2" .heartbeatMs=${1000}></dvc-queue-board>`);
      await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the board');
      const a = await takeTicket(q.server.url, 'B');
      const b = await takeTicket(q.server.url, 'B');
      await staff(q.server.url, '3', 'next');
      await staff(q.server.url, '3', 'next');
      await until(() => fake.spoken.length === 4, 1800, 'four utterances');
      const spell = (n: string) => {
        const words = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
        return [n[0], ...n.slice(2).split('').map((d) => words[Number(d)])].join(', ');
      };
      // The voice says the counter as "quầy số 3": "Quầy số 03" would be read "không ba".
      const say = (n: string) => `Xin mời công dân có số thứ tự ${spell(n)} đến quầy số 3.`;
      // The called numbers are the oldest waiting B tickets: this file's earlier tests took some too.
      const called = recent(el).slice(0, 2).reverse();
      expect(called.every((n) => n?.startsWith('B-'))).to.equal(true);
      expect(fake.spoken.map((s) => s.text)).to.deep.equal([say(called[0]!), say(called[0]!), say(called[1]!), say(called[1]!)]);
      expect(fake.overlaps).to.equal(0);
      expect(el.shadowRoot!.querySelector('button')).to.equal(null); // no "Enable sound" needed
      void a;
      void b;
    } finally {
      uninstall();
    }
  });

  it('says the demo centre’s "Quầy số 01" as "quầy số 1", the ticket digit by digit, the screen unchanged', async () => {
    const fake = new FakeSpeech();
    fake.voices = [{ lang: 'vi-VN', name: 'Tiếng Việt' }];
    const uninstall = fake.install();
    try {
      const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board src=${q.api} voice voice-repeat="1" .heartbeatMs=${1000}></dvc-queue-board>`);
      await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the board');
      await takeTicket(q.server.url, 'A');
      await staff(q.server.url, '1', 'next');
      await until(() => fake.spoken.length === 1, 1800, 'the call spoken');
      const number = recent(el)[0]!;
      expect(number).to.match(/^A-\d{3}$/);
      const words = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
      const spelled = ['A', ...number.slice(2).split('').map((d) => words[Number(d)])].join(', ');
      expect(fake.spoken[0]!.text).to.equal(`Xin mời công dân có số thứ tự ${spelled} đến quầy số 1.`);
      expect(fake.spoken[0]!.text).not.to.contain('01');
      // What the screen and its live region say keeps the counter's own name.
      expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.equal(`Xin mời công dân có số thứ tự ${number} đến Quầy số 01.`);
    } finally {
      uninstall();
    }
  });

  it('says a counter’s spokenName when it has one, in the page’s language', async () => {
    const fake = new FakeSpeech();
    fake.voices = [{ lang: 'vi-VN', name: 'Tiếng Việt' }, { lang: 'en-US', name: 'English' }];
    const uninstall = fake.install();
    const at = new Date().toISOString();
    const base: QueueSnapshot = {
      eventId: 1, day: at.slice(0, 10), generatedAt: at, services: [],
      counters: [
        { id: '7', name: { vi: 'Quầy 07 (ưu tiên)', en: 'Counter 07 (priority)' }, spokenName: { vi: 'quầy ưu tiên số bảy', en: 'the priority counter, seven' }, letters: ['A'], current: null },
        { id: '12', name: { vi: 'Quầy số 12', en: 'Counter 012' }, letters: ['A'], current: null },
      ],
      recent: [],
    };
    try {
      const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board voice voice-repeat="1" .snapshot=${base}></dvc-queue-board>`);
      await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the board');
      el.snapshot = { ...base, recent: [{ number: 'A-010', service: 'A', counter: '7', calledAt: at }] };
      await until(() => fake.spoken.length === 1, 1800, 'the first call');
      expect(fake.spoken[0]!.text).to.equal('Xin mời công dân có số thứ tự A, không, một, không đến quầy ưu tiên số bảy.');
      await setLocale('en');
      el.snapshot = { ...base, recent: [{ number: 'A-011', service: 'A', counter: '12', calledAt: at }, { number: 'A-010', service: 'A', counter: '7', calledAt: at }] };
      await until(() => fake.spoken.length === 2, 1800, 'the second call');
      // No spokenName: the name without leading zeros; a number's own zeros ("10", "12") stay.
      expect(fake.spoken[1]!.text).to.equal('Number A, zero, one, one, please go to Counter 12.');
      el.snapshot = { ...base, recent: [{ number: 'A-012', service: 'A', counter: '7', calledAt: at }, { number: 'A-011', service: 'A', counter: '12', calledAt: at }, { number: 'A-010', service: 'A', counter: '7', calledAt: at }] };
      await until(() => fake.spoken.length === 3, 1800, 'the third call');
      expect(fake.spoken[2]!.text).to.equal('Number A, zero, one, two, please go to the priority counter, seven.');
    } finally {
      uninstall();
      await setLocale('vi');
    }
  });

  it('shows "Enable sound" when the browser blocks speech, and speaks after the click', async () => {
    const fake = new FakeSpeech();
    fake.voices = [{ lang: 'vi-VN', name: 'Tiếng Việt' }];
    fake.mode = 'blocked';
    const uninstall = fake.install();
    try {
      const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board src=${q.api} voice voice-repeat="1" .heartbeatMs=${1000}></dvc-queue-board>`);
      await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the board');
      await takeTicket(q.server.url, 'C');
      await staff(q.server.url, '4', 'next');
      const button = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]'), 1800, 'Enable sound');
      expect(button.textContent).to.equal('Bật âm thanh');
      fake.mode = 'end';
      button.click();
      await until(() => fake.spoken.length === 1, 1800, 'the call spoken');
      await until(() => !el.shadowRoot!.querySelector('button[part="button"]'), 1000, 'the button gone');
    } finally {
      uninstall();
    }
  });

  it('stays on screen only where no voice speaks the locale', async () => {
    const fake = new FakeSpeech();
    fake.voices = [{ lang: 'en-US', name: 'English' }];
    const uninstall = fake.install();
    try {
      const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board src=${q.api} voice .heartbeatMs=${1000}></dvc-queue-board>`);
      await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the board');
      await takeTicket(q.server.url, 'A');
      await staff(q.server.url, '1', 'next');
      await sleep(300);
      expect(fake.spoken).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    } finally {
      uninstall();
    }
  });

  it('does not depend on the server clock: a call stamped hours ahead (clock skew) is still highlighted and announced', async () => {
    const future = new Date(Date.now() + 3 * 3600_000).toISOString();
    const snap = (recent: QueueSnapshot['recent']): QueueSnapshot => ({
      eventId: 1, day: future.slice(0, 10), generatedAt: future,
      services: [{ letter: 'A', name: 'Hộ tịch', waiting: 1, estimatedWaitSeconds: 300, counters: ['1'] }],
      counters: [{ id: '1', name: 'Quầy số 01', letters: ['A'], current: null }],
      recent,
    });
    const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board .snapshot=${snap([])} .highlightMs=${1000}></dvc-queue-board>`);
    await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the board');
    el.snapshot = snap([{ number: 'A-005', service: 'A', counter: '1', calledAt: future }]);
    await until(() => el.shadowRoot!.querySelector('.now.fresh'), 1000, 'the highlight');
    expect(big(el)).to.equal('A-005');
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.equal('Xin mời công dân có số thứ tự A-005 đến Quầy số 01.');
  });

  it('starts a new service day empty: yesterday’s last call leaves the big display', async () => {
    const at = new Date().toISOString();
    const day: QueueSnapshot = {
      eventId: 7, day: '2026-11-28', generatedAt: at, services: [],
      counters: [{ id: '1', name: 'Quầy số 01', letters: ['A'], current: null }], recent: [],
    };
    const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board .snapshot=${day}></dvc-queue-board>`);
    await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the board');
    el.snapshot = { ...day, recent: [{ number: 'A-031', service: 'A', counter: '1', calledAt: at }] };
    await until(() => big(el) === 'A-031', 1000, 'the evening call');
    el.snapshot = { ...day, day: '2026-11-29', recent: [] };
    await until(() => !el.shadowRoot!.querySelector('.big'), 1000, 'the empty morning');
    expect(text(el)).to.contain('Hôm nay chưa gọi số nào.');
  });

  it('highlights with a fade under reduced motion, and with an outline in forced colours', async () => {
    const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board .highlightMs=${5000}></dvc-queue-board>`);
    const at = new Date().toISOString();
    const base: QueueSnapshot = { eventId: 1, day: at.slice(0, 10), generatedAt: at, services: [], counters: [{ id: '1', name: 'Quầy 1', letters: ['A'], current: null }], recent: [] };
    el.snapshot = base;
    await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the board');
    el.snapshot = { ...base, recent: [{ number: 'A-001', service: 'A', counter: '1', calledAt: at }] };
    const now = await until(() => el.shadowRoot!.querySelector<HTMLElement>('.now.fresh'), 1000, 'the highlight');
    expect(getComputedStyle(now).animationName).to.equal('pulse');
    try {
      await emulateFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(getComputedStyle(now).animationName).to.equal('fade');
      await emulateFeatures({ 'forced-colors': 'active' });
      expect(getComputedStyle(now).outlineStyle).to.equal('solid');
      await expectAccessible(el);
    } finally {
      await emulateFeatures({ 'prefers-reduced-motion': '', 'forced-colors': '' });
    }
  });

  it('scales with its box: one column on a phone, two in a portal; on a TV — 720p or 1080p — text that grows with the width and the lists beside the latest call', async () => {
    const at = new Date().toISOString();
    const snapshot: QueueSnapshot = { eventId: 1, day: at.slice(0, 10), generatedAt: at, services: [], counters: [{ id: '1', name: 'Quầy 1', letters: ['A'], current: null }], recent: [{ number: 'A-001', service: 'A', counter: '1', calledAt: at }] };
    const sizes: Record<string, { text: number; big: number; columns: number; beside: boolean }> = {};
    // 1216 and 1856 px: the board on a 1280 × 720 and a 1920 × 1080 screen (less the page's margins).
    for (const [width, scale] of [[320, 1], [900, 1], [1216, 1], [1856, 1], [1216, 2]] as const) {
      const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board style="width: ${width}px; --dvc-font-scale: ${scale}" .snapshot=${snapshot}></dvc-queue-board>`);
      const big = await until(() => el.shadowRoot!.querySelector('.big'), 1800, 'the board');
      const [now, cols] = [el.shadowRoot!.querySelector('.now')!, el.shadowRoot!.querySelector('.cols')!];
      const px = (n: Element) => parseFloat(getComputedStyle(n).fontSize);
      const columns = getComputedStyle(cols).gridTemplateColumns.split(' ').length;
      const beside = cols.getBoundingClientRect().left >= now.getBoundingClientRect().right;
      sizes[`${width}×${scale}`] = { text: px(el.shadowRoot!.querySelector('.counters')!), big: px(big), columns, beside };
      el.remove();
    }
    const [phone, portal, tv720, tv1080, large] = ['320×1', '900×1', '1216×1', '1856×1', '1216×2'].map((k) => sizes[k]!);
    expect([phone.columns, portal.columns]).to.deep.equal([1, 2]);
    expect([phone.beside, portal.beside, tv720.beside, tv1080.beside]).to.deep.equal([false, false, true, true]);
    // The same board on either TV, in proportion: what fits a 1080p screen fits a 720p one.
    expect(tv1080.text / tv720.text).to.be.closeTo(1856 / 1216, 0.02);
    expect(tv1080.text).to.be.above(portal.text * 1.3);
    expect(phone.big).to.be.below(portal.big);
    expect(portal.big).to.be.below(tv1080.big);
    // Text set twice as large does not fit beside: the board stacks, in the reading order.
    expect(large.beside).to.equal(false);
    expect(large.text).to.be.above(tv720.text * 1.9);
  });

  it('on a TV, eight counters, eight recent calls and three services fit one 720p or 1080p screen, every called number readable from 5 m', async () => {
    const at = new Date().toISOString();
    const counters = Array.from({ length: 8 }, (_, i) => {
      const letter = 'ABC'[i % 3]!;
      return { id: String(i + 1), name: `Quầy số ${String(i + 1).padStart(2, '0')}`, letters: [letter], current: { number: `${letter}-${100 + i}`, service: letter, calledAt: at } };
    });
    const services = ['Hộ tịch', 'Cư trú', 'Chứng thực'].map((name, i) => ({ letter: 'ABC'[i]!, name, waiting: 12, estimatedWaitSeconds: 900, counters: [] }));
    const recent = counters.map((c) => ({ ...c.current, counter: c.id }));
    const snapshot: QueueSnapshot = { eventId: 1, day: at.slice(0, 10), generatedAt: at, services, counters, recent };
    // /board's page keeps 1.5rem above and below the board, 2rem beside it (server/public/assets/demo.css).
    for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
      const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board style="width: ${width - 64}px" .snapshot=${snapshot}></dvc-queue-board>`);
      await until(() => el.shadowRoot!.querySelector('.big'), 1800, 'the board');
      expect(el.getBoundingClientRect().height, `the board's height on a ${height} px screen`).to.be.at.most(height - 48);
      // A citizen 5 m away with 20/40 eyes reads letters of 14.5 mm (10 arcminutes); on a 43-inch
      // set (535 mm high) that is 2.7 % of the screen's height in capitals, 3.9 % in font size.
      const smallest = Math.min(...[...el.shadowRoot!.querySelectorAll('.num, .big, .to')].map((n) => parseFloat(getComputedStyle(n).fontSize)));
      expect(smallest / height, `the smallest called number on a ${height} px screen`).to.be.at.least(0.039);
      el.remove();
    }
  });

  for (const locale of ['vi', 'en', 'de']) {
    it(`is accessible in ${locale}: axe (7:1), 44 px targets, 200 % text at 320 px without horizontal scrolling`, async () => {
      await setLocale(locale);
      const el = await fixture<DvcQueueBoard>(html`<dvc-queue-board src=${q.api} .heartbeatMs=${1000}></dvc-queue-board>`);
      await until(() => el.shadowRoot!.querySelector('.board'), 1800, 'the board');
      await expectAccessible(el);
      expectTargets44(el.shadowRoot!);
      el.style.width = '320px';
      el.style.setProperty('--dvc-font-scale', '2');
      await sleep(50);
      const board = el.shadowRoot!.querySelector('.board') as HTMLElement;
      expect(board.scrollWidth).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(320);
      await setLocale('vi');
    });
  }
});
