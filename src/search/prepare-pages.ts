/**
 * Reads and prepares built pages for the search index on worker threads, one per core
 * (src/workers/pool.ts): each page with `data-pagefind-body` is hashed (src/search/search-cache.ts)
 * and, unless its hash is among the `known` ones (prepared by an earlier run, in the cache), prepared
 * as src/search/index-html.ts says. A few pages (the demo site) are read in this thread.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runOnWorkers } from '../workers/pool.ts';
import { prepareForIndex } from './index-html.ts';
import { pageHash } from './search-cache.ts';

/** One batch of pages: the built site, the protected place words, the pages' relative paths. */
export interface PrepareBatch {
  from: string;
  placeWords: string[];
  paths: string[];
}

/** What the workers share for the whole run: the hashes of the pages prepared already. */
export interface PrepareShared {
  known: string[];
}

/** An indexed page: its path, the hash of its bytes, and its prepared HTML unless its hash was known. */
export interface PreparedRecord {
  path: string;
  hash: string;
  html?: string;
}

/** Pages per batch sent to a worker: few messages, yet both cores busy to the end. */
const BATCH = 250;
/** Below this many pages, threads cost more than they save. */
const WORKERS_FROM = 2000;
const WORKER_URL = new URL('./prepare-worker.ts', import.meta.url);
/** The attribute of the element pagefind indexes; a page without it is not decoded or prepared. */
const BODY_MARKER = Buffer.from('data-pagefind-body');

/** Reads one batch; returns its indexed pages (the others have no `data-pagefind-body`). */
export function prepareBatch({ from, paths }: PrepareBatch, protectedWords: ReadonlySet<string>, known: ReadonlySet<string>): PreparedRecord[] {
  const records: PreparedRecord[] = [];
  for (const path of paths) {
    // Most built pages (filter lists, certificates' verify pages) are not indexed: their bytes are
    // searched for the marker before any is hashed or decoded as text.
    const bytes = readFileSync(join(from, path));
    if (!bytes.includes(BODY_MARKER)) continue;
    const hash = pageHash(bytes);
    if (known.has(hash)) {
      records.push({ path, hash });
      continue;
    }
    const prepared = prepareForIndex(bytes.toString('utf8'), protectedWords);
    if (prepared) records.push({ path, hash, html: prepared.html });
  }
  return records;
}

/**
 * Reads the pages `paths` (relative to `from`) and prepares those whose hash is not `known`;
 * resolves with the indexed pages in the order of `paths`. From `workersFrom` pages on, on
 * `threads` worker threads.
 */
export async function preparePages(
  from: string,
  paths: readonly string[],
  placeWords: ReadonlySet<string>,
  known: ReadonlySet<string> = new Set(),
  { threads = availableParallelism(), workersFrom = WORKERS_FROM } = {},
): Promise<PreparedRecord[]> {
  const words = [...placeWords];
  if (paths.length < workersFrom || threads < 2) return prepareBatch({ from, placeWords: words, paths: [...paths] }, placeWords, known);
  const batches: PrepareBatch[] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push({ from, placeWords: words, paths: paths.slice(i, i + BATCH) });
  const answers: PreparedRecord[][] = [];
  const shared: PrepareShared = { known: [...known] };
  await runOnWorkers<PrepareBatch, { index: number; records?: PreparedRecord[]; failure?: string }>(
    WORKER_URL,
    batches,
    (answer) => {
      if (answer.failure !== undefined) throw new Error(answer.failure);
      answers[answer.index] = answer.records!;
    },
    threads,
    shared,
  );
  return answers.flat();
}
