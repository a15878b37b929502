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
 * The environment the `astro build` process adds to its parent's: Node's compile cache off.
 * Astro's bin turns the cache on outside CI, and every build then writes a code cache of its
 * inlined data store (a module whose hash changes with the content) into
 * `/tmp/node-compile-cache`: 13 MB at 1,000 events, 23 MB national, never read again (the
 * folder grew to 678 MB on the build machine). `NODE_DISABLE_COMPILE_CACHE` makes Node's
 * `module.enableCompileCache()` a no-op.
 */
export const PAGES_ENV = { NODE_DISABLE_COMPILE_CACHE: '1' } as const;

/**
 * The pages step as node's arguments and environment — `npm run build:pages`
 * (scripts/build-pages.ts), `npm run build:site` and the national bench all run exactly this, so
 * none builds the pages with other options than the rest. `extra` goes to `astro build` (e.g.
 * `--silent`); `env` is the environment to start from (the caller's own by default).
 */
export function pagesBuildCommand(
  extra: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): { args: string[]; env: NodeJS.ProcessEnv } {
  return { args: [...PAGES_NODE_OPTIONS, 'node_modules/astro/bin/astro.mjs', 'build', ...extra], env: { ...env, ...PAGES_ENV } };
}
