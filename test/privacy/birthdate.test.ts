import { describe, expect, it } from 'vitest';
import { findBirthDates } from '../../src/privacy/birthdate.ts';

const NOW = new Date('2027-03-01T12:00:00+05:00');
const spans = (text: string) => findBirthDates(text, NOW).map((m) => text.slice(m.index, m.index + m.length));

describe('findBirthDates', () => {
  it('finds a date next to a "born" word in kk, ru and en, before or after it', () => {
    expect(spans('Ару 2013 жылы 12 мамырда туған.')).toEqual(['2013 жылы 12 мамырда']);
    expect(spans('Туған күні: 12.05.2013')).toEqual(['12.05.2013']);
    expect(spans('12.05.2013 ж. туылған')).toEqual(['12.05.2013']);
    expect(spans('Дата рождения — 3 марта 2012 г.')).toEqual(['3 марта 2012']);
    expect(spans('Родилась 2012-03-03 в Сатпаеве')).toEqual(['2012-03-03']);
    expect(spans('Бек, д.р. 01/09/12')).toEqual(['01/09/12']);
    expect(spans('Born on May 3, 2012.')).toEqual(['May 3, 2012']);
    expect(spans('birthday: 3 May 2012')).toEqual(['3 May 2012']);
  });

  it('ignores dates without a "born" word, and "туған" meaning native', () => {
    expect(spans('Іс-шара 12.05.2013 өтті.')).toEqual([]);
    expect(spans('«Туған жер» байқауы 2019 жылы 5 маусымда өтті; туған өлкеміз 01.09.2018')).toEqual([]);
  });

  it('ignores dates less than three years before now (event dates, not birth dates)', () => {
    expect(spans('Туған күніне орай 2026 жылы 12 мамырда кеш өтті.')).toEqual([]);
    expect(spans('Туған күні: 31.02.2012')).toEqual([]);
  });
});

describe('findBirthDates: sentences', () => {
  it('does not join a date and a "born" word from different sentences', () => {
    expect(spans('Апталық 12.06.2019 басталды. Туған күн кеші болды.')).toEqual([]);
    expect(spans('Туған күн кеші болды.\n12.06.2019')).toEqual([]);
  });
});
