import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { mutate, mutation, schemaVerdicts } from '../helpers/mutate.js';
import { content as vi } from '../../src/vneid-guide/content/vi.js';
import { content as en } from '../../src/vneid-guide/content/en.js';
import { content as de } from '../../src/vneid-guide/content/de.js';
import { checkContent, mergeContent } from '../../src/vneid-guide/model/guard.js';
import { detectPlatform, resolvePlatform } from '../../src/vneid-guide/model/platform.js';
import { cleanProgress } from '../../src/vneid-guide/internal/lazy/progress.js';
import { applicableTasks, countSteps, stepsFor, taskStatus } from '../../src/vneid-guide/model/routing.js';
import type { Answers, GuideContent } from '../../src/vneid-guide/model/types.js';

const UA = {
  android: 'Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  zalo: 'Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/115.0 Mobile Safari/537.36 Zalo android/12100',
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  ipadOld: 'Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
  windows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 coc_coc_browser/120.0',
  linux: 'Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0',
};

describe('vneid-guide platform detection', () => {
  it('reads Android, iOS and desktop from user agents; an iPad with a desktop UA is iOS', () => {
    expect(detectPlatform(UA.android)).to.equal('android');
    expect(detectPlatform(UA.zalo)).to.equal('android');
    expect(detectPlatform(UA.iphone)).to.equal('ios');
    expect(detectPlatform(UA.ipadOld)).to.equal('ios');
    expect(detectPlatform(UA.mac, 5)).to.equal('ios');
    expect(detectPlatform(UA.mac, 0)).to.equal('desktop');
    expect(detectPlatform(UA.windows)).to.equal('desktop');
    expect(detectPlatform(UA.linux, 0)).to.equal('desktop');
  });

  it('the attribute wins over the user agent; anything else is auto', () => {
    const nav = { userAgent: UA.iphone, maxTouchPoints: 5 };
    expect(resolvePlatform('desktop', nav)).to.equal('desktop');
    expect(resolvePlatform('android', nav)).to.equal('android');
    expect(resolvePlatform('auto', nav)).to.equal('ios');
    expect(resolvePlatform('windows-phone', nav)).to.equal('ios');
  });
});

