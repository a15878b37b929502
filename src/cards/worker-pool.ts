/**
 * Renders cards on a pool of worker threads (src/workers/pool.ts), one per core by default, so
 * slow cards (stories) do not hold the others back.
 */
import { availableParallelism } from 'node:os';
import { sharedWorkerPool } from '../workers/pool.ts';
import type { RenderTask } from './render-task.ts';

const WORKER_URL = new URL('./render-worker.ts', import.meta.url);

/** Runs every task on `size` workers; rejects with the first failure, on which the workers are stopped. */
export function runInWorkerPool(tasks: RenderTask[], size = availableParallelism()): Promise<void> {
  // A pool of its own, for this one run.
  return sharedWorkerPool<RenderTask, { index: number; error?: string }>(WORKER_URL, size).run(tasks, ({ index, error }) => {
    if (error) throw new Error(`card ${tasks[index]!.outPaths[0] ?? index}: ${error}`);
  });
}
