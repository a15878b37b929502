/**
 * Reads and prepares built pages for the search index on worker threads, one per core: each page
 * with `data-pagefind-body` is hashed (src/search/search-cache.ts) and, unless its hash is among
 * the `known` ones (prepared by an earlier run, in the cache), prepared as src/search/index-html.ts
 * says. A few pages (the demo site) are read in this thread. The workers are fed as the site is
 * listed, so this does not use the shared pool (src/workers/pool.ts), which takes its tasks all at
 * once.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
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
  let pool: ReturnType<typeof startPool> | undefined;
  try {
    for await (const chunk of listing) {
      for (const path of chunk) listed.push(path);
      if (!pool && threads >= 2 && listed.length >= workersFrom) pool = startPool(threads, { known: [...known] }, onRecords);
      if (!pool) continue;
      let batched = 0;
      for (; listed.length - batched >= BATCH; batched += BATCH) pool.add({ from, placeWords: words, paths: listed.slice(batched, batched + BATCH) });
      listed.splice(0, batched);
    }
  } catch (error) {
    pool?.stop();
    throw error;
  }
  if (!pool) {
    const records = prepareBatch({ from, placeWords: words, paths: listed }, placeWords, known);
    onRecords?.(records);
    return records;
  }
  if (listed.length > 0) pool.add({ from, placeWords: words, paths: listed });
  return pool.finish();
}

/**
 * `threads` workers preparing batches as they are added, each sent its next batch when it answers
 * the last (slow batches do not hold the others back); the answers are handed on in batch order.
 */
function startPool(threads: number, shared: PrepareShared, onRecords: PrepareOptions['onRecords']) {
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_URL, { workerData: shared }));
  const batches: PrepareBatch[] = [];
  const answers: PreparedRecord[][] = [];
  const idle: Worker[] = [];
  let sent = 0;
  let handedOn = 0;
  let listingDone = false;
  let settle: { resolve: (records: PreparedRecord[]) => void; reject: (error: unknown) => void } | undefined;
  let failure: { error: unknown } | undefined;

  const stop = () => void Promise.all(workers.map((worker) => worker.terminate()));
  const fail = (error: unknown) => {
    if (failure) return;
    failure = { error };
    stop();
    settle?.reject(error);
  };
  const settleIfDone = () => {
    if (failure || !settle || !listingDone || handedOn < batches.length) return;
    stop();
    settle.resolve(answers.flat());
  };
  const feed = (worker: Worker) => {
    if (sent < batches.length) worker.postMessage({ index: sent, task: batches[sent++] });
    else idle.push(worker);
  };
  for (const worker of workers) {
    worker.on('message', ({ index, records, failure: message }: { index: number; records?: PreparedRecord[]; failure?: string }) => {
      if (failure) return;
      if (message !== undefined) return fail(new Error(message));
      answers[index] = records!;
      try {
        for (; answers[handedOn] !== undefined && handedOn < batches.length; handedOn++) onRecords?.(answers[handedOn]!);
      } catch (error) {
        return fail(error);
      }
      feed(worker);
      settleIfDone();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0 && !(listingDone && handedOn === batches.length)) fail(new Error(`worker ${WORKER_URL.pathname} exited with code ${code}`));
    });
  }
  for (const worker of workers) feed(worker);

  return {
    add(batch: PrepareBatch) {
      batches.push(batch);
      const worker = idle.pop();
      if (worker) feed(worker);
    },
    finish(): Promise<PreparedRecord[]> {
      listingDone = true;
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure.error);
        settle = { resolve, reject };
        settleIfDone();
      });
    },
    stop,
  };
}
