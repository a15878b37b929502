/**
 * The card renderer: renders only the cards the cache does not hold yet, on every core, and
 * copies the rest from the cache. `renderCards(jobs, { outDir })` is the whole API.
 */
import { availableParallelism } from 'node:os';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyFileAtomic } from './atomic-write.ts';
import { cachePath, cardKey, DEFAULT_CACHE_DIR } from './card-cache.ts';
import type { Card } from './card.ts';
import { runRenderTask, type RenderTask } from './render-task.ts';
import { runInWorkerPool } from './worker-pool.ts';

export interface CardJob {
  card: Card;
  /** Where the PNG goes, relative to `outDir` (e.g. `cards/events/2026/x/og-kk.png`). */
  out: string;
}

export interface RenderCardsOptions {
  /** The folder the `out` paths are relative to (e.g. `dist`). */
  outDir: string;
  /** The cache folder; `.cache/cards` by default. */
  cacheDir?: string;
  /** Worker threads; one per core by default. */
  workers?: number;
  /** Below this many cards to render, render in-process: starting workers would cost more. */
  inProcessBelow?: number;
  /** Delete cached cards that no job used (keeps a long-lived CI cache from growing forever). */
  prune?: boolean;
}

export interface RenderCounts {
  /** Images made by satori and sharp in this run. */
  rendered: number;
  /** Images copied from the cache. */
  fromCache: number;
  /** Cached images deleted by `prune`. */
  pruned: number;
}

/** Renders (or copies from the cache) every job's card into `outDir`. */
export async function renderCards(jobs: CardJob[], options: RenderCardsOptions): Promise<RenderCounts> {
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const byKey = new Map<string, { card: Card; outPaths: string[] }>();
  for (const job of jobs) {
    const key = cardKey(job.card);
    const entry = byKey.get(key) ?? { card: job.card, outPaths: [] };
    entry.outPaths.push(join(options.outDir, job.out));
    byKey.set(key, entry);
  }
  const tasks: RenderTask[] = [];
  const counts: RenderCounts = { rendered: 0, fromCache: 0, pruned: 0 };
  for (const [key, { card, outPaths }] of byKey) {
    const cached = cachePath(cacheDir, key);
    if (existsSync(cached)) {
      for (const path of outPaths) copyFileAtomic(cached, path);
      counts.fromCache += outPaths.length;
    } else {
      tasks.push({ card, cachePath: cached, outPaths });
      counts.rendered += outPaths.length;
    }
  }
  const workers = options.workers ?? availableParallelism();
  if (workers <= 1 || tasks.length < (options.inProcessBelow ?? 8)) {
    for (const task of tasks) await runRenderTask(task);
  } else {
    await runInWorkerPool(tasks, workers);
  }
  if (options.prune) counts.pruned = pruneCache(cacheDir, new Set(byKey.keys()));
  return counts;
}

/** Deletes cached PNGs whose key is not in `keep`; returns how many. */
function pruneCache(cacheDir: string, keep: Set<string>): number {
  let pruned = 0;
  if (!existsSync(cacheDir)) return pruned;
  for (const folder of readdirSync(cacheDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(cacheDir, folder.name))) {
      if (keep.has(name.replace(/\.png$/, ''))) continue;
      rmSync(join(cacheDir, folder.name, name), { force: true });
      pruned++;
    }
  }
  return pruned;
}
