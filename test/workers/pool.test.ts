/**
 * The shared worker pool (src/workers/pool.ts): runs given at the same moment share its workers
 * (never more than its size), each gets exactly its own answers, the workers stop when idle, and a
 * failing worker fails the runs it serves.
 */
import { describe, expect, it } from 'vitest';
import { sharedWorkerPool } from '../../src/workers/pool.ts';

const WORKER = new URL('./echo-worker.ts', import.meta.url);
type Answer = { index: number; task: string; threadId: number };

async function run(pool: ReturnType<typeof sharedWorkerPool<string, Answer>>, tasks: string[]): Promise<Answer[]> {
  const answers: Answer[] = [];
  await pool(tasks, (answer) => {
    answers[answer.index] = answer;
  });
  return answers;
}

describe('sharedWorkerPool', () => {
  it('serves runs given together with its workers, each run its own answers', async () => {
    const pool = sharedWorkerPool<string, Answer>(WORKER, 2);
    const first = Array.from({ length: 30 }, (_, i) => `a${i}`);
    const second = Array.from({ length: 20 }, (_, i) => `b${i}`);
    const [a, b] = await Promise.all([run(pool, first), run(pool, second)]);
    expect(a.map((answer) => answer.task)).toEqual(first);
    expect(b.map((answer) => answer.task)).toEqual(second);
    const threads = new Set([...a, ...b].map((answer) => answer.threadId));
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
    const failing = pool(['p', 'q', 'r'], () => {
      throw new Error('refused');
    });
    const [failed, other] = await Promise.allSettled([failing, run(pool, ['s', 't'])]);
    expect(failed.status).toBe('rejected');
    expect(other.status === 'fulfilled' && other.value.map((answer) => answer.task)).toEqual(['s', 't']);
  });
});
