/**
 * The search index step on a small real site, through pagefind itself: a rebuild with the cache
 * (.cache/search) gives exactly the bundle a run without it gives — an edited page is prepared and
 * indexed anew (never its stale record), an unchanged site reuses the last bundle without running
 * pagefind, and a corrupt cache is ignored. Each language is indexed by its own pagefind process:
 * the merged bundle is the one a single pagefind run over every prepared page makes (also when a
 * page's folder is not its language's), and an edit in one language runs pagefind for that
 * language only.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareForIndex } from '../../src/search/index-html.ts';
import { PLACE_WORDS_ID } from '../../src/search/options.ts';
import { readPlaceWords } from '../../src/search/place-names.ts';

const root = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (lang: string, title: string, body: string, indexed = true) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><main${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p></main></body></html>`;

/** The search page: the stemmer's protected place names the step reads back. */
const SEARCH_PAGE = `<html lang="kk"><body><script type="application/json" id="${PLACE_WORDS_ID}">["туркистан"]</script></body></html>`;

function writeSite(dir: string, pages: Record<string, string>): void {
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
}

/** Runs the step on `site` with the cache `cache`; returns what it printed. */
function searchIndex(site: string, cache: string): string {
  return execFileSync(process.execPath, ['scripts/search-index.ts'], { env: { ...process.env, OUT_DIR: site, SEARCH_CACHE_DIR: cache }, encoding: 'utf8' });
}

/** Every file of the bundle, by path. */
function bundle(site: string): Map<string, Buffer> {
  const dir = join(site, 'pagefind');
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))]),
  );
}

/** The text pagefind keeps of every indexed page (its fragments), joined. */
function indexedText(site: string): string {
  return [...bundle(site)].filter(([path]) => path.endsWith('.pf_fragment')).map(([, bytes]) => gunzipSync(bytes).toString('utf8')).join('\n');
}

/** The same site built without a cache, for the bundle a cached run must equal. */
function uncachedBundle(site: string, name: string): Map<string, Buffer> {
  const copy = join(root, name);
  execFileSync('cp', ['-r', site, copy]);
  searchIndex(copy, join(root, `${name}-cache`));
  return bundle(copy);
}

/** What the step made before its shards: one pagefind run over every prepared page, written in path order. */
function singleRunBundle(site: string, name: string): Map<string, Buffer> {
  const placeWords = readPlaceWords(site);
  const scratch = join(root, `${name}-scratch`);
  const paths = readdirSync(site, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'))
    .sort();
  for (const path of paths) {
    const prepared = prepareForIndex(readFileSync(join(site, path), 'utf8'), placeWords);
    if (!prepared) continue;
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), prepared.html);
  }
  const out = join(root, name);
  execFileSync(process.execPath, [join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs'), '--site', scratch, '--output-path', join(out, 'pagefind')]);
  return bundle(out);
}

describe('search index cache', () => {
  const site = join(root, 'site');
  const cache = join(root, 'cache');
  writeSite(site, {
    'search/index.html': SEARCH_PAGE,
    'events/a/index.html': page('kk', 'Кітап алмасу', 'Оқушылар алма бағын отырғызады'),
    'events/b/index.html': page('kk', 'Спорт күні', 'Жүгіру жарысы'),
    'ru/events/a/index.html': page('ru', 'Обмен книгами', 'Школьники сажают яблоневый сад'),
    // No language: pagefind files it with the language of most pages, and so must the shards.
    'about/index.html': page('', 'Мың жаса', 'Қозғалыс туралы'),
    'events/page/2/index.html': page('kk', 'Іс-шаралар', 'Тізім', false),
  });

  it('indexes every page the first time, then reuses the bundle when nothing indexed changed', () => {
    expect(searchIndex(site, cache)).toMatch(/4 pages \(4 prepared, 0 from the cache\), indexed by pagefind \(kk, ru\)/);
    const first = bundle(site);
    // One pagefind process a language, merged: byte for byte one run over all the pages.
    expect(first).toEqual(singleRunBundle(site, 'single'));
    expect(JSON.parse(first.get('pagefind-entry.json')!.toString()).languages).toHaveProperty('ru');
    expect(indexedText(site)).toContain('алма бағын');
    // A page that is not indexed changes: the same bundle, pagefind not run.
    writeFileSync(join(site, 'events/page/2/index.html'), page('kk', 'Іс-шаралар', 'Тізім, 2-бет', false));
    expect(searchIndex(site, cache)).toMatch(/4 pages \(0 prepared, 4 from the cache\), no indexed page changed: the last bundle reused/);
    expect(bundle(site)).toEqual(first);
  });

  it('prepares and indexes an edited page anew: the rebuilt bundle is the one a run without the cache makes', () => {
    writeFileSync(join(site, 'events/a/index.html'), page('kk', 'Кітап алмасу', 'Оқушылар шабдалы бағын отырғызады'));
    // Only the Kazakh shard is indexed again; the Russian bundle comes from the cache.
    expect(searchIndex(site, cache)).toMatch(/4 pages \(1 prepared, 3 from the cache\), indexed by pagefind \(kk; the other languages' bundles reused\)/);
    const text = indexedText(site);
    expect(text).toContain('шабдалы бағын');
    expect(text).not.toContain('алма бағын');
    expect(bundle(site)).toEqual(uncachedBundle(site, 'edited'));
    expect(bundle(site)).toEqual(singleRunBundle(site, 'edited-single'));
  });

  it('files a page by its language, not its folder: a Kazakh page under ru/ is in the Kazakh index', () => {
    const mixed = join(root, 'mixed');
    writeSite(mixed, {
      'search/index.html': SEARCH_PAGE,
      'events/a/index.html': page('kk', 'Кітап алмасу', 'Оқушылар алма бағын отырғызады'),
      'ru/events/a/index.html': page('ru', 'Обмен книгами', 'Школьники сажают яблоневый сад'),
      'ru/events/b/index.html': page('kk', 'Спорт күні', 'Жүгіру жарысы'),
    });
    expect(searchIndex(mixed, join(root, 'mixed-cache'))).toMatch(/3 pages \(3 prepared, 0 from the cache\), indexed by pagefind \(kk, ru\)/);
    expect(bundle(mixed)).toEqual(singleRunBundle(mixed, 'mixed-single'));
  });

  it('ignores a corrupt cache', () => {
    for (const file of readdirSync(cache)) writeFileSync(join(cache, file), 'not a cache');
    expect(searchIndex(site, cache)).toMatch(/4 pages \(4 prepared, 0 from the cache\), indexed by pagefind/);
    expect(bundle(site)).toEqual(uncachedBundle(site, 'corrupt'));
  });
});
