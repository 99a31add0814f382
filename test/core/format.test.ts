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

  it('writes times on a 24-hour clock in the ward time zone', () => {
    expect(formatTime(morning, 'vi')).to.equal('08:30');
    expect(formatTime(lateUtc, 'en')).to.equal('03:00');
    expect(formatTime(Number.NaN, 'de')).to.equal('');
  });

  it('keeps one formatter per language and kind, following a language switch', async () => {
    await setLocale('en');
    expect([formatDate(morning), formatTime(morning), formatNumber(8000)]).to.deep.equal(['28 November 2026', '08:30', '8,000']);
    await setLocale('vi');
    expect([formatDate(morning), formatTime(morning), formatNumber(8000)]).to.deep.equal(['28/11/2026', '08:30', '8.000']);
    await setLocale('en');
    expect(formatDate(lateUtc)).to.equal('29 November 2026');
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
