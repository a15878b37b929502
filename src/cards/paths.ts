/**
 * Where cards and the pages they show live on the site (PRODUCT.md): Kazakh at the root,
 * Russian under `/ru/`. The site links its og:image with the same functions.
 */
import type { SiteLocale } from '../content/schema.ts';
import { urlUnderRoot } from '../i18n/urls.ts';
import type { EventCardKind } from './card.ts';

/** `cards/events/<year>/<slug>/<kind>-<locale>.png` (relative to the site root). */
export function eventCardPath(year: number, slug: string, kind: EventCardKind, locale: SiteLocale): string {
  return `cards/events/${year}/${slug}/${kind}-${locale}.png`;
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
