/**
 * The events each calendar subscription carries, worked out once per feed in `getStaticPaths`, so
 * the feed holds exactly what its cacheKey (cache-keys.ts `calendarFeedKey`) was made from: every
 * upcoming event and those that ended in the last 30 days (`/events.ics`), or a region's own and
 * the national ones (`/regions/<region>/events.ics`).
 */
import { recentlyEnded } from './event-calendar.ts';
import { matchesFilter } from './events.ts';
import { filteredEvents } from './filters.ts';
import type { EventView, RegionView, SiteContent } from './site-content.ts';

/** Every upcoming event, then those that ended in the last 30 days. */
export function siteCalendarEvents(content: SiteContent, now: Date): EventView[] {
  return [...content.upcoming, ...recentlyEnded(content.archive, now)];
}

/** A region's upcoming events and the national ones, then those of them that ended in the last 30 days. */
export function regionCalendarEvents(content: SiteContent, region: RegionView, now: Date): EventView[] {
  const recent = recentlyEnded(content.archive, now).filter((event) => matchesFilter(event, 'region', region.id));
  return [...filteredEvents(content, 'region', region.id), ...recent];
}
