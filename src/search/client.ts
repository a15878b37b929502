/**
 * The search page's script (bundled by Astro from this module, so the stemmer is the build's own):
 * a small search box of the site's own over pagefind's JavaScript API, instead of pagefind's UI
 * bundle (124 KB before the first search at national scale; this script is a few KB). pagefind
 * (its script, worker and WebAssembly) is loaded when the box is first used, not with the page.
 * Each query goes to pagefind as src/search/query.ts prepares it (on the Kazakh page: folded
 * stems); a Kazakh result's excerpt is rebuilt from the page's own text with the words the stems
 * matched marked. `?q=` from the header's search box runs the search at once.
 * The page's kind choice (a radio group the page draws hidden, shown here) narrows the results with
 * pagefind's `kind` filter; each choice shows how many results the query has of its kind, and the
 * address keeps `?q=` and `?kind=` so a narrowed search can be shared or reloaded.
 */
import { kazakhExcerpt } from './excerpt.ts';
import { KIND_FILTER, PLACE_WORDS_ID, RANKING, SEARCH_KINDS, type SearchKind } from './options.ts';
import { searchQuery } from './query.ts';

/** Results shown at once, and added by "more": each costs its page's fragment. */
const PAGE_SIZE = 5;
/** Milliseconds of typing pause before a search (pagefind's own debounce). */
const DEBOUNCE = 300;

