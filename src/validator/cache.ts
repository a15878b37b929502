/**
 * The validate cache on disk, per content root under `.cache/validate/`: a base file with every
 * file's record, its facts files (one per kind of file: each file's facts and event body, a
 * kind's read only when a whole-content family that reads that kind must run again) and, after small re-runs, a delta file with the records
 * that changed since (a one-file edit then writes one record, not the whole cache). All are
 * written atomically (temp file + rename) and read back only when whole and current: each is a
 * SHA-1 digest followed by a v8-serialised payload; a digest that does not match (a truncated or
 * corrupt file), another format, another version of the rules' code, a shape this code does not
 * write, a facts file made for another base, or a delta made for another base, and it is
 * ignored: the run is a full one (or uses the base). SHA-1 rather than SHA-256: it guards against
 * damage, not against someone who can write the cache (they could write any verdict into it), and
 * costs a sixth of the time on the national cache's 13 MB.
 */
import { createHash, hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { classify, type Classified } from '../content/kind-paths.ts';
import type { ContentEntry, SourceFile } from '../content/load.ts';
import type { LocatedProblem } from '../rules/types.ts';
import { isReadMask, tupleKeys, type ReadMask } from './projection.ts';

export const CACHE_DIR = '.cache/validate';
/** Bump when the layout of `CacheData` changes. */
export const FORMAT = 8;
const DIGEST_BYTES = 20;

/** A per-file problem, already located (file:line:column); the file is its record's. */
export type CachedProblem = Omit<LocatedProblem, 'file'>;

/** What a file's record knows without its facts: enough to tell the file is the one recorded, and its per-file verdict. */
export interface CachedFile {
  relative: string;
  type: ContentEntry['type'];
  /** Size, mtime, ctime and inode as `lstat` gave them: only spare re-reading the file when all four match. */
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** SHA-1 of the file's text (utf-8), the real key. */
  hash: string;
  /** Schema and per-file families' problems, in the order the full run found them. */
  problems: CachedProblem[];
  /** Whether the file passed its schema (and so is part of the content). */
  valid: boolean;
  /** Whether the facts are stored in the mask's shape (`encodeFacts`) rather than as projected. */
  encoded: boolean;
  /** When the run that last saw this size and mtime (or hashed the text) started. */
  seen: number;
  /** Facts and body, when the record carries them itself (a delta's, or one made in this run); a base record's are in the facts file. */
  own?: FileFacts;
}

/** What the whole-content families read of a file, kept apart from the records: only a run that must run them reads it. */
export interface FileFacts {
  /** The facts the whole-content families read: the parsed value projected by its kind's mask. */
  facts: unknown;
  /** An event's body as the reader split it (`SourceFile.body`), so a cached file answers it without being read. */
  body: SourceFile['body'];
}

/**
 * The whole-content families' verdict for one exact tree: `key` names every file (path, type,
 * hash), the working directory and the content root (messages show paths from there). A family
 * that did not look at "now" holds for any now; one that did, only for the same instant.
 */
export interface WholeMemo {
  key: string;
  /** The same tree per part of the content (`Content`'s keys: `events`, `units`, …, `tree` for all of it): which parts an edit touched. */
  parts: Record<string, string>;
  /** movement.yaml's `default_locale` in that tree. */
  defaultLocale: string | undefined;
  /** Each family's verdict, the parts of the content it read, and the now it read (undefined: none). */
  families: { name: string; now: number | undefined; reads: string[]; problems: LocatedProblem[]; files?: FileVerdicts }[];
  /**
   * On disk, the file sections' `files` are kept apart, in a file this digest names (`verdicts.bin`):
   * only a run that re-runs a file section reads them, not one that nothing changed.
   */
  verdicts?: string;
}

/** A file section's verdict file by file (`FileSection`): what it shared, and each file's own verdict. */
export interface FileVerdicts {
  /** The shared value, the hash of its serialised form with where paths are shown from, and the parts and now it read. */
  shared: unknown;
  sharedKey: string;
  sharedReads: string[];
  sharedNow: number | undefined;
  /**
   * The problems of the files that had some, by path in the content root. A file's verdict holds
   * while the file is the one its cache record names: the records and these verdicts are written
   * by the same run (a verdicts file another run wrote does not match the memo's digest).
   */
  found: Record<string, LocatedProblem[]>;
}

export interface CacheData {
  format: typeof FORMAT;
  /** `codeVersion()` of the run that wrote it. */
  version: string;
  /** The content root, absolute. */
  root: string;
  /** The calendar day(s) of "now" the per-file checks ran with (`nowKey`). */
  nowKey: string;
  /** The fields the whole-content families read, per kind of file. */
  masks: Record<string, ReadMask>;
  files: CachedFile[];
  memo: WholeMemo | undefined;
}

/**
 * The base file: the records without their facts, and per kind of file (`factsGroup`) the digests
 * of the files that hold that kind's facts and its bodies (`<kind>.body`), in the records' order:
 * a run that re-runs the event families reads the events' facts, not the rosters' nor the bodies.
 */
interface BaseData extends Omit<CacheData, 'files'> {
  files: Omit<CachedFile, 'own'>[];
  facts: Record<string, string>;
}

/** The facts file a record's facts go to: its kind's (`other` for a file in no known place). */
function factsGroup(place: Classified | undefined): string {
  return place?.kind ?? 'other';
}

/** A file's hash as the cache keys it: SHA-1 of its bytes (a refused entry, read as nothing: of none). */
export function hashBytes(bytes: Buffer | undefined): string {
  return hash('sha1', bytes ?? Buffer.alloc(0), 'base64');
}

/**
 * Per-file checks may depend on the calendar day of "now" (a birth date is told from an event's
 * date by the year), never on the time of day: the day in UTC and in Kazakhstan both key them.
 */
export function nowKey(now: Date): string {
  const kz = new Date(now.getTime() + 5 * 3600_000);
  return `${now.toISOString().slice(0, 10)}/${kz.toISOString().slice(0, 10)}`;
}

/** Folders whose code decides a verdict: any change in them, and every cached result is stale. */
const CODE_DIRS = ['rules', 'content', 'privacy', 'season', 'validator'];
const SOURCE_ROOT = resolve(import.meta.dirname, '..');

let version: string | undefined;
/**
 * The version of the validator's code: a hash of every source file of the folders it imports
 * from, the locked dependency versions (zod, js-yaml) and Node's version (v8's format).
 */
export function codeVersion(): string {
  if (version) return version;
  const hash = createHash('sha1').update(`${FORMAT}\0${process.version}\0`);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ts|json)$/.test(entry.name)) hash.update(`${path}\0`).update(readFileSync(path)).update('\0');
    }
  };
  for (const dir of CODE_DIRS) walk(join(SOURCE_ROOT, dir));
  try {
    hash.update(readFileSync(resolve(SOURCE_ROOT, '../package-lock.json')));
  } catch {
    // No lock file (a copy of the sources): the sources alone.
  }
  return (version = hash.digest('hex'));
}

