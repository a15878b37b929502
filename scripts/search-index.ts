/**
 * `npm run search-index` — builds the pagefind search index of the built site into
 * `<OUT_DIR>/pagefind/`: one index per language (pagefind reads each page's `<html lang>`), over
 * the parts of pages marked `data-pagefind-body`. Each such page is prepared as
 * src/search/index-html.ts says (its indexed part only, cells separated, initials not indexed,
 * names never cut, a Kazakh page's stems in a hidden metadata field) on worker threads and written
 * into a scratch folder, which pagefind's own indexer (its command line) then reads; the built
 * files are not changed. Each language is a shard: its own scratch folder, its own pagefind process
 * (the shards run side by side, since one pagefind process parses and indexes on one thread), its
 * own bundle in the cache. pagefind builds a separate index per language anyway, so the shards'
 * bundles merged (their files side by side, one `pagefind-entry.json` listing every language) are
 * the bundle one run over all the pages makes, and the client is unchanged. The stemmer's protected
 * place names are the ones the Kazakh search page publishes for its own script (one list for the
 * index and the query).
 *
 * Incremental (src/search/search-cache.ts): a page whose bytes were prepared by an earlier run is
 * taken from the cache, and a shard in which no indexed page changed writes the bundle pagefind
 * built for it last time instead of running pagefind again. Environment: OUT_DIR (default dist),
 * SEARCH_CACHE_DIR (default .cache/search).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { preparePages } from '../src/search/prepare-pages.ts';
import { readPlaceWords } from '../src/search/place-names.ts';
import { DEFAULT_SEARCH_CACHE_DIR, indexKey, preparationFingerprint, readPreparedPages, restoreBundle, saveBundle, writePreparedPages } from '../src/search/search-cache.ts';

const outDir = resolve(process.env.OUT_DIR || 'dist');
const cacheDir = resolve(process.env.SEARCH_CACHE_DIR || DEFAULT_SEARCH_CACHE_DIR);
const bundleDir = join(outDir, 'pagefind');
/**
 * pagefind's binary for this platform, found as its npm wrapper finds it (run directly: the wrapper
 * is one more Node process per language before pagefind starts).
 */
const { resolveBinaryPath } = (await import(new URL('resolveBinary.js', import.meta.resolve('pagefind')).href)) as { resolveBinaryPath: (names: string[]) => string };
const PAGEFIND = resolveBinaryPath(['pagefind_extended', 'pagefind']);
const SHARED_MEMORY = '/dev/shm';
const ENTRY = 'pagefind-entry.json';
const run = promisify(execFile);

interface Page {
  path: string;
  hash: string;
  html: string;
}

/**
 * The pages by language (the `<html lang>` the preparation wrote first), each in path order. A page
 * without a language goes with the language of most pages, as pagefind itself files it.
 */
