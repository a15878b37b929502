/**
 * Where cards and the pages they show live on the site (PRODUCT.md): Kazakh at the root,
 * Russian under `/ru/`. The site links its og:image with the same functions.
 */
import type { SiteLocale } from '../content/schema.ts';
import { urlUnderRoot } from '../i18n/urls.ts';
import { isUpcoming, type SiteEvent } from '../site/events.ts';
import { EVENT_CARD_KINDS, type EventCardKind } from './card.ts';

/** `cards/events/<year>/<slug>/<kind>-<locale>.png` (relative to the site root). */
export function eventCardPath(year: number, slug: string, kind: EventCardKind, locale: SiteLocale): string {
  return `cards/events/${year}/${slug}/${kind}-${locale}.png`;
}

/**
 * The kinds of card an event has in a build made at `now`. Square and story promote what is
 * ahead (a post, a story), so only upcoming events have them; a past event keeps its og card,
 * which its page's link previews, search results and old shared links still show. "Upcoming" is
 * the site's own rule (`isUpcoming`: until the end of the event's last day in Astana time), so
 * the pages link exactly the cards the card build renders. At national scale this drops two
 * thirds of a past event's cards (PRODUCT.md's dist/ budget).
 */
export function cardKindsFor(event: SiteEvent, now: Date): readonly EventCardKind[] {
  return isUpcoming(event, now) ? EVENT_CARD_KINDS : PAST_EVENT_CARD_KINDS;
}
const PAST_EVENT_CARD_KINDS: readonly EventCardKind[] = ['og'];

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
