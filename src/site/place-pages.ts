/**
 * What a region's and a city/district's page show of the events: short lists, however many events
 * there are (the full list is the region's filter page), and counts. Worked out once per page in
 * `getStaticPaths`, so the page renders exactly what its cacheKey (cache-keys.ts) was made from.
 */
import { filteredEvents } from './filters.ts';
import { firstMatching, SHORT_LIST } from './pagination.ts';
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
}

export interface UnitPageEvents {
  /** The city/district's own soonest upcoming events. */
  own: EventView[];
  /** The soonest of the region's other events and the national ones. */
  wider: EventView[];
  /** How many upcoming events the region's filter page lists. */
  openCount: number;
}

export function regionPageEvents(content: SiteContent, region: RegionView): RegionPageEvents {
  const ownAll = content.upcomingBy.region(region.id);
  return {
    own: ownAll.slice(0, SHORT_LIST),
    ownCount: ownAll.length,
    national: content.upcomingBy.national.slice(0, SHORT_LIST),
    openCount: filteredEvents(content, 'region', region.id).length,
  };
}

export function unitPageEvents(content: SiteContent, region: RegionView, unit: UnitView): UnitPageEvents {
  const openToRegion = filteredEvents(content, 'region', region.id);
  return {
    own: content.upcomingBy.unit(region.id, unit.id).slice(0, 2 * SHORT_LIST),
    wider: firstMatching(openToRegion, (e) => e.unit !== unit.id, SHORT_LIST),
    openCount: openToRegion.length,
  };
}
