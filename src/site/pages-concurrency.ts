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

/**
 * Node's options for the `astro build` process: a larger young generation, so the many
 * short-lived strings of 10,000+ pages are collected in fewer scavenges (garbage collection was
 * ≈ 12 % of a 1,000-event build's CPU profile; measured 0.96× the CPU of the default, README
 * "The pages step, third round").
 */
export const PAGES_NODE_OPTIONS = ['--max-semi-space-size=64'] as const;

/**
 * The pages step as node's arguments — `npm run build:pages` (scripts/build-pages.ts),
 * `npm run build:site` and the national bench all run exactly this, so none builds the pages
 * with other options than the rest. `extra` goes to `astro build` (e.g. `--silent`).
 */
export function pagesBuildArgs(extra: readonly string[] = []): string[] {
  return [...PAGES_NODE_OPTIONS, 'node_modules/astro/bin/astro.mjs', 'build', ...extra];
}
