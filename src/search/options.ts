/**
 * What the search page and the build agree on, kept apart from the build-only modules so the
 * page's script bundles only this and the stemmer.
 */

/** The hidden metadata field holding a Kazakh page's stems (src/search/index-html.ts). */
export const STEMS_FIELD = 'stems';

/** The hidden metadata field holding the stems of a Kazakh page's heading (its pagefind title). */
export const TITLE_STEMS_FIELD = 'title_stems';

/**
 * pagefind's ranking for the search page: the stems field counts below a page's own words
 * (a title counts 5, text 1), so a page that has the typed form itself comes first; the heading's
 * stems count as its title does, so a page named by the word (Түркістан облысы for туркистанда)
 * stays above the pages that only mention it.
 */
export const RANKING = { metaWeights: { [STEMS_FIELD]: 0.5, [TITLE_STEMS_FIELD]: 5 } } as const;

/** The id of the search page's JSON data block listing the stemmer's protected place names (place-names.ts). */
export const PLACE_WORDS_ID = 'search-place-words';

/**
 * The kinds of page the search can be narrowed to: each such page carries
 * `data-pagefind-filter="kind:<kind>"` (src/components/SearchKind.astro) and the search page shows
 * one choice per kind (src/search/client.ts gives pagefind `filters: { kind }`). Other pages (the
 * lists, about, stats) have no kind: they are found only with "all".
 */
export const SEARCH_KINDS = ['event', 'project', 'representation'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
/** The pagefind filter, and the search page's URL parameter, holding the kind. */
export const KIND_FILTER = 'kind';
