/**
 * Which cards the site needs, built from the content: every event's kinds (three while it is
 * upcoming, og once past) in both languages, a card per region, and the site card. Each card
 * carries only what it prints, so an edit to one event changes the keys of that event's cards
 * and of no other.
 */
import { regionCoverage, type RegionCoverage } from '../content/coverage.ts';
import type { Content, EventEntry } from '../content/model.ts';
import { SITE_LOCALES, type GeoRegion, type SiteLocale } from '../content/schema.ts';
// A text missing in one language falls back to the other: a one-language event prints its one title on both cards.
import { capitalize, pick } from '../i18n/locales.ts';
import { localizedUrl } from '../i18n/urls.ts';
import { paths } from '../site/paths.ts';
import { formatEventWhen } from './astana-time.ts';
import type { EventCard } from './card.ts';
import { cardKindsFor, eventCardPath, regionCardPath, shortUrl, siteCardPath } from './paths.ts';
import type { CardJob } from './render-cards.ts';
import { CARD_STRINGS } from './strings.ts';

/** Who organises an event, by name: the unit and its region, the region, or the whole country. */
export function organizerName(organizer: string, geography: Content['geography'], locale: SiteLocale): string {
  if (organizer === 'national') return CARD_STRINGS[locale].national;
  const [regionId, unitId] = organizer.split('/') as [string, string | undefined];
  const region = geography.get(regionId)?.data;
  if (!region) return organizer;
  const regionName = pick(region.name, locale);
  if (!unitId) return regionName;
  const unit = region.units.find((u) => u.id === unitId);
  return unit ? `${pick(unit.name, locale)}, ${regionName}` : regionName;
}

/** The localised data of one event card. */
export function eventCard(event: EventEntry, geography: Content['geography'], site: string, kind: EventCard['kind'], locale: SiteLocale): EventCard {
  const strings = CARD_STRINGS[locale];
  const { data } = event;
  const when = formatEventWhen(data.start, data.end, locale);
  return {
    template: 'event',
    kind,
    locale,
    title: pick(data.title, locale),
    when: `${when.date} · ${when.time} · ${strings.astanaTime}`,
    ...(data.format !== 'online' && data.place ? { place: pick(data.place, locale) } : {}),
    organizer: organizerName(data.organizer, geography, locale),
    ...(data.format === 'online' ? { badge: strings.online } : data.format === 'hybrid' ? { badge: strings.hybrid } : {}),
    ...(data.status === 'cancelled' ? { cancelled: strings.cancelled } : {}),
    url: shortUrl(site, localizedUrl(paths.event(event.id), locale)),
  };
}

/**
 * The cards of an event in kk and ru: og, square and story while it is upcoming at `now`, the og
 * card alone once it is past (`cardKindsFor`).
 */
export function eventCardJobs(event: EventEntry, geography: Content['geography'], site: string, now: Date): CardJob[] {
  return SITE_LOCALES.flatMap((locale) =>
    cardKindsFor(event, now).map((kind) => ({ card: eventCard(event, geography, site, kind, locale), out: eventCardPath(event.year, event.slug, kind, locale) })),
  );
}

/** The two cards of a region's page: its cities/districts and, given its coverage, how many have a representation. */
export function regionCardJobs(region: GeoRegion, site: string, coverage?: RegionCoverage): CardJob[] {
  return SITE_LOCALES.map((locale) => ({
    card: {
      template: 'region',
      locale,
      // The card's heading: capitalised like the page's (KATO's «область Абай» → «Область Абай»).
      name: capitalize(pick(region.name, locale), locale),
      subtitle: CARD_STRINGS[locale].regionSubtitle,
      facts: [CARD_STRINGS[locale].units(region.units.length), ...(coverage ? [CARD_STRINGS[locale].covered(coverage.units.done, coverage.units.total)] : [])],
      url: shortUrl(site, localizedUrl(paths.region(region.id), locale)),
    },
    out: regionCardPath(region.id, locale),
  }));
}

/** The two cards of the home page. */
export function siteCardJobs(regionCount: number, site: string): CardJob[] {
  return SITE_LOCALES.map((locale) => ({
    card: {
      template: 'site',
      locale,
      tagline: CARD_STRINGS[locale].tagline,
      facts: [CARD_STRINGS[locale].regions(regionCount), CARD_STRINGS[locale].events],
      url: shortUrl(site, localizedUrl(paths.home(), locale)),
    },
    out: siteCardPath(locale),
  }));
}

/** Every card of the site built at `now`. */
export function allCardJobs(content: Content, site: string, now: Date): CardJob[] {
  return [
    ...content.events.flatMap((event) => eventCardJobs(event, content.geography, site, now)),
    ...[...content.geography.values()].flatMap(({ data }) => regionCardJobs(data, site, contentCoverage(content, data))),
    ...siteCardJobs(content.geography.size, site),
  ];
}

/** A region's coverage from the validated content (the same definition the site and `status` use). */
function contentCoverage(content: Content, region: GeoRegion): RegionCoverage {
  const units = new Map(content.units.filter((u) => u.region === region.id).map((u) => [u.unit, u.data]));
  return regionCoverage(region, content.regions.get(region.id)?.data, units, content.movement?.data.rules.region_members_per_unit ?? 1);
}
