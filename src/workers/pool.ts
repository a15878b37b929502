/**
 * Runs tasks on a pool of worker threads, one per core by default. Each worker takes the next
 * task as soon as it answers the last, so slow tasks do not hold the others back. The protocol:
 * the pool posts `{ index, task }`; the worker answers each with a message carrying the same
 * `index`. One pool type serves the cards (src/cards/worker-pool.ts), the search index's
 * preparation (src/search/prepare-pages.ts, an open run fed as the site is listed) and, shared,
 * the content sync's body renderer (src/content/render-pool.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A run taking its tasks over time: the pool's workers stay up for it, even idle, until it is closed. */
export interface OpenRun<Task> {
  /** Queues a task; its answer's `index` is the number of tasks added before it. Ignored once the run failed. */
  add(task: Task): void;
  /** No more tasks: resolves when every task added is answered; rejects with the run's first failure. */
  close(): Promise<void>;
  /** Fails the run with `error` (its tasks not yet answered are dropped); `close` rejects with it. */
  abort(error: unknown): void;
}

export interface WorkerPool<Task, Answer> {
  /** Runs `tasks` (`answer.index` is the task's index in them); resolves when every one is answered. */
  run(tasks: readonly Task[], onAnswer: (answer: Answer) => void): Promise<void>;
  /** A run whose tasks are added as they come (`add`), until `close`. */
  open(onAnswer: (answer: Answer) => void): OpenRun<Task>;
}

/** One task of a run, with where its answer goes. */
interface PoolJob<Task, Answer> {
  task: Task;
  index: number;
  run: { answer(answer: Answer): void; fail(error: unknown): void };
}

/**
 * A pool several callers share: the tasks of a run given while its workers are up join their
 * queue instead of starting workers of their own, so callers that come at about the same moment
 * (the content sync's loaders each render their bodies) pay one worker start-up per thread, not
 * one per caller (≈ 1 s of CPU each: the thread, its module graph, type stripping). Workers start
 * on demand, at most `size`, each given `workerData` at its start (what all tasks share, so no
 * task carries it), and stop as soon as every task given is answered and no run is open; a later
 * run starts them again. Each run resolves when its own tasks are answered and rejects with the
 * first failure of its own (its `onAnswer` throwing, or `abort`): its tasks not yet sent are
 * dropped and the workers busy with its tasks are stopped (their answers would be thrown away),
 * while the other runs go on. A worker that fails fails every run it serves.
 */
export function sharedWorkerPool<Task, Answer extends { index: number }>(
  workerUrl: URL,
  size = availableParallelism(),
  workerData?: unknown,
): WorkerPool<Task, Answer> {
  type Job = PoolJob<Task, Answer>;
  let queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const idle: Worker[] = [];
  /** Runs not yet closed or failed: the workers wait for their next tasks. */
  let openRuns = 0;

  const stopIfDone = () => {
    if (openRuns > 0 || queue.length > 0 || busy.size > 0) return;
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
  /** Gives queued tasks to idle workers, then starts workers for the rest, up to `size`. */
  const grow = () => {
    while (idle.length > 0 && queue.length > 0) feed(idle.pop()!);
    for (let workers = busy.size + idle.length; workers < size && workers < busy.size + queue.length; workers++) start();
  };
  const failAll = (error: unknown) => {
    const runs = new Set([...queue, ...busy.values()].map((job) => job.run));
    queue = [];
    for (const worker of [...busy.keys(), ...idle.splice(0)]) void worker.terminate();
    busy.clear();
    for (const run of runs) run.fail(error);
  };
  const start = (): void => {
    const worker = new Worker(workerUrl, { workerData });
    worker.on('message', (answer: Answer) => {
      const job = busy.get(worker);
      if (!job) return;
      job.run.answer(answer);
      // Unless the run's failure (its handler threw) stopped this worker.
      if (busy.get(worker) === job) feed(worker);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => {
      // A worker stopped by the pool is no longer busy; one that ends on its own with a task would never answer it.
      if (busy.has(worker)) failAll(new Error(`worker ${workerUrl.pathname} exited with code ${code}`));
    });
    feed(worker);
  };

  const open = (onAnswer: (answer: Answer) => void): OpenRun<Task> => {
    let added = 0;
    let answered = 0;
    let closed = false;
    let settled = false;
    let settle!: { resolve: () => void; reject: (error: unknown) => void };
    const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    // A failure before `close` is reported by the promise `close` returns, not as an unhandled rejection.
    done.catch(() => {});
    let holding = true;
    openRuns++;
    const stopHolding = () => {
      if (!holding) return;
      holding = false;
      openRuns--;
    };
    const resolveIfDone = () => {
      if (settled || !closed || answered < added) return;
      settled = true;
      settle.resolve();
    };
    const run: Job['run'] = {
      answer(answer) {
        if (settled) return;
        try {
          onAnswer(answer);
        } catch (error) {
          return run.fail(error);
        }
        answered++;
        resolveIfDone();
      },
      fail(error) {
        if (settled) return;
        settled = true;
        stopHolding();
        queue = queue.filter((job) => job.run !== run);
        for (const [worker, job] of busy) {
          if (job.run !== run) continue;
          busy.delete(worker);
          void worker.terminate();
        }
        settle.reject(error);
        grow();
        stopIfDone();
      },
    };
    return {
      add(task) {
        if (closed) throw new Error('a task added to a closed run');
        if (settled) return;
        queue.push({ task, index: added++, run });
        grow();
      },
      close() {
        closed = true;
        stopHolding();
        resolveIfDone();
        stopIfDone();
        return done;
      },
      abort: (error) => run.fail(error),
    };
  };

  return {
    run(tasks, onAnswer) {
      const run = open(onAnswer);
      for (const task of tasks) run.add(task);
      return run.close();
    },
    open,
  };
}
