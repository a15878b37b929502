/**
 * The movement's mark: a sun of twelve rays (the sun of the flag, and "a thousand years" of good
 * deeds) beside the name «Мың жаса!». The sun comes from src/identity as an image.
 */
import { sunDocument } from '../../identity/mark.ts';
import { FONT_FAMILY } from '../fonts.ts';
import { textWidth } from '../text-fit.ts';
import { box, line, type CardElement } from './element.ts';
import { PALETTE } from './palette.ts';

export const MOVEMENT_NAME = '«Мың жаса!»';

/**
 * The sun alone, `size` px square: the movement's one mark (src/identity/mark.ts) as an image.
 * It used to be redrawn here from boxes, and the corner's faint sun from a disc and a ring, which
 * satori drew as rounded squares. Every card of a kind shares its sun, in the background layer
 * drawn once per process, so the image's cost does not recur card by card.
 */
export function sun(size: number, color: string = PALETTE.sun): CardElement {
  return {
    type: 'img',
    props: { src: `data:image/svg+xml;base64,${Buffer.from(sunDocument(color, size)).toString('base64')}`, width: size, height: size, style: { flexShrink: 0 } },
  };
}

/** The width of the mark `size` px high, so a header knows the room left beside it. */
export function markWidth(size: number): number {
  return size * 1.28 + textWidth(MOVEMENT_NAME, 800, size * 0.52);
}

/**
 * A card's header row, `height` px: the mark on the left and `badge` on the right. The foreground
 * of a layered card keeps the mark's place empty, since its background layer draws the mark.
 */
export function cardHeader(height: number, withMark: boolean, badge: CardElement): CardElement {
  const row = { height, justifyContent: 'space-between', alignItems: 'center', flexShrink: 0 } as const;
  return box(row, withMark ? mark(height) : box({ width: markWidth(height), height, flexShrink: 0 }), badge);
}

/** The sun and the movement's name on one line, `size` px high. */
export function mark(size: number): CardElement {
  return box(
    { alignItems: 'center', gap: size * 0.28, height: size, flexShrink: 0 },
    sun(size),
    line(MOVEMENT_NAME, { fontFamily: FONT_FAMILY, fontWeight: 800, fontSize: size * 0.52, color: PALETTE.text }),
  );
}

/** Where the big faint sun of a card `width` px wide lies: cut by the top right corner. */
export function cornerSunBox(width: number, sunSize: number): { x: number; y: number; size: number } {
  const offset = -sunSize * 0.35;
  return { x: width - offset - sunSize, y: offset, size: sunSize };
}

/**
 * A card's background: the movement's sun, big and faint, cut by the top right corner, under the
 * content. The content box is positioned too, so it paints above the sun (positioned boxes
 * paint after the others, in tree order). With `background: false` only the content is drawn, on
 * a transparent canvas: the foreground layer of a card whose background is drawn once (see
 * templates/index.ts).
 */
export function withCornerSun(size: { width: number; height: number }, sunSize: number, content: CardElement, background = true): CardElement {
  const positioned = { ...content, props: { ...content.props, style: { ...content.props.style, position: 'relative', boxSizing: 'border-box', ...size } } };
  if (!background) return box({ position: 'relative', ...size }, positioned);
  const corner = cornerSunBox(size.width, sunSize);
  const faint = sun(sunSize, PALETTE.sunSoft);
  return box(
    { position: 'relative', ...size, backgroundColor: PALETTE.background },
    { ...faint, props: { ...faint.props, style: { position: 'absolute', left: corner.x, top: corner.y } } },
    positioned,
  );
}
