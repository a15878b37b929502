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
import type { Rect } from './text.ts';
import { eventCardElement, eventForegroundBox, kindBackground } from './event.ts';
import { projectCardElement, projectForegroundBox } from './project.ts';
import { regionCardElement } from './region.ts';
import { siteCardElement } from './site.ts';

export const TEMPLATE_VERSION = 4;

/** The satori element tree of any card. */
export function cardElement(card: Card): CardElement {
  switch (card.template) {
    case 'event':
      return eventCardElement(card);
    case 'project':
      return projectCardElement(card);
    case 'region':
      return regionCardElement(card);
    case 'site':
      return siteCardElement(card);
  }
}

/**
 * A card as the renderer draws it. An event or project card is two layers: its `background` (the same for
 * every card of a kind, so drawn once per process and kept, under `backgroundKey`) and the
 * `foreground` with the event's texts, drawn for each card on a transparent canvas and laid over
 * it. satori lays out and librsvg rasterises only the texts, not the mark and the sun again.
 * Region and site cards (a few dozen) are drawn in one piece.
 */
export interface CardLayers {
  background?: { key: string; element: () => CardElement };
  foreground: CardElement;
  /** The part of the card the foreground draws in (the rest is left to the background). */
  foregroundBox?: Rect;
}

/** The layers of any card. */
export function cardLayers(card: Card): CardLayers {
  // Event and project cards of a kind share one background layer (the same frame, mark and sun).
  if (card.template === 'project') {
    return { background: { key: `frame-${card.kind}`, element: () => kindBackground(card.kind) }, foreground: projectCardElement(card, 'foreground'), foregroundBox: projectForegroundBox(card.kind) };
  }
  if (card.template !== 'event') return { foreground: cardElement(card) };
  return {
    background: { key: `frame-${card.kind}`, element: () => eventCardElement(card, 'background') },
    foreground: eventCardElement(card, 'foreground'),
    foregroundBox: eventForegroundBox(card.kind),
  };
}

/** Modules outside this folder whose source decides a card's pixels or bytes. */
const RENDERING_MODULES = ['../card.ts', '../text-fit.ts', '../render-card.ts', '../indexed-png.ts', '../svg-pieces.ts', '../glyph-tiles.ts', '../outline-raster.ts', '../../identity/mark.ts', '../../identity/palette.ts'];

/** A hash of the template version and of the source of every module that draws a card. */
export function templateFingerprint(): string {
  const hash = createHash('sha256').update(String(TEMPLATE_VERSION));
  const dir = new URL('./', import.meta.url);
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(new URL(name, dir)));
  for (const path of RENDERING_MODULES) hash.update(path).update(readFileSync(new URL(path, import.meta.url)));
  return hash.digest('hex');
}