function shardsByLanguage(pages: Page[]): Map<string, Page[]> {
  const shards = new Map<string, Page[]>();
  const unknown: Page[] = [];
  for (const page of pages) {
    const lang = /^<!DOCTYPE html><html lang="([^"]+)"/.exec(page.html)?.[1];
    if (!lang) unknown.push(page);
    else if (shards.has(lang)) shards.get(lang)!.push(page);
    else shards.set(lang, [page]);
  }
  if (unknown.length > 0) {
    const primary = [...shards].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
    if (primary) primary[1].push(...unknown);
    else shards.set('unknown', unknown);
    for (const [, list] of shards) list.sort((a, b) => (a.path < b.path ? -1 : 1));
  }
  return new Map([...shards].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** Builds (or restores from the cache) one shard's bundle into `output`; true when pagefind ran. */
async function buildShard(shard: string, pages: Page[], fingerprint: string, scratch: string, output: string): Promise<boolean> {
  const key = indexKey(fingerprint, pages);
  if (restoreBundle(cacheDir, shard, key, output)) return false;
  // pagefind numbers pages in the order it finds them: written in path order, the bundle is the same on every run.
  const site = join(scratch, shard);
  for (const { path, html } of pages) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  let stdout: string;
  try {
    ({ stdout } = await run(PAGEFIND, ['--site', site, '--output-path', output], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  } catch (error) {
    const { code, signal, stdout: out = '', stderr = '' } = error as { code?: number; signal?: string; stdout?: string; stderr?: string };
    throw new Error(`pagefind failed on the ${shard} pages (${code ?? signal}):\n${out}${stderr}`);
  }
  const indexed = /Indexed (\d+) pages?/.exec(stdout)?.[1];
  if (Number(indexed) !== pages.length) throw new Error(`pagefind indexed ${indexed ?? 'no'} pages of the ${pages.length} ${shard} pages prepared:\n${stdout}`);
  saveBundle(cacheDir, shard, key, output);
  return true;
}

/**
 * Moves every shard's bundle into `bundleDir` and writes one entry file listing every shard's
 * languages. pagefind's scripts, styles and WebAssembly are the same in every shard's bundle.
 */
function mergeShards(outputs: string[]): void {
  // The first shard's entry, its fields in pagefind's order, with every shard's languages.
  let entry: { languages: Record<string, unknown> } | undefined;
  const languages: Record<string, unknown> = {};
  for (const output of outputs) {
    const own = JSON.parse(readFileSync(join(output, ENTRY), 'utf8')) as { languages: Record<string, unknown> };
    Object.assign(languages, own.languages);
    if (!entry) {
      // The first shard's folder becomes the bundle: one rename, not one per file (7,000 at national scale).
      entry = own;
      renameSync(output, bundleDir);
      continue;
    }
    for (const file of readdirSync(output, { recursive: true, withFileTypes: true })) {
      if (!file.isFile() || file.name === ENTRY) continue;
      const to = join(bundleDir, relative(output, join(file.parentPath, file.name)));
      mkdirSync(dirname(to), { recursive: true });
      renameSync(join(file.parentPath, file.name), to);
    }
  }
  if (!entry) return;
  entry.languages = languages;
  writeFileSync(join(bundleDir, ENTRY), JSON.stringify(entry));
}

/**
 * The built pages (`.html`, paths relative to `dir`), in the order a recursive `readdirSync` lists
 * them (breadth first: a folder's entries, then each subfolder's in turn), without the search
 * bundle's folders. Walked folder by folder, and the bundle and its scratch folders not entered:
 * the recursive listing of the national site's 67,000 files took 1.2–2.1 s (its path joins and
 * entries for every card), this walk 0.4–0.7 s.
 */
function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const folders = [''];
  for (let at = 0; at < folders.length; at++) {
    const folder = folders[at]!;
    for (const entry of readdirSync(folder ? join(dir, folder) : dir, { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (!folder && (entry.name.startsWith('pagefind') || entry.name.startsWith('.pagefind-shards'))) continue;
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile() && entry.name.endsWith('.html')) pages.push(path);
    }
  }
  return pages;
}

const started = performance.now();
// The shards' bundles are built beside the bundle (same file system: their files are moved, not
// copied); the pages pagefind reads are in memory where the system has it (Linux's /dev/shm):
// their 15,000 small files at national scale cost seconds to write and over a minute to delete on
// a busy shared disk.
const shardOutputs = join(outDir, '.pagefind-shards');
let scratch: string | undefined;
try {
  const placeWords = readPlaceWords(outDir);
  const fingerprint = preparationFingerprint(placeWords);
  const cached = readPreparedPages(cacheDir, fingerprint);
  const paths = builtPages(outDir);
  const records = await preparePages(outDir, paths, placeWords, new Set(cached.keys()));
  const prepared = new Map(records.map(({ hash, html }) => [hash, html ?? cached.get(hash)!]));
  const fresh = records.filter((record) => record.html !== undefined).length;
  const shards = shardsByLanguage(records.map(({ path, hash }) => ({ path, hash, html: prepared.get(hash)! })));
  // As pagefind itself fails on a site with nothing to index (the step did before its shards).
  if (shards.size === 0) throw new Error(`no page in ${outDir} has data-pagefind-body: nothing to index`);
  // A bundle left by an earlier run on this folder is not part of this one.
  rmSync(bundleDir, { recursive: true, force: true });
  rmSync(shardOutputs, { recursive: true, force: true });
  scratch = mkdtempSync(join(existsSync(SHARED_MEMORY) ? SHARED_MEMORY : tmpdir(), 'myn-jasa-search-'));
  const outputs = [...shards.keys()].map((shard) => join(shardOutputs, shard));
  const building = Promise.all([...shards].map(([shard, pages], at) => buildShard(shard, pages, fingerprint, scratch!, outputs[at]!)));
  // Awaited below, after the cache is written.
  building.catch(() => {});
  // Rewritten only when it changed: pages prepared now, or pages no longer built (while pagefind runs).
  if (fresh > 0 || prepared.size !== cached.size) writePreparedPages(cacheDir, fingerprint, prepared);
  const ran = await building;
  mergeShards(outputs);
  const indexed = [...shards.keys()].filter((_, at) => ran[at]);
  const how = indexed.length === 0 ? 'no indexed page changed: the last bundle reused' : `indexed by pagefind (${indexed.join(', ')}${indexed.length < shards.size ? '; the other languages\' bundles reused' : ''})`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`search index: ${records.length} pages (${fresh} prepared, ${records.length - fresh} from the cache), ${how} → ${bundleDir} (${seconds} s)\n`);
} catch (error) {
  process.stderr.write(`search index: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  rmSync(shardOutputs, { recursive: true, force: true });
}
