/**
 * Runs tasks on a pool of worker threads, one per core by default. Each worker takes the next
 * task as soon as it answers the last, so slow tasks do not hold the others back. The protocol:
 * the pool posts `{ index, task }`; the worker answers each with a message carrying the same
 * `index`. Used by the cards (src/cards/worker-pool.ts) and the content sync's body renderer
 * (src/content/render-pool.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Posts every task to `size` workers started from `workerUrl` and hands each answer to
 * `onAnswer` (which may throw to stop the run). Resolves when every task is answered; rejects
 * with the first failure. The workers are stopped either way. `workerData` is given to every
 * worker once, at its start (what all tasks share, so no task carries it).
 */
export async function runOnWorkers<Task, Answer extends { index: number }>(
  workerUrl: URL,
  tasks: readonly Task[],
  onAnswer: (answer: Answer) => void,
  size = availableParallelism(),
  workerData?: unknown,
): Promise<void> {
  const workers = Array.from({ length: Math.max(1, Math.min(size, tasks.length)) }, () => new Worker(workerUrl, { workerData }));
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
            worker.on('message', (answer: Answer) => {
              try {
                onAnswer(answer);
              } catch (error) {
                return reject(error);
              }
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`worker ${workerUrl.pathname} exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
