/**
 * One unit of work for the renderer, the same in a worker and in-process: render a card, store
 * the PNG in the cache, and write it to every output path that shows this card.
 */
import { writeFileAtomic } from './atomic-write.ts';
import type { Card } from './card.ts';
import { renderCardPng } from './render-card.ts';

export interface RenderTask {
  card: Card;
  cachePath: string;
  outPaths: string[];
}

/** Renders `task.card` and writes it to the cache and the outputs. */
export async function runRenderTask(task: RenderTask): Promise<void> {
  const png = await renderCardPng(task.card);
  writeFileAtomic(task.cachePath, png);
  for (const path of task.outPaths) writeFileAtomic(path, png);
}
