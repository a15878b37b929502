/**
 * The bare reference site's yardsticks (src/bench/reference-site.ts), built for real: with keyed
 * pages Astro's incremental build writes each of them twice (the page and the cache's copy), as it
 * does the site's; without, it writes each page once and keeps no cache of pages.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReference, keyedPathCount, referenceYardsticks } from '../../src/bench/reference-site.ts';

const root = mkdtempSync(join(tmpdir(), 'reference-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PAGES = 6;
const page = (dir: string, i: number) => join(dir, `page/${i}/index.html`);

describe('the reference site', () => {
  const [plain, concurrent, incremental] = referenceYardsticks(2, 4);

  it('names the three yardsticks by how they are built', () => {
    expect(plain).toMatchObject({ label: "Astro's default, one page at a time", keyed: 0 });
    expect(plain!.concurrency).toBeUndefined();
    expect(concurrent).toMatchObject({ label: '2 pages at once, as the site', concurrency: 2, keyed: 0 });
    expect(incremental).toMatchObject({ label: '2 pages at once and 4 keyed pages in the incremental build, as the site', concurrency: 2, keyed: 4 });
  });

  it('with keyed pages, writes each keyed page twice and counts them in its manifest', async () => {
    const run = await buildReference(root, PAGES, incremental!);
    for (let i = 0; i < PAGES; i++) expect(existsSync(page(run.outDir, i))).toBe(true);
    const cached = join(run.cacheDir, 'dist');
    for (let i = 0; i < 4; i++) expect(readFileSync(page(cached, i), 'utf8')).toBe(readFileSync(page(run.outDir, i), 'utf8'));
    expect(existsSync(page(cached, 4))).toBe(false);
    expect(keyedPathCount(run.cacheDir)).toBe(4);
  });

  it('without, keeps no copy of any page', async () => {
    const run = await buildReference(root, PAGES, concurrent!);
    expect(existsSync(page(run.outDir, PAGES - 1))).toBe(true);
    expect(existsSync(join(run.cacheDir, 'dist'))).toBe(false);
    expect(keyedPathCount(run.cacheDir)).toBe(0);
  });

  it('keys no more pages than it builds', async () => {
    const run = await buildReference(root, 2, { ...incremental!, name: 'reference-few' });
    expect(keyedPathCount(run.cacheDir)).toBe(2);
  });
});
