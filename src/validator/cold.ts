/**
 * `validate`'s cold run (no usable cache) on two threads: the main thread and one worker each
 * read, hash, parse and check half of the files (schema and per-file families, problems
 * located) and keep only each file's cache record, its facts encoded by the kind's mask. The
 * worker hands its records back as one v8-serialised buffer (transferred, not copied). Then the
 * run is the warm run's own (`warmRun`): the whole-content families run on the facts, and a read
 * outside them (`ProjectionMiss`) makes the run the single-thread full one, so the split can
 * never change a verdict.
 *
 * The masks must be known before anything is parsed: they are committed
 * (`facts-masks.json`, written by `npm run validate:masks` from full runs on the demo content
 * and a national sample; a test checks a full run learns nothing outside them).
 */
import { readFileSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { classify } from '../content/kind-paths.ts';
import type { ContentEntry } from '../content/load.ts';
import { codeVersion, FORMAT, nowKey, type CachedFile, type LoadedCache } from './cache.ts';
import type { checkSourceFile } from './check-files.ts';
import { freshRecord, readAndCheck, statOf, warmRun, type IncrementalOptions, type IncrementalResult } from './incremental.ts';
import type { locateEach } from './locate.ts';
import { isReadMask, ProjectionMiss, type ReadMask } from './projection.ts';

/** The generated national sample the committed masks are learned on (`npm run validate:masks`) and tested against. */
export const MASK_SAMPLE = { seed: 11, regions: ['ulytau', 'abai'], eventsCount: 60, awardsCount: 40 };

/**
 * The worker's share of the bytes: a little under half, as its thread starts and loads its own
 * module graph (≈ 0.3 s) while the main thread's is mostly loaded already.
 */
const WORKER_SHARE = 0.45;
/** The worker's young generation, MB (`workerRecords`). */
const WORKER_YOUNG_MB = 16;

const MASKS_URL = new URL('./facts-masks.json', import.meta.url);
const WORKER_URL = new URL('./cold-worker.mjs', import.meta.url);

/** The committed masks, or undefined when the file is missing or malformed (the run is then the single-thread one). */
export function committedMasks(): Record<string, ReadMask> | undefined {
  try {
    const masks: unknown = JSON.parse(readFileSync(MASKS_URL, 'utf8'));
    return masks && typeof masks === 'object' && Object.values(masks).every(isReadMask) ? (masks as Record<string, ReadMask>) : undefined;
  } catch {
    return undefined;
  }
}

/** What one thread is given: the files of its half, with the stat figures their records keep. */
export interface ColdTask {
  root: string;
  entries: ContentEntry[];
  stats: ReturnType<typeof statOf>[];
  now: Date;
  startedAt: number;
  masks: Record<string, ReadMask>;
}

/** Reads, hashes, parses and checks each file of `task`, and returns its cache record (facts and body its own). */
export function coldRecords(task: ColdTask, check: typeof checkSourceFile, locate: typeof locateEach): CachedFile[] {
  return task.entries.map((entry, i) => {
    const { checked, hash } = readAndCheck(task.root, entry, check, task.now);
    return freshRecord(entry, task.stats[i]!, hash, checked, locate(checked.findings), task.masks, task.startedAt);
  });
}

/**
 * Splits the files into the main thread's and the worker's by bytes (largest first, each to the
 * half further below its share; each half in tree order): the parse costs about the same per byte
 * in every kind of file. The worker's share is `WORKER_SHARE`.
 */
export function splitBySize(sizes: number[], workerShare = WORKER_SHARE): [number[], number[]] {
  const halves: [number[], number[]] = [[], []];
  const weight: [number, number] = [0, 0];
  const shares: [number, number] = [1 - workerShare, workerShare];
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  for (const i of order) {
    const half = weight[0] / shares[0] <= weight[1] / shares[1] ? 0 : 1;
    halves[half].push(i);
    weight[half] += sizes[i]!;
  }
  return [halves[0].sort((a, b) => a - b), halves[1].sort((a, b) => a - b)];
}

/** The worker's records, or undefined if it failed (the caller then runs on one thread). */
function workerRecords(task: ColdTask): Promise<CachedFile[] | undefined> {
  return new Promise((resolve) => {
    // A small young generation: the worker keeps only its records, and a default-sized one took
    // the cold run's peak from ≈ 350 to ≈ 400 MB (the worker's pages are not returned when it ends).
    const worker = new Worker(WORKER_URL, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    let records: CachedFile[] | undefined;
    worker.once('message', (bytes: Uint8Array) => (records = deserialize(bytes) as CachedFile[]));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(records));
  });
}

/**
 * The cold run on two threads, or undefined when it cannot answer (no committed masks, the worker
 * failed, or a family read outside the masks): the caller then runs the single-thread full run.
 */
export async function parallelColdRun(
  root: string,
  entries: ContentEntry[],
  stats: (Stats | undefined)[],
  options: IncrementalOptions,
  startedAt: number,
  load: () => Promise<{ check: typeof checkSourceFile; locateEach: typeof locateEach }>,
  masks = committedMasks(),
): Promise<IncrementalResult | undefined> {
  if (!masks) return undefined;
  const [mine, theirs] = splitBySize(stats.map((s) => s?.size ?? 0));
  const taskOf = (indexes: number[]): ColdTask => ({ root, entries: indexes.map((i) => entries[i]!), stats: indexes.map((i) => statOf(stats[i])), now: options.now, startedAt, masks });
  // The worker starts first: its module graph loads while this thread loads its own.
  const fromWorker = workerRecords(taskOf(theirs));
  const { check, locateEach } = await load();
  const own = coldRecords(taskOf(mine), check, locateEach);
  const other = await fromWorker;
  if (!other || other.length !== theirs.length) return undefined;
  const files: CachedFile[] = new Array(entries.length);
  mine.forEach((at, i) => (files[at] = own[i]!));
  theirs.forEach((at, i) => (files[at] = other[i]!));
  const cache = inMemoryCache(root, files, masks, options.now);
  const matches = files.map((record) => ({ record, same: true, text: undefined, hash: undefined }));
  try {
    const result = await warmRun(root, entries, stats, cache, matches, check, options, startedAt);
    return { ...result, cache: 'cold', parsed: entries.length };
  } catch (error) {
    if (error instanceof ProjectionMiss) return undefined;
    throw error;
  }
}

/** Records made in this run, as `warmRun` reads a cache: every record carries its facts, no memo, no base to write a delta against. */
function inMemoryCache(root: string, files: CachedFile[], masks: Record<string, ReadMask>, now: Date): LoadedCache {
  return {
    format: FORMAT,
    version: codeVersion(),
    root: resolve(root),
    nowKey: nowKey(now),
    masks,
    files,
    memo: undefined,
    base: '',
    baseFiles: new Map(),
    // Only for matching entries (`matchRecords`), which this run does not do: made if ever asked.
    get byPath() {
      return new Map(files.map((f) => [f.relative, f]));
    },
    factsOf: (record) => record.own!.facts,
    fieldsOf: () => undefined,
    bodyOf: (record) => record.own!.body,
    placeOf: classify,
    verdictsOf: () => undefined,
  };
}
