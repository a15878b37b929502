/**
 * The site's card for the home page (1200×630): a big sun, the movement's name, what it is,
 * a few facts and the site's address.
 */
import { CARD_SIZES, type SiteCard } from '../card.ts';
import { FONT_FAMILY } from '../fonts.ts';
import { box, line, type CardElement } from './element.ts';
import { MOVEMENT_NAME, sun } from './mark.ts';
import { PALETTE } from './palette.ts';
import { singleLine, titleBlock } from './text.ts';

const PAD = 64;
const SUN = 300;

/** The satori element tree of the site card. */
export function siteCardElement(card: SiteCard): CardElement {
  const { width, height } = CARD_SIZES.site;
  const column = width - 2 * PAD - SUN - 56;
  return box(
    { width, height, padding: PAD, gap: 56, alignItems: 'center', backgroundColor: PALETTE.background },
    sun(SUN),
    box(
      { flexDirection: 'column', width: column, gap: 18 },
      line(MOVEMENT_NAME, { fontFamily: FONT_FAMILY, fontWeight: 800, fontSize: 84, color: PALETTE.text }),
      titleBlock(card.tagline, { width: column, height: 110, maxSize: 44, minSize: 28 }, PALETTE.sun, 600),
      ...card.facts.map((fact) => singleLine(fact, column, 28, PALETTE.muted)),
      box({ marginTop: 24 }, singleLine(card.url, column, 26, PALETTE.text, 400)),
    ),
  );
}
