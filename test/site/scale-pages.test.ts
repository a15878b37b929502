/**
 * Pages stay small whatever the content's size (issue 15): a scaled-down generated national
 * dataset (a few hundred events over three regions, full rosters, every region's geography) is
 * built, and every HTML page must stay within the budget a parent's phone can open (≤ 30 KB
 * gzip of HTML + CSS, ≤ 150 KB raw). The paginated lists must be complete without JavaScript:
 * following "next" from page 1 of /events/ reaches every upcoming event exactly once, in order,
 * in both languages; the archive reaches every past event; a region's filter reaches its own
 * events and the national ones (which its children can join too).
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NOW, generateNationalDataset } from '../../src/scale/national-dataset.ts';
import { archivedEvents, organizerPlace, upcomingEvents } from '../../src/site/events.ts';
import { EVENTS_PER_PAGE } from '../../src/site/pagination.ts';
import { PROJECTS_PER_PAGE } from '../../src/site/projects.ts';
import { loadContent } from '../../src/content/load.ts';
import { projectSchema, type ProjectData } from '../../src/content/schema.ts';
import { buildSite, contentEvents } from './built-site.ts';

const root = resolve('.cache/test-site/scale');
const contentDir = join(root, 'content');
const outDir = join(root, 'dist');
const base = '/myn-jasa/';
const REGIONS = ['turkistan', 'ulytau', 'abai'];
const BUDGET = { gzip: 30 * 1024, raw: 150 * 1024 };

let pages: string[];
let read_: ReturnType<typeof readEvents> | undefined;
const readEvents = () => contentEvents(contentDir).map((e) => ({ ...e, ...organizerPlace(e.data.organizer) }));
/** The dataset's events, read and parsed as the build reads them (once). */
const events = () => (read_ ??= readEvents());

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  generateNationalDataset({ contentRoot: contentDir, regions: REGIONS, eventsCount: 260, awardsCount: 20 });
  buildSite({ outDir, contentDir, base, complete: false, now: DATASET_NOW });
  pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}, 300_000);

const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
/** The built file that serves an address of the site (`/myn-jasa/ru/events/page/2/`). */
const fileOf = (href: string) => `${decodeURIComponent(href.slice(base.length))}index.html`;
const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const cssSizes = new Map<string, number>();

/** The page's bytes over the wire: its HTML and the stylesheets it links, each gzipped as a host serves them. */
function pageWeight(file: string): { raw: number; gzip: number } {
  const html = read(file);
  let gzip = gzipSize(html);
  for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
    const css = href!.slice(base.length);
    // pagefind's own UI stylesheet (the search page only) is written by the search-index step, not built here.
    if (css.startsWith('pagefind/')) continue;
    if (!cssSizes.has(css)) cssSizes.set(css, gzipSize(readFileSync(join(outDir, css))));
    gzip += cssSizes.get(css)!;
  }
  return { raw: statSync(join(outDir, file)).size, gzip };
}

/** Walks a paginated list from its first page by the "next" links: the events (or projects) of each page, in order. */
function walk(first: string, item = /<li\s+class="card"\s+data-event="([^"]+)"/g): string[][] {
  const seen: string[][] = [];
  let file: string | undefined = fileOf(first);
  const visited = new Set<string>();
  while (file) {
    expect(visited.has(file), `${file} is reached twice`).toBe(false);
    visited.add(file);
    const html = read(file);
    seen.push([...html.matchAll(item)].map((m) => m[1]!));
    const next = /<a rel="next" href="([^"]+)"/.exec(html)?.[1];
    const head = /<link rel="next" href="([^"]+)"/.exec(html)?.[1];
    expect(head, `${file}: <link rel=next> and the "next" link lead to the same page`).toBe(next);
    if (next) {
      const prev = /<a rel="prev" href="([^"]+)"/.exec(read(fileOf(next)))?.[1];
      expect(prev && fileOf(prev), `${fileOf(next)} leads back to ${file}`).toBe(file);
    }
    file = next && fileOf(next);
  }
  return seen;
}

/** The dataset's projects, read and parsed as the build reads them. */
let projects_: { id: string; data: ProjectData }[] | undefined;
const projects = () =>
  (projects_ ??= loadContent(contentDir)
    .files.filter((f) => f.place?.kind === 'project')
    .map((f) => ({ id: `${f.place!.region}/${f.place!.slug}`, data: projectSchema.parse(f.data) })));
const PROJECT_ITEM = /<li\s+class="card"\s+data-project="([^"]+)"/g;

