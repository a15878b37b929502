/**
 * The shared worker pool (src/workers/pool.ts): runs given at the same moment share its workers
 * (never more than its size), each gets exactly its own answers, the workers stop when idle, and a
 * failing worker fails the runs it serves. Every worker gets the pool's `workerData`; an open run
 * keeps the same workers up between its tasks (and for the runs given meanwhile) until it is
 * closed; a failure during an open run rejects it and stops the workers at once.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import { BroadcastChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { sharedWorkerPool, type WorkerPool } from '../../src/workers/pool.ts';

const WORKER = new URL('./echo-worker.ts', import.meta.url);
type Answer = { index: number; task: string; threadId: number; workerData: unknown };

async function run(pool: WorkerPool<string, Answer>, tasks: string[]): Promise<Answer[]> {
  const answers: Answer[] = [];
  await pool.run(tasks, (answer) => {
    answers[answer.index] = answer;
  });
  return answers;
}

const threadsOf = (answers: Answer[]) => new Set(answers.map((answer) => answer.threadId));

/** The threads of the workers (started with this `channel`) that answer a roll call within `ms`. */
async function rollCall(channel: string, ms = 200): Promise<Set<number>> {
  const roll = new BroadcastChannel(channel);
  const present = new Set<number>();
  roll.onmessage = (event) => present.add(event.data as number);
  roll.postMessage('who');
  await setTimeout(ms);
  roll.close();
  return present;
}

/** The threads answering roll calls until `count` have (a worker just started may miss one); throws if fewer have after `within` ms. */
async function upAtLeast(channel: string, count: number, within = 10_000): Promise<Set<number>> {
  const start = Date.now();
  const present = new Set<number>();
  while (present.size < count) {
    if (Date.now() - start > within) throw new Error(`${present.size} of ${count} workers up`);
    for (const thread of await rollCall(channel)) present.add(thread);
  }
  return present;
}

/** Resolves once no worker answers the roll call (stopping one takes a moment); throws if some still do after `within` ms. */
async function allStopped(channel: string, within = 3000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const present = await rollCall(channel);
    if (present.size === 0) return;
    if (Date.now() - start > within) throw new Error(`workers still up: threads ${[...present].join(', ')}`);
  }
}

describe('sharedWorkerPool', () => {
  it('serves runs given together with its workers, each run its own answers', async () => {
    const pool = sharedWorkerPool<string, Answer>(WORKER, 2);
    const first = Array.from({ length: 30 }, (_, i) => `a${i}`);
    const second = Array.from({ length: 20 }, (_, i) => `b${i}`);
    const [a, b] = await Promise.all([run(pool, first), run(pool, second)]);
    expect(a.map((answer) => answer.task)).toEqual(first);
    expect(b.map((answer) => answer.task)).toEqual(second);
    const threads = threadsOf([...a, ...b]);
    expect(threads.size).toBeLessThanOrEqual(2);
    // Idle, the pool stopped its workers: a later run starts new ones.
    const later = await run(pool, ['c0', 'c1', 'c2']);
    for (const answer of later) expect(threads.has(answer.threadId)).toBe(false);
  });

  it('fails the run whose worker fails, and serves the next run', async () => {
    const pool = sharedWorkerPool<string, Answer>(WORKER, 1);
    await expect(run(pool, ['x', 'fail', 'y'])).rejects.toThrow('the task failed');
    expect((await run(pool, ['z'])).map((answer) => answer.task)).toEqual(['z']);
  });

  it('rejects a run whose answer handler throws, without holding up another run', async () => {
    const pool = sharedWorkerPool<string, Answer>(WORKER, 2);
    const failing = pool.run(['p', 'q', 'r'], () => {
      throw new Error('refused');
    });
    const [failed, other] = await Promise.allSettled([failing, run(pool, ['s', 't'])]);
    expect(failed.status).toBe('rejected');
    expect(other.status === 'fulfilled' && other.value.map((answer) => answer.task)).toEqual(['s', 't']);
  });

  it('gives its workerData to every worker at its start', async () => {
    const shared = { channel: randomUUID(), known: ['h1', 'h2'] };
    const pool = sharedWorkerPool<string, Answer>(WORKER, 2, shared);
    // Two slow tasks: each of the two workers starts with one of them.
    const answers = await run(pool, ['slow 50', 'slow 50', 'x', 'y']);
    expect(threadsOf(answers).size).toBe(2);
    for (const answer of answers) expect(answer.workerData).toEqual(shared);
  });

  it('keeps the same workers up while a run is open, for its later tasks and the runs given meanwhile, and stops them when it is closed', async () => {
    const channel = randomUUID();
    const pool = sharedWorkerPool<string, Answer>(WORKER, 2, { channel });
    const answers: Answer[] = [];
    const open = pool.open((answer) => {
      answers[answer.index] = answer;
    });
    open.add('slow 50');
    open.add('slow 50');
    while (answers.filter(Boolean).length < 2) await setTimeout(10);
    const threads = threadsOf(answers);
    expect(threads.size).toBe(2);
    // Every task answered, the queue empty: without the open run the workers would stop here.
    await setTimeout(200);
    expect(await upAtLeast(channel, 2)).toEqual(threads);
    expect(threadsOf(await run(pool, ['slow 50', 'slow 50']))).toEqual(threads);
    open.add('slow 50');
    open.add('slow 50');
    await open.close();
    expect(answers.map((answer) => answer.index)).toEqual([0, 1, 2, 3]);
    expect(threadsOf(answers)).toEqual(threads);
    await allStopped(channel);
  });

  it('rejects every run a worker that fails during an open run serves, and stops the workers', async () => {
    const channel = randomUUID();
    const pool = sharedWorkerPool<string, Answer>(WORKER, 2, { channel });
    const open = pool.open(() => {});
    const other = run(pool, ['slow 5000']);
    open.add('fail');
    await expect(other).rejects.toThrow('the task failed');
    await expect(open.close()).rejects.toThrow('the task failed');
    await allStopped(channel);
  });

  it('stops the workers busy with an open run at once when its handler throws, and serves a later run', async () => {
    const channel = randomUUID();
    const pool = sharedWorkerPool<string, Answer>(WORKER, 2, { channel });
    const open = pool.open(({ task }) => {
      if (task === 'bad') throw new Error('refused');
    });
    // The slow task's worker would answer the roll call for 5 s if it were left to finish.
    open.add('slow 5000');
    open.add('bad');
    await expect(open.close()).rejects.toThrow('refused');
    await allStopped(channel, 2000);
    expect((await run(pool, ['z'])).map((answer) => answer.task)).toEqual(['z']);
    await allStopped(channel);
  });

  it('stops the workers of an aborted open run, which rejects with the reason given', async () => {
    const channel = randomUUID();
    const pool = sharedWorkerPool<string, Answer>(WORKER, 2, { channel });
    const open = pool.open(() => {});
    open.add('slow 5000');
    await upAtLeast(channel, 1);
    open.abort(new Error('the listing failed'));
    open.add('ignored');
    await expect(open.close()).rejects.toThrow('the listing failed');
    await allStopped(channel, 2000);
  });
});
