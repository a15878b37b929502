/**
 * `npm run search-index` — builds the pagefind search index of the built site into
 * `<OUT_DIR>/pagefind/`: one index per language (pagefind reads each page's `<html lang>`), over
 * the parts of pages marked `data-pagefind-body`. Each such page is prepared as
 * src/search/index-html.ts says (its indexed part only, cells separated, initials not indexed,
 * names never cut, a Kazakh page's stems in a hidden metadata field) on worker threads into a
 * scratch folder, which pagefind's own indexer (its command line, on every core) then reads; the
 * built files are not changed. The stemmer's protected place names are the ones the Kazakh search
 * page publishes for its own script (one list for the index and the query). Environment: OUT_DIR
 * (default dist).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preparePages } from '../src/search/prepare-pages.ts';
import { readPlaceWords } from '../src/search/place-names.ts';

const outDir = resolve(process.env.OUT_DIR || 'dist');
/** pagefind's command line (its npm wrapper runs the binary of this platform). */
const SHARED_MEMORY = '/dev/shm';
const PAGEFIND = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

// The scratch folder is in memory where the system has one (Linux's /dev/shm): its 10,000 small
// files at national scale cost seconds to write and over a minute to delete on a busy shared disk.
const scratch = mkdtempSync(join(existsSync(SHARED_MEMORY) ? SHARED_MEMORY : tmpdir(), 'myn-jasa-search-'));
try {
  const started = performance.now();
  const placeWords = readPlaceWords(outDir);
  const paths = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith('pagefind'));
  const pages = await preparePages(outDir, scratch, paths, placeWords);
  const run = spawnSync(process.execPath, [PAGEFIND, '--site', scratch, '--output-path', join(outDir, 'pagefind')], { encoding: 'utf8' });
  const indexed = /Indexed (\d+) pages?/.exec(run.stdout ?? '')?.[1];
  if (run.status !== 0) throw new Error(`pagefind failed (${run.status ?? run.signal}):\n${run.stdout ?? ''}${run.stderr ?? ''}`);
  if (Number(indexed) !== pages) throw new Error(`pagefind indexed ${indexed ?? 'no'} pages of the ${pages} prepared:\n${run.stdout}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`search index: ${pages} pages → ${join(outDir, 'pagefind')} (${seconds} s)\n`);
} catch (error) {
  process.stderr.write(`search index: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
