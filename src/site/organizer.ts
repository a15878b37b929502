/**
 * Who organises an event, in words and as a link: the national movement, a region's page or a
 * city/district's page.
 */
import { pick, type SiteLocale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translate.ts';
import { paths } from './paths.ts';
import type { SiteEvent } from './events.ts';
import type { SiteContent } from './site-content.ts';

export interface Organizer {
  name: string;
  /** Site path of the organiser's page. */
  path: string;
  /** The region's name for a unit, to tell apart units of the same name in different regions. */
  within?: string;
}

/** The organiser of an event; national events lead to the About page. */
export function organizerOf(event: SiteEvent, content: SiteContent, locale: SiteLocale, t: Translate): Organizer {
  const region = event.region ? content.region(event.region) : undefined;
  if (!region) return { name: t('event.national'), path: paths.about() };
  const unit = event.unit ? content.unit(region.id, event.unit) : undefined;
  if (!unit) return { name: pick(region.geo.name, locale), path: paths.region(region.id) };
  return { name: pick(unit.geo.name, locale), path: paths.unit(region.id, unit.id), within: pick(region.geo.name, locale) };
}
