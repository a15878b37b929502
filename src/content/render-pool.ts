/**
 * Renders many event bodies at once on worker threads, one per core: at national scale the
 * content sync renders 5,000 bodies (≈ 2 ms each), the largest share of a cold build's sync.
 * One pool per thread count serves every caller (src/workers/pool.ts `sharedWorkerPool`): the
 * events' and the projects' loaders render at the same moment, and share its workers. A few bodies (the demo, a rebuild after one edit) are rendered
 * in this thread: starting a worker and loading the Markdown pipeline in it costs more than they do.
 *
 * The result of each body is exactly renderBody's, a refusal included (UnsafeBodyError with the
 * same rule, offset and detail), so callers cannot tell where it ran.
 */
import { availableParallelism } from 'node:os';
import { sharedWorkerPool, type WorkerPool } from '../workers/pool.ts';
import { UnsafeBodyError, type UnsafeBodyRule } from './unsafe-body.ts';

export interface BodyRequest {
  text: string;
  mdx: boolean;
}

export type BodyResult = { html: string } | { refused: { rule: UnsafeBodyRule; offset: number; detail: string } } | { failure: string };

/** Below this many bodies, threads cost more than they save (each worker loads the whole Markdown pipeline first). */
const WORKERS_FROM = 200;

const WORKER_URL = new URL('./render-worker.ts', import.meta.url);

type RenderPool = WorkerPool<BodyRequest, { index: number; result: BodyResult }>;
const pools = new Map<number, RenderPool>();

/** Each body's HTML, or the UnsafeBodyError renderBody would have thrown for it, in the order given. */
export async function renderBodies(bodies: readonly BodyRequest[], threads = availableParallelism()): Promise<(string | UnsafeBodyError)[]> {
  if (bodies.length < WORKERS_FROM || threads < 2) {
    // The Markdown pipeline is loaded where bodies are rendered: here only for a few bodies.
    const { renderBody } = await import('./render-body.ts');
    return bodies.map(({ text, mdx }) => settle(() => renderBody(text, { mdx })));
  }
  const results: BodyResult[] = new Array(bodies.length);
  let pool = pools.get(threads);
  if (!pool) pools.set(threads, (pool = sharedWorkerPool(WORKER_URL, threads)));
  await pool.run(bodies, ({ index, result }) => {
    results[index] = result;
  });
  return results.map((result) => {
    if ('html' in result) return result.html;
    if ('refused' in result) return new UnsafeBodyError(result.refused.rule, result.refused.offset, result.refused.detail);
    throw new Error(result.failure);
  });
}

function settle(render: () => string): string | UnsafeBodyError {
  try {
    return render();
  } catch (error) {
    if (error instanceof UnsafeBodyError) return error;
    throw error;
  }
}
