/**
 * The text alternative of a page's social card (`og:image:alt`, `twitter:image:alt`), in the
 * page's language: the card's own words (src/cards/strings.ts), so a reader who cannot see the
 * image in a share preview hears what it says.
 */
import { CARD_STRINGS } from '../cards/strings.ts';
import type { SiteLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';

/** The site's card: the movement's name and tagline. */
export function siteCardAlt(locale: SiteLocale): string {
  return `${useTranslations(locale)('site.name')} — ${CARD_STRINGS[locale].tagline}`;
}

/** A region's card (also shown for its cities and districts): the region's name and what it is. */
export function regionCardAlt(regionName: string, locale: SiteLocale): string {
  return `${regionName} — ${CARD_STRINGS[locale].regionSubtitle}`;
}

/** An event's card: title, when (Astana time) and who organises it; cancelled when it is. */
export function eventCardAlt(event: { title: string; date: string; time: string; organizer: string; cancelled: boolean }, locale: SiteLocale): string {
  const strings = CARD_STRINGS[locale];
  const cancelled = event.cancelled ? `${strings.cancelled}: ` : '';
  return `${cancelled}${event.title} — ${event.date}, ${event.time} (${strings.astanaTime}) · ${event.organizer}`;
}
