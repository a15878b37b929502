/**
 * The content the pages render, read once per build from the content collections
 * (src/content.config.ts) and joined: each of the 20 regions with its geography, its
 * representation and its units; events with their organiser's place; awards and where each
 * member belongs (for the certificate check pages).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByName } from '../i18n/collate.ts';
import { pick, type SiteLocale } from '../i18n/locales.ts';
import { regionCoverage, type RegionCoverage } from '../content/coverage.ts';
import type { Award, GeoRegion, GeoUnit, Movement, RegionMember, RegionRepresentation, UnitRepresentation } from '../content/schema.ts';
import { archivedEvents, organizerPlace, upcomingEvents, type SiteEvent } from './events.ts';
import { memberPlaces, type MemberPlace } from './member-places.ts';
import { buildNow } from './now.ts';
import { projectIndex, type ProjectIndex } from './projects.ts';

export interface UnitView {
  id: string;
  region: string;
  geo: GeoUnit;
  representation?: UnitRepresentation | undefined;
  /** The digest of the representation's file as the content loader stored it (cache keys). */
  representationDigest?: string | number | undefined;
  /** The member of the regional representation who heads this unit. */
  head?: RegionMember | undefined;
}

export interface RegionView {
  id: string;
  geo: GeoRegion;
  representation?: RegionRepresentation | undefined;
  /** The digest of `region.yaml` as the content loader stored it (cache keys). */
  representationDigest?: string | number | undefined;
  units: UnitView[];
  /** Cities/districts with a representation, heads and rural representations (content/coverage.ts, shared with status and the rules). */
  coverage: RegionCoverage;
}

export interface EventView extends SiteEvent {
  year: number;
  slug: string;
  entry: CollectionEntry<'events'>;
  /** Its body in Russian from `<slug>.ru.mdx`, when the event has one (src/site/event-body.ts picks the page's). */
  translation?: CollectionEntry<'eventTranslations'> | undefined;
}

export interface SiteContent {
  movement: Movement;
  regions: RegionView[];
  region: (id: string) => RegionView | undefined;
  events: EventView[];
  event: (id: string) => EventView | undefined;
  /** Upcoming events at the build's "now" (now.ts), soonest first: decided once, for every page. */
  upcoming: EventView[];
  /** Past events at the build's "now", latest first. */
  archive: EventView[];
  /**
   * The upcoming events grouped once per build (soonest first), so a page reads its own share
   * instead of filtering every event: by organising region (its units' included), by organising
   * city/district (`<region>/<unit>`), and the national ones.
   */
  upcomingBy: {
    region: (region: string) => EventView[];
    unit: (region: string, unit: string) => EventView[];
    national: EventView[];
  };
  /** A city/district by region and unit id. */
  unit: (region: string, unit: string) => UnitView | undefined;
  awards: Award[];
  /** By member id (unique across the country). */
  members: Map<string, MemberPlace>;
  /** Children's social projects, most recent first, and their groupings (projects.ts), made once per build. */
  projects: ProjectIndex;
}

/** The regions in the alphabetical order of their names in `locale`: how lists and menus show them. */
export function regionsByName(regions: readonly RegionView[], locale: SiteLocale): RegionView[] {
  return sortByName(regions, (region) => pick(region.geo.name, locale), locale);
}

let cached: Promise<SiteContent> | undefined;

/**
 * The joined content of the site; computed once per build and shared by every page. Under
 * `astro dev` it is computed per request, so an edited file shows without a restart.
 */
export function siteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteContent> {
  const [movementEntries, geography, regionReps, unitReps, eventEntries, translationEntries, awardEntries, projectEntries] = await Promise.all([
    getCollection('movement'),
    getCollection('geography'),
    getCollection('regions'),
    getCollection('units'),
    getCollection('events'),
    getCollection('eventTranslations'),
    getCollection('awards'),
    getCollection('projects'),
  ]);
  const movement = movementEntries[0]?.data;
  if (!movement) throw new Error('content/movement.yaml is missing');

  const repByRegion = new Map(regionReps.map((e) => [e.id, e]));
  const repByUnit = new Map(unitReps.map((e) => [e.id, e]));
  const regions = geography.map(({ id, data: geo }): RegionView => {
    const regionEntry = repByRegion.get(id);
    const representation = regionEntry?.data;
    const heads = new Map((representation?.members ?? []).flatMap((m) => (m.heads ?? []).map((unit) => [unit, m] as const)));
    const unitEntries = new Map(geo.units.flatMap((unit) => {
      const entry = repByUnit.get(`${id}/${unit.id}`);
      return entry ? [[unit.id, entry] as const] : [];
    }));
    const unitReps = new Map([...unitEntries].map(([unit, entry]) => [unit, entry.data] as const));
    const units = geo.units.map((unit) => ({
      id: unit.id,
      region: id,
      geo: unit,
      representation: unitReps.get(unit.id),
      representationDigest: unitEntries.get(unit.id)?.digest,
      head: heads.get(unit.id),
    }));
    const coverage = regionCoverage(geo, representation, unitReps, movement.rules.region_members_per_unit);
    return { id, geo, representation, representationDigest: regionEntry?.digest, units, coverage };
  });
  const regionById = new Map(regions.map((r) => [r.id, r]));

  const translationOf = new Map(translationEntries.map((entry) => [entry.id, entry]));
  const events = eventEntries.map((entry): EventView => {
    const [year, slug] = entry.id.split('/');
    return { id: entry.id, year: Number(year), slug: slug!, data: entry.data, entry, translation: translationOf.get(entry.id), ...organizerPlace(entry.data.organizer) };
  });
  const eventById = new Map(events.map((e) => [e.id, e]));
  const unitByKey = new Map(regions.flatMap((r) => r.units.map((u) => [`${r.id}/${u.id}`, u] as const)));
  const now = buildNow();
  const upcoming = upcomingEvents(events, now);
  const byRegion = groupBy(upcoming, (e) => e.region);
  const byUnit = groupBy(upcoming, (e) => (e.region && e.unit ? `${e.region}/${e.unit}` : undefined));

  return {
    movement,
    regions,
    region: (id) => regionById.get(id),
    events,
    event: (id) => eventById.get(id),
    upcoming,
    archive: archivedEvents(events, now),
    upcomingBy: {
      region: (region) => byRegion.get(region) ?? [],
      unit: (region, unit) => byUnit.get(`${region}/${unit}`) ?? [],
      national: upcoming.filter((e) => e.region === undefined),
    },
    unit: (region, unit) => unitByKey.get(`${region}/${unit}`),
    awards: awardEntries.map((e) => e.data),
    members: memberPlaces(
      regionReps.map(({ data }) => ({ region: data.region, data })),
      unitReps.map(({ data }) => ({ region: data.region, unit: data.unit, data })),
    ),
    projects: projectIndex(projectEntries),
  };
}

/** Items grouped by a key, each group in the items' order; items without a key are left out. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
