/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page returned with a
 * `cacheKey` from `getStaticPaths()` is restored from the previous build when its key and its code
 * are unchanged. A key must therefore cover everything the page shows that is not code: its own
 * entry, the facts that depend on "today", and what every page may show of the rest of the
 * content — the movement's vocabulary and the geography's names (`sharedDigest`).
 *
 * The pages that are many carry keys: events, certificate checks, and every page of every events
 * list (at national scale ≈ 3,500 list pages, most of which a one-event edit does not touch), and
 * the region and city/district pages, keyed by their own files and the events they list.
 */
import { createHash } from 'node:crypto';
import { kazakhstanDate } from '../season/calendar.ts';
import { buildNow } from './now.ts';
import { pageItems } from './pagination.ts';
import type { RegionPageEvents, UnitPageEvents } from './place-pages.ts';
import { projectFilterCounts } from './project-lists.ts';
import { PROJECTS_PER_PAGE, type ProjectTeam, type ProjectView } from './projects.ts';
import type { EventView, RegionView, SiteContent, UnitView } from './site-content.ts';

const shared = new WeakMap<SiteContent, string>();

/** A digest of the content every page may show besides its own: movement.yaml and the geography. */
function sharedDigest(content: SiteContent): string {
  let digest = shared.get(content);
  if (digest === undefined) {
    digest = hash([content.movement, content.regions.map((region) => region.geo)]);
    shared.set(content, digest);
  }
  return digest;
}

/** The cacheKey of a page that shows `parts` (plain data; Dates are written as ISO strings). */
export function pageCacheKey(content: SiteContent, ...parts: unknown[]): string {
  return hash([sharedDigest(content), parts]);
}

/**
 * The cacheKey of page `page` of an events list (`events` is the whole list): the events it shows
 * as stored (their digests cover every field an item shows; organisers' names are the
 * geography's), how many the whole list has (the count, the page links), and the build's year
 * (a date in another year is written with its year).
 */
export function listPageKey(content: SiteContent, events: readonly EventView[], page: number): string {
  return pageCacheKey(content, 'list', buildYear(), events.length, digests(pageItems(events, page)));
}

/** The build's year: a date in another year is written with its year. */
const buildYear = () => kazakhstanDate(buildNow()).slice(0, 4);

const digests = (events: readonly EventView[]) => events.map((event) => event.entry.digest);

/**
 * The cacheKey of a region's page: its `region.yaml` (roster, heads, approval, curator, social
 * pages) and every city/district file of the region (the unit table's member counts), the
 * coverage it prints (computed once per build from those files, content/coverage.ts), the events
 * it lists and the counts it gives, and the build's year.
 */
export function regionPageKey(content: SiteContent, region: RegionView, shown: RegionPageEvents): string {
  const units = region.units.map((unit) => unit.representationDigest ?? null);
  return pageCacheKey(content, 'region', buildYear(), region.representationDigest ?? null, units, region.coverage, digests(shown.own), shown.ownCount, digests(shown.national), shown.openCount, projectsShown(content, shown.projects), shown.projectCount);
}

/**
 * The cacheKey of a city/district's page: its own file (roster, rural representations), its
 * region's `region.yaml` (who heads it), the events it lists and the count it gives, the year.
 */
export function unitPageKey(content: SiteContent, region: RegionView, unit: UnitView, shown: UnitPageEvents): string {
  return pageCacheKey(content, 'unit', buildYear(), region.representationDigest ?? null, unit.representationDigest ?? null, digests(shown.own), digests(shown.wider), shown.openCount, projectsShown(content, shown.projects), shown.projectCount);
}

/**
 * The cacheKey of a calendar subscription: the events it carries as stored, the regions'
 * `region.yaml` (a curator's e-mail is the organiser's address), and the build's "now", which
 * every VEVENT carries as DTSTAMP (so without BUILD_NOW the feeds are new on every build).
 */
export function calendarFeedKey(content: SiteContent, events: readonly EventView[], now: Date): string {
  return pageCacheKey(content, 'calendar', now.toISOString(), content.regions.map((region) => region.representationDigest ?? null), digests(events));
}

/**
 * What a list item of a project shows that is not code: its file, and for a project run by a
 * village the city/district's file that names the village (regions' and cities' names are the
 * geography's, in `sharedDigest`).
 */
function projectsShown(content: SiteContent, projects: readonly ProjectView[]): unknown[] {
  return projects.map((project) => [project.entry.digest, project.runBy.rural ? (content.unit(project.runBy.region, project.runBy.unit!)?.representationDigest ?? null) : null]);
}

/**
 * The cacheKey of page `page` of a projects list (`projects` is the whole list): the projects
 * it shows, how many the list has (its page links) and every filter value's count (each list
 * page's filter bar shows them all).
 */
export function projectListPageKey(content: SiteContent, projects: readonly ProjectView[], page: number): string {
  return pageCacheKey(content, 'projects', projects.length, projectsShown(content, pageItems(projects, page, PROJECTS_PER_PAGE)), projectFilterCounts(content));
}

/**
 * The cacheKey of a project's page: its file, its team as shown (the public names and the count
 * of hidden members, so a consent or name change in a roster reaches it), the events it links
 * (results and `promoted`: their titles and dates, written with their year only outside the
 * build's year), who runs it (a village's name is its city/district's file), and whether project
 * cards are in the build.
 */
export function projectPageKey(content: SiteContent, project: ProjectView, team: ProjectTeam, cards: boolean): string {
  const events = [...(project.data.results.events ?? []), ...(project.data.promoted ? [project.data.promoted.event] : [])];
  return pageCacheKey(content, 'project', buildYear(), projectsShown(content, [project]), team, events.map((id) => content.event(id)?.entry.digest ?? null), cards);
}

/** What an event's page shows of the projects it belongs to or was presented at: their files (title, summary, who runs them). */
export function eventProjectsKey(content: SiteContent, eventId: string): unknown[] {
  return [projectsShown(content, content.projects.byEvent.get(eventId) ?? []), projectsShown(content, content.projects.promotedAt.get(eventId) ?? [])];
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}