interface PagefindResult {
  data: () => Promise<{ url: string; content: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  debouncedSearch: (term: string, options?: Record<string, unknown>, wait?: number) => Promise<PagefindSearch | null>;
}

interface PagefindSearch {
  results: PagefindResult[];
  /** Results of the query without the filter. */
  unfilteredResultCount: number;
  /** Results of the query per filter value, each alone (pagefind's `totalFilters`). */
  totalFilters?: Record<string, Record<string, number>>;
}

const isKind = (value: string | null): value is SearchKind => (SEARCH_KINDS as readonly (string | null)[]).includes(value);

/** The page's strings (src/pages/[...lang]/search.astro). */
interface Strings {
  zero_results: string;
  many_results: string;
  one_result: string;
  searching: string;
  load_more: string;
  search_label: string;
  placeholder: string;
  clear_search: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function start(): void {
  const root = document.querySelector<HTMLElement>('#search[data-search-ui]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.translations ?? '{}') as Strings;
  const bundlePath = root.dataset.bundlePath!;
  const lang = document.documentElement.lang;
  const placeData = document.getElementById(PLACE_WORDS_ID)?.textContent;
  const placeWords = new Set<string>(placeData ? (JSON.parse(placeData) as string[]) : []);

  const form = element('form', 'search-form');
  form.setAttribute('role', 'search');
  form.addEventListener('submit', (event) => event.preventDefault());
  const input = element('input', 'search-input');
  Object.assign(input, { type: 'search', placeholder: strings.placeholder, autocomplete: 'off', spellcheck: false });
  input.setAttribute('aria-label', strings.search_label);
  const clear = element('button', 'search-clear', strings.clear_search);
  clear.type = 'button';
  clear.hidden = true;
  form.append(input, clear);
  const message = element('p', 'search-message');
  message.setAttribute('role', 'status');
  const list = element('ol', 'search-results');
  const more = element('button', 'search-more', strings.load_more);
  more.type = 'button';
  more.hidden = true;
  const kinds = root.querySelector<HTMLFieldSetElement>('fieldset.search-kinds');
  root.replaceChildren(form, ...(kinds ? [kinds] : []), message, list, more);
  const kindInputs = kinds ? [...kinds.querySelectorAll<HTMLInputElement>(`input[name="${KIND_FILTER}"]`)] : [];
  const counts = kinds ? [...kinds.querySelectorAll<HTMLElement>('.search-kind-count')] : [];
  const initialKind = new URLSearchParams(location.search).get(KIND_FILTER);
  let kind: SearchKind | undefined = isKind(initialKind) ? initialKind : undefined;
  for (const radio of kindInputs) radio.checked = radio.value === (kind ?? '');
  if (kinds) kinds.hidden = false;

  /** Each choice's count for the query (empty when there is no query). */
  const showCounts = (found: PagefindSearch | undefined) => {
    for (const count of counts) {
      const value = count.dataset.kind ? (found?.totalFilters?.[KIND_FILTER]?.[count.dataset.kind] ?? 0) : found?.unfilteredResultCount;
      count.textContent = value === undefined ? '' : `(${value.toLocaleString(lang)})`;
    }
  };
  /** The address keeps the query and the kind (replaced, not pushed: typing is not navigation). */
  const remember = (term: string) => {
    const url = new URL(location.href);
    if (term === '') url.searchParams.delete('q');
    else url.searchParams.set('q', term);
    if (kind) url.searchParams.set(KIND_FILTER, kind);
    else url.searchParams.delete(KIND_FILTER);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  };

  let pagefind: Promise<Pagefind> | undefined;
  /** pagefind, imported once on first use (its URL is the built bundle's, not bundled here). */
  const load = (): Promise<Pagefind> =>
    (pagefind ??= (import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<Pagefind>).then(async (module) => {
      await module.options({ ranking: RANKING });
      // The filter index is loaded with the search index, so every answer carries the kinds' counts
      // (pagefind leaves `totalFilters` empty until its filters were asked for once).
      if (counts.length > 0) await module.filters();
      return module;
    }));

  let results: PagefindResult[] = [];
  let stems: string[] = [];
  let shown = 0;
  let generation = 0;

  const say = (template: string, term: string, count = 0) => {
    message.textContent = template.replace('[SEARCH_TERM]', term).replace('[COUNT]', count.toLocaleString(lang));
  };

  /** Appends the next PAGE_SIZE results (each loads its fragment). */
  const showMore = async (run: number) => {
    const next = results.slice(shown, shown + PAGE_SIZE);
    shown += next.length;
    more.hidden = shown >= results.length;
    const data = await Promise.all(next.map((result) => result.data()));
    if (run !== generation) return;
    for (const result of data) {
      const item = element('li', 'search-result');
      const title = element('p', 'search-result-title');
      const link = element('a', 'search-result-link', result.meta.title ?? result.url);
      link.href = result.url;
      // What the page is (an event, a project), from the page's own `data-pagefind-meta="kind:…"`, in its language.
      if (result.meta.kind) title.append(element('span', 'search-kind', result.meta.kind), ' ');
      title.append(link);
      const excerpt = element('p', 'search-excerpt');
      // The excerpt is HTML with <mark>: pagefind's (escaped page text) or kazakhExcerpt's (escaped too).
      excerpt.innerHTML = lang === 'kk' && stems.length > 0 ? kazakhExcerpt(result.content, stems, placeWords) : result.excerpt;
      item.append(title, excerpt);
      list.append(item);
    }
  };

  const search = async (typed: string) => {
    const run = ++generation;
    const term = typed.trim();
    clear.hidden = term === '';
    if (term === '') {
      results = [];
      showCounts(undefined);
      remember('');
      message.textContent = '';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    say(strings.searching, term);
    const query = searchQuery(lang, term, placeWords);
    const engine = await load();
    void engine.preload(query);
    const found = await engine.debouncedSearch(query, kind ? { filters: { [KIND_FILTER]: kind } } : {}, DEBOUNCE);
    if (found === null || run !== generation) return; // a newer query replaced this one
    results = found.results;
    showCounts(found);
    remember(term);
    stems = lang === 'kk' ? query.split(' ') : [];
    shown = 0;
    list.replaceChildren();
    say(results.length === 0 ? strings.zero_results : results.length === 1 ? strings.one_result : strings.many_results, term, results.length);
    await showMore(run);
  };

  input.addEventListener('input', () => void search(input.value));
  input.addEventListener('focus', () => void load(), { once: true });
  clear.addEventListener('click', () => {
    input.value = '';
    void search('');
    input.focus();
  });
  more.addEventListener('click', () => void showMore(generation));
  for (const radio of kindInputs) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      kind = isKind(radio.value) ? radio.value : undefined;
      remember(input.value.trim());
      void search(input.value);
    });
  }

  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    input.value = query;
    void search(query);
  }
}

start();
