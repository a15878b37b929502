/**
 * The site map (PRODUCT.md) as functions: one place knows where each kind of page lives. They
 * return site paths; `localizedUrl` (src/i18n/urls.ts) turns them into addresses.
 */
import type { EventCardKind } from '../cards/card.ts';
import { eventCardPath, projectCardPath, regionCardPath, siteCardPath } from '../cards/paths.ts';
import type { SiteLocale } from '../content/schema.ts';

export const paths = {
  home: () => '/',
  regions: () => '/regions/',
  region: (region: string) => `/regions/${region}/`,
  regionCalendar: (region: string) => `/regions/${region}/events.ics`,
  unit: (region: string, unit: string) => `/regions/${region}/${unit}/`,
  events: () => '/events/',
  eventsFiltered: (dimension: FilterDimension, value: string) => `/events/${dimension}/${value}/`,
  archive: () => '/events/archive/',
  /** `id` is `<year>/<slug>`. */
  event: (id: string) => `/events/${id}/`,
  eventCalendar: (id: string) => `/events/${id}/event.ics`,
  calendar: () => '/events.ics',
  rss: () => '/rss.xml',
  /** Children's social projects (issue 14). */
  projects: () => '/projects/',
  projectsFiltered: (dimension: ProjectFilterDimension, value: string) => `/projects/${dimension}/${value}/`,
  /** `id` is `<region>/<slug>`, the file's place under `content/projects/`. */
  project: (id: string) => `/projects/${id}/`,
  verify: (awardId: string) => `/verify/${awardId}/`,
  about: () => '/about/',
  join: () => '/join/',
  stats: () => '/stats/',
  /** The data of one /stats/ chart as CSV (src/site/stats-charts.ts). */
  statsData: (chart: string) => `/stats/${chart}.csv`,
  search: () => '/search/',
  /** Page `n` of a paginated list at `list` (`/events/`, `/events/archive/`, a filter page): the first page is the list itself. */
  page: (list: string, n: number) => (n <= 1 ? list : `${list}page/${n}/`),
};

/** The ways the events list can be narrowed, each with pre-rendered pages that work without JavaScript. */
export const FILTER_DIMENSIONS = ['format', 'region', 'topic', 'grade'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** The ways the projects list can be narrowed, likewise pre-rendered. */
export const PROJECT_FILTER_DIMENSIONS = ['region', 'topic', 'stage'] as const;
export type ProjectFilterDimension = (typeof PROJECT_FILTER_DIMENSIONS)[number];

/**
 * The social cards (`npm run cards`) are written at the site root in both languages (a
 * one-language event has both); the paths come from the cards' own module, so the two agree.
 */
export const cardPaths = {
  event: (year: number, slug: string, kind: EventCardKind, locale: SiteLocale) => `/${eventCardPath(year, slug, kind, locale)}`,
  project: (id: string, kind: EventCardKind, locale: SiteLocale) => `/${projectCardPath(id, kind, locale)}`,
  region: (region: string, locale: SiteLocale) => `/${regionCardPath(region, locale)}`,
  site: (locale: SiteLocale) => `/${siteCardPath(locale)}`,
};
