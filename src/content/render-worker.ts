/**
 * A worker thread of src/content/render-pool.ts: renders the bodies it is sent with the one
 * renderer (render-body.ts) and answers each with its HTML or the reason it was refused.
 */
import { parentPort } from 'node:worker_threads';
import { renderBody, UnsafeBodyError } from './render-body.ts';
import type { BodyRequest, BodyResult } from './render-pool.ts';

parentPort!.on('message', ({ index, task: { text, mdx } }: { index: number; task: BodyRequest }) => {
  let result: BodyResult;
  try {
    result = { html: renderBody(text, { mdx }) };
  } catch (error) {
    if (!(error instanceof UnsafeBodyError)) result = { failure: String((error as Error)?.stack ?? error) };
    else result = { refused: { rule: error.rule, offset: error.offset, detail: error.detail } };
  }
  parentPort!.postMessage({ index, result });
});
