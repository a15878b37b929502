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
 * The critical path is the slowest shard's pagefind, so everything else is kept off it: the pages
 * are read and prepared while the site is still being listed, each prepared page is written into
 * its shard's scratch folder as its batch comes back (in path order), and a shard's scratch
 * folder, its cached bundle and the prepared pages' cache are written or deleted while the other
 * shards' pagefind still runs.
 *
 * Incremental (src/search/search-cache.ts): a page whose bytes were prepared by an earlier run is
 * taken from the cache, and a shard in which no indexed page changed writes the bundle pagefind
 * built for it last time instead of running pagefind again. Environment: OUT_DIR (default dist),
 * SEARCH_CACHE_DIR (default .cache/search).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { preparePages, type PreparedRecord } from '../src/search/prepare-pages.ts';
import { readPlaceWords } from '../src/search/place-names.ts';
import { type BundleFiles, bundlePaths, DEFAULT_SEARCH_CACHE_DIR, indexKey, preparationFingerprint, readBundle, readPreparedPages, saveBundle, writePreparedPages } from '../src/search/search-cache.ts';

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
/** Listed pages handed to the preparation at a time (then the listing lets the workers' answers in). */
const LISTING_CHUNK = 250;

interface Page {
  path: string;
  hash: string;
  html: string;
}

/** The language of a prepared page (the `<html lang>` the preparation wrote first), or undefined. */
const languageOf = (html: string) => /^<!DOCTYPE html><html lang="([^"]+)"/.exec(html)?.[1];

/**
 * The scratch folders pagefind reads, one a language, written while the pages are prepared. pagefind
 * numbers pages in the order it finds them, so each language's pages are written in path order and
 * the bundle is the same on every run. A language's folder is written from its first page prepared
 * now on (its earlier pages, from the cache, first): a language all of whose pages come from the
 * cache may not need pagefind at all (its bundle restored).
 */
class Scratch {
  readonly shards = new Map<string, Page[]>();
  /** Pages without a language (pagefind files them with the language of most pages). */
  readonly unknown: Page[] = [];
  private readonly written = new Set<string>();
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  add(page: Page, prepared: boolean): void {
    const lang = languageOf(page.html);
    if (!lang) return void this.unknown.push(page);
    const pages = this.shards.get(lang) ?? this.shards.set(lang, []).get(lang)!;
    pages.push(page);
    if (this.written.has(lang)) this.write(lang, page);
    else if (prepared) this.writeShard(lang);
  }

