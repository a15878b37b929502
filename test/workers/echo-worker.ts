/** A worker for test/workers/pool.test.ts: answers each task with the thread that took it; the task 'fail' throws. */
import { parentPort, threadId } from 'node:worker_threads';

parentPort!.on('message', ({ index, task }: { index: number; task: string }) => {
  if (task === 'fail') throw new Error('the task failed');
  parentPort!.postMessage({ index, task, threadId });
});
