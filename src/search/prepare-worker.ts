/** A worker thread of src/search/prepare-pages.ts: prepares each batch of pages it is sent and answers with how many it indexed. */
import { parentPort } from 'node:worker_threads';
import { prepareBatch, type PrepareBatch } from './prepare-pages.ts';

let placeWords: { list: string[]; set: ReadonlySet<string> } | undefined;

parentPort!.on('message', ({ index, task }: { index: number; task: PrepareBatch }) => {
  try {
    // Every batch carries the same list: its set (and the stemmer's memo keyed by it) is built once.
    if (placeWords?.list.length !== task.placeWords.length) placeWords = { list: task.placeWords, set: new Set(task.placeWords) };
    parentPort!.postMessage({ index, pages: prepareBatch(task, placeWords.set) });
  } catch (error) {
    parentPort!.postMessage({ index, failure: String((error as Error)?.stack ?? error) });
  }
});
