/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page returned with a
 * `cacheKey` from `getStaticPaths()` is restored from the previous build when its key and its code
 * are unchanged. A key must therefore cover everything the page shows that is not code: its own
 * entry, the facts that depend on "today", and what every page may show of the rest of the
 * content — the movement's vocabulary and the geography's names (`sharedDigest`).
 *
 * Only the pages that are many and each about one thing carry keys (events, certificate checks);
 * lists, region and unit pages are few at national scale and are always rendered.
 */
import { createHash } from 'node:crypto';
import type { SiteContent } from './site-content.ts';

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

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}
