/**
 * One entry for all card templates. `TEMPLATE_VERSION` goes into every cache key: bump it when a
 * change outside `src/cards/templates/` (the fitter, the fonts' use) changes how cards look.
 * The templates' own source is hashed as well, so editing a template never serves stale cards.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Card } from '../card.ts';
import type { CardElement } from './element.ts';
import { eventCardElement } from './event.ts';
import { regionCardElement } from './region.ts';
import { siteCardElement } from './site.ts';

export const TEMPLATE_VERSION = 1;

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

/** A hash of the template version and of the source of the templates and the text fitter. */
export function templateFingerprint(): string {
  const hash = createHash('sha256').update(String(TEMPLATE_VERSION));
  const dir = new URL('./', import.meta.url);
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(new URL(name, dir)));
  hash.update(readFileSync(new URL('../text-fit.ts', import.meta.url)));
  return hash.digest('hex');
}
