/**
 * `npm run search-index` — builds the pagefind search index of the built site into
 * `<OUT_DIR>/pagefind/`: one index per language (pagefind reads each page's `<html lang>`), over
 * the parts of pages marked `data-pagefind-body`. Each such page is prepared as
 * src/search/index-html.ts says (its indexed part only, cells separated, initials not indexed,
 * names never cut, a Kazakh page's stems in a hidden metadata field) on worker threads and written
 * into a scratch folder, which pagefind's own indexer (its command line, on every core) then reads;
 * the built files are not changed. The stemmer's protected place names are the ones the Kazakh
 * search page publishes for its own script (one list for the index and the query).
 *
 * Incremental (src/search/search-cache.ts): a page whose bytes were prepared by an earlier run is
 * taken from the cache, and when no indexed page changed at all, the bundle pagefind built last
 * time is written instead of running pagefind again. Environment: OUT_DIR (default dist),
 * SEARCH_CACHE_DIR (default .cache/search).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preparePages } from '../src/search/prepare-pages.ts';
import { readPlaceWords } from '../src/search/place-names.ts';
import { DEFAULT_SEARCH_CACHE_DIR, indexKey, preparationFingerprint, readPreparedPages, restoreBundle, saveBundle, writePreparedPages } from '../src/search/search-cache.ts';

const outDir = resolve(process.env.OUT_DIR || 'dist');
const cacheDir = resolve(process.env.SEARCH_CACHE_DIR || DEFAULT_SEARCH_CACHE_DIR);
const bundleDir = join(outDir, 'pagefind');
/** pagefind's command line (its npm wrapper runs the binary of this platform). */
const PAGEFIND = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
const SHARED_MEMORY = '/dev/shm';

let scratch: string | undefined;
try {
  const started = performance.now();
  const placeWords = readPlaceWords(outDir);
  const fingerprint = preparationFingerprint(placeWords);
  const cached = readPreparedPages(cacheDir, fingerprint);
  const paths = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith('pagefind'));
  const records = await preparePages(outDir, paths, placeWords, new Set(cached.keys()));
  const prepared = new Map(records.map(({ hash, html }) => [hash, html ?? cached.get(hash)!]));
  const fresh = records.filter((record) => record.html !== undefined).length;
  const key = indexKey(fingerprint, records);
  // A bundle left by an earlier run on this folder is not part of this one.
  rmSync(bundleDir, { recursive: true, force: true });
  let how: string;
  if (restoreBundle(cacheDir, key, bundleDir)) {
    how = 'no indexed page changed: the last bundle reused';
  } else {
    // The scratch folder is in memory where the system has one (Linux's /dev/shm): its 15,000 small
    // files at national scale cost seconds to write and over a minute to delete on a busy shared disk.
    scratch = mkdtempSync(join(existsSync(SHARED_MEMORY) ? SHARED_MEMORY : tmpdir(), 'myn-jasa-search-'));
    for (const { path, hash } of records) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), prepared.get(hash)!);
    }
    const run = spawnSync(process.execPath, [PAGEFIND, '--site', scratch, '--output-path', bundleDir], { encoding: 'utf8' });
    const indexed = /Indexed (\d+) pages?/.exec(run.stdout ?? '')?.[1];
    if (run.status !== 0) throw new Error(`pagefind failed (${run.status ?? run.signal}):\n${run.stdout ?? ''}${run.stderr ?? ''}`);
    if (Number(indexed) !== records.length) throw new Error(`pagefind indexed ${indexed ?? 'no'} pages of the ${records.length} prepared:\n${run.stdout}`);
    saveBundle(cacheDir, key, bundleDir);
    how = 'indexed by pagefind';
  }
  // Rewritten only when it changed: pages prepared now, or pages no longer built.
  if (fresh > 0 || prepared.size !== cached.size) writePreparedPages(cacheDir, fingerprint, prepared);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`search index: ${records.length} pages (${fresh} prepared, ${records.length - fresh} from the cache), ${how} → ${bundleDir} (${seconds} s)\n`);
} catch (error) {
  process.stderr.write(`search index: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
