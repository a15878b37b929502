/** The sitemap's language alternates follow from each URL's own path (src/site/sitemap-links.ts). */
import { describe, expect, it } from 'vitest';
import { languageAlternates } from '../../src/site/sitemap-links.ts';

const root = 'https://mynjasa.example.kz/site/';

describe('languageAlternates', () => {
  it('gives the same page in both languages, in URL order, from either language', () => {
    const about = [
      { url: `${root}about/`, lang: 'kk-KZ' },
      { url: `${root}ru/about/`, lang: 'ru-KZ' },
    ];
    expect(languageAlternates(`${root}about/`, root)).toEqual(about);
    expect(languageAlternates(`${root}ru/about/`, root)).toEqual(about);
    // "ru/…" sorts before "stats/": the order @astrojs/sitemap writes.
    expect(languageAlternates(`${root}stats/`, root).map((link) => link.lang)).toEqual(['ru-KZ', 'kk-KZ']);
    expect(languageAlternates(`${root}ru/`, root)).toEqual([
      { url: root, lang: 'kk-KZ' },
      { url: `${root}ru/`, lang: 'ru-KZ' },
    ]);
  });

  it('does not take a page whose name starts with "ru" for a Russian page', () => {
    expect(languageAlternates(`${root}rules/`, root).map((link) => link.url)).toEqual([`${root}ru/rules/`, `${root}rules/`]);
  });

  it('gives nothing for a URL outside the site', () => {
    expect(languageAlternates('https://elsewhere.example/about/', root)).toEqual([]);
  });
});
