/**
 * The bare Astro site the pages step is measured against (bench/reference-site, `npm run
 * bench:national`): the yardsticks it is built as, and how to build one. Each yardstick is a cold
 * build of as many plain pages as the site has, into an emptied folder with an emptied cache.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measureCommand, type CommandRun } from './measure-command.ts';

export interface Yardstick {
  /** Printed after "bare Astro, N pages": how it was built. */
  label: string;
  /** Pages rendered side by side; undefined for Astro's default (one at a time). */
  concurrency?: number;
  /** Pages given a cacheKey under Astro's incremental build (0: the build cache off). */
  keyed: number;
  /** Its output folder's name, beside its cache's (`<name>-astro-cache`). */
  name: string;
}

/**
 * The budget's yardstick (Astro's default), the same at the site's concurrency, and that again
 * with Astro's incremental build on and as many keyed pages as the site had (the site writes each
 * keyed page twice, the page and the cache's copy): the last two apart are what the build cache
 * costs a bare site.
 */
export function referenceYardsticks(concurrency: number, keyed: number): Yardstick[] {
  return [
    { label: "Astro's default, one page at a time", keyed: 0, name: 'reference' },
    { label: `${concurrency} pages at once, as the site`, concurrency, keyed: 0, name: 'reference-concurrent' },
    {
      label: `${concurrency} pages at once and ${keyed} keyed pages in the incremental build, as the site`,
      concurrency,
      keyed,
      name: 'reference-incremental',
    },
  ];
}

/**
 * How many paths an `astro build` gave a cacheKey, read from the manifest of its incremental build
 * in `astroCacheDir` (Astro 7's `incremental-build.json`: routes → paths); 0 when there is none.
 */
export function keyedPathCount(astroCacheDir: string): number {
  let manifest: { routes?: Record<string, { paths?: Record<string, unknown> }> };
  try {
    manifest = JSON.parse(readFileSync(join(astroCacheDir, 'incremental-build.json'), 'utf8'));
  } catch {
    return 0;
  }
  return Object.values(manifest.routes ?? {}).reduce((sum, route) => sum + Object.keys(route.paths ?? {}).length, 0);
}

/** Builds the reference site of `pages` pages as `yardstick`, cold, under `root`; throws if Astro fails. */
export async function buildReference(root: string, pages: number, yardstick: Yardstick): Promise<CommandRun & { outDir: string; cacheDir: string }> {
  const outDir = join(root, `${yardstick.name}-dist`);
  const cacheDir = join(root, `${yardstick.name}-astro-cache`);
  rmSync(cacheDir, { recursive: true, force: true });
  // Emptied like the site's own output: Astro writing over an earlier run's 25,071 pages took
  // 34.4 s against 23.9 s into an empty folder (quiet, session 8), which flattered the ratio.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const { PAGES_CONCURRENCY: _c, REFERENCE_KEYED_PAGES: _k, ...inherited } = process.env;
  const run = await measureCommand(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', 'bench/reference-site'], {
    ...inherited,
    REFERENCE_PAGES: String(pages),
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    ...(yardstick.concurrency ? { PAGES_CONCURRENCY: String(yardstick.concurrency) } : {}),
    ...(yardstick.keyed > 0 ? { REFERENCE_KEYED_PAGES: String(Math.min(yardstick.keyed, pages)) } : {}),
  });
  if (run.status !== 0) throw new Error(`reference site (${yardstick.label}) failed:\n${run.output.slice(-4000)}`);
  return { ...run, outDir, cacheDir };
}
