/**
 * Measures search quality on the corpus (corpus.ts) against a built site, in Chromium through
 * pagefind's JS API, as the search page asks: the query prepared by src/search/query.ts (a
 * Kazakh one stemmed with the page's place names), the page's ranking options. recall@10 is the share of a query's expected
 * pages (up to 10) among its first 10 results; precision@10 the share of those results that were
 * expected (a query with no result scores 0 on both). `raw: true` sends queries as typed, with
 * pagefind's default options: the search before the stemmer.
 *
 * `node test/search/quality.ts [--dist DIR] [--raw]` prints the figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { indexedText } from '../../src/search/index-html.ts';
import { RANKING } from '../../src/search/options.ts';
import { readPlaceWords } from '../../src/search/place-names.ts';
import { searchQuery } from '../../src/search/query.ts';
import { KAZAKH, RUSSIAN, type QueryGroup } from './corpus.ts';

export type Language = 'kk' | 'ru';

export interface Figures {
  queries: number;
  recall: number;
  precision: number;
  /** Queries that found less than all their expected pages (up to 10), for the report. */
  misses: { query: string; recall: number; precision: number }[];
}

/** The site's indexed pages by language: URL path → lower-case indexed text. */
export function indexedPages(dist: string): Record<Language, Map<string, string>> {
  const pages = { kk: new Map<string, string>(), ru: new Map<string, string>() };
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const path = join(entry.parentPath, entry.name);
    const page = indexedText(readFileSync(path, 'utf8'));
    if (!page || (page.lang !== 'kk' && page.lang !== 'ru')) continue;
    const url = `/${relative(dist, entry.parentPath)}/`.replace(/\/+/g, '/').replace(/^\/\.\//, '/');
    pages[page.lang].set(url, page.text.toLowerCase());
  }
  return pages;
}

/**
 * The pages a group expects: those with a word that begins with one of its roots (a root inside a
 * compound, өзен in Жаңаөзен, is another word).
 */
export function expectedPages(group: QueryGroup, pages: Map<string, string>): Set<string> {
  const starts = group.roots.map((root) => new RegExp(`(?:^|[^\\p{L}])${root}`, 'u'));
  return new Set([...pages].filter(([, text]) => starts.some((start) => start.test(text))).map(([url]) => url));
}

/**
 * The first 10 result paths of a query, run by pagefind in the page (the search page of its
 * language) as the search box runs it: while the query is typed, pagefind's UI preloads the index
 * for each prefix as typed; then it searches the processed term.
 */
async function topTen(page: Page, typed: string, term: string, raw: boolean): Promise<string[]> {
  // A string, not a function: the test runner would rewrite a function's import() for Node.
  const script = `(async () => {
    const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
    if (!${raw}) await pagefind.options({ ranking: ${JSON.stringify(RANKING)} });
    const typed = ${JSON.stringify(typed)};
    for (let length = 1; length <= typed.length; length += 1) await pagefind.preload(typed.slice(0, length));
    const search = await pagefind.search(${JSON.stringify(term)});
    const data = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
    return data.map((result) => new URL(result.url, location.href).pathname);
  })()`;
  return page.evaluate(script) as Promise<string[]>;
}

/** recall@10 and precision@10 of one language's corpus; `page` is that language's search page. */
export async function measure(page: Page, language: Language, dist: string, { raw = false } = {}): Promise<Figures> {
  const pages = indexedPages(dist)[language];
  const placeWords = raw ? new Set<string>() : readPlaceWords(dist);
  const groups = language === 'kk' ? KAZAKH : RUSSIAN;
  let recall = 0;
  let precision = 0;
  let queries = 0;
  const misses: Figures['misses'] = [];
  for (const group of groups) {
    const expected = expectedPages(group, pages);
    if (expected.size === 0) throw new Error(`no ${language} page contains ${group.roots.join('/')}: the corpus does not fit the site`);
    for (const query of group.queries) {
      const term = raw ? query : searchQuery(language, query, placeWords);
      const results = await topTen(page, query, term, raw);
      const found = results.filter((url) => expected.has(url)).length;
      const r = found / Math.min(10, expected.size);
      const p = results.length === 0 ? 0 : found / results.length;
      recall += r;
      precision += p;
      queries += 1;
      if (r < 1 || p < 1) misses.push({ query, recall: r, precision: p });
    }
  }
  return { queries, recall: recall / queries, precision: precision / queries, misses };
}

if (import.meta.main) {
  const { serveStatic, launchChromium, DIST } = await import('../e2e/harness.ts');
  const args = process.argv.slice(2);
  const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : DIST;
  const raw = args.includes('--raw');
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    for (const language of ['kk', 'ru'] as const) {
      const page = await browser.newPage();
      await page.goto(`${server.url}${language === 'kk' ? '' : '/ru'}/search/`);
      const figures = await measure(page, language, dist, { raw });
      process.stdout.write(`${language}: ${figures.queries} queries, recall@10 ${figures.recall.toFixed(3)}, precision@10 ${figures.precision.toFixed(3)}\n`);
      for (const miss of figures.misses) process.stdout.write(`  ${miss.query}: recall ${miss.recall.toFixed(2)}, precision ${miss.precision.toFixed(2)}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
