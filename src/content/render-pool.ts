/**
 * Renders many event bodies at once on worker threads, one per core: at national scale the
 * content sync renders 5,000 bodies (≈ 2 ms each), the largest share of a cold build's sync.
 * A few bodies (the demo, a rebuild after one edit) are rendered in this thread: starting a
 * worker and loading the Markdown pipeline in it costs more than they do.
 *
 * The result of each body is exactly renderBody's, a refusal included (UnsafeBodyError with the
 * same rule, offset and detail), so callers cannot tell where it ran.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderBody, UnsafeBodyError, type UnsafeBodyRule } from './render-body.ts';

export interface BodyRequest {
  text: string;
  mdx: boolean;
}

export type BodyResult = { html: string } | { refused: { rule: UnsafeBodyRule; offset: number; detail: string } } | { failure: string };

/** Below this many bodies, threads cost more than they save (measured: a worker is ready after ≈ 0.3 s). */
const WORKERS_FROM = 200;

const WORKER_URL = new URL('./render-worker.ts', import.meta.url);

/** Each body's HTML, or the UnsafeBodyError renderBody would have thrown for it, in the order given. */
export async function renderBodies(bodies: readonly BodyRequest[], threads = availableParallelism()): Promise<(string | UnsafeBodyError)[]> {
  if (bodies.length < WORKERS_FROM || threads < 2) return bodies.map(({ text, mdx }) => settle(() => renderBody(text, { mdx })));
  const results: BodyResult[] = new Array(bodies.length);
  const workers = Array.from({ length: Math.min(threads, bodies.length) }, () => new Worker(WORKER_URL));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= bodies.length) return resolve();
              const index = next++;
              worker.postMessage({ index, ...bodies[index] });
            };
            worker.on('message', ({ index, result }: { index: number; result: BodyResult }) => {
              results[index] = result;
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => code !== 0 && reject(new Error(`body renderer exited with code ${code}`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
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
