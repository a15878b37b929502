/**
 * `npm run bench:national [-- --events N] [--no-reference] [--pages-only]` — the whole national build, measured
 * as a user runs it (PRODUCT.md "National scale", issue "the whole nation on one small runner").
 *
 * Generates the national dataset under .cache/bench/national/, then runs the steps of
 * `npm run build` one by one as fresh processes — validate, pages (astro build), cards, search
 * index — cold (empty caches), and again after a one-event edit with the caches warm. Beside each
 * figure it measures a reference in the same run, because the 2-core machines here drift by ±30 %:
 * a bare Astro 7 site of the same number of pages (bench/reference-site/) for the pages step:
 * one page at a time (the budget's), as many at once as the site, and that with the site's
 * incremental build (its keyed pages written twice).
 * Prints wall times, the peak resident memory of each step's whole process group, the size and
 * file count of dist/, and the largest page (raw and gzipped). Figures go into the README by hand.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { astroPhases } from '../src/bench/astro-phases.ts';
import { pagesBuildCommand, pagesConcurrency } from '../src/site/pages-concurrency.ts';
import { measureCommand, type CommandRun } from '../src/bench/measure-command.ts';
import { buildReference, keyedPathCount, referenceYardsticks } from '../src/bench/reference-site.ts';
import { DATASET_NOW, DEFAULT_SEED, generateNationalDataset, prepareOutput } from '../src/scale/national-dataset.ts';

const { values } = parseArgs({
  options: { events: { type: 'string' }, 'no-reference': { type: 'boolean', default: false }, 'pages-only': { type: 'boolean', default: false } },
});

const root = resolve('.cache/bench/national');
const contentRoot = join(root, 'content');
const outDir = join(root, 'dist');
const caches = { astro: join(root, 'astro-cache'), cards: join(root, 'cards-cache'), validate: join(root, 'validate-cache'), search: join(root, 'search-cache') };

prepareOutput(contentRoot, join(root, '.national-dataset'));
const stats = generateNationalDataset({ contentRoot, seed: DEFAULT_SEED, ...(values.events ? { eventsCount: Number(values.events) } : {}) });
console.log(`national dataset: ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.members} members, ${stats.events} events (${stats.heldEvents} held), ${stats.awards} awards, ${stats.projects} projects`);
console.log(`machine: ${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown cpu'}, Node ${process.version}\n`);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  CONTENT_DIR: contentRoot,
  BUILD_NOW: DATASET_NOW,
  OUT_DIR: outDir,
  ASTRO_CACHE_DIR: caches.astro,
  CARDS_CACHE_DIR: caches.cards,
  VALIDATE_CACHE_DIR: caches.validate,
  SEARCH_CACHE_DIR: caches.search,
};

/** The steps of `npm run build` (scripts/build-site.ts), each a fresh process. */
const STEPS: { name: string; args: string[]; env: NodeJS.ProcessEnv }[] = [
  { name: 'validate', args: ['scripts/validate.ts', '--content', contentRoot, '--now', DATASET_NOW, '--format', 'json'], env },
  // Not --silent: Astro's log gives the phases of the pages step (src/bench/astro-phases.ts).
  { name: 'pages', ...pagesBuildCommand([], env) },
  { name: 'cards', args: ['scripts/build-cards.ts'], env },
  { name: 'search index', args: ['scripts/search-index.ts'], env },
];

async function build(label: string): Promise<Map<string, CommandRun>> {
  rmSync(outDir, { recursive: true, force: true });
  const runs = new Map<string, CommandRun>();
  // --pages-only: validate and pages, for the pages step's figures without the cold card step's minutes.
  for (const { name, args, env } of values['pages-only'] ? STEPS.slice(0, 2) : STEPS) {
    const run = await measureCommand(process.execPath, args, env);
    if (run.status !== 0 && name !== 'validate') throw new Error(`${label}: ${name} failed (exit ${run.status}):\n${run.output.slice(-4000)}`);
    runs.set(name, run);
  }
  return runs;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const total = (runs: Map<string, CommandRun>) => [...runs.values()].reduce((sum, run) => sum + run.ms, 0);
const peak = (runs: Map<string, CommandRun>) => Math.max(...[...runs.values()].map((run) => run.peakMb));

function printBuild(label: string, runs: Map<string, CommandRun>): void {
  console.log(`${label}: ${seconds(total(runs))} in all, peak ${peak(runs).toFixed(0)} MB`);
  for (const [name, run] of runs) console.log(`  ${name.padEnd(14)} ${seconds(run.ms).padStart(9)}   peak ${run.peakMb.toFixed(0).padStart(5)} MB`);
  const phases = astroPhases(runs.get('pages')?.output ?? '');
  if (phases) {
    const s = (value: number) => `${value.toFixed(1)} s`;
    console.log(`  pages by Astro's log: content sync ${s(phases.contentSync)}, bundling ${s(phases.bundling)}, rendering ${s(phases.rendering)}, the rest (start-up, hooks such as the sitemap) ${s(phases.other)}`);
  }
}

/** Every file under `dir` with its size. */
function walk(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, bytes: statSync(path).size };
    });
}

