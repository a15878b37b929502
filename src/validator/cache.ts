/**
 * The validate cache on disk, per content root under `.cache/validate/`: a base file with every
 * file's record and, after small re-runs, a delta file with the records that changed since
 * (a one-file edit then writes one record, not the whole cache). Both are written atomically
 * (temp file + rename) and read back only when whole and current: each is a SHA-256 digest
 * followed by a v8-serialised payload; a digest that does not match (a truncated or corrupt
 * file), another format, another version of the rules' code, a shape this code does not write,
 * or a delta made for another base, and it is ignored: the run is a full one (or uses the base).
 */
import { createHash, hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ContentEntry, SourceFile } from '../content/load.ts';
import type { LocatedProblem } from '../rules/types.ts';
import { isReadMask, type ReadMask } from './projection.ts';

export const CACHE_DIR = '.cache/validate';
/** Bump when the layout of `CacheData` changes. */
const FORMAT = 3;
const DIGEST_BYTES = 32;

/** A per-file problem, already located (file:line:column); the file is its record's. */
export type CachedProblem = Omit<LocatedProblem, 'file'>;

export interface CachedFile {
  relative: string;
  type: ContentEntry['type'];
  size: number;
  mtimeMs: number;
  /** SHA-1 of the file's text (utf-8), the real key; size and mtime only spare re-reading it. */
  hash: string;
  /** Schema and per-file families' problems, in the order the full run found them. */
  problems: CachedProblem[];
  /** Whether the file passed its schema (and so is part of the content). */
  valid: boolean;
  /** An event's body as the reader split it (`SourceFile.body`), so a cached file answers it without being read. */
  body: SourceFile['body'];
  /** The facts the whole-content families read: the parsed value projected by its kind's mask. */
  facts: unknown;
  /** Whether `facts` are stored in the mask's shape (`encodeFacts`) rather than as projected. */
  encoded: boolean;
  /** When the run that last saw this size and mtime (or hashed the text) started. */
  seen: number;
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

/** A cache read back: the base's records with the delta applied, and the base's digest. */
export interface LoadedCache extends CacheData {
  /** The base file's digest: a delta names the base it applies to. */
  base: string;
  /** The base's own records by path, before the delta: what a new delta is measured against. */
  baseFiles: ReadonlyMap<string, CachedFile>;
}

/** The records a delta adds or replaces, and the files it removes, over the base it names. */
interface CacheDelta {
  format: typeof FORMAT;
  base: string;
  files: CachedFile[];
  removed: string[];
}

const deltaPath = (root: string, dir: string) => cachePath(root, dir).replace(/\.bin$/, '.delta.bin');

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
  if (!createHash('sha256').update(payload).digest().equals(digest)) return undefined;
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
  const baseFiles = new Map(base.data.files.map((f) => [f.relative, f]));
  const cache: LoadedCache = { ...base.data, base: base.digest, baseFiles };
  const delta = readSigned(deltaPath(root, dir))?.data as Partial<CacheDelta> | undefined;
  const fits =
    delta?.format === FORMAT &&
    delta.base === base.digest &&
    Array.isArray(delta.files) &&
    delta.files.every(isCachedFile) &&
    Array.isArray(delta.removed) &&
    delta.removed.every((r) => typeof r === 'string');
  if (fits) {
    const records = new Map(baseFiles);
    for (const relative of delta.removed!) records.delete(relative);
    for (const file of delta.files!) records.set(file.relative, file);
    cache.files = [...records.values()];
  }
  return cache;
}

function isCurrent(data: unknown, root: string): data is CacheData {
  if (!data || typeof data !== 'object') return false;
  const d = data as Partial<CacheData>;
  return (
    d.format === FORMAT &&
    d.version === codeVersion() &&
    d.root === resolve(root) &&
    typeof d.nowKey === 'string' &&
    !!d.masks &&
    typeof d.masks === 'object' &&
    Object.values(d.masks).every(isReadMask) &&
    Array.isArray(d.files) &&
    d.files.every(isCachedFile)
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
    typeof c.hash === 'string' &&
    typeof c.valid === 'boolean' &&
    typeof c.encoded === 'boolean' &&
    typeof c.seen === 'number' &&
    Array.isArray(c.problems) &&
    (c.body === undefined || (typeof c.body === 'object' && c.body !== null && typeof c.body.text === 'string' && typeof c.body.offset === 'number'))
  );
}

/** Writes `bytes` under `path` atomically: a reader sees the old file or the new one, never half of one. */
function writeSigned(path: string, value: unknown): void {
  const payload = serialize(value);
  const digest = createHash('sha256').update(payload).digest();
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, Buffer.concat([digest, payload]));
    renameSync(temp, path);
  } catch {
    // A cache that cannot be written (read-only checkout, full disk) only costs the next run time.
    rmSync(temp, { force: true });
  }
}

/** Writes a new base (every record) and drops the delta, which belonged to the old base. */
export function writeCache(root: string, data: Omit<CacheData, 'format' | 'version' | 'root'>, dir = CACHE_DIR): void {
  rmSync(deltaPath(root, dir), { force: true });
  writeSigned(cachePath(root, dir), { format: FORMAT, version: codeVersion(), root: resolve(root), ...data } satisfies CacheData);
}

/** Writes the records that differ from the base `base` (a whole new delta: it replaces the last one). */
export function writeDelta(root: string, base: string, files: CachedFile[], removed: string[], dir = CACHE_DIR): void {
  writeSigned(deltaPath(root, dir), { format: FORMAT, base, files, removed } satisfies CacheDelta);
}
