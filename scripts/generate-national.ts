/**
 * `npx node scripts/generate-national.ts --out DIR [--seed N] [--regions a,b] [--events N] [--awards N] [--projects N]`
 * — writes the national-scale dataset into DIR/content (see src/scale/national-dataset.ts) and
 * prints what it wrote. The tree is consistent at 2027-03-01T12:00:00+05:00: validate it with
 * that `--now`.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DATASET_NOW, DEFAULT_SEED, generateNationalDataset, prepareOutput } from '../src/scale/national-dataset.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    regions: { type: 'string' },
    events: { type: 'string' },
    awards: { type: 'string' },
    projects: { type: 'string' },
  },
});
if (!values.out) {
  console.error('usage: npx node scripts/generate-national.ts --out DIR [--seed N] [--regions a,b] [--events N] [--awards N] [--projects N]');
  process.exit(2);
}

const out = resolve(values.out);
const contentRoot = join(out, 'content');
const started = performance.now();
prepareOutput(contentRoot, join(out, '.national-dataset'));
const stats = generateNationalDataset({
  contentRoot,
  seed: Number(values.seed),
  ...(values.regions ? { regions: values.regions.split(',') } : {}),
  ...(values.events ? { eventsCount: Number(values.events) } : {}),
  ...(values.awards ? { awardsCount: Number(values.awards) } : {}),
  ...(values.projects ? { projectsCount: Number(values.projects) } : {}),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);

console.log(`national dataset in ${contentRoot} (seed ${values.seed}, ${seconds} s)`);
console.log(`  regions ${stats.regions}, units ${stats.units}, rural representations ${stats.ruralRepresentations}`);
console.log(`  members ${stats.members}, events ${stats.events} (${stats.heldEvents} held), awards ${stats.awards}, projects ${stats.projects}`);
console.log(`  ${stats.files} files, ${stats.bytes} bytes (${(stats.bytes / 1e6).toFixed(1)} MB)`);
console.log(`  validate with --now ${DATASET_NOW}`);