/** `<dir>/<hash of the root>.bin`; `dir` is `.cache/validate` in the working directory unless given. */
export function cachePath(root: string, dir = CACHE_DIR): string {
  return join(dir, `${createHash('sha1').update(resolve(root)).digest('hex').slice(0, 16)}.bin`);
}

/** The facts file could not be read back whole and current: the run cannot be answered from the cache. */
export class FactsUnavailable extends Error {}

/** A cache read back: the base's records with the delta applied, and the base's digest. */
export interface LoadedCache extends CacheData {
  /** The base file's digest: a delta names the base it applies to. */
  base: string;
  /** The base's own records by path, before the delta: what a new delta is measured against. */
  baseFiles: ReadonlyMap<string, CachedFile>;
  /** `files` by path (the base's map itself when there is no delta): what a run matches its entries against. */
  byPath: ReadonlyMap<string, CachedFile>;
  /** A record's facts, and its body: its kind's file of each is read on the first call (`FactsUnavailable` if it cannot be trusted). */
  factsOf(record: CachedFile): FileFacts['facts'];
  /**
   * A base record's facts stored one file per field (`tupleKeys`): the i-th field of its tuple,
   * that field's file read on the first call for it; undefined for a record whose facts are whole
   * (its own, or not a tuple: `factsOf`).
   */
  fieldsOf(record: CachedFile): ((index: number) => unknown) | undefined;
  bodyOf(record: CachedFile): FileFacts['body'];
  /** Where a path sits in the content (`classify`), classified once for both the cache and the run. */
  placeOf(relative: string): Classified | undefined;
  /** A file section's kept verdicts, read on the first call; undefined when they cannot be trusted (the section then checks every file). */
  verdictsOf(name: string): FileVerdicts | undefined;
}

/** The records a delta adds or replaces, and the files it removes, over the base it names, and the latest memo. */
interface CacheDelta {
  format: typeof FORMAT;
  base: string;
  files: CachedFile[];
  removed: string[];
  memo: WholeMemo | undefined;
}

