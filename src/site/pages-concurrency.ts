import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
 * ≈ 12 % of a 1,000-event build's CPU profile; measured 0.96× the CPU of the default,
 * docs/performance.md "The pages step, third round").
 */
export const PAGES_NODE_OPTIONS = ['--max-semi-space-size=64'] as const;

/**
 * Where the `astro build` process keeps Node's compile cache (the code V8 compiled for each
 * module, read back by the next build instead of compiling again), and the size past which the
 * folder is emptied before a build. Astro's bin turns the cache on outside CI into
 * `/tmp/node-compile-cache`, where each build added a code cache of Astro's inlined data store (a
 * module whose hash changes with the content: 13 MB at 1,000 events, 23 MB national) that no
 * later build read: the folder grew to 678 MB on the build machine. (The store is no longer
 * inlined, src/site/data-store-file.ts; page chunks still change with the code.) Turning the
 * cache off costs more CPU than it spares (1.08× the CPU of a build whose stable modules come
 * from the cache, docs/performance.md "The pages step, session 9"), so the pages step keeps it, in a folder
 * of its own that stays under the bound: past it, one build compiles everything again.
 */
export const PAGES_COMPILE_CACHE = { dir: '.cache/node-compile-cache', maxBytes: 100 * 1024 * 1024 } as const;

/** Empties `dir` when the files under it weigh more than `maxBytes`; returns whether it did. */
export function boundFolder(dir: string, maxBytes: number): boolean {
  let bytes = 0;
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
    }
  } catch {
    return false; // no folder yet
  }
  if (bytes <= maxBytes) return false;
  rmSync(dir, { recursive: true, force: true });
  return true;
}

/**
 * The pages step as node's arguments and environment — `npm run build:pages`
 * (scripts/build-pages.ts), `npm run build:site` and the national bench all run exactly this, so
 * none builds the pages with other options than the rest. `extra` goes to `astro build` (e.g.
 * `--silent`); `env` is the environment to start from (the caller's own by default). Keeps the
 * compile cache's folder under its bound, for the build about to start.
 */
export function pagesBuildCommand(
  extra: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): { args: string[]; env: NodeJS.ProcessEnv } {
  const compileCache = resolve(PAGES_COMPILE_CACHE.dir);
  boundFolder(compileCache, PAGES_COMPILE_CACHE.maxBytes);
  return {
    args: [...PAGES_NODE_OPTIONS, 'node_modules/astro/bin/astro.mjs', 'build', ...extra],
    env: { ...env, NODE_COMPILE_CACHE: compileCache },
  };
}
