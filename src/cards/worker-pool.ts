/**
 * Runs render tasks on a pool of worker threads, one per core by default. Each worker takes the
 * next task as soon as it finishes one, so slow cards (stories) do not hold the others back.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderTask } from './render-task.ts';

const WORKER_URL = new URL('./render-worker.ts', import.meta.url);

/** Runs every task on `size` workers; rejects with the first failure, after stopping the pool. */
export async function runInWorkerPool(tasks: RenderTask[], size = availableParallelism()): Promise<void> {
  const workers = Array.from({ length: Math.max(1, Math.min(size, tasks.length)) }, () => new Worker(WORKER_URL));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= tasks.length) return resolve();
              const index = next++;
              worker.postMessage({ index, task: tasks[index] });
            };
            worker.on('message', ({ index, error }: { index: number; error?: string }) => {
              if (error) reject(new Error(`card ${tasks[index]!.outPaths[0] ?? index}: ${error}`));
              else send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`card worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