describe('vneid-guide routing', () => {
  const ids = (answers: Answers) => applicableTasks(en, answers).map((t) => t.id);

  it('the two answers choose the tasks', () => {
    expect(ids({ chipCard: 'yes', level2: 'yes' })).to.deep.equal(['install', 'activate', 'login']);
    expect(ids({ chipCard: 'yes', level2: 'no' })).to.deep.equal(['install', 'level1', 'level2', 'activate', 'login']);
    expect(ids({ chipCard: 'yes', level2: 'unsure' })).to.deep.equal(['install', 'level1', 'level2', 'activate', 'login']);
    expect(ids({ chipCard: 'no', level2: 'no' })).to.deep.equal(['get-card', 'install', 'level2', 'activate', 'login']);
    expect(ids({ chipCard: 'no', level2: 'yes' })).to.deep.equal(['get-card', 'install', 'activate', 'login']);
  });

  it('every locale routes the same way, with the same ids', () => {
    const shape = (c: GuideContent) => c.tasks.map((t) => [t.id, JSON.stringify(t.when), t.steps.map((s) => `${s.id}:${s.platforms ?? ''}:${s.illustration}:${!!s.safety}:${s.trouble ?? ''}`)]);
    expect(shape(vi)).to.deep.equal(shape(en));
    expect(shape(de)).to.deep.equal(shape(en));
    for (const c of [vi, de]) {
      expect(c.needs.map((n) => n.id)).to.deep.equal(en.needs.map((n) => n.id));
      expect(c.trouble.map((n) => n.id)).to.deep.equal(en.trouble.map((n) => n.id));
    }
  });

  it('steps per platform: the store differs, and a desktop gets QR codes', () => {
    const install = en.tasks.find((t) => t.id === 'install')!;
    expect(stepsFor(install, 'android').map((s) => s.id)).to.deep.equal(['install-safe', 'install-android', 'install-open']);
    expect(stepsFor(install, 'ios').map((s) => s.id)).to.deep.equal(['install-safe', 'install-ios', 'install-open']);
    expect(stepsFor(install, 'desktop').map((s) => s.id)).to.deep.equal(['install-safe', 'install-desktop', 'install-open']);
    expect(stepsFor(install, 'desktop')[1].qr).to.equal(true);
    // Activation also works on the VNeID web site: a desktop gets that step first.
    const activate = en.tasks.find((t) => t.id === 'activate')!;
    expect(stepsFor(activate, 'desktop')[0].id).to.equal('activate-web');
    expect(stepsFor(activate, 'android').map((s) => s.id)).to.not.include('activate-web');
  });

  it('task statuses and counts follow the step statuses', () => {
    const install = en.tasks.find((t) => t.id === 'install')!;
    expect(taskStatus(install, 'android', {})).to.equal('not-started');
    expect(taskStatus(install, 'android', { 'install-android': 'seen' })).to.equal('in-progress');
    expect(taskStatus(install, 'android', { 'install-android': 'done' })).to.equal('in-progress');
    expect(taskStatus(install, 'android', { 'install-safe': 'done', 'install-android': 'done', 'install-open': 'done' })).to.equal('completed');
    // The iOS step does not count on Android.
    expect(taskStatus(install, 'ios', { 'install-safe': 'done', 'install-android': 'done', 'install-open': 'done' })).to.equal('in-progress');
    const tasks = applicableTasks(en, { chipCard: 'yes', level2: 'yes' });
    expect(countSteps(tasks, 'android', { 'install-open': 'done', 'level1-start': 'done' })).to.deep.equal({ completed: 1, total: 11 });
  });

  it('stored progress keeps only step ids and statuses', () => {
    expect(cleanProgress({ 'install-open': 'done', 'level1-nfc': 'seen', name: 'Nguyễn Văn A', 'x y': 'done', bad: 3 })).to.deep.equal({
      'install-open': 'done',
      'level1-nfc': 'seen',
    });
    for (const junk of [null, 'x', [1], 42]) expect(cleanProgress(junk)).to.deep.equal({});
  });
});

