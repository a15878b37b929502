/**
 * Reads and prepares built pages for the search index on worker threads, one per core: each page
 * with `data-pagefind-body` is hashed (src/search/search-cache.ts) and, unless its hash is among
 * the `known` ones (prepared by an earlier run, in the cache), prepared as src/search/index-html.ts
 * says. A few pages (the demo site) are read in this thread. The workers (src/workers/pool.ts, an
 * open run: they stay up while the listing goes on) are fed batches as the site is listed.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type OpenRun, sharedWorkerPool } from '../workers/pool.ts';
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

/** A worker's answer to a batch: its indexed pages, or why it could not be prepared. */
export interface PrepareAnswer {
  index: number;
  records?: PreparedRecord[];
  failure?: string;
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

/** Where the prepared batches go: `onRecords` gets each batch's indexed pages, in the order of the paths. */
export interface PrepareOptions {
  threads?: number;
  workersFrom?: number;
  onRecords?: (records: PreparedRecord[]) => void;
}

/**
 * Reads the pages `paths` (relative to `from`: a list, or a listing that yields them folder by
 * folder while they are read) and prepares those whose hash is not `known`; resolves with the
 * indexed pages in the order of `paths`, and hands each batch of them to `onRecords` in that order
 * as soon as it and every earlier batch are ready. From `workersFrom` pages on, on `threads` worker
 * threads, which start as soon as that many pages are listed: the rest of the listing overlaps
 * their start and the first batches.
 */
export async function preparePages(
  from: string,
  paths: readonly string[] | AsyncIterable<readonly string[]>,
  placeWords: ReadonlySet<string>,
  known: ReadonlySet<string> = new Set(),
  { threads = availableParallelism(), workersFrom = WORKERS_FROM, onRecords }: PrepareOptions = {},
): Promise<PreparedRecord[]> {
  const words = [...placeWords];
  const listing: AsyncIterable<readonly string[]> | Iterable<readonly string[]> = Symbol.asyncIterator in paths ? paths : [paths as readonly string[]];
  /** Listed pages not yet in a batch. */
  const listed: string[] = [];
  /** Each batch's indexed pages, by batch, as the workers answer; those before `handedOn` went to `onRecords`. */
  const answers: PreparedRecord[][] = [];
  let handedOn = 0;
  let run: OpenRun<PrepareBatch> | undefined;
  try {
    for await (const chunk of listing) {
      for (const path of chunk) listed.push(path);
      if (!run && threads >= 2 && listed.length >= workersFrom) {
        const shared: PrepareShared = { known: [...known] };
        run = sharedWorkerPool<PrepareBatch, PrepareAnswer>(WORKER_URL, threads, shared).open(({ index, records, failure }) => {
          if (failure !== undefined) throw new Error(failure);
          answers[index] = records!;
          for (; answers[handedOn] !== undefined; handedOn++) onRecords?.(answers[handedOn]!);
        });
      }
      if (!run) continue;
      let batched = 0;
      for (; listed.length - batched >= BATCH; batched += BATCH) run.add({ from, placeWords: words, paths: listed.slice(batched, batched + BATCH) });
      listed.splice(0, batched);
    }
  } catch (error) {
    if (!run) throw error;
    // The run fails as a whole: its workers are stopped and `close` rejects with the listing's error.
    run.abort(error);
  }
  if (!run) {
    const records = prepareBatch({ from, placeWords: words, paths: listed }, placeWords, known);
    onRecords?.(records);
    return records;
  }
  if (listed.length > 0) run.add({ from, placeWords: words, paths: listed });
  await run.close();
  return answers.flat();
}
