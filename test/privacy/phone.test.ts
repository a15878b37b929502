import { describe, expect, it } from 'vitest';
import { findPhones } from '../../src/privacy/phone.ts';

const spans = (text: string) => findPhones(text).map((m) => text.slice(m.index, m.index + m.length));

describe('findPhones', () => {
  it('finds Kazakh numbers in their written forms', () => {
    for (const phone of ['+7 701 123 45 67', '8 (701) 123-45-67', '+77011234567', '87011234567', '+7 (7172) 55-55-55', '8-747-000-00-00', '77011234567']) {
      expect(spans(`Анасының телефоны ${phone}, хабарласыңыз.`)).toEqual([phone]);
    }
  });

  it('leaves dates, KATO codes, counts, order numbers and long ids alone', () => {
    const text = [
      'Күні: 2027-06-12T15:00:00+05:00, 12.06.2027',
      'kato: "621039000", 8 сынып, 7–9 сыныптар, 800 қатысушы',
      'order: "№ 45-ө", 8 2027 06 12 15',
      'Жиынтық 82027061215 және 85512345678',
      '123456789012 және 8701123456789',
    ].join('\n');
    expect(spans(text)).toEqual([]);
  });

  it('does not take the numbers in meeting and form links for phones, but does in dialling links', () => {
    expect(spans('https://zoom.us/j/87011234567 және [форма](https://forms.example.kz/87011234567)')).toEqual([]);
    expect(spans('https://wa.me/77011234567 немесе <a href="tel:+77011234567">')).toEqual(['77011234567', '+77011234567']);
  });

  it('does not join digits across lines', () => {
    expect(spans('grade: 8\n7011234567')).toEqual([]);
  });
});
