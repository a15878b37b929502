import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidIin } from '../../src/privacy/scan.ts';

const NOW = new Date('2027-03-01T12:00:00+05:00');

describe('findPersonalData', () => {
  const html = [
    '<p>Ару А., 9 сынып</p>',
    '<p>ЖСН 870412300129</p>',
    '<a href="tel:+77010000000">қоңырау</a> <a href="mailto:aru.test@mail.example.kz">хат</a>',
    '<p>Туған күні: 12.05.2013</p>',
    '<p>Мекенжайы: Абай көшесі, 12</p>',
    '<p>Кездесу 2027-06-12, ӘАОЖ 621039000, 800 қатысушы</p>',
  ].join('\n');

  it('finds every kind in built HTML, in order, with spans that cover the value', () => {
    const found = findPersonalData(html, { now: NOW });
    expect(found.map((m) => m.kind)).toEqual(['iin', 'phone', 'email', 'birthdate', 'address']);
    expect(found.map((m) => html.slice(m.index, m.index + m.length))).toEqual(['870412300129', '+77010000000', 'aru.test@mail.example.kz', '12.05.2013', 'көшесі, 12']);
  });

  it('looks only for the kinds asked for', () => {
    expect(findPersonalData(html, { kinds: ['iin', 'email'], now: NOW }).map((m) => m.kind)).toEqual(['iin', 'email']);
  });

  it('re-exports the IIN check for callers that test single values', () => {
    expect(isValidIin('870412300129')).toBe(true);
    expect(isValidIin('870412300120')).toBe(false);
  });
});