const deltaPath = (root: string, dir: string) => cachePath(root, dir).replace(/\.bin$/, '.delta.bin');
const verdictsPath = (root: string, dir: string) => cachePath(root, dir).replace(/\.bin$/, '.verdicts.bin');
const factsPath = (root: string, dir: string, group: string) => cachePath(root, dir).replace(/\.bin$/, `.facts.${group}.bin`);

/** Reads one signed file: its payload deserialised and its digest, or undefined. */
function readSigned(path: string): { data: unknown; digest: string } | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  if (bytes.length <= DIGEST_BYTES) return undefined;
  const payload = bytes.subarray(DIGEST_BYTES);
  const digest = bytes.subarray(0, DIGEST_BYTES);
  if (!hash('sha1', payload, 'buffer').equals(digest)) return undefined;
  try {
    return { data: deserialize(payload), digest: digest.toString('hex') };
  } catch {
    return undefined;
  }
}

/** The cache for `root`, or undefined when there is none or it cannot be trusted. */
export function readCache(root: string, dir = CACHE_DIR): LoadedCache | undefined {
  const base = readSigned(cachePath(root, dir));
  if (!base || !isCurrent(base.data, root)) return undefined;
  const stored = base.data;
  // Each base record's facts file and place in it; a group's file is read on the first call that needs it.
  const slots = new Map<string, { group: string; slot: number; hash: string; place: Classified | undefined }>();
  const counts = new Map<string, number>();
  for (const f of stored.files) {
    // Each path classified once per run: its facts file, and the place its file tells the families (`placeOf`).
    const place = classify(f.relative);
    const group = factsGroup(place);
    const slot = counts.get(group) ?? 0;
    counts.set(group, slot + 1);
    slots.set(f.relative, { group, slot, hash: f.hash, place });
  }
  const halves = new Map<string, unknown[]>();
  /** One stored file of facts (`<group>`, `<group>.body` or a field's `<group>.f<i>`), read and checked on the first call. */
  const storedFile = (record: CachedFile, name: (group: string) => string, isValue?: (value: unknown) => boolean): { values: unknown[]; slot: number } => {
    // A record without facts of its own is the base's file, perhaps seen anew (another stat, the same hash).
    const place = slots.get(record.relative);
    const file = place && name(place.group);
    const digest = file && stored.facts[file];
    if (!place || place.hash !== record.hash || digest === undefined) throw new FactsUnavailable();
    let values = halves.get(file!);
    if (!values) halves.set(file!, (values = readValues(factsPath(root, dir, file!), digest, counts.get(place.group)!, isValue)));
    return { values, slot: place.slot };
  };
  /** Per group, whether its facts are stored field by field, and those files as read (each on the first call for that field). */
  const fieldFiles = new Map<string, unknown[][] | undefined>();
  const fieldsOf = (record: CachedFile) => {
    const place = !record.own && record.encoded ? slots.get(record.relative) : undefined;
    if (!place) return undefined;
    let columns = fieldFiles.get(place.group);
    if (!fieldFiles.has(place.group)) fieldFiles.set(place.group, (columns = tupleKeys(stored.masks[place.group]) && []));
    if (!columns) return undefined;
    if (place.hash !== record.hash) throw new FactsUnavailable();
    const files = columns;
    return (index: number) => {
      let column = files[index];
      if (!column) {
        const file = fieldFile(place.group, index);
        const digest = stored.facts[file];
        if (digest === undefined) throw new FactsUnavailable();
        column = files[index] = readValues(factsPath(root, dir, file), digest, counts.get(place.group)!);
      }
      return column[place.slot];
    };
  };
  const factsOf = (record: CachedFile) => {
    if (record.own) return record.own.facts;
    const fields = fieldsOf(record);
    if (fields) return tupleKeys(stored.masks[slots.get(record.relative)!.group])!.map((_, i) => fields(i));
    const { values, slot } = storedFile(record, (group) => group);
    return values[slot];
  };
  const bodyOf = (record: CachedFile) => {
    if (record.own) return record.own.body;
    const { values, slot } = storedFile(record, (group) => `${group}.body`, isBody);
    return values[slot] as FileFacts['body'];
  };
  const baseFiles = new Map<string, CachedFile>(base.data.files.map((f) => [f.relative, f]));
  const { facts: _, ...data } = base.data;
  let verdicts: Record<string, FileVerdicts> | undefined;
  const verdictsOf = (name: string) => {
    if (!cache.memo?.verdicts) return undefined;
    verdicts ??= readVerdicts(verdictsPath(root, dir), cache.memo.verdicts);
    return verdicts[name];
  };
  const placeOf = (relative: string) => (slots.has(relative) ? slots.get(relative)!.place : classify(relative));
  const cache: LoadedCache = { ...data, base: base.digest, baseFiles, byPath: baseFiles, factsOf, fieldsOf, bodyOf, verdictsOf, placeOf };
  const delta = readSigned(deltaPath(root, dir))?.data as Partial<CacheDelta> | undefined;
  const fits =
    delta?.format === FORMAT &&
    delta.base === base.digest &&
    Array.isArray(delta.files) &&
    delta.files.every((f) => isCachedFile(f) && (f.own === undefined ? baseFiles.get(f.relative)?.hash === f.hash : isFileFacts(f.own))) &&
    Array.isArray(delta.removed) &&
    delta.removed.every((r) => typeof r === 'string') &&
    (delta.memo === undefined || isMemo(delta.memo));
  if (fits) {
    const records = new Map(baseFiles);
    for (const relative of delta.removed!) records.delete(relative);
    for (const file of delta.files!) records.set(file.relative, file);
    cache.files = [...records.values()];
    cache.byPath = records;
    cache.memo = delta.memo;
  }
  return cache;
}

