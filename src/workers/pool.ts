/**
 * Runs tasks on a pool of worker threads, one per core by default. Each worker takes the next
 * task as soon as it answers the last, so slow tasks do not hold the others back. The protocol:
 * the pool posts `{ index, task }`; the worker answers each with a message carrying the same
 * `index`. Used by the cards (src/cards/worker-pool.ts) and, shared, by the content sync's body
 * renderer (src/content/render-pool.ts).
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

/** One task of a run on a shared pool, with where its answer goes. */
interface PoolJob<Task, Answer> {
  task: Task;
  index: number;
  run: { answer(answer: Answer): void; fail(error: unknown): void; failed: boolean };
}

/**
 * A pool several callers share: the tasks of a run given while its workers are up join their
 * queue instead of starting workers of their own, so callers that come at about the same moment
 * (the content sync's loaders each render their bodies) pay one worker start-up per thread, not
 * one per caller (≈ 1 s of CPU each: the thread, its module graph, type stripping). Workers start
 * on demand, at most `size`, and stop as soon as every task given is answered; a later run
 * starts them again. Each run resolves when its own tasks are answered (`answer.index` is the
 * task's index in that run) and rejects with the first failure of its own; a worker that fails
 * fails every run it serves.
 */
export function sharedWorkerPool<Task, Answer extends { index: number }>(workerUrl: URL, size = availableParallelism()) {
  type Job = PoolJob<Task, Answer>;
  let queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const idle: Worker[] = [];

  const stopIfDone = () => {
    if (queue.length > 0 || busy.size > 0) return;
    for (const worker of idle.splice(0)) void worker.terminate();
  };
  const feed = (worker: Worker): void => {
    const job = queue.shift();
    busy.delete(worker);
    if (!job) {
      idle.push(worker);
      return stopIfDone();
    }
    busy.set(worker, job);
    worker.postMessage({ index: job.index, task: job.task });
  };
  const failAll = (error: unknown) => {
    const runs = new Set([...queue, ...busy.values()].map((job) => job.run));
    queue = [];
    for (const worker of [...busy.keys(), ...idle.splice(0)]) void worker.terminate();
    busy.clear();
    for (const run of runs) run.fail(error);
  };
  const start = (): void => {
    const worker = new Worker(workerUrl);
    worker.on('message', (answer: Answer) => {
      busy.get(worker)?.run.answer(answer);
      feed(worker);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => {
      if (code !== 0 && busy.has(worker)) failAll(new Error(`worker ${workerUrl.pathname} exited with code ${code}`));
    });
    feed(worker);
  };

  return (tasks: readonly Task[], onAnswer: (answer: Answer) => void): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (tasks.length === 0) return resolve();
      let left = tasks.length;
      const run: Job['run'] = {
        failed: false,
        answer(answer) {
          if (run.failed) return;
          try {
            onAnswer(answer);
          } catch (error) {
            return run.fail(error);
          }
          if (--left === 0) resolve();
        },
        fail(error) {
          if (run.failed) return;
          run.failed = true;
          // Its tasks not yet sent are dropped; the other runs go on.
          queue = queue.filter((job) => job.run !== run);
          reject(error);
        },
      };
      for (const [index, task] of tasks.entries()) queue.push({ task, index, run });
      while (idle.length > 0 && queue.length > 0) feed(idle.pop()!);
      for (let workers = busy.size + idle.length; workers < size && workers < busy.size + queue.length; workers++) start();
    });
}
