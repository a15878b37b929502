import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../src/privacy/names.ts';

describe('NameMatcher', () => {
  const matcher = new NameMatcher<string>();
  matcher.add('Айгерім С.', 'first');
  matcher.add('Әли-Хан Б.', 'second');

  it('finds a name whatever its case and spacing, with an initial’s dot or without', () => {
    expect(matcher.find('Бүгін АЙГЕРІМ   с. жеңді')).toEqual([{ index: 6, length: 11, value: 'first' }]);
    expect(matcher.find('Жүргізуші: Әли-Хан\nБ')).toMatchObject([{ index: 11, value: 'second' }]);
    expect(matcher.find('Айгерім\u200b С.')).toMatchObject([{ index: 0, length: 10 }]);
  });

  it('does not take other words or another surname for the name', () => {
    expect(matcher.find('Айгерім Сейітова, Айгерім, С. Бекұлы; Айгерімс С.')).toEqual([]);
  });
});
