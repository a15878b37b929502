/**
 * The worker thread of the card pool: renders the tasks it is sent, one at a time, and answers
 * each with its index (and the error message if it failed).
 */
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { runRenderTask, type RenderTask } from './render-task.ts';

// One libvips thread per worker: the pool already puts a worker on every core.
sharp.concurrency(1);

parentPort!.on('message', async ({ index, task }: { index: number; task: RenderTask }) => {
  try {
    await runRenderTask(task);
    parentPort!.postMessage({ index });
  } catch (error) {
    parentPort!.postMessage({ index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
