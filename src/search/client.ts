/**
 * The search page's script (bundled by Astro from this module, so the stemmer is the build's own):
 * starts pagefind's UI on `#search` with the page's strings, gives pagefind each query as
 * src/search/query.ts prepares it (on the Kazakh page: folded stems), then rebuilds each Kazakh result's
 * excerpt from the page's own text with the words the stems matched marked. `?q=` from the
 * header's search box runs the search at once.
 */
import { kazakhExcerpt } from './excerpt.ts';
import { PLACE_WORDS_ID, RANKING, STEMS_FIELD } from './options.ts';
import { searchQuery } from './query.ts';

declare const PagefindUI: new (options: Record<string, unknown>) => { triggerSearch: (term: string) => void };

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
}

function start(): void {
  const element = document.querySelector<HTMLElement>('#search[data-search-ui]');
  if (!element) return;
  const translations = JSON.parse(element.dataset.translations ?? '{}') as Record<string, string>;
  const bundlePath = element.dataset.bundlePath!;
  const kazakh = document.documentElement.lang === 'kk';
  const placeData = document.getElementById(PLACE_WORDS_ID)?.textContent;
  const placeWords = new Set<string>(placeData ? (JSON.parse(placeData) as string[]) : []);
  let queryStems: string[] = [];
  const ui = new PagefindUI({
    element: '#search',
    bundlePath,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations,
    ranking: RANKING,
    processTerm: (term: string) => {
      const query = searchQuery(document.documentElement.lang, term, placeWords);
      if (kazakh) queryStems = query.split(' ');
      return query;
    },
    processResult: (result: ResultData) => {
      delete result.meta[STEMS_FIELD];
      if (!kazakh || queryStems.length === 0) return result;
      // pagefind's UI shows the page's excerpt as its first sub-result (the page itself); a page
      // found through its stems alone has none, so it is given one.
      result.excerpt = kazakhExcerpt(result.content, queryStems, placeWords);
      const root = { title: result.meta.title ?? '', url: result.url, excerpt: result.excerpt };
      const sections = result.sub_results.filter((sub) => sub.url !== result.url);
      result.sub_results = [root, ...sections];
      return result;
    },
  });
  // The default UI labels its input only with a title; give it a real accessible name.
  document.querySelector('#search input')?.setAttribute('aria-label', translations.search_label ?? '');
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
}

start();
