/**
 * A query as the search page gives it to pagefind, per language (src/search/client.ts, and the
 * quality test with it):
 * - Kazakh: every word folded and stemmed (kazakh.ts), as the index was;
 * - Russian: pagefind stems Russian itself, but answers a form it holds as a whole word with that
 *   word's pages only (`Астане` finds the page saying «Астане», not those saying «Астаны»:
 *   measured with pagefind 1.6 on a three-page index), so a word of 6 letters or more loses its
 *   final vowels (and й, ь) first; pagefind then stems it and matches it as a prefix.
 */
import { kazakhQuery } from './kazakh.ts';

/** Letters a Russian word's ending may close with, dropped from a long query word. */
const RUSSIAN_FINAL = /[аеёиоуыэюяйь]+$/u;
const RUSSIAN_LONG = 6;

export function searchQuery(lang: string, query: string, placeWords: ReadonlySet<string>): string {
  if (lang === 'kk') return kazakhQuery(query, placeWords);
  if (lang === 'ru') return query.split(/\s+/).filter(Boolean).map((word) => ([...word].length >= RUSSIAN_LONG ? word.replace(RUSSIAN_FINAL, '') : word)).join(' ');
  return query;
}
