/**
 * Where cards and the pages they show live on the site (PRODUCT.md): Kazakh at the root,
 * Russian under `/ru/`. The site links its og:image with the same functions.
 */
import { SITE_LOCALES, type ProjectData, type SiteLocale } from '../content/schema.ts';
import { urlUnderRoot } from '../i18n/urls.ts';
import { daysBetween, kazakhstanDate } from '../season/calendar.ts';
import { isUpcoming, type SiteEvent } from '../site/events.ts';
import { EVENT_CARD_KINDS, type EventCardKind } from './card.ts';

/** `cards/events/<year>/<slug>/<kind>-<locale>.png` (relative to the site root). */
export function eventCardPath(year: number, slug: string, kind: EventCardKind, locale: SiteLocale): string {
  return `cards/events/${year}/${slug}/${kind}-${locale}.png`;
}

/**
 * The kinds of card an event has in a build made at `now`. The og card always: the event's page,
 * its link previews, search results and old shared links show it. Square and story promote what
 * is ahead (a post, a story), so an event has them from `PROMOTION_DAYS` before its start until it
 * ends; the site is rebuilt every day, so they appear as the event comes near. "Upcoming" is the
 * site's own rule (`isUpcoming`: until the end of the event's last day in Astana time), so the
 * pages link exactly the cards the card build renders. At national scale this keeps the cards
 * of a season (5,000 events) at about half a gigabyte instead of over one (PRODUCT.md's dist/ budget).
 */
export function cardKindsFor(event: SiteEvent, now: Date): readonly EventCardKind[] {
  if (!isUpcoming(event, now)) return OG_ONLY;
  return daysBetween(kazakhstanDate(now), kazakhstanDate(event.data.start)) <= PROMOTION_DAYS ? EVENT_CARD_KINDS : OG_ONLY;
}
/** Six weeks: time to share a post and a story before registration closes. */
export const PROMOTION_DAYS = 42;
const OG_ONLY: readonly EventCardKind[] = ['og'];

/** `cards/projects/<region>/<slug>/<kind>-<locale>.png`; `id` is the project's `<region>/<slug>`. */
export function projectCardPath(id: string, kind: EventCardKind, locale: SiteLocale): string {
  return `cards/projects/${id}/${kind}-${locale}.png`;
}

/** What decides a project's cards: its stage, seasons and language (a project's data, or a page's view of it). */
export interface ProjectCardFacts {
  stage: ProjectData['stage'];
  seasons: readonly number[];
  lang: ProjectData['lang'];
}

/** A card of a project: its kind and language. */
export interface ProjectCardSpec {
  kind: EventCardKind;
  locale: SiteLocale;
}

/**
 * The cards a project has (issue 15's budget: all of dist/ ≤ 1 GB at national scale, where
 * 2,000 projects in both languages and three kinds would add ≈ 460 MB). The og card in kk and ru,
 * always: each language's page shows its own in link previews. Square and story are for a team to
 * post what it achieved, so only a finished project of the current season (`season` of
 * movement.yaml among its `seasons`) has them, and only in the language it is written in (`lang`):
 * ≈ 160 MB and ≈ 5,000 files for 2,000 projects (README, Decisions). A project of a past season
 * keeps its og cards. The card build and the project page both read this, so a page never links a
 * card that was not built.
 */
export function projectCardKinds(project: ProjectCardFacts, season: number | undefined): ProjectCardSpec[] {
  const og = SITE_LOCALES.map((locale) => ({ kind: 'og' as const, locale }));
  if (project.stage !== 'done' || season === undefined || !project.seasons.includes(season)) return og;
  return [...og, { kind: 'square', locale: project.lang }, { kind: 'story', locale: project.lang }];
}

/**
 * The cards a project's page in `locale` shows: its og card in that language, and the square and
 * story cards where the project has them (in the project's language, which may be the other one).
 */
export function projectPageCards(project: ProjectCardFacts, season: number | undefined, locale: SiteLocale): ProjectCardSpec[] {
  return projectCardKinds(project, season).filter((card) => card.kind !== 'og' || card.locale === locale);
}

/** `cards/regions/<region>-<locale>.png`. */
export function regionCardPath(region: string, locale: SiteLocale): string {
  return `cards/regions/${region}-${locale}.png`;
}

/** `cards/site-<locale>.png`. */
export function siteCardPath(locale: SiteLocale): string {
  return `cards/site-${locale}.png`;
}

/**
 * An address as printed on a card: no scheme, no trailing slash (`myn-jasa.kz/ru/events/2026/x`).
 * `site` is the site's root URL, base path included (`https://example.org/myn-jasa/`).
 */
export function shortUrl(site: string, path: string): string {
  return urlUnderRoot(site, path).replace(/^https?:\/\//, '').replace(/\/$/, '');
}