describe('vneid-guide content guard', () => {
  it('accepts the built-in content of every locale', () => {
    for (const c of [vi, en, de]) expect(checkContent(c).problems).to.deep.equal([]);
  });

  it('names every mistake by its JSON path', () => {
    const bad = {
      version: 2,
      colour: 'red',
      stores: { android: { url: 'javascript:alert(1)' } },
      needs: [{ id: 'a', title: '' }],
      tasks: [
        { id: 'Bad Id', title: { vi: 'x', fr: 'y' }, when: { chipCard: ['maybe'] }, steps: [] },
        { id: 't', title: 'T', steps: [{ id: 'a', title: 'S', lines: [{ text: 'Tap {button}', button: '' }, 7], platforms: ['windows'], safety: 'yes', trouble: ['nope'] }] },
      ],
      trouble: [{ id: 'otp', title: 'x' }],
    };
    const { content, problems } = checkContent(bad);
    expect(content).to.equal(undefined);
    expect(problems.map((p) => p.path)).to.have.members([
      '$.colour',
      '$.version',
      '$.stores.android.url',
      '$.needs[0].title',
      '$.trouble[0].lines',
      '$.tasks[0].id',
      '$.tasks[0].title.fr',
      '$.tasks[0].when.chipCard[0]',
      '$.tasks[0].steps',
      '$.tasks[1].steps[0].id',
      '$.tasks[1].steps[0].lines[0].button',
      '$.tasks[1].steps[0].lines[1]',
      '$.tasks[1].steps[0].platforms[0]',
      '$.tasks[1].steps[0].safety',
      '$.tasks[1].steps[0].trouble[0]',
    ]);
    expect(checkContent('nope').problems).to.deep.equal([{ path: '$', message: 'must be an object' }]);
  });

  it('"extends": "default" lays a portal\'s changes over the built-in content', () => {
    const extra = {
      version: 1,
      extends: 'default',
      help: 'Bàn hỗ trợ VNeID, tầng 1, UBND phường.',
      stores: { android: { url: 'https://play.google.com/store/apps/details?id=example', verified: true } },
      tasks: [{ id: 'login', title: 'Log in to the ward portal', steps: [{ id: 'ward-login', title: 'Open it', lines: ['Open the ward portal.'] }] }],
    };
    const checked = checkContent(extra);
    expect(checked.problems).to.deep.equal([]);
    const merged = mergeContent(en, checked.content!);
    expect(checkContent(merged).problems).to.deep.equal([]);
    expect(merged.tasks.map((t) => t.id)).to.deep.equal(en.tasks.map((t) => t.id));
    expect(merged.tasks.at(-1)!.steps[0].id).to.equal('ward-login');
    expect(merged.stores!.android!.verified).to.equal(true);
    expect(merged.stores!.ios).to.deep.equal(en.stores!.ios);
    expect(merged.help).to.equal(extra.help);
  });

  it('tells the 2025 facts: help lines and what each is for, a new phone, "Gửi yêu cầu", the web site, SIM in one\'s own name, scams', () => {
    const all = (c: GuideContent) => JSON.stringify(c);
    const step = (c: GuideContent, id: string) => JSON.stringify(c.tasks.flatMap((t) => t.steps).find((s) => s.id === id));
    const trouble = (c: GuideContent, id: string) => JSON.stringify(c.trouble.find((t) => t.id === id));
    // vi
    expect(trouble(vi, 'hotlines')).to.include('1900 0368').and.include('khóa tài khoản').and.include('1800 1096').and.include('Cổng Dịch vụ công quốc gia');
    expect(trouble(vi, 'phone')).to.include('ứng dụng VNeID trên điện thoại cũ, không gửi qua tin nhắn').and.include('1900 0368');
    expect(step(vi, 'activate-id')).to.include('"button":"Gửi yêu cầu"');
    expect(trouble(vi, 'password')).to.include('"button":"Gửi yêu cầu"');
    expect(step(vi, 'activate-web')).to.include('vneid.gov.vn');
    expect(step(vi, 'install-desktop')).to.not.include('không dùng trên máy tính');
    expect(step(vi, 'activate-password')).to.include('đã có tài khoản mức độ 1, ứng dụng bỏ qua bước này');
    expect(JSON.stringify(vi.tasks.find((t) => t.id === 'level2'))).to.include('Không cần có tài khoản mức độ 1 trước');
    expect(step(vi, 'card-apply')).to.include('đăng ký luôn tài khoản định danh điện tử mức độ 2');
    expect(JSON.stringify(vi.needs)).to.include('SIM chính chủ');
    expect(step(vi, 'install-safe')).to.include('CH Play').and.include('App Store').and.include('Trung tâm dữ liệu quốc gia về dân cư').and.include('.apk').and.include('Công an không bao giờ gọi điện');
    // en and de say the same
    for (const c of [en, de]) {
      expect(trouble(c, 'hotlines')).to.include('1900 0368').and.include('1800 1096');
      expect(trouble(c, 'phone')).to.include('1900 0368');
      expect(step(c, 'activate-id')).to.include('Gửi yêu cầu');
      expect(step(c, 'install-safe')).to.include('.apk').and.include('Trung tâm dữ liệu quốc gia về dân cư');
      expect(/Bezirk|(?<!commune or )ward police/.test(all(c)), 'the German ward term is Gemeinde; no "ward police" alone').to.equal(false);
    }
  });

  it('names an unknown key with the one most likely meant, at every level', () => {
    const bad = {
      version: 1, extends: 'default', Help: 'x',
      tasks: [{ id: 'a', title: { vi: 'A', VI: 'B' }, steps: [{ id: 'b', title: 'B', lines: [{ Text: 'x {button}', button: 'Nút' }], ilustration: 'x' }] }],
    };
    expect(checkContent(bad).problems).to.deep.equal([
      { path: '$.Help', message: 'unknown key — did you mean help?' },
      { path: '$.tasks[0].title.VI', message: 'unknown key — did you mean vi?' },
      { path: '$.tasks[0].steps[0].ilustration', message: 'unknown key — did you mean illustration?' },
      { path: '$.tasks[0].steps[0].lines[0].Text', message: 'unknown key — did you mean text?' },
      { path: '$.tasks[0].steps[0].lines[0].text', message: 'must be text: a string that is not blank, or { "vi", "en", "de" }' },
    ]);
  });

  it('agrees with the schema on 600 mutated contents (unknown, dropped and mistyped keys)', async function () {
    this.timeout(8000);
    // Small contents cut from the built-in ones, standing alone or laid over the default.
    const bases = [vi, en, de].flatMap((c) => [
      { ...c, tasks: c.tasks.slice(0, 2), trouble: c.trouble.slice(0, 2), needs: c.needs.slice(0, 2) },
      { version: 1 as const, extends: 'default', help: c.help, tasks: c.tasks.slice(1, 2), stores: c.stores },
    ]).map((c) => JSON.parse(JSON.stringify(c)));
    const seed = Date.now();
    const samples = fc.sample(fc.tuple(fc.nat(bases.length - 1), fc.array(mutation, { maxLength: 3 })), { numRuns: 600, seed });
    const contents = samples.map(([i, ms]) => mutate(bases[i], ms));
    const verdicts = await schemaVerdicts('vneid-guide.schema.json', contents);
    // What only the guard checks: ids unique, and a step's trouble naming an entry of $.trouble.
    const guardOnly = /^duplicate id|^must name an entry of/;
    const disagree = contents.filter((c, i) => (checkContent(c).problems.filter((p) => !guardOnly.test(p.message)).length === 0) !== verdicts[i].valid);
    expect(disagree.length, `seed ${seed}: ${JSON.stringify(disagree[0])?.slice(0, 2000)}`).to.equal(0);
    expect(verdicts.filter((v) => v.valid).length).to.be.within(60, 540);
  });

  it('agrees with schemas/vneid-guide.schema.json (Ajv, on the server side)', async () => {
    const validate = async (value: unknown) =>
      (await (await fetch('/__fixture/validate/vneid-guide.schema.json', { method: 'POST', body: JSON.stringify(value) })).json()) as { valid: boolean; paths: string[] };
    for (const c of [vi, en, de]) expect((await validate(c)).paths).to.deep.equal([]);
    const samples: unknown[] = [
      { version: 1, extends: 'default', help: { vi: 'Hỏi bàn tình nguyện viên.' } },
      { version: 1, needs: [], tasks: [{ id: 'a', title: 'A', steps: [{ id: 'b', title: 'B', lines: [{ text: 'x', button: 'Nút', meaning: { en: 'Button' } }] }] }], trouble: [] },
      { version: 1, tasks: [] },
      { version: 1, needs: [], trouble: [], tasks: [{ id: 'a', title: 'A', steps: [{ id: 'b', title: 'B', lines: [{ vi: '' }] }] }] },
      { version: 1, extends: 'default', stores: { ios: { url: 'ftp://x' } } },
      { version: 1, extends: 'default', tasks: [{ id: 'a', title: 'A', when: { level2: [] }, steps: [{ id: 'b', title: 'B', lines: ['x'] }] }] },
      { version: 1, extends: 'default', needs: [{ id: 'n', title: 'N', lines: [] }] },
    ];
    for (const sample of samples) {
      const schema = await validate(sample);
      expect(checkContent(sample).problems.length === 0, JSON.stringify(sample)).to.equal(schema.valid);
    }
  });
});