describe('pages at (scaled-down) national scale', () => {
  it('every HTML page is within the budget (≤ 30 KB gzip with its CSS, ≤ 150 KB raw)', () => {
    expect(pages.length).toBeGreaterThan(1000);
    const over = pages
      .map((file) => ({ file, ...pageWeight(file) }))
      .filter(({ raw, gzip }) => raw > BUDGET.raw || gzip > BUDGET.gzip);
    expect(over).toEqual([]);
  });

  it('no list page renders more than one page of events', () => {
    for (const file of pages.filter((f) => /(^|\/)events\/(index\.html|page\/|archive\/|(format|region|topic|grade)\/)/.test(f))) {
      const count = [...read(file).matchAll(/<li\s+class="card"\s+data-event=/g)].length;
      expect(count, file).toBeLessThanOrEqual(EVENTS_PER_PAGE);
    }
  });

  for (const lang of ['', 'ru/']) {
    it(`${lang || 'kk/'}: every upcoming event is reached from page 1 of /events/ by "next", once and soonest first`, () => {
      const want = upcomingEvents(events(), new Date(DATASET_NOW)).map((e) => e.id);
      expect(want.length, 'the dataset fills several pages').toBeGreaterThan(3 * EVENTS_PER_PAGE);
      const seen = walk(`${base}${lang}events/`);
      expect(seen.flat()).toEqual(want);
      expect(seen.length).toBe(Math.ceil(want.length / EVENTS_PER_PAGE));
      expect(seen.slice(0, -1).every((page) => page.length === EVENTS_PER_PAGE)).toBe(true);
    });

    it(`${lang || 'kk/'}: every past event is reached from page 1 of the archive, latest first`, () => {
      const want = archivedEvents(events(), new Date(DATASET_NOW)).map((e) => e.id);
      expect(want.length, 'the archive has more than one page').toBeGreaterThan(EVENTS_PER_PAGE);
      expect(walk(`${base}${lang}events/archive/`).flat()).toEqual(want);
    });

    it(`${lang || 'kk/'}: a region's filter lists its own events and the national ones, all pages`, () => {
      const upcoming = upcomingEvents(events(), new Date(DATASET_NOW));
      const national = upcoming.filter((e) => e.region === undefined).map((e) => e.id);
      expect(national.length, 'the dataset has upcoming national events').toBeGreaterThan(0);
      for (const region of [...REGIONS, 'mangystau']) {
        const want = upcoming.filter((e) => e.region === region || e.region === undefined).map((e) => e.id);
        expect(walk(`${base}${lang}events/region/${region}/`).flat(), region).toEqual(want);
        const count = /id="event-filter-count">[^<]*?(\d+)</.exec(read(fileOf(`${base}${lang}events/region/${region}/`)))?.[1];
        expect(Number(count), `${region}: the count says how many, national ones included`).toBe(want.length);
      }
    });
  }

  it('no projects list page renders more than one page of projects, and project pages are among the pages within budget', () => {
    const lists = pages.filter((f) => /(^|\/)projects\/(index\.html|page\/|(region|topic|stage)\/)/.test(f));
    expect(lists.length, 'the projects list and its filters fill several pages').toBeGreaterThan(20);
    for (const file of lists) expect([...read(file).matchAll(PROJECT_ITEM)].length, file).toBeLessThanOrEqual(PROJECTS_PER_PAGE);
    const projectPages = pages.filter((f) => /(^|\/)projects\/(?!page\/|region\/|topic\/|stage\/)[^/]+\/[^/]+\/index\.html$/.test(f));
    expect(projectPages.length).toBe(2 * projects().length);
  });

  for (const lang of ['', 'ru/']) {
    it(`${lang || 'kk/'}: every project is reached from page 1 of /projects/ by "next", once, most recent season first`, () => {
      const all = projects();
      expect(all.length, 'the dataset fills several pages of projects').toBeGreaterThan(3 * PROJECTS_PER_PAGE);
      const seen = walk(`${base}${lang}projects/`, PROJECT_ITEM);
      expect(seen.flat().sort()).toEqual(all.map((p) => p.id).sort());
      expect(seen.length).toBe(Math.ceil(all.length / PROJECTS_PER_PAGE));
      const latest = new Map(all.map((p) => [p.id, Math.max(...p.data.seasons)]));
      const order = seen.flat().map((id) => latest.get(id)!);
      expect(order.every((season, i) => i === 0 || season <= order[i - 1]!), 'most recent season first').toBe(true);
    });

    it(`${lang || 'kk/'}: each region's, topic's and stage's filter reaches exactly its projects, its count says how many`, () => {
      const all = projects();
      const cases: [string, string, (p: { id: string; data: ProjectData }) => boolean][] = [
        ...REGIONS.map((r): [string, string, (p: { id: string; data: ProjectData }) => boolean] => ['region', r, (p) => p.data.representation.split('/')[0] === r]),
        ['region', 'mangystau', () => false],
        ['stage', 'running', (p) => p.data.stage === 'running'],
        ['topic', all[0]!.data.topics[0]!, (p) => p.data.topics.includes(all[0]!.data.topics[0]!)],
      ];
      for (const [dimension, value, test] of cases) {
        const want = all.filter(test).map((p) => p.id).sort();
        const first = `${base}${lang}projects/${dimension}/${value}/`;
        expect(walk(first, PROJECT_ITEM).flat().sort(), `${dimension}=${value}`).toEqual(want);
        const count = new RegExp(`data-project-filter="${dimension}=${value}"[^>]*>[^<]*<span data-filter-count>\\((\\d+)\\)`).exec(read(fileOf(first)))?.[1];
        expect(Number(count), `${dimension}=${value}: the filter bar's count`).toBe(want.length);
      }
    });
  }

  it('region and unit pages show short lists and link to the full filtered list', () => {
    const region = read('regions/turkistan/index.html');
    expect(region).toContain(`href="${base}events/region/turkistan/"`);
    const listed = [...region.matchAll(/data-event="([^"]+)"/g)].length;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(2 * EVENTS_PER_PAGE);
    const unitPages = pages.filter((f) => f.startsWith('regions/turkistan/') && dirname(f) !== 'regions/turkistan');
    expect(unitPages.length).toBeGreaterThan(5);
    for (const file of unitPages) expect(read(file), file).toContain(`href="${base}events/region/turkistan/"`);
  });
});