// Cold: no caches at all.
for (const dir of Object.values(caches)) rmSync(dir, { recursive: true, force: true });
const cold = await build('cold build');
printBuild('cold build (empty caches)', cold);
// The pages (and endpoints) the cold build gave a cacheKey: the bare site's third yardstick keys as
// many of its pages (at most all of them).
const keyedCold = keyedPathCount(caches.astro);
console.log(`  keyed by the incremental build: ${keyedCold} paths (each written twice: the page and the cache's copy)`);

const files = walk(outDir);
const html = files.filter((f) => f.path.endsWith('.html'));
const css = files.filter((f) => f.path.endsWith('.css')).reduce((sum, f) => sum + gzipSync(readFileSync(f.path)).length, 0);
let largestRaw = { path: '', bytes: 0 };
let largestGzip = { path: '', bytes: 0 };
for (const page of html) {
  if (page.bytes > largestRaw.bytes) largestRaw = page;
  if (page.bytes > largestGzip.bytes / 4) {
    const gz = gzipSync(readFileSync(page.path)).length;
    if (gz > largestGzip.bytes) largestGzip = { path: page.path, bytes: gz };
  }
}
const bytesOf = (suffix: string) => files.filter((f) => f.path.endsWith(suffix)).reduce((sum, f) => sum + f.bytes, 0);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
console.log(`\ndist/: ${mb(files.reduce((s, f) => s + f.bytes, 0))} in ${files.length} files (budget 1 GB, 100,000 files)`);
console.log(`  HTML ${mb(bytesOf('.html'))} in ${html.length} pages; PNG ${mb(bytesOf('.png'))} in ${files.filter((f) => f.path.endsWith('.png')).length} cards; search index ${mb(files.filter((f) => f.path.includes('/pagefind/')).reduce((s, f) => s + f.bytes, 0))}`);
// Issue 14: the projects' cards at national scale, apart from the events' and the rest.
const pngs = files.filter((f) => f.path.endsWith('.png'));
for (const [label, part] of [['projects', '/cards/projects/'], ['events', '/cards/events/']] as const) {
  const these = pngs.filter((f) => f.path.includes(part));
  console.log(`  ${label}' cards: ${these.length} files, ${mb(these.reduce((s, f) => s + f.bytes, 0))}`);
}
console.log(`  largest page raw ${(largestRaw.bytes / 1024).toFixed(0)} KB (${largestRaw.path.slice(outDir.length)}; budget 150 KB)`);
console.log(`  largest page gzip ${(largestGzip.bytes / 1024).toFixed(1)} KB + CSS ${(css / 1024).toFixed(1)} KB (${largestGzip.path.slice(outDir.length)}; budget 30 KB)`);

// Warm: one event edited, every cache kept.
const eventsDir = join(contentRoot, 'events/2027');
const edited = join(eventsDir, readdirSync(eventsDir).sort()[0]!);
writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: \{ kk: "/m, 'title: { kk: "(өзгертілді) '));
const warm = await build('rebuild');
console.log('');
printBuild('rebuild after a one-event edit (warm caches)', warm);
const cardsLine = /карточки: .*/.exec(warm.get('cards')?.output ?? '')?.[0];
if (cardsLine) console.log(`  ${cardsLine}`);
const searchLine = /search index: .*/.exec(warm.get('search index')?.output ?? '')?.[0];
if (searchLine) console.log(`  ${searchLine}`);

// The yardsticks: a bare Astro site of the same number of pages, built in the same run, with Astro's
// defaults (one page at a time), with as many pages at once as the real site renders, and that with
// the site's incremental build and as many keyed pages (src/bench/reference-site.ts).
if (!values['no-reference']) {
  const pages = cold.get('pages')!;
  const bare = new Map<string, number>();
  for (const yardstick of referenceYardsticks(pagesConcurrency(env), Math.min(keyedCold, html.length))) {
    const reference = await buildReference(root, html.length, yardstick);
    bare.set(yardstick.name, reference.ms);
    console.log(`\nreference: bare Astro, ${html.length} pages (${yardstick.label}): ${seconds(reference.ms)}, peak ${reference.peakMb.toFixed(0)} MB`);
    const phases = astroPhases(reference.output);
    if (phases) console.log(`  by Astro's log: content sync ${phases.contentSync.toFixed(1)} s, bundling ${phases.bundling.toFixed(1)} s, rendering ${phases.rendering.toFixed(1)} s, the rest ${phases.other.toFixed(1)} s`);
    console.log(`pages step / bare Astro (${yardstick.label}): ${(pages.ms / reference.ms).toFixed(2)}×${yardstick.keyed ? ' (beside the budget\'s yardstick, not instead)' : ' (budget 1.5×)'}`);
  }
  const concurrent = bare.get('reference-concurrent')!;
  const incremental = bare.get('reference-incremental')!;
  console.log(`the build cache in the bare site: ${seconds(incremental - concurrent)} (${(incremental / concurrent).toFixed(2)}× its build without it)`);
}
console.log(`cold build ${seconds(total(cold))} (budget 8 min, 4 GB); rebuild ${seconds(total(warm))} (budget 90 s)`);