function readVerdicts(path: string, digest: string): Record<string, FileVerdicts> {
  const read = readSigned(path);
  const data = read?.data;
  const fits = read?.digest === digest && !!data && typeof data === 'object' && Object.values(data).every(isFileVerdicts);
  return fits ? (data as Record<string, FileVerdicts>) : {};
}

/** The memo as written: the file sections' verdicts go to their own file first, the memo names its digest. */
function storedMemo(root: string, dir: string, memo: WholeMemo | undefined): WholeMemo | undefined {
  if (!memo || !memo.families.some((f) => f.files)) return memo;
  const verdicts = Object.fromEntries(memo.families.filter((f) => f.files).map((f) => [f.name, f.files!]));
  const digest = writeSigned(verdictsPath(root, dir), verdicts);
  const families = memo.families.map(({ files: _, ...family }) => family);
  const { verdicts: _old, ...rest } = memo;
  return digest ? { ...rest, families, verdicts: digest } : { ...rest, families };
}

/** The file of a tuple's i-th field of facts (`tupleKeys`), per group. */
const fieldFile = (group: string, index: number) => `${group}.f${index}`;

/** One stored file of values, one per record of its group in the records' order: whole, current and of the right length, or `FactsUnavailable`. */
function readValues(path: string, digest: string, count: number, isValue?: (value: unknown) => boolean): unknown[] {
  const read = readSigned(path);
  const values = read?.data;
  if (read?.digest !== digest || !Array.isArray(values) || values.length !== count || (isValue && !values.every(isValue))) throw new FactsUnavailable();
  return values;
}

function isCurrent(data: unknown, root: string): data is BaseData {
  if (!data || typeof data !== 'object') return false;
  const d = data as Partial<BaseData>;
  return (
    d.format === FORMAT &&
    d.version === codeVersion() &&
    d.root === resolve(root) &&
    typeof d.nowKey === 'string' &&
    !!d.facts &&
    typeof d.facts === 'object' &&
    Object.values(d.facts).every((digest) => typeof digest === 'string') &&
    !!d.masks &&
    typeof d.masks === 'object' &&
    Object.values(d.masks).every(isReadMask) &&
    Array.isArray(d.files) &&
    d.files.every((f) => isCachedFile(f) && f.own === undefined) &&
    (d.memo === undefined || isMemo(d.memo))
  );
}

function isCachedFile(f: unknown): f is CachedFile {
  if (!f || typeof f !== 'object') return false;
  const c = f as Partial<CachedFile>;
  return (
    typeof c.relative === 'string' &&
    (c.type === 'file' || c.type === 'symlink' || c.type === 'special') &&
    typeof c.size === 'number' &&
    typeof c.mtimeMs === 'number' &&
    typeof c.ctimeMs === 'number' &&
    typeof c.ino === 'number' &&
    typeof c.hash === 'string' &&
    typeof c.valid === 'boolean' &&
    typeof c.encoded === 'boolean' &&
    typeof c.seen === 'number' &&
    Array.isArray(c.problems)
  );
}

function isFileFacts(f: unknown): f is FileFacts {
  return !!f && typeof f === 'object' && 'facts' in f && isBody((f as Partial<FileFacts>).body);
}

function isBody(body: unknown): body is FileFacts['body'] {
  if (body === undefined) return true;
  const { text, offset } = (body ?? {}) as Partial<NonNullable<FileFacts['body']>>;
  return typeof body === 'object' && body !== null && typeof text === 'string' && typeof offset === 'number';
}

