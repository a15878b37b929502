/**
 * The cards' benchmark (PRODUCT.md budgets): the median time of one card (satori + sharp, on one
 * core, after warm-up) and how many cards a rebuild renders after a one-event edit. `npm run
 * bench` prints these next to the validator's figures.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadContent } from '../content/load.ts';
import { parseContent } from '../rules/schema.ts';
import { buildCards } from './build-cards.ts';
import { allCardJobs } from './card-jobs.ts';
import { renderCardPng } from './render-card.ts';

export interface CardBench {
  /** Cards timed (event cards of the first events, all three kinds). */
  sampled: number;
  /** Median wall and CPU time of one card, in ms. */
  medianMs: number;
  medianCpuMs: number;
  /** Median wall time per kind. */
  byKind: Record<string, number>;
  /** The cache scenario on a copy of the content with `events` events. */
  events: number;
  fullBuild: { cards: number; rendered: number; ms: number; workers: number };
  rebuildRendered: number;
  afterEditRendered: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Times `sample` event cards of `contentDir` one by one, as one worker renders them. */
async function timeCards(contentDir: string, sample: number): Promise<Pick<CardBench, 'sampled' | 'medianMs' | 'medianCpuMs' | 'byKind'>> {
  const { content } = parseContent(loadContent(contentDir));
  const jobs = allCardJobs(content, 'https://example.kz/').filter((job) => job.card.template === 'event').slice(0, sample);
  // As in a worker of a long build: one libvips thread, fonts parsed, code and glyph caches warm
  // (one untimed pass), then each card timed twice; the medians are robust to a busy machine.
  const concurrency = sharp.concurrency();
  sharp.concurrency(1);
  for (const job of jobs) await renderCardPng(job.card);
  const wall: number[] = [];
  const cpu: number[] = [];
  const byKind: Record<string, number[]> = {};
  for (const job of [...jobs, ...jobs]) {
    const [startWall, startCpu] = [performance.now(), cpuMs()];
    await renderCardPng(job.card);
    wall.push(performance.now() - startWall);
    cpu.push(cpuMs() - startCpu);
    if (job.card.template === 'event') (byKind[job.card.kind] ??= []).push(wall.at(-1)!);
  }
  sharp.concurrency(concurrency);
  return {
    sampled: jobs.length,
    medianMs: median(wall),
    medianCpuMs: median(cpu),
    byKind: Object.fromEntries(Object.entries(byKind).map(([kind, times]) => [kind, median(times)])),
  };
}

/** A copy of `contentDir` with only its first `events` events (sorted by path), for the cache scenario. */
function smallCopy(contentDir: string, events: number): { root: string; edited: string } {
  const root = join(mkdtempSync(join(tmpdir(), 'myn-jasa-bench-')), 'content');
  mkdirSync(root, { recursive: true });
  cpSync(join(contentDir, 'geography'), join(root, 'geography'), { recursive: true });
  const eventFiles = readdirSync(join(contentDir, 'events'), { recursive: true })
    .map(String)
    .filter((path) => /\.mdx?$/.test(path))
    .sort();
  const chosen = eventFiles.filter((path) => /^title: \{ kk: "/m.test(readFileSync(join(contentDir, 'events', path), 'utf8'))).slice(0, events);
  for (const path of chosen) cpSync(join(contentDir, 'events', path), join(root, 'events', path));
  return { root, edited: join(root, 'events', chosen[0]!) };
}

/** Runs the benchmark on `contentDir` (the demo content, or the national dataset). */
export async function benchCards(contentDir: string, options: { sample?: number; events?: number } = {}): Promise<CardBench> {
  const timing = await timeCards(contentDir, options.sample ?? 60);
  const { root, edited } = smallCopy(contentDir, options.events ?? 10);
  const work = join(root, '..');
  const build = () => buildCards({ contentDir: root, outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), site: 'https://example.kz/' });
  try {
    const started = performance.now();
    const full = await build();
    const ms = performance.now() - started;
    const rebuild = await build();
    // The edit of a title in both languages: the event's three kinds in each language.
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: \{ kk: "(.*?)", ru: "/m, 'title: { kk: "$1 (2)", ru: "(2) '));
    const afterEdit = await build();
    return {
      ...timing,
      events: readdirSync(join(root, 'events'), { recursive: true }).map(String).filter((p) => /\.mdx?$/.test(p)).length,
      fullBuild: { cards: full.cards, rendered: full.rendered, ms, workers: availableParallelism() },
      rebuildRendered: rebuild.rendered,
      afterEditRendered: afterEdit.rendered,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
