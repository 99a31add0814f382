import { expect } from '@open-wc/testing';
import { setLocale } from '../../src/core/localization.js';
import { formatDuration, formatVnd } from '../../src/core/amounts.js';
import { formatDate, formatNumber, formatTime } from '../../src/core/format.js';

describe('formatting', () => {
  after(() => setLocale('vi'));
  // 2026-11-28 01:30 UTC is 08:30 the same day in Hue.
  const morning = Date.UTC(2026, 10, 28, 1, 30);
  // 2026-11-28 20:00 UTC is already the 29th in Viet Nam.
  const lateUtc = Date.UTC(2026, 10, 28, 20, 0);

  it('writes VND the way ward notices do', async () => {
    await setLocale('vi');
    expect(formatVnd(200000)).to.equal('200.000 đồng');
    expect(formatVnd(0)).to.equal('Miễn phí');
    await setLocale('en');
    expect(formatVnd(8000)).to.equal('8,000 VND');
    await setLocale('de');
    expect(formatVnd(15000)).to.equal('15.000 VND');
    expect(formatNumber(1234567, 'vi')).to.equal('1.234.567');
  });

  it('writes dates as dd/mm/yyyy in vi, in the Asia/Ho_Chi_Minh time zone', () => {
    expect(formatDate(morning, 'vi')).to.equal('28/11/2026');
    expect(formatDate(lateUtc, 'vi')).to.equal('29/11/2026');
    expect(formatDate(morning, 'en')).to.equal('28 November 2026');
    expect(formatDate(morning, 'de')).to.equal('28.11.2026');
    expect(formatDate('not a date', 'vi')).to.equal('');
  });

  it('writes times on a 24-hour clock in the ward time zone, as Intl does in each locale', async () => {
    const noon = Date.UTC(2026, 5, 1, 5, 5);
    for (const locale of ['vi', 'en', 'de'] as const) {
      await setLocale(locale);
      for (const at of [morning, lateUtc, noon, '2026-12-31T17:00:00Z', new Date(Date.UTC(2026, 0, 1, 16, 59))]) {
        const intl = new Intl.DateTimeFormat({ vi: 'vi-VN', en: 'en-GB', de: 'de-DE' }[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' });
        expect(formatTime(at)).to.equal(intl.format(new Date(at)));
      }
    }
    expect(formatTime(morning)).to.equal('08:30');
    expect(formatTime(lateUtc)).to.equal('03:00');
    expect(formatTime(Number.NaN)).to.equal('');
  });

  it('rounds durations to what people can use', async () => {
    await setLocale('en');
    expect(formatDuration(20)).to.equal('less than a minute');
    expect(formatDuration(65)).to.equal('about 1 minute');
    expect(formatDuration(7 * 60)).to.equal('about 7 minutes');
    expect(formatDuration(13 * 60)).to.equal('about 15 minutes');
    expect(formatDuration(61 * 60)).to.equal('about 1 hour');
    expect(formatDuration(95 * 60)).to.equal('about 1 hour 30 minutes');
    expect(formatDuration(150 * 60)).to.equal('about 2 hours 30 minutes');
    expect(formatDuration(179 * 60)).to.equal('about 3 hours');
    expect(formatDuration(Number.NaN)).to.equal('less than a minute');
    await setLocale('vi');
    expect(formatDuration(13 * 60)).to.equal('khoảng 15 phút');
    await setLocale('de');
    expect(formatDuration(65)).to.equal('etwa 1 Minute');
    expect(formatDuration(95 * 60)).to.equal('etwa 1 Stunde 30 Minuten');
  });
});
