/**
 * The cards' benchmark (PRODUCT.md budgets): the median time of one card on one core, split into
 * satori's layout, librsvg's rasterising and the PNG encoding, by kind; the bytes of a card; the
 * cards a build needs at national scale (upcoming and past events) and their bytes; a full build's
 * cards per second on every core; and how many cards a rebuild renders after no change and after
 * a one-event edit. Every time is printed beside a reference measured in the same loop (a fixed
 * one-line card through satori and sharp's PNG), as the machine's speed drifts. `npm run bench`
 * prints these next to the validator's figures.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { buildCards, loadCardContent } from './build-cards.ts';
import { EVENT_CARD_KINDS, type EventCardKind } from './card.ts';
import { allCardJobs } from './card-jobs.ts';
import { cardFonts, FONT_FAMILY } from './fonts.ts';
import { renderCardStages } from './render-card.ts';

const SITE = 'https://example.kz/';

export interface KindFigures {
  /** Median wall time of one card, and median CPU time of each stage, ms. */
  ms: number;
  layout: number;
  raster: number;
  encode: number;
  /** Median CPU time of one card (all threads of the process), ms. */
  cpuMs: number;
  /** Mean PNG bytes. */
  bytes: number;
}

export interface CardBench {
  /** Event cards timed (the first upcoming events, all three kinds each). */
  sampled: number;
  /** Median of all sampled cards, wall and CPU. */
  medianMs: number;
  medianCpuMs: number;
  byKind: Record<EventCardKind, KindFigures>;
  /** The same-run reference: a fixed one-line 1200×630 card, satori + sharp PNG (zlib 6), median wall ms. */
  referenceMs: number;
  /** Median of (card ms ÷ the reference timed right after it). */
  ratioToReference: number;
  /** The cards a build of the whole content needs at `now`, and their bytes extrapolated from the sample. */
  national: { events: number; upcoming: number; past: number; cards: number; projectCards: number; regionAndSiteCards: number; bytes: number; allUpcomingCards: number; allUpcomingBytes: number };
  /** The cache scenario on a copy of the content with `events` upcoming events. */
  events: number;
  fullBuild: { cards: number; rendered: number; ms: number; workers: number; cardsPerSecond: number };
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

/** The reference: one line of text on a flat 1200×630 card, laid out by satori and encoded by sharp. */
async function referenceCard(): Promise<Buffer> {
  const element = {
    type: 'div',
    props: { style: { display: 'flex', width: 1200, height: 630, backgroundColor: '#0b3c5d', color: '#fff', fontFamily: FONT_FAMILY, fontWeight: 800, fontSize: 72, padding: 48 }, children: '«Мың жаса!»' },
  };
  const svg = await satori(element as never, { width: 1200, height: 630, fonts: cardFonts() });
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Times the event cards of `sample` upcoming events one by one, as one worker renders them. */
async function timeCards(contentDir: string, now: Date, sample: number): Promise<Pick<CardBench, 'sampled' | 'medianMs' | 'medianCpuMs' | 'byKind' | 'referenceMs' | 'ratioToReference' | 'national'>> {
  const content = loadCardContent(contentDir);
  const allJobs = allCardJobs(content, SITE, now);
  const eventJobs = allJobs.filter((job) => job.card.template === 'event');
  const upcomingIds = new Set(eventJobs.filter((job) => job.card.template === 'event' && job.card.kind === 'story').map((job) => job.out.split('/').slice(2, 4).join('/')));
  const sampledIds = new Set([...upcomingIds].slice(0, Math.ceil(sample / 6)));
  const jobs = eventJobs.filter((job) => sampledIds.has(job.out.split('/').slice(2, 4).join('/')));
  // As in a worker of a long build: one libvips thread, fonts parsed, code and glyph caches and
  // each kind's background layer warm (one untimed pass), then each card timed twice.
  const concurrency = sharp.concurrency();
  sharp.concurrency(1);
  for (const job of jobs) await renderCardStages(job.card, () => performance.now());
  await referenceCard();
  const wall: number[] = [];
  const cpu: number[] = [];
  const references: number[] = [];
  const ratios: number[] = [];
  const byKind = Object.fromEntries(EVENT_CARD_KINDS.map((kind) => [kind, { ms: [] as number[], layout: [] as number[], raster: [] as number[], encode: [] as number[], cpu: [] as number[], bytes: [] as number[] }]));
  for (const job of [...jobs, ...jobs]) {
    if (job.card.template !== 'event') continue;
    const [startWall, startCpu] = [performance.now(), cpuMs()];
    // Stages on the CPU clock: on a shared machine, wall time also counts the other processes.
    const stages = await renderCardStages(job.card, cpuMs);
    const [ms, cpuTime] = [performance.now() - startWall, cpuMs() - startCpu];
    const referenceStart = performance.now();
    await referenceCard();
    const reference = performance.now() - referenceStart;
    wall.push(ms);
    cpu.push(cpuTime);
    references.push(reference);
    ratios.push(ms / reference);
    const figures = byKind[job.card.kind]!;
    figures.ms.push(ms);
    figures.cpu.push(cpuTime);
    figures.layout.push(stages.layout);
    figures.raster.push(stages.raster);
    figures.encode.push(stages.encode);
    figures.bytes.push(stages.png.length);
  }
  sharp.concurrency(concurrency);
  const kinds = Object.fromEntries(
    Object.entries(byKind).map(([kind, f]) => [
      kind,
      { ms: median(f.ms), layout: median(f.layout), raster: median(f.raster), encode: median(f.encode), cpuMs: median(f.cpu), bytes: f.bytes.reduce((a, b) => a + b, 0) / f.bytes.length },
    ]),
  ) as Record<EventCardKind, KindFigures>;
  // The whole content's cards at `now`, and if every event were still ahead (the season's start).
  // A project card is counted at the event card's bytes of its kind (measured: within 5 %), the rest at an og card's.
  const bytesOf = (list: typeof allJobs): number => list.reduce((sum, job) => sum + (job.card.template === 'event' || job.card.template === 'project' ? kinds[job.card.kind].bytes : kinds.og.bytes), 0);
  const projectCards = allJobs.filter((job) => job.card.template === 'project').length;
  const allUpcoming = allCardJobs(content, SITE, new Date(0));
  return {
    sampled: wall.length / 2,
    medianMs: median(wall),
    medianCpuMs: median(cpu),
    byKind: kinds,
    referenceMs: median(references),
    ratioToReference: median(ratios),
    national: {
      events: content.events.length,
      upcoming: upcomingIds.size,
      past: content.events.length - upcomingIds.size,
      cards: allJobs.length,
      projectCards,
      regionAndSiteCards: allJobs.length - eventJobs.length - projectCards,
      bytes: bytesOf(allJobs),
      allUpcomingCards: allUpcoming.length,
      allUpcomingBytes: bytesOf(allUpcoming),
    },
  };
}

/** A copy of `contentDir` with only its first `events` upcoming events (sorted by path), for the cache scenario. */
function smallCopy(contentDir: string, events: number, now: Date): { root: string; edited: string } {
  const root = join(mkdtempSync(join(tmpdir(), 'myn-jasa-bench-')), 'content');
  mkdirSync(root, { recursive: true });
  cpSync(join(contentDir, 'geography'), join(root, 'geography'), { recursive: true });
  const eventFiles = readdirSync(join(contentDir, 'events'), { recursive: true })
    .map(String)
    .filter((path) => /\.mdx?$/.test(path))
    .sort();
  const chosen = eventFiles
    .filter((path) => {
      const text = readFileSync(join(contentDir, 'events', path), 'utf8');
      const end = /^end: (\S+)/m.exec(text)?.[1];
      return /^title: \{ kk: "/m.test(text) && end !== undefined && new Date(end) > now;
    })
    .slice(0, events);
  for (const path of chosen) cpSync(join(contentDir, 'events', path), join(root, 'events', path));
  return { root, edited: join(root, 'events', chosen[0]!) };
}

/** Runs the benchmark on `contentDir` (the demo content, or the national dataset) as built at `now`. */
export async function benchCards(contentDir: string, options: { now: Date; sample?: number; events?: number }): Promise<CardBench> {
  const timing = await timeCards(contentDir, options.now, options.sample ?? 60);
  const { root, edited } = smallCopy(contentDir, options.events ?? 40, options.now);
  const work = join(root, '..');
  const build = () => buildCards({ contentDir: root, outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), site: SITE, now: options.now });
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
      fullBuild: { cards: full.cards, rendered: full.rendered, ms, workers: availableParallelism(), cardsPerSecond: full.rendered / (ms / 1000) },
      rebuildRendered: rebuild.rendered,
      afterEditRendered: afterEdit.rendered,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
