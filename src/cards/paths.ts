/**
 * Where cards and the pages they show live on the site (PRODUCT.md): Kazakh at the root,
 * Russian under `/ru/`. The site links its og:image with the same functions.
 */
import type { SiteLocale } from '../content/schema.ts';
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
