/**
 * The filters of the events list: every value of every dimension, with its label. Each value has
 * a pre-rendered page (`/events/format/online/`), so filtering works without JavaScript.
 */
import { localeParams, pick, type SiteLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { EVENT_FORMATS } from '../content/schema.ts';
import type { FilterDimension } from './paths.ts';
import { regionsByName, type SiteContent } from './site-content.ts';

export interface FilterOption {
  value: string;
  label: string;
}

/** The values of one dimension: formats, the 20 regions by name, the movement's topics, the members' grades. */
export function filterOptions(content: SiteContent, dimension: FilterDimension, locale: SiteLocale): FilterOption[] {
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

/** The `getStaticPaths` entries of one dimension's filter pages: every value in both languages (they share the values). */
export function filterPageParams(content: SiteContent, dimension: FilterDimension): { params: { lang: string | undefined; value: string } }[] {
  return localeParams().flatMap(({ params }) => filterOptions(content, dimension, 'kk').map(({ value }) => ({ params: { ...params, value } })));
}
