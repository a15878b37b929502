/**
 * One entry for all card templates. `TEMPLATE_VERSION` goes into every cache key: bump it when
 * something not hashed below changes how cards look (a dependency of the fitter, say). The
 * source of the templates and of the rendering modules is hashed too, so editing them never
 * serves stale cards from the cache.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Card } from '../card.ts';
import type { CardElement } from './element.ts';
import { eventCardElement } from './event.ts';
import { regionCardElement } from './region.ts';
import { siteCardElement } from './site.ts';

export const TEMPLATE_VERSION = 3;

/** The satori element tree of any card. */
export function cardElement(card: Card): CardElement {
  switch (card.template) {
    case 'event':
      return eventCardElement(card);
    case 'region':
      return regionCardElement(card);
    case 'site':
      return siteCardElement(card);
  }
}

/** Modules outside this folder whose source decides a card's pixels or bytes. */
const RENDERING_MODULES = ['../card.ts', '../text-fit.ts', '../render-card.ts'];

/** A hash of the template version and of the source of every module that draws a card. */
export function templateFingerprint(): string {
  const hash = createHash('sha256').update(String(TEMPLATE_VERSION));
  const dir = new URL('./', import.meta.url);
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(new URL(name, dir)));
  for (const path of RENDERING_MODULES) hash.update(path).update(readFileSync(new URL(path, import.meta.url)));
  return hash.digest('hex');
}
