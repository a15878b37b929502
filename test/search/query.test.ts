/** The query the search page gives pagefind, per language. */
import { describe, expect, it } from 'vitest';
import { placeWords } from '../../src/search/kazakh.ts';
import { searchQuery } from '../../src/search/query.ts';

describe('searchQuery', () => {
  it('kk: each word folded and stemmed, place names kept whole', () => {
    expect(searchQuery('kk', 'Түркістандағы кітабы', placeWords(['Түркістан облысы']))).toBe('туркистан китап');
    expect(searchQuery('kk', 'Алматыда', placeWords(['Алматы қаласы']))).toBe('алматы');
  });
  it('ru: a word of 6 letters or more loses its final vowels, shorter words stay', () => {
    expect(searchQuery('ru', 'Астане', new Set())).toBe('Астан');
    expect(searchQuery('ru', 'волонтёрский лагерь', new Set())).toBe('волонтёрск лагер');
    expect(searchQuery('ru', 'книга реки', new Set())).toBe('книга реки');
  });
  it('another language: the query as typed', () => {
    expect(searchQuery('en', 'Astana', new Set())).toBe('Astana');
  });
});
