/**
 * The search index step's cache (scripts/search-index.ts), under `.cache/search/` like the card
 * cache (CI keeps `.cache/` between runs): each indexed page's prepared HTML keyed by the hash of
 * the built page's bytes, so a rebuild prepares only the pages that changed; and the last
 * pagefind bundle with the key of the whole set of prepared pages it was built from, so a rebuild
 * in which no indexed page changed writes that bundle instead of running pagefind. Every key
 * includes the preparation's fingerprint (the source of the modules that prepare a page, the
 * stemmer's protected place names, pagefind's version): a change to any of them invalidates all.
 * The bundle is kept per shard (one language's index), so an edit in one language reuses the other's.
 * A missing, corrupt or foreign cache file is ignored, never trusted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** The default cache folder (gitignored; CI may keep it between runs). */
export const DEFAULT_SEARCH_CACHE_DIR = '.cache/search';

/** The modules whose code decides what a page's prepared HTML is. */
const PREPARATION_SOURCES = ['./index-html.ts', './kazakh.ts', './options.ts'];

/** What every key shares: the preparing code, the protected place names, pagefind's version. */
export function preparationFingerprint(placeWords: ReadonlySet<string>): string {
  const hash = createHash('sha256');
  for (const source of PREPARATION_SOURCES) hash.update(readFileSync(new URL(source, import.meta.url)));
  const pagefind = new URL('../../node_modules/pagefind/package.json', import.meta.url);
  hash.update(`pagefind@${(JSON.parse(readFileSync(pagefind, 'utf8')) as { version: string }).version}\n`);
  hash.update([...placeWords].sort().join('\n'));
  return hash.digest('hex');
}

/** The key of a built page's bytes. */
export function pageHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The key of an index: the fingerprint and every indexed page's path and hash. */
export function indexKey(fingerprint: string, pages: readonly { path: string; hash: string }[]): string {
  const hash = createHash('sha256').update(fingerprint);
  for (const { path, hash: page } of [...pages].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(`${path}\0${page}\n`);
  return hash.digest('hex');
}

const PAGES_FILE = 'pages.v8';
/** One bundle file a shard (a language: scripts/search-index.ts); a name that is not a plain word is hashed. */
const bundleFile = (shard: string) => `bundle-${/^[a-z0-9-]+$/.test(shard) ? shard : createHash('sha256').update(shard).digest('hex').slice(0, 16)}.v8`;

/** Reads a cache file written by `writeEntry` for `key`, or undefined when it is missing, corrupt or for another key. */
function readEntry<T>(file: string, key: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const entry = deserialize(readFileSync(file)) as { key?: unknown; value?: T };
    return entry.key === key ? entry.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file whole or not at all (a crash mid-write, or another build writing it too, leaves
 * a whole file). The value is serialized here; the bytes are written by the thread pool, so the
 * caller goes on while the system copies them.
 */
async function writeEntry(file: string, key: string, value: unknown): Promise<void> {
  const bytes = serialize({ key, value });
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, bytes);
  await rename(partial, file);
}

/** The prepared HTML of the pages of the last run, by page hash (empty when the fingerprint changed). */
export function readPreparedPages(cacheDir: string, fingerprint: string): Map<string, string> {
  return readEntry<Map<string, string>>(join(cacheDir, PAGES_FILE), fingerprint) ?? new Map();
}

/** Keeps exactly this run's prepared pages (pages no longer built drop out). */
export function writePreparedPages(cacheDir: string, fingerprint: string, pages: Map<string, string>): Promise<void> {
  return writeEntry(join(cacheDir, PAGES_FILE), fingerprint, pages);
}

/** A pagefind bundle's files: each path relative to the bundle's folder, with its bytes. */
export type BundleFiles = [path: string, bytes: Uint8Array][];

/** The cached pagefind bundle of `shard` built under `key`, or undefined when there is none for that key. */
export function readBundle(cacheDir: string, shard: string, key: string): BundleFiles | undefined {
  return readEntry<BundleFiles>(join(cacheDir, bundleFile(shard)), key);
}

/** The files of the pagefind bundle in `outputDir` (relative paths), in the order they are kept. */
export function bundlePaths(outputDir: string): string[] {
  return readdirSync(outputDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outputDir, join(entry.parentPath, entry.name)));
}

/**
 * Keeps the files `paths` of the pagefind bundle now in `dir` (bundlePaths, listed before other
 * files joined it) as the bundle of `shard` built under `key`: one file, no thousands of small
 * files to copy or delete.
 */
export function saveBundle(cacheDir: string, shard: string, key: string, dir: string, paths: readonly string[]): Promise<void> {
  const files = paths.map((path): [string, Uint8Array] => [path, readFileSync(join(dir, path))]);
  return writeEntry(join(cacheDir, bundleFile(shard)), key, files);
}
