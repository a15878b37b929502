/**
 * The cold run on two threads (`src/validator/cold.ts`): the committed masks hold every field a
 * full run reads, the run is taken (its cache carries the committed masks) and gives the
 * single-thread run's output byte for byte, its cache serves the next run, a read outside the
 * masks makes it the single-thread run, and a small tree never starts a worker.
 * The random broken edits are in `cache.test.ts` (each round also runs cold on two threads).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listContent } from '../../src/content/load.ts';
import { DATASET_NOW, generateNationalDataset } from '../../src/scale/national-dataset.ts';
import { readCache } from '../../src/validator/cache.ts';
import { committedMasks, MASK_SAMPLE, parallelColdRun, splitBySize } from '../../src/validator/cold.ts';
import { formatReport } from '../../src/validator/format.ts';
import { learnedMasks, unionMasks } from '../../src/validator/learn-masks.ts';
import { runValidation } from '../../src/validator/run.ts';

const NOW = new Date(DATASET_NOW);
const temp = mkdtempSync(join(tmpdir(), 'validate-cold-'));
const sample = join(temp, 'sample', 'content');
const DEMO = join(import.meta.dirname, '../../content');
afterAll(() => rmSync(temp, { recursive: true, force: true }));
beforeAll(() => {
  generateNationalDataset({ contentRoot: sample, ...MASK_SAMPLE });
});

async function run(root: string, cacheDir: string, options: { cache?: boolean; parallel?: boolean } = {}) {
  const result = await runValidation({ contentDir: root, now: NOW, cacheDir, cache: options.cache ?? true, ...(options.parallel !== undefined && { parallel: options.parallel }) });
  return { json: formatReport({ problems: result.rendered, filesChecked: result.filesChecked, sources: result.sources }, 'json', result.locale), result };
}

describe('validate cold run on two threads', () => {
  it('the committed masks hold every field a full run reads on the demo content and the national sample (else: npm run validate:masks)', async () => {
    const committed = committedMasks()!;
    expect(committed).toBeDefined();
    for (const [root, now] of [[DEMO, new Date()], [DEMO, NOW], [sample, NOW]] as const) {
      expect(unionMasks(committed, await learnedMasks(root, now))).toEqual(committed);
    }
  });

  it('is taken when asked, gives the single-thread output byte for byte, and its cache serves the next run', async () => {
    const root = join(temp, 'taken', 'content');
    cpSync(sample, root, { recursive: true });
    // One real problem in a file of each half, so the located per-file problems and the families' are compared.
    const roster = listContent(root).find((e) => /^representations\/[^/]+\/(?!region\.yaml)/.test(e.path))!.path;
    writeFileSync(join(root, roster), readFileSync(join(root, roster), 'utf8').replace('role: member', 'role: leader').replace(/grade: \d+/, 'grade: 2'));
    const expected = (await run(root, join(temp, 'taken', 'none'), { cache: false })).json;
    const cacheDir = join(temp, 'taken', 'cache');
    const cold = await run(root, cacheDir, { parallel: true });
    expect(cold.result.cache).toBe('cold');
    expect(cold.json).toBe(expected);
    expect(JSON.parse(cold.json).problems.length).toBeGreaterThan(1);
    // The masks are the committed ones: the records were made on two threads, not learned by a full run.
    expect(readCache(root, cacheDir)!.masks).toEqual(committedMasks());
    const warm = await run(root, cacheDir);
    expect(warm.result.cache).toBe('warm');
    expect(warm.result.parsed).toBe(0);
    expect(warm.json).toBe(expected);
  });

  it('on the demo content too (forced: a small tree would stay on one thread), at a now with findings', async () => {
    const expected = (await run(DEMO, join(temp, 'demo-none'), { cache: false })).json;
    expect(JSON.parse(expected).problems.length).toBeGreaterThan(0);
    const cacheDir = join(temp, 'demo-two');
    expect((await run(DEMO, cacheDir, { parallel: true })).json).toBe(expected);
    expect(readCache(DEMO, cacheDir)!.masks).toEqual(committedMasks());
  });

  it('a file in no known place (no kind, no facts): every cached run reports it as the uncached run does', async () => {
    const root = join(temp, 'unexpected', 'content');
    cpSync(DEMO, root, { recursive: true });
    const event = listContent(root).find((e) => e.path.startsWith('events/') && e.path.endsWith('.mdx'))!.path;
    writeFileSync(join(root, event.replace(/[^/]+$/, 'Reading Night.mdx')), readFileSync(join(root, event)));
    const expected = (await run(root, join(temp, 'unexpected', 'none'), { cache: false })).json;
    expect(JSON.parse(expected).problems.map((p: { rule: string }) => p.rule)).toContain('file-unexpected');
    for (const parallel of [false, true]) {
      const cacheDir = join(temp, 'unexpected', `cache-${parallel}`);
      expect((await run(root, cacheDir, { parallel })).json).toBe(expected);
      expect((await run(root, cacheDir)).json).toBe(expected);
    }
  });

  it('a family reading outside the masks: the single-thread run answers instead', async () => {
    const masks = committedMasks()!;
    const lacking = structuredClone(masks);
    delete lacking['unit']!.k!['members'];
    const entries = listContent(sample);
    const stats = entries.map((e) => (e.type === 'file' ? statSync(join(sample, e.path)) : undefined));
    const load = async () => ({ check: (await import('../../src/validator/check-files.ts')).checkSourceFile, locateEach: (await import('../../src/validator/locate.ts')).locateEach });
    const options = { now: NOW, cacheDir: join(temp, 'lacking') };
    expect(await parallelColdRun(sample, entries, stats, options, Date.now(), load, lacking)).toBeUndefined();
    expect((await parallelColdRun(sample, entries, stats, options, Date.now(), load, masks))?.cache).toBe('cold');
  });

  it('a small tree (the demo content) stays on one thread: its cache holds the masks its own full run learned', async () => {
    const cacheDir = join(temp, 'demo-cache');
    await run(DEMO, cacheDir);
    expect(readCache(DEMO, cacheDir)!.masks).not.toEqual(committedMasks());
  });

  it('splits the files into halves of nearly the share of bytes asked, each in tree order', () => {
    const sizes = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 1000) + 10);
    const [mine, theirs] = splitBySize(sizes, 0.45);
    expect([...mine, ...theirs].sort((a, b) => a - b)).toEqual(sizes.map((_, i) => i));
    expect(mine).toEqual([...mine].sort((a, b) => a - b));
    const share = theirs.reduce((sum, i) => sum + sizes[i]!, 0) / sizes.reduce((a, b) => a + b);
    expect(Math.abs(share - 0.45)).toBeLessThan(0.01);
  });
});
