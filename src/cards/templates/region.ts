/**
 * The card of a region's page (1200×630): the mark, "regional representation", the region's
 * name in a fixed box, a few facts and the page's short address.
 */
import { CARD_SIZES, type RegionCard } from '../card.ts';
import { box, type CardElement } from './element.ts';
import { mark, withCornerSun } from './mark.ts';
import { PALETTE } from './palette.ts';
import { singleLine, titleBlock, type Rect } from './text.ts';

const PAD = 56;
const HEADER = 72;
const SUBTITLE = 30;
const NAME = { height: 200, maxSize: 84, minSize: 40 };

/** Where the region's name may draw (tests check that nothing leaves it). */
export function regionNameBox(): Rect {
  const subtitleHeight = Math.ceil(SUBTITLE * 1.3);
  return { x: PAD, y: PAD + HEADER + 40 + subtitleHeight + 16, width: CARD_SIZES.region.width - 2 * PAD, height: NAME.height };
}

/** The satori element tree of a region card. */
export function regionCardElement(card: RegionCard): CardElement {
  const { width, height } = CARD_SIZES.region;
  const inner = width - 2 * PAD;
  return withCornerSun(
    { width, height },
    560,
    box(
      { flexDirection: 'column', padding: PAD },
      box({ height: HEADER, alignItems: 'center', flexShrink: 0 }, mark(HEADER)),
      box({ height: 40, flexShrink: 0 }),
      singleLine(card.subtitle, inner, SUBTITLE, PALETTE.sun),
      box({ height: 16, flexShrink: 0 }),
      titleBlock(card.name, { width: inner, ...NAME }, PALETTE.text),
      box({ flexDirection: 'column', gap: 6, flexShrink: 0 }, ...card.facts.map((fact) => singleLine(fact, inner, 28, PALETTE.muted))),
      box({ flexGrow: 1 }),
      singleLine(card.url, inner, 24, PALETTE.text, 400),
    ),
  );
}
