import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dateRange, formatDate, formatDateRange, formatDayRange, formatLongDate, localDateTime, parseIsoDate } from '../../src/domain/dates.js';

describe('dates', () => {
  it('writes Indonesian long dates', () => {
    expect(formatLongDate('2022-11-07', 'id')).toBe('Senin, 7 November 2022');
    expect(formatLongDate('2022-11-09', 'id')).toBe('Rabu, 9 November 2022');
    expect(formatLongDate('2023-08-17', 'id')).toBe('Kamis, 17 Agustus 2023');
    expect(formatLongDate('2022-11-07', 'en')).toBe('Monday, 7 November 2022');
  });

  it('writes ranges the way letters do', () => {
    expect(formatDateRange('2022-11-07', '2022-11-09', 'id')).toBe('7–9 November 2022');
    expect(formatDateRange('2022-11-30', '2022-12-02', 'id')).toBe('30 November – 2 Desember 2022');
    expect(formatDateRange('2022-12-30', '2023-01-02', 'id')).toBe('30 Desember 2022 – 2 Januari 2023');
    expect(formatDayRange('2022-11-07', '2022-11-09', 'id')).toBe('Senin–Rabu, 7–9 November 2022');
    expect(formatDayRange('2022-11-07', '2022-11-07', 'id')).toBe('Senin, 7 November 2022');
  });

  it("writes every Indonesian date and range of two years as ICU's id-ID does, with plain spaces (the tables replaced ICU)", () => {
    const icu = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('id-ID', { ...o, timeZone: 'UTC' });
    const date = icu({ day: 'numeric', month: 'long', year: 'numeric' });
    const long = icu({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const different: string[] = [];
    for (let iso = '2023-01-01'; iso < '2025-01-01'; iso = addDays(iso, 1)) {
      if (formatDate(iso, 'id') !== date.format(utc(iso))) different.push(`${iso}: ${formatDate(iso, 'id')}`);
      if (formatLongDate(iso, 'id') !== long.format(utc(iso))) different.push(`${iso}: ${formatLongDate(iso, 'id')}`);
      for (const days of [1, 2, 5, 40, 400]) {
        const end = addDays(iso, days);
        const expected = date.formatRange(utc(iso), utc(end)).replace(/\u2009/g, ' ');
        if (formatDateRange(iso, end, 'id') !== expected) different.push(`${iso}..${end}: ${formatDateRange(iso, end, 'id')} (ICU: ${expected})`);
      }
    }
    expect(different).toEqual([]);
    expect(formatDateRange('2024-02-28', '2024-03-01', 'id')).toBe('28 Februari – 1 Maret 2024');
    expect(formatDayRange('2024-05-30', '2024-06-01', 'id')).toBe('Kamis–Sabtu, 30 Mei – 1 Juni 2024');
  });

  it('accepts only real calendar dates', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('07-11-2022')).toBeUndefined();
    expect(parseIsoDate('2022-13-01')).toBeUndefined();
  });

  it('counts days across month ends', () => {
    expect(dateRange('2022-11-29', '2022-12-02')).toEqual(['2022-11-29', '2022-11-30', '2022-12-01', '2022-12-02']);
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
  });
});

describe('localDateTime', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it("shows a stored UTC instant on the laptop's clock, across midnight too", () => {
    process.env.TZ = 'Asia/Jakarta';
    expect(localDateTime('2022-11-08T02:00:05.000Z')).toBe('2022-11-08 09:00:05');
    expect(localDateTime('2022-11-08T20:30:00.000Z')).toBe('2022-11-09 03:30:00');
    process.env.TZ = 'Asia/Jayapura';
    expect(localDateTime('2022-11-08T02:00:05.000Z')).toBe('2022-11-08 11:00:05');
    process.env.TZ = 'UTC';
    expect(localDateTime('2022-11-08T02:00:05.000Z')).toBe('2022-11-08 02:00:05');
  });

  it('leaves text that is not an instant as it is', () => {
    expect(localDateTime('kemarin')).toBe('kemarin');
  });
});
