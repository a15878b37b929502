/**
 * `measureScript`'s peak memory is the process's: its RSS hook runs in worker threads too, and a
 * worker that ends early prints the peak so far, before the main thread has used most of it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureScript } from '../../src/bench/measure.ts';

const temp = mkdtempSync(join(tmpdir(), 'measure-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('measureScript', () => {
  it('reports the peak of the whole process, not that of a worker that ended first', () => {
    const script = join(temp, 'late-peak.mjs');
    writeFileSync(join(temp, 'empty-worker.mjs'), '');
    // A worker that ends at once, then 200 MB held by the main thread.
    writeFileSync(
      script,
      `import { Worker } from 'node:worker_threads';
await new Promise((resolve) => new Worker(new URL('./empty-worker.mjs', import.meta.url)).once('exit', resolve));
const held = Buffer.alloc(200 * 1024 * 1024, 1);
process.stdout.write(String(held[0]));
`,
    );
    const run = measureScript(script, []);
    expect(run.status).toBe(0);
    expect(run.maxRssMb).toBeGreaterThan(200);
  });
});
