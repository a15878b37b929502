/**
 * The Kazakh stemmer and folding on a word list with expected stems: inflected forms of the demo
 * content's words, phone-keyboard spellings, and words that must not be cut (short roots, place
 * names, Latin words).
 */
import { describe, expect, it } from 'vitest';
import { foldWord, kazakhIndexWords, kazakhQuery, MIN_STEM, placeWords, stemForms, stemKazakh } from '../../src/search/kazakh.ts';

const PLACES = placeWords(['Түркістан облысы', 'Алматы қаласы', 'Астана қаласы', 'Шымкент қаласы', 'Сайрам ауданы', 'Ұлытау облысы']);

describe('foldWord', () => {
  it('reads Kazakh letters as a Russian keyboard types them', () => {
    expect(foldWord('Түркістан')).toBe('туркистан');
    expect(foldWord('ӘҒҚҢӨҰҮҺІ')).toBe('агкноуухи');
  });
  it('reads Latin look-alikes as Cyrillic in a Cyrillic word, and leaves Latin words alone', () => {
    expect(foldWord('кiтап')).toBe('китап'); // Latin i
    expect(foldWord('Tуркicтaн')).toBe('туркистан');
    expect(foldWord('Google')).toBe('google');
    expect(foldWord('Telegram')).toBe('telegram');
  });
});

describe('stemKazakh', () => {
  const cases: [string, string][] = [
    // place names in several cases, with and without Kazakh letters
    ['Түркістанда', 'туркистан'], ['туркистанда', 'туркистан'], ['Түркістанның', 'туркистан'], ['Түркістандағы', 'туркистан'],
    ['Астанада', 'астана'], ['Астанаға', 'астана'], ['Астананың', 'астана'], ['Астанадан', 'астана'],
    ['Шымкентте', 'шымкент'], ['Шымкенттегі', 'шымкент'], ['Шымкенттен', 'шымкент'],
    ['Алматыда', 'алматы'], ['Алматының', 'алматы'], ['Сайрамда', 'сайрам'], ['Ұлытауда', 'улытау'],
    // voiced finals restored: кітабы → кітап, қазағы → қазақ, мектебі → мектеп
    ['кітабы', 'китап'], ['кітапқа', 'китап'], ['кітабыма', 'китап'], ['кітабын', 'китап'], ['кітаптармен', 'китап'], ['қазағы', 'казак'], ['мектебі', 'мектеп'], ['мектепке', 'мектеп'],
    // possessive, plural, case together, right to left
    ['оқушыларымызға', 'окушы'], ['балалардың', 'бала'], ['еріктілерге', 'ерикти'], ['жәрмеңкесі', 'жарменке'], ['жәрмеңкеге', 'жарменке'], ['кездесуге', 'кездесу'],
    // vowel harmony: a back ending does not follow a front stem
    ['мектепта', 'мектепта'], ['ертегіда', 'ертегида'],
    // the corpus's former misses: a loan word's и takes back endings, a final ь is no sound, -лық is cut
    ['тарихы', 'тарих'], ['тарихын', 'тарих'], ['тарихқа', 'тарих'], ['тарихтан', 'тарих'],
    ['лагерь', 'лагер'], ['лагерьде', 'лагер'], ['лагерьге', 'лагер'], ['лагерьдегі', 'лагер'], ['лагері', 'лагер'],
    ['экологиялық', 'экология'], ['экологияға', 'экология'], ['спорттық', 'спорт'], ['спортқа', 'спорт'], ['достық', 'дос'], ['спорттықтар', 'спорт'],
    // a root ending in -ын is not a possessive: ойын (a game), ойынға, ойыны
    ['ойын', 'ойын'], ['ойынға', 'ойын'], ['ойыны', 'ойын'], ['ойындар', 'ойын'], ['ойынды', 'ойын'],
    // the instrumental has no back form: -мен after a back stem
    ['кітаптарымен', 'китап'], ['балалармен', 'бала'],
    // not cut: short roots, words with nothing to strip, Latin words, -лық on a root too short to cut
    ['халық', 'халык'], ['балық', 'балык'],
    ['су', 'су'], ['тау', 'тау'], ['кітап', 'китап'], ['Google', 'google'], ['2026', '2026'],
  ];
  it.each(cases)('%s → %s', (word, stem) => {
    expect(stemKazakh(word, PLACES)).toBe(stem);
  });

  it('never cuts below MIN_STEM letters', () => {
    for (const word of ['суға', 'ауда', 'алда', 'елге', 'үйде']) expect(stemKazakh(word).length).toBeGreaterThanOrEqual(Math.min(MIN_STEM, foldWord(word).length));
    expect(stemKazakh('суға')).toBe('суга');
  });

  it('never cuts into a protected place name, and cuts an unprotected word that looks the same', () => {
    expect(stemKazakh('Алматы', PLACES)).toBe('алматы');
    expect(stemKazakh('Алматы')).toBe('алмат'); // without the exception list, -ы reads as a possessive
    expect(stemKazakh('Сайрам', PLACES)).toBe('сайрам');
  });

  it('cuts a word the same way whatever keyboard typed it', () => {
    for (const [a, b] of [['Түркістанда', 'туркистанда'], ['жәрмеңкеге', 'жарменкеге'], ['Қазағы', 'казагы'], ['кітабы', 'кiтабы']]) {
      expect(stemKazakh(a!, PLACES)).toBe(stemKazakh(b!, PLACES));
    }
  });
});

describe('the index and the query', () => {
  it('a page adds the folded and restored forms its own words do not begin with, without one-letter words', () => {
    const words = kazakhIndexWords('Айгерім Т. оқушылар Түркістанда кітабы акция', PLACES);
    expect(words).toEqual(['айгерим', 'окушылар', 'туркистанда', 'китабы', 'китап']);
    expect(words).not.toContain('т');
    expect(words).not.toContain('акция'); // pagefind indexes the page's own word as it is
  });
  it('a query of any form is a prefix of a word the page gives pagefind (its own words or the added forms)', () => {
    const text = 'Оқушы кітабын Түркістан';
    const indexed = [...text.toLowerCase().split(' '), ...kazakhIndexWords(text, PLACES)];
    for (const query of ['оқушылар', 'окушыларга', 'кітап', 'кітаптар', 'туркистанда', 'Түркістанның', 'оқушы', 'кiтабын']) {
      const stem = kazakhQuery(query, PLACES);
      expect(indexed.some((form) => form.startsWith(stem)), `${query} → ${stem}`).toBe(true);
    }
  });
  it('the stem chain ends in the stem', () => {
    expect(stemForms('оқушыларымызға')).toEqual(['окушыларымызга', 'окушыларымыз', 'окушылар', 'окушы']);
  });
});
