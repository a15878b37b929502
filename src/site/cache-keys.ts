/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page returned with a
 * `cacheKey` from `getStaticPaths()` is restored from the previous build when its key and its code
 * are unchanged. A key must therefore cover everything the page shows that is not code: its own
 * entry, the facts that depend on "today", and what every page may show of the rest of the
 * content — the movement's vocabulary and the geography's names (`sharedDigest`).
 *
 * The pages that are many carry keys: events, certificate checks, and every page of every events
 * list (at national scale ≈ 3,500 list pages, most of which a one-event edit does not touch).
 */
import { createHash } from 'node:crypto';
import { kazakhstanDate } from '../season/calendar.ts';
import { buildNow } from './now.ts';
import { pageItems } from './pagination.ts';
import type { EventView, SiteContent } from './site-content.ts';

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
  const items = pageItems(events, page).map((event) => event.entry.digest);
  return pageCacheKey(content, 'list', kazakhstanDate(buildNow()).slice(0, 4), events.length, items);
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}
