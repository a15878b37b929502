/**
 * The card renderer: renders only the cards the cache does not hold yet, on every core, and
 * links the rest from the cache. `renderCards(jobs, { outDir })` is the whole API.
 */
import { availableParallelism } from 'node:os';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { linkFileAtomic } from './atomic-write.ts';
import { cachePath, cardKey, DEFAULT_CACHE_DIR } from './card-cache.ts';
import type { Card } from './card.ts';
import type { RenderTask } from './render-task.ts';

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
  /** Images taken from the cache (hard-linked, or copied where links are not possible). */
  fromCache: number;
  /** Cached images deleted by `prune`. */
  pruned: number;
}

/** Renders (or takes from the cache) every job's card into `outDir`. */
export async function renderCards(jobs: CardJob[], options: RenderCardsOptions): Promise<RenderCounts> {
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  // One listing of the cache instead of a stat per card; prune reuses it.
  const cached = cachedFiles(cacheDir);
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
    const path = cachePath(cacheDir, key);
    if (cached.has(path)) {
      for (const out of outPaths) linkFileAtomic(path, out);
      counts.fromCache += outPaths.length;
    } else {
      tasks.push({ card, cachePath: path, outPaths });
      counts.rendered += outPaths.length;
    }
  }
  const workers = options.workers ?? availableParallelism();
  // satori, sharp and the workers are loaded only when a card is to be drawn: a build with
  // nothing changed never needs them.
  if (tasks.length > 0 && (workers <= 1 || tasks.length < (options.inProcessBelow ?? 8))) {
    const { runRenderTask } = await import('./render-task.ts');
    for (const task of tasks) await runRenderTask(task);
  } else if (tasks.length > 0) {
    const { runInWorkerPool } = await import('./worker-pool.ts');
    await runInWorkerPool(tasks, workers);
  }
  if (options.prune) counts.pruned = pruneCache(cached, new Set([...byKey.keys()].map((key) => cachePath(cacheDir, key))));
  return counts;
}

/** The paths of the files in the cache's folders (`<key>.png` as `cachePath` names them, and any strays). */
function cachedFiles(cacheDir: string): Set<string> {
  const files = new Set<string>();
  if (!existsSync(cacheDir)) return files;
  for (const folder of readdirSync(cacheDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(cacheDir, folder.name))) files.add(join(cacheDir, folder.name, name));
  }
  return files;
}

/** Deletes the cached `files` that are not in `keep`; returns how many. */
function pruneCache(files: Set<string>, keep: Set<string>): number {
  let pruned = 0;
  for (const path of files) {
    if (keep.has(path)) continue;
    rmSync(path, { force: true });
    pruned++;
  }
  return pruned;
}
