/**
 * A worker for test/workers/pool.test.ts: answers each task with the thread that took it and the
 * `workerData` it was started with; the task 'fail' throws, 'slow N' answers after N ms. With a
 * `channel` in its `workerData` it answers a roll call ('who') on that BroadcastChannel with its
 * thread, so a test can tell which workers are still up.
 */
import { setTimeout } from 'node:timers/promises';
import { BroadcastChannel, parentPort, threadId, workerData } from 'node:worker_threads';

const { channel } = (workerData ?? {}) as { channel?: string };
if (channel) {
  const roll = new BroadcastChannel(channel);
  roll.onmessage = (event) => {
    if (event.data === 'who') roll.postMessage(threadId);
  };
  // The roll call does not keep the worker up: only the pool decides when it stops.
  roll.unref();
}

parentPort!.on('message', async ({ index, task }: { index: number; task: string }) => {
  if (task === 'fail') throw new Error('the task failed');
  // Asleep without blocking: a slow worker still answers the roll call.
  if (task.startsWith('slow ')) await setTimeout(Number(task.slice(5)));
  parentPort!.postMessage({ index, task, threadId, workerData });
});
