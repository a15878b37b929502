/**
 * `npm run validate:masks [-- DIR...]` — writes src/validator/facts-masks.json: the fields the
 * whole-content families read, per kind of file, as single-thread full runs learn them on the
 * demo content (now and at the national dataset's now), a generated national sample and any
 * content folder given. Run it after changing a whole-content family (a test says when).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATASET_NOW, generateNationalDataset } from '../src/scale/national-dataset.ts';
import { MASK_SAMPLE } from '../src/validator/cold.ts';
import { learnedMasks, unionMasks } from '../src/validator/learn-masks.ts';

const temp = mkdtempSync(join(tmpdir(), 'validate-masks-sample-'));
try {
  const sample = join(temp, 'content');
  generateNationalDataset({ contentRoot: sample, ...MASK_SAMPLE });
  const runs: [string, Date][] = [
    ['content', new Date()],
    ['content', new Date(DATASET_NOW)],
    [sample, new Date(DATASET_NOW)],
    ...process.argv.slice(2).map((dir): [string, Date] => [dir, new Date(DATASET_NOW)]),
  ];
  let masks = {};
  for (const [root, now] of runs) masks = unionMasks(masks, await learnedMasks(root, now));
  writeFileSync(new URL('../src/validator/facts-masks.json', import.meta.url), `${JSON.stringify(masks)}\n`);
  console.log(`src/validator/facts-masks.json: ${Object.keys(masks).length} kinds of file, from ${runs.length} runs`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
