/**
 * The filters of the events list: every value of every dimension, with its label. Each value has
 * a pre-rendered page (`/events/format/online/`), so filtering works without JavaScript.
 */
import { localeParams, pick, type SiteLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { EVENT_FORMATS } from '../content/schema.ts';
import { listPageKey } from './cache-keys.ts';
import { perContent } from './content-memo.ts';
import { matchesFilter } from './events.ts';
import { laterPages } from './pagination.ts';
import { FILTER_DIMENSIONS, type FilterDimension } from './paths.ts';
import { regionsByName, type EventView, type SiteContent } from './site-content.ts';

export interface FilterOption {
  value: string;
  label: string;
}

const optionsMemo = perContent<FilterOption[]>();

/**
 * The values of one dimension: formats, the 20 regions by name, the movement's topics, the
 * members' grades. Every list page shows them all, so they are worked out once per language.
 */
export function filterOptions(content: SiteContent, dimension: FilterDimension, locale: SiteLocale): FilterOption[] {
  return optionsMemo(content, `${dimension}/${locale}`, () => computeOptions(content, dimension, locale));
}

function computeOptions(content: SiteContent, dimension: FilterDimension, locale: SiteLocale): FilterOption[] {
  const t = useTranslations(locale);
  switch (dimension) {
    case 'format':
      return EVENT_FORMATS.map((format) => ({ value: format, label: t(`format.${format}`) }));
    case 'region':
      return regionsByName(content.regions, locale).map((region) => ({ value: region.id, label: pick(region.geo.name, locale) }));
    case 'topic':
      return Object.entries(content.movement.topics).map(([value, name]) => ({ value, label: pick(name, locale) }));
    case 'grade': {
      const [from, to] = content.movement.rules.member_grades;
      return Array.from({ length: to - from + 1 }, (_, i) => String(from + i)).map((value) => ({ value, label: t('filter.gradeValue', { n: value }) }));
    }
  }
}

const filteredCache = new WeakMap<SiteContent, Map<string, EventView[]>>();

/**
 * The upcoming events that pass one filter value, soonest first. Every value of every dimension
 * is sorted out in one pass over the events the first time any is asked for, so each filter page
 * costs only its own events (matchesFilter stays the one definition of "passes").
 */
export function filteredEvents(content: SiteContent, dimension: FilterDimension, value: string): EventView[] {
  let index = filteredCache.get(content);
  if (!index) {
    index = new Map();
    for (const d of FILTER_DIMENSIONS) {
      for (const { value: v } of filterOptions(content, d, 'kk')) index.set(`${d}=${v}`, content.upcoming.filter((e) => matchesFilter(e, d, v)));
    }
    filteredCache.set(content, index);
  }
  return index.get(`${dimension}=${value}`) ?? content.upcoming.filter((e) => matchesFilter(e, dimension, value));
}

/** The `getStaticPaths` entries of one dimension's filter pages: every value in both languages (they share the values). */
export function filterPageParams(content: SiteContent, dimension: FilterDimension): { params: { lang: string | undefined; value: string }; cacheKey: string }[] {
  return localeParams().flatMap(({ params }) =>
    filterOptions(content, dimension, 'kk').map(({ value }) => ({ params: { ...params, value }, cacheKey: listPageKey(content, filteredEvents(content, dimension, value), 1) })),
  );
}

/** The `getStaticPaths` entries of the later pages (2, 3, …) of every filter value, in both languages. */
export function filterLaterPageParams(content: SiteContent): { params: { lang: string | undefined; dimension: string; value: string; n: string }; cacheKey: string }[] {
  return localeParams().flatMap(({ params }) =>
    FILTER_DIMENSIONS.flatMap((dimension) =>
      filterOptions(content, dimension, 'kk').flatMap(({ value }) => {
        const events = filteredEvents(content, dimension, value);
        return laterPages(events.length).map((n) => ({ params: { ...params, dimension, value, n: String(n) }, cacheKey: listPageKey(content, events, n) }));
      }),
    ),
  );
}
