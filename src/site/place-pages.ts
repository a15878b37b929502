/**
 * What a region's and a city/district's page show of the events: short lists, however many events
 * there are (the full list is the region's filter page), and counts. Worked out once per page in
 * `getStaticPaths`, so the page renders exactly what its cacheKey (cache-keys.ts) was made from.
 */
import { filteredEvents } from './filters.ts';
import { firstMatching, SHORT_LIST } from './pagination.ts';
import type { ProjectView } from './projects.ts';
import type { EventView, RegionView, SiteContent, UnitView } from './site-content.ts';

export interface RegionPageEvents {
  /** The region's own soonest upcoming events (its cities' and districts' included). */
  own: EventView[];
  /** How many upcoming events the region organises in all. */
  ownCount: number;
  /** The soonest national events. */
  national: EventView[];
  /** How many upcoming events the region's filter page lists (its own and the national ones). */
  openCount: number;
  /** The region's most recent projects (its cities', districts' and villages' included)… */
  projects: ProjectView[];
  /** …out of how many (the region's filter page of /projects/ lists them all). */
  projectCount: number;
}

export interface UnitPageEvents {
  /** The city/district's own soonest upcoming events. */
  own: EventView[];
  /** The soonest of the region's other events and the national ones. */
  wider: EventView[];
  /** How many upcoming events the region's filter page lists. */
  openCount: number;
  /** The city/district's most recent projects (its villages' included)… */
  projects: ProjectView[];
  /** …out of how many. */
  projectCount: number;
}

export function regionPageEvents(content: SiteContent, region: RegionView): RegionPageEvents {
  const ownAll = content.upcomingBy.region(region.id);
  return {
    own: ownAll.slice(0, SHORT_LIST),
    ownCount: ownAll.length,
    national: content.upcomingBy.national.slice(0, SHORT_LIST),
    openCount: filteredEvents(content, 'region', region.id).length,
    ...shortProjects(content.projects.byRegion.get(region.id)),
  };
}

export function unitPageEvents(content: SiteContent, region: RegionView, unit: UnitView): UnitPageEvents {
  const openToRegion = filteredEvents(content, 'region', region.id);
  return {
    own: content.upcomingBy.unit(region.id, unit.id).slice(0, 2 * SHORT_LIST),
    wider: firstMatching(openToRegion, (e) => e.unit !== unit.id, SHORT_LIST),
    openCount: openToRegion.length,
    ...shortProjects(content.projects.byUnit.get(`${region.id}/${unit.id}`)),
  };
}

/** The first few of a place's projects (most recent first, as the index keeps them) and the count. */
function shortProjects(all: readonly ProjectView[] = []): { projects: ProjectView[]; projectCount: number } {
  return { projects: all.slice(0, SHORT_LIST), projectCount: all.length };
}
