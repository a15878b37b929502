/**
 * Which cards the site needs, built from the content: every event's kinds (three while it is
 * upcoming, og once past) in both languages, a card per region, and the site card. Each card
 * carries only what it prints, so an edit to one event changes the keys of that event's cards
 * and of no other.
 */
import { regionCoverage, type RegionCoverage } from '../content/coverage.ts';
import type { Content, EventEntry, ProjectEntry } from '../content/model.ts';
import { SITE_LOCALES, type GeoRegion, type SiteLocale } from '../content/schema.ts';
// A text missing in one language falls back to the other: a one-language event prints its one title on both cards.
import { capitalize, pick } from '../i18n/locales.ts';
import { localizedUrl } from '../i18n/urls.ts';
import { paths } from '../site/paths.ts';
import { formatEventWhen } from './astana-time.ts';
import type { EventCard, ProjectCard } from './card.ts';
import { cardKindsFor, eventCardPath, projectCardKinds, projectCardPath, regionCardPath, shortUrl, siteCardPath } from './paths.ts';
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

/**
 * Who runs a project, by name: `<village>, <city/district>, <region>`, `<city/district>, <region>`
 * or the region. A village is named by its city/district's file, else by the geography (as the
 * project and unit pages name it); an id neither knows is printed as written.
 */
export function projectRunByName(representation: string, content: Pick<Content, 'geography' | 'units'>, locale: SiteLocale): string {
  const [regionId, unitId, ruralId] = representation.split('/') as [string, string | undefined, string | undefined];
  const region = content.geography.get(regionId)?.data;
  if (!region) return representation;
  const regionName = pick(region.name, locale);
  const unit = unitId ? region.units.find((u) => u.id === unitId) : undefined;
  if (!unit) return regionName;
  const unitName = pick(unit.name, locale);
  if (!ruralId) return `${unitName}, ${regionName}`;
  const own = content.units.find((u) => u.region === regionId && u.unit === unitId)?.data.rural?.find((r) => r.id === ruralId)?.name;
  const geo = [...(unit.rural ?? []), ...(unit.towns ?? [])].find((p) => p.id === ruralId)?.name;
  return `${pick(own ?? geo, locale) || ruralId}, ${unitName}, ${regionName}`;
}

/** `2027`, `2026–2027` for consecutive seasons, `2025, 2027` otherwise. */
export function seasonsText(seasons: readonly number[]): string {
  const years = [...new Set(seasons)].sort((a, b) => a - b);
  const consecutive = years.every((year, i) => i === 0 || year === years[i - 1]! + 1);
  return years.length > 1 && consecutive ? `${years[0]}–${years.at(-1)}` : years.join(', ');
}

/**
 * The localised data of one project card. The figure printed large is the people helped, or
 * (when none yet, an idea) the children involved, or the events held; the other non-zero
 * results go on the line below it.
 */
export function projectCard(project: ProjectEntry, content: Pick<Content, 'geography' | 'units'>, site: string, kind: ProjectCard['kind'], locale: SiteLocale): ProjectCard {
  const strings = CARD_STRINGS[locale];
  const { data } = project;
  const results = [
    { n: data.results.people_helped, label: strings.helped },
    { n: data.results.children_involved, label: strings.children },
    { n: data.results.events_held, label: strings.eventsHeld },
  ];
  const headline = results.find((r) => r.n > 0) ?? results[1]!;
  return {
    template: 'project',
    kind,
    locale,
    kicker: `${strings.project} · ${seasonsText(data.seasons)}`,
    stage: strings.stages[data.stage],
    stageTone: data.stage,
    title: pick(data.title, locale),
    figure: { value: String(headline.n), label: headline.label(headline.n) },
    figures: results
      .filter((r) => r !== headline && r.n > 0)
      .map((r) => `${r.n} ${r.label(r.n)}`)
      .join(' · '),
    runBy: projectRunByName(data.representation, content, locale),
    url: shortUrl(site, localizedUrl(paths.project(project.id), locale)),
  };
}

/** The cards of a project in the kinds and languages `projectCardKinds` gives it. */
export function projectCardJobs(project: ProjectEntry, content: Pick<Content, 'geography' | 'units' | 'movement'>, site: string): CardJob[] {
  return projectCardKinds(project.data, content.movement?.data.season).flatMap(({ kind, locale }) => ({
    card: projectCard(project, content, site, kind, locale),
    out: projectCardPath(project.id, kind, locale),
  }));
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
    ...content.projects.flatMap((project) => projectCardJobs(project, content, site)),
    ...[...content.geography.values()].flatMap(({ data }) => regionCardJobs(data, site, contentCoverage(content, data))),
    ...siteCardJobs(content.geography.size, site),
  ];
}

/** A region's coverage from the validated content (the same definition the site and `status` use). */
function contentCoverage(content: Content, region: GeoRegion): RegionCoverage {
  const units = new Map(content.units.filter((u) => u.region === region.id).map((u) => [u.unit, u.data]));
  return regionCoverage(region, content.regions.get(region.id)?.data, units, content.movement?.data.rules.region_members_per_unit ?? 1);
}