  /** The shards in language order, once every page is added; a page without a language goes with the language of most pages. */
  finish(): Map<string, Page[]> {
    if (this.unknown.length > 0) {
      const primary = [...this.shards].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
      if (primary) primary[1].push(...this.unknown);
      else this.shards.set('unknown', this.unknown);
      // As pagefind itself had them before the shards: every shard in sorted path order, written anew.
      for (const [lang, pages] of this.shards) {
        pages.sort((a, b) => (a.path < b.path ? -1 : 1));
        if (this.written.delete(lang)) rmSync(join(this.dir, lang), { recursive: true, force: true });
      }
    }
    return new Map([...this.shards].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  }

  /** The folder pagefind reads for `lang`, written whole if it is not yet. */
  folder(lang: string): string {
    if (!this.written.has(lang)) this.writeShard(lang);
    return join(this.dir, lang);
  }

  private writeShard(lang: string): void {
    this.written.add(lang);
    for (const page of this.shards.get(lang)!) this.write(lang, page);
  }

  private write(lang: string, { path, html }: Page): void {
    mkdirSync(dirname(join(this.dir, lang, path)), { recursive: true });
    writeFileSync(join(this.dir, lang, path), html);
  }
}

/**
 * The built pages (`.html`, paths relative to `dir`), in the order a recursive `readdirSync` lists
 * them (breadth first: a folder's entries, then each subfolder's in turn), without the search
 * bundle's folders, a chunk at a time. Walked folder by folder, and the bundle and its scratch
 * folders not entered: the recursive listing of the national site's 67,000 files took 1.2–2.1 s
 * (its path joins and entries for every card), this walk 0.4–0.7 s, which the preparation now
 * overlaps: between chunks the workers' answers come in.
 */
async function* builtPages(dir: string): AsyncGenerator<string[]> {
  let pages: string[] = [];
  const folders = [''];
  for (let at = 0; at < folders.length; at++) {
    const folder = folders[at]!;
    for (const entry of readdirSync(folder ? join(dir, folder) : dir, { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (!folder && (entry.name.startsWith('pagefind') || entry.name.startsWith('.pagefind-shards'))) continue;
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile() && entry.name.endsWith('.html')) pages.push(path);
    }
    if (pages.length >= LISTING_CHUNK) {
      yield pages;
      pages = [];
      await new Promise(setImmediate);
    }
  }
  if (pages.length > 0) yield pages;
}

/** Runs pagefind over one shard's scratch folder into `output`. */
async function runPagefind(shard: string, site: string, output: string, pages: number): Promise<void> {
  let stdout: string;
  try {
    ({ stdout } = await run(PAGEFIND, ['--site', site, '--output-path', output], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  } catch (error) {
    const { code, signal, stdout: out = '', stderr = '' } = error as { code?: number; signal?: string; stdout?: string; stderr?: string };
    throw new Error(`pagefind failed on the ${shard} pages (${code ?? signal}):\n${out}${stderr}`);
  }
  const indexed = /Indexed (\d+) pages?/.exec(stdout)?.[1];
  if (Number(indexed) !== pages) throw new Error(`pagefind indexed ${indexed ?? 'no'} pages of the ${pages} ${shard} pages prepared:\n${stdout}`);
}

/**
 * Moves the files `paths` (relative) of the bundle in `from` into `to`, the entry file left out
 * (one at a time: on the thread pool, 7,000 renames into one folder took three times as long).
 */
function moveInto(from: string, to: string, paths: readonly string[]): void {
  const moving = paths.filter((path) => path !== ENTRY);
  for (const folder of new Set(moving.map((path) => dirname(path)))) mkdirSync(join(to, folder), { recursive: true });
  for (const path of moving) renameSync(join(from, path), join(to, path));
}

/** One language's bundle: built by pagefind into `output`, or restored from the cache. */
interface Shard {
  lang: string;
  pages: Page[];
  key: string;
  output: string;
  cached: BundleFiles | undefined;
  /** Its files (relative paths), once built or restored. */
  paths?: string[];
}

const started = performance.now();
// The shards' bundles are built beside the bundle (same file system: their files are moved, not
// copied); the pages pagefind reads are in memory where the system has it (Linux's /dev/shm):
// their 15,000 small files at national scale cost seconds to write and over a minute to delete on
// a busy shared disk.
const shardOutputs = join(outDir, '.pagefind-shards');
let scratch: Scratch | undefined;
/** Background writes and deletions, awaited before the step ends. */
const background: Promise<unknown>[] = [];
try {
  const placeWords = readPlaceWords(outDir);
  const fingerprint = preparationFingerprint(placeWords);
  const cached = readPreparedPages(cacheDir, fingerprint);
  // A bundle left by an earlier run on this folder is not part of this one.
  rmSync(bundleDir, { recursive: true, force: true });
  rmSync(shardOutputs, { recursive: true, force: true });
  scratch = new Scratch(mkdtempSync(join(existsSync(SHARED_MEMORY) ? SHARED_MEMORY : tmpdir(), 'myn-jasa-search-')));
  const prepared = new Map<string, string>();
  let fresh = 0;
  const records = await preparePages(outDir, builtPages(outDir), placeWords, new Set(cached.keys()), {
    onRecords: (batch: PreparedRecord[]) => {
      for (const { path, hash, html } of batch) {
        if (html !== undefined) fresh++;
        const text = html ?? cached.get(hash)!;
        prepared.set(hash, text);
        scratch!.add({ path, hash, html: text }, html !== undefined);
      }
    },
  });
  const languages = scratch.finish();
  // As pagefind itself fails on a site with nothing to index (the step did before its shards).
  if (languages.size === 0) throw new Error(`no page in ${outDir} has data-pagefind-body: nothing to index`);

  const shards: Shard[] = [...languages].map(([lang, pages]) => {
    const key = indexKey(fingerprint, pages);
    return { lang, pages, key, output: join(shardOutputs, lang), cached: readBundle(cacheDir, lang, key) };
  });
  const indexing = shards.filter((shard) => !shard.cached);
  // Rewritten only when it changed (pages prepared now, or pages no longer built), while a core is
  // free: at once beside a single pagefind, else once the first pagefind is done.
  let writePagesCache = fresh > 0 || prepared.size !== cached.size ? () => void background.push(writePreparedPages(cacheDir, fingerprint, prepared)) : undefined;
  const building = indexing.map((shard) =>
    runPagefind(shard.lang, scratch!.folder(shard.lang), shard.output, shard.pages.length).then(() => {
      // Deleted here, not on the thread pool (fs.promises.rm took four times as long as rmSync).
      rmSync(join(scratch!.dir, shard.lang), { recursive: true, force: true });
      writePagesCache?.();
      writePagesCache = undefined;
      shard.paths = bundlePaths(shard.output);
      background.push(saveBundle(cacheDir, shard.lang, shard.key, shard.output, shard.paths));
    }),
  );
  // Awaited below, after the restored bundles are written.
  for (const build of building) build.catch(() => {});
  for (const shard of shards) {
    if (!shard.cached) continue;
    for (const [path, bytes] of shard.cached) {
      mkdirSync(dirname(join(shard.output, path)), { recursive: true });
      writeFileSync(join(shard.output, path), bytes);
    }
    shard.paths = shard.cached.map(([path]) => path);
  }
  if (indexing.length < 2) {
    writePagesCache?.();
    writePagesCache = undefined;
  }
  await Promise.all(building);

  // The first shard's folder becomes the bundle (one rename, not one per file: 7,000 at national
  // scale) and the others' files are moved into it.
  const [first, ...others] = shards;
  renameSync(first!.output, bundleDir);
  first!.output = bundleDir;
  for (const shard of others) moveInto(shard.output, bundleDir, shard.paths!);
  // The first shard's entry, its fields in pagefind's order, with every shard's languages.
  const entries = shards.map((shard) => JSON.parse(readFileSync(join(shard.output, ENTRY), 'utf8')) as { languages: Record<string, unknown> });
  const entry = entries[0]!;
  entry.languages = Object.assign({}, ...entries.map((own) => own.languages));
  writeFileSync(join(bundleDir, ENTRY), JSON.stringify(entry));
  await Promise.all(background);

  const ran = indexing.map((shard) => shard.lang);
  const how = ran.length === 0 ? 'no indexed page changed: the last bundle reused' : `indexed by pagefind (${ran.join(', ')}${ran.length < shards.length ? '; the other languages\' bundles reused' : ''})`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`search index: ${records.length} pages (${fresh} prepared, ${records.length - fresh} from the cache), ${how} → ${bundleDir} (${seconds} s)\n`);
} catch (error) {
  process.stderr.write(`search index: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await Promise.allSettled(background);
  if (scratch) rmSync(scratch.dir, { recursive: true, force: true });
  rmSync(shardOutputs, { recursive: true, force: true });
}
