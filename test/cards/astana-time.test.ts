import { describe, expect, it } from 'vitest';
import { formatEventWhen } from '../../src/cards/astana-time.ts';

describe('event dates in Astana time', () => {
  const start = new Date('2026-06-12T15:00:00+05:00');
  const end = new Date('2026-06-12T16:30:00+05:00');

  it('prints the day, weekday and times in Kazakh and Russian', () => {
    expect(formatEventWhen(start, end, 'kk')).toEqual({ date: '12 маусым, жұма', time: '15:00–16:30' });
    expect(formatEventWhen(start, end, 'ru')).toEqual({ date: '12 июня, пятница', time: '15:00–16:30' });
  });

  it('uses UTC+5 whatever offset the file was written in (Almaty has been +05:00 since 2024-03-01)', () => {
    const utc = formatEventWhen(new Date('2026-01-15T04:00:00Z'), new Date('2026-01-15T05:00:00Z'), 'ru');
    expect(utc).toEqual({ date: '15 января, четверг', time: '09:00–10:00' });
  });

  it('names every month as Kazakh uses it after a day number', () => {
    const months = Array.from({ length: 12 }, (_, m) => {
      const day = new Date(Date.UTC(2026, m, 10, 6));
      return formatEventWhen(day, day, 'kk').date.split(',')[0];
    });
    expect(months).toEqual([
      '10 қаңтар', '10 ақпан', '10 наурыз', '10 сәуір', '10 мамыр', '10 маусым',
      '10 шілде', '10 тамыз', '10 қыркүйек', '10 қазан', '10 қараша', '10 желтоқсан',
    ]);
  });

  it('prints a range of days and the start time for a multi-day event', () => {
    const campEnd = new Date('2026-07-02T12:00:00+05:00');
    expect(formatEventWhen(new Date('2026-06-30T10:00:00+05:00'), campEnd, 'kk')).toEqual({ date: '30 маусым – 2 шілде', time: '10:00' });
    expect(formatEventWhen(new Date('2026-06-30T10:00:00+05:00'), campEnd, 'ru')).toEqual({ date: '30 июня – 2 июля', time: '10:00' });
  });
});
