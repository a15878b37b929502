/**
 * `npm run bench` — the national-scale benchmark (PRODUCT.md's budgets). Generates the national
 * dataset (20 regions, every unit and rural okrug, ≈ 30,000 members, 5,000 events, 3,000
 * awards, 2,000 projects, ≈ 15.1 MB in 7,270 files) under .cache/bench/, then measures `validate` as a user
 * runs it (`npm run validate`'s own command line, a fresh process, wall time and peak memory):
 * cold (no cache), after a one-file edit (warm cache) and with nothing changed, each beside the
 * yardstick measured in the same run, interleaved with it: a bare read + js-yaml parse of the
 * same files, also a fresh process. `-- --validate` stops there (no cards). Figures go into the
 * README by hand; they are measurements, not tests. `--help`: kk/ru.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { median, measureScript, type Run } from '../src/bench/measure.ts';
import { failureText, parseCommandLine } from '../src/cli/command-line.ts';
import { benchCards } from '../src/cards/bench-cards.ts';
import { DATASET_NOW, DEFAULT_SEED, generateNationalDataset, prepareOutput } from '../src/scale/national-dataset.ts';
import { cachePath } from '../src/validator/cache.ts';

let validateOnly = false;
try {
  validateOnly = parseCommandLine('bench', { validate: { type: 'boolean', default: false } }).values.validate;
} catch (error) {
  process.stderr.write(failureText('bench', error));
  process.exit(2);
}

const RUNS = 7;
const out = resolve('.cache/bench/national');
const contentRoot = join(out, 'content');

prepareOutput(contentRoot, join(out, '.national-dataset'));
const stats = generateNationalDataset({ contentRoot, seed: DEFAULT_SEED });
console.log(`national dataset: ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.members} members, ${stats.events} events, ${stats.awards} awards, ${stats.projects} projects`);
console.log(`machine: ${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown cpu'}, Node ${process.version}\n`);

// Exactly what `npm run validate` starts: its Node options and entry point, from package.json.
const [, ...validateCommand] = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['validate']!.split(/\s+/);
const validateScript = validateCommand.pop()!;
const validateArgs = ['--content', contentRoot, '--now', DATASET_NOW, '--format', 'json'];
const validate = () => measureScript(validateScript, validateArgs, validateCommand);
const bareParse = () => measureScript('src/bench/bare-parse.ts', [contentRoot]);

const reference: Run[] = [];
function summary(label: string, runs: Run[], budget: string): void {
  const failed = runs.find((r) => r.status !== 0);
  if (failed) throw new Error(`validate failed on the national dataset (exit ${failed.status}):\n${failed.stdout.slice(0, 2000)}`);
  const ms = median(runs.map((r) => r.ms));
  const ratio = ms / median(reference.map((r) => r.ms));
  const rss = Math.max(...runs.map((r) => r.maxRssMb));
  const fastest = Math.min(...runs.map((r) => r.ms));
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms median of ${runs.length} (fastest ${fastest.toFixed(0).padStart(5)})  ${ratio.toFixed(2)}× reference   peak ${rss.toFixed(0)} MB   (budget ${budget})`);
}

/** Runs `measure` RUNS times, each after `before` and beside one reference run. */
function interleaved(measure: () => Run, before: (i: number) => void = () => {}): Run[] {
  return Array.from({ length: RUNS }, (_, i) => {
    reference.push(bareParse());
    before(i);
    return measure();
  });
}

// One run of each first, not counted: it waits out the writeback of the freshly generated files
// and fills Node's compile cache, as on any machine that has run the validator before.
bareParse();
validate();

const cold = interleaved(validate, () => rmSync(cachePath(contentRoot), { force: true }));
// The pull-request case: one event file edited before each run, everything else as before.
const edited = join(contentRoot, 'events/2027', readdirSync(join(contentRoot, 'events/2027')).sort()[0]!);
const original = readFileSync(edited, 'utf8');
validate();
const afterEdit = interleaved(validate, (i) => writeFileSync(edited, original.replace(/^title: \{ kk: "/m, `title: { kk: "(өзгертілді ${i}) `)));
const unchanged = interleaved(validate);
writeFileSync(edited, original);

const ref = median(reference.map((r) => r.ms));
console.log(`${'reference: read + js-yaml parse, fresh process'.padEnd(44)} ${ref.toFixed(0).padStart(6)} ms median of ${reference.length} (fastest ${Math.min(...reference.map((r) => r.ms)).toFixed(0).padStart(5)})  peak ${Math.max(...reference.map((r) => r.maxRssMb)).toFixed(0)} MB`);
summary('validate, cold (no cache)', cold, '1.5× reference, 400 MB');
summary('validate after a one-file edit (warm cache)', afterEdit, '0.3 s');
summary('validate, nothing changed', unchanged, '—');

// `npm run bench -- --validate`: the validator's figures only.
if (validateOnly) process.exit(0);

// Cards: one card on one core by stage and kind, beside a fixed reference card timed in the same
// loop; the bytes and the cards the national site needs; a build on every core; the cache.
const cards = await benchCards(contentRoot, { now: new Date(DATASET_NOW) });
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\ncards: ${cards.sampled} event cards of upcoming events timed on one core (median of two passes)`);
console.log(`${'reference: one-line card, satori + sharp PNG'.padEnd(44)} ${ms(cards.referenceMs).padStart(9)} wall, timed after each card`);
console.log(`${'one card, median'.padEnd(44)} ${ms(cards.medianMs).padStart(9)} wall, ${ms(cards.medianCpuMs)} CPU   = ${cards.ratioToReference.toFixed(2)}× the reference   (budget 10–15 ms per core)`);
for (const [kind, f] of Object.entries(cards.byKind)) {
  console.log(`${`  ${kind}`.padEnd(44)} ${ms(f.ms).padStart(9)} wall, ${ms(f.cpuMs)} CPU (layout ${ms(f.layout)}, raster ${ms(f.raster)}, encode ${ms(f.encode)}), ${kb(f.bytes)} per card`);
}
const n = cards.national;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;
console.log(`${`cards of the whole dataset at ${DATASET_NOW.slice(0, 10)}`.padEnd(44)} ${n.cards} (${n.upcoming} upcoming events × 6, ${n.past} past × 2 og, ${n.projectCards} of projects, ${n.regionAndSiteCards} region/site) ≈ ${mb(n.bytes)}`);
console.log(`${'  if every event were upcoming'.padEnd(44)} ${n.allUpcomingCards} cards ≈ ${mb(n.allUpcomingBytes)}`);
console.log(`${`full build of ${cards.events} events' cards`.padEnd(44)} ${cards.fullBuild.rendered} cards in ${(cards.fullBuild.ms / 1000).toFixed(1)} s on ${cards.fullBuild.workers} workers = ${cards.fullBuild.cardsPerSecond.toFixed(0)} cards/s`);
console.log(`${'rebuild with nothing changed'.padEnd(44)} ${cards.rebuildRendered} cards rendered   (budget 0)`);
console.log(`${'rebuild after a one-event edit (kk and ru)'.padEnd(44)} ${cards.afterEditRendered} cards rendered   (budget ≤ 6)`);