function isMemo(m: unknown): m is WholeMemo {
  if (!m || typeof m !== 'object') return false;
  const { key, parts, defaultLocale, families } = m as Partial<WholeMemo>;
  return (
    typeof key === 'string' &&
    !!parts &&
    typeof parts === 'object' &&
    Object.values(parts).every((p) => typeof p === 'string') &&
    (defaultLocale === undefined || typeof defaultLocale === 'string') &&
    ((m as Partial<WholeMemo>).verdicts === undefined || typeof (m as Partial<WholeMemo>).verdicts === 'string') &&
    Array.isArray(families) &&
    families.every(
      (f) =>
        !!f &&
        typeof f.name === 'string' &&
        (f.now === undefined || typeof f.now === 'number') &&
        Array.isArray(f.reads) &&
        f.reads.every((r) => typeof r === 'string') &&
        Array.isArray(f.problems) &&
        (f.files === undefined || isFileVerdicts(f.files)),
    )
  );
}

function isFileVerdicts(v: unknown): v is FileVerdicts {
  if (!v || typeof v !== 'object') return false;
  const { sharedKey, sharedReads, sharedNow, found } = v as Partial<FileVerdicts>;
  return (
    typeof sharedKey === 'string' &&
    Array.isArray(sharedReads) &&
    sharedReads.every((r) => typeof r === 'string') &&
    (sharedNow === undefined || typeof sharedNow === 'number') &&
    !!found &&
    typeof found === 'object' &&
    Object.values(found).every(Array.isArray)
  );
}

/** Writes `value` under `path` atomically: a reader sees the old file or the new one, never half of one. Returns the digest, or undefined if it could not be written. */
function writeSigned(path: string, value: unknown): string | undefined {
  const payload = serialize(value);
  const digest = hash('sha1', payload, 'buffer');
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    // Digest and payload written one after the other: joining them first copied the 12 MB facts once more.
    const fd = openSync(temp, 'w');
    try {
      writeAll(fd, digest);
      writeAll(fd, payload);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    return digest.toString('hex');
  } catch {
    // A cache that cannot be written (read-only checkout, full disk) only costs the next run time.
    rmSync(temp, { force: true });
    return undefined;
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/**
 * Writes a new base (every record, and its facts files first: the base names each facts file's
 * digest, so a base never pairs with another run's facts) and drops the delta, which belonged to
 * the old base. `files` carry their facts (`own`).
 */
export function writeCache(root: string, data: Omit<CacheData, 'format' | 'version' | 'root'>, dir = CACHE_DIR): void {
  rmSync(deltaPath(root, dir), { force: true });
  // Per group: the records' facts kept whole (`<group>`), their bodies, and a tuple's fields one file each (undefined where a record has none).
  const byFile = new Map<string, { group: string; values: unknown[] }>();
  const push = (name: string, group: string, slot: number, value: unknown) => {
    let file = byFile.get(name);
    if (!file) byFile.set(name, (file = { group, values: [] }));
    file.values[slot] = value;
  };
  const counts = new Map<string, number>();
  for (const file of data.files) {
    const group = factsGroup(classify(file.relative));
    const slot = counts.get(group) ?? 0;
    counts.set(group, slot + 1);
    const keys = file.encoded ? tupleKeys(data.masks[group]) : undefined;
    push(group, group, slot, keys ? undefined : file.own!.facts);
    push(`${group}.body`, group, slot, file.own!.body);
    keys?.forEach((_, i) => push(fieldFile(group, i), group, slot, (file.own!.facts as unknown[])[i]));
  }
  // A field file is as long as its group (holes where a record's facts are whole).
  for (const { group, values } of byFile.values()) values.length = counts.get(group)!;
  const facts: Record<string, string> = {};
  for (const [name, { values }] of byFile) {
    const digest = writeSigned(factsPath(root, dir, name), values);
    if (!digest) return;
    facts[name] = digest;
  }
  const files = data.files.map(({ own: _, ...record }) => record);
  writeSigned(cachePath(root, dir), { format: FORMAT, version: codeVersion(), root: resolve(root), ...data, memo: storedMemo(root, dir, data.memo), files, facts } satisfies BaseData);
}

/** Writes the records that differ from the base `base` (a changed file's with its facts), and the latest memo (a whole new delta: it replaces the last one). */
export function writeDelta(root: string, base: string, files: CachedFile[], removed: string[], memo: WholeMemo | undefined, dir = CACHE_DIR): void {
  writeSigned(deltaPath(root, dir), { format: FORMAT, base, files, removed, memo: storedMemo(root, dir, memo) } satisfies CacheDelta);
}
