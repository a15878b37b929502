/**
 * Prepares built pages for the search index on worker threads, one per core (src/workers/pool.ts):
 * each page with `data-pagefind-body` is read, prepared as src/search/index-html.ts says, and written
 * under the same relative path into a scratch folder that pagefind's own indexer then reads
 * (scripts/search-index.ts). A few pages (the demo site) are prepared in this thread.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { runOnWorkers } from '../workers/pool.ts';
import { prepareForIndex } from './index-html.ts';

/** One batch of pages: the built site, the scratch folder, the protected place words, the pages' relative paths. */
export interface PrepareBatch {
  from: string;
  to: string;
  placeWords: string[];
  paths: string[];
}

/** Pages per batch sent to a worker: few messages, yet both cores busy to the end. */
const BATCH = 250;
/** Below this many pages, threads cost more than they save. */
const WORKERS_FROM = 2000;
const WORKER_URL = new URL('./prepare-worker.ts', import.meta.url);
/** The attribute of the element pagefind indexes; a page without it is not decoded or prepared. */
const BODY_MARKER = Buffer.from('data-pagefind-body');

/** Prepares one batch; returns how many of its pages are indexed (the others have no `data-pagefind-body`). */
export function prepareBatch({ from, to, placeWords, paths }: PrepareBatch, protectedWords: ReadonlySet<string> = new Set(placeWords)): number {
  let pages = 0;
  for (const path of paths) {
    // Most built pages (filter lists, certificates' verify pages) are not indexed: their bytes are
    // searched for the marker before any is decoded as text.
    const bytes = readFileSync(join(from, path));
    if (!bytes.includes(BODY_MARKER)) continue;
    const prepared = prepareForIndex(bytes.toString('utf8'), protectedWords);
    if (!prepared) continue;
    mkdirSync(dirname(join(to, path)), { recursive: true });
    writeFileSync(join(to, path), prepared.html);
    pages += 1;
  }
  return pages;
}

/**
 * Prepares the pages `paths` (relative to `from`) into `to`; resolves with how many are indexed.
 * From `workersFrom` pages on, on `threads` worker threads.
 */
export async function preparePages(from: string, to: string, paths: readonly string[], placeWords: ReadonlySet<string>, { threads = availableParallelism(), workersFrom = WORKERS_FROM } = {}): Promise<number> {
  const words = [...placeWords];
  if (paths.length < workersFrom || threads < 2) return prepareBatch({ from, to, placeWords: words, paths: [...paths] }, placeWords);
  const batches: PrepareBatch[] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push({ from, to, placeWords: words, paths: paths.slice(i, i + BATCH) });
  let pages = 0;
  await runOnWorkers<PrepareBatch, { index: number; pages?: number; failure?: string }>(WORKER_URL, batches, (answer) => {
    if (answer.failure !== undefined) throw new Error(answer.failure);
    pages += answer.pages!;
  }, threads);
  return pages;
}
