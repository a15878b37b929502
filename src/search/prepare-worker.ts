/** A worker thread of src/search/prepare-pages.ts: reads and prepares each batch of pages it is sent and answers with the indexed ones. */
import { parentPort, workerData } from 'node:worker_threads';
import { type PrepareAnswer, prepareBatch, type PrepareBatch, type PrepareShared } from './prepare-pages.ts';

const known: ReadonlySet<string> = new Set((workerData as PrepareShared).known);
let placeWords: { list: string[]; set: ReadonlySet<string> } | undefined;

parentPort!.on('message', ({ index, task }: { index: number; task: PrepareBatch }) => {
  try {
    // Every batch carries the same list: its set (and the stemmer's memo keyed by it) is built once.
    if (placeWords?.list.length !== task.placeWords.length) placeWords = { list: task.placeWords, set: new Set(task.placeWords) };
    parentPort!.postMessage({ index, records: prepareBatch(task, placeWords.set, known) } satisfies PrepareAnswer);
  } catch (error) {
    parentPort!.postMessage({ index, failure: String((error as Error)?.stack ?? error) } satisfies PrepareAnswer);
  }
});
