/**
 * How many pages `astro build` renders side by side (astro.config.mjs `build.concurrency`). Most of
 * a page's time is waiting for the file system — a rendered page's mkdir and write, a restored
 * page's look-up, mkdir and copy — which overlaps with rendering the next; the HTML is the same.
 * `PAGES_CONCURRENCY` overrides it: a test that reads Astro's per-page log sets 1, so each log
 * line is one page's. The national benchmark builds its bare reference both ways.
 */
export const DEFAULT_PAGES_CONCURRENCY = 8;

export function pagesConcurrency(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.PAGES_CONCURRENCY);
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_PAGES_CONCURRENCY;
}
