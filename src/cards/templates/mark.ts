/**
 * The movement's mark: a sun of twelve rays (the sun of the flag, and "a thousand years" of good
 * deeds) beside the name «Мың жаса!». Drawn as inline SVG, so no image file has to be shipped.
 */
import { FONT_FAMILY } from '../fonts.ts';
import { textWidth } from '../text-fit.ts';
import { box, h, line, type CardElement } from './element.ts';
import { PALETTE } from './palette.ts';

export const MOVEMENT_NAME = '«Мың жаса!»';

/**
 * The sun alone, `size` px square, on the card's background: six bars through the centre make
 * the twelve rays, and a disc whose thick border is the background colour hides their middle
 * (leaving the gap between the disc and the rays). Seven plain boxes: each box costs satori and
 * librsvg time, and an inline `<svg>` would become a masked image, slower still.
 */
export function sun(size: number, color: string = PALETTE.sun): CardElement {
  const ray = { length: size * 0.94, width: size * 0.07 };
  const bars = Array.from({ length: 6 }, (_, i) =>
    h('div', {
      display: 'flex',
      position: 'absolute',
      left: (size - ray.length) / 2,
      top: (size - ray.width) / 2,
      width: ray.length,
      height: ray.width,
      borderRadius: ray.width / 2,
      backgroundColor: color,
      transform: `rotate(${i * 30}deg)`,
    }),
  );
  const [outer, gap] = [size * 0.66, size * 0.09];
  return box(
    { position: 'relative', width: size, height: size, flexShrink: 0 },
    ...bars,
    h('div', {
      display: 'flex',
      position: 'absolute',
      left: (size - outer) / 2,
      top: (size - outer) / 2,
      width: outer,
      height: outer,
      borderRadius: outer / 2,
      boxSizing: 'border-box',
      border: `${gap}px solid ${PALETTE.background}`,
      backgroundColor: color,
    }),
  );
}

/** The width of the mark `size` px high, so a header knows the room left beside it. */
export function markWidth(size: number): number {
  return size * 1.28 + textWidth(MOVEMENT_NAME, 800, size * 0.52);
}

/** The sun and the movement's name on one line, `size` px high. */
export function mark(size: number): CardElement {
  return box(
    { alignItems: 'center', gap: size * 0.28, height: size, flexShrink: 0 },
    sun(size),
    line(MOVEMENT_NAME, { fontFamily: FONT_FAMILY, fontWeight: 800, fontSize: size * 0.52, color: PALETTE.text }),
  );
}

/**
 * A card's background: a big, faint sun cut by the top right corner, under the content. Drawn
 * as a disc and a ring, not with rays: each box costs satori and librsvg time, and this one is
 * on every card. The content box is positioned too, so it paints above the sun (positioned boxes
 * paint after the others, in tree order). With `background: false` only the content is drawn, on
 * a transparent canvas: the foreground layer of a card whose background is drawn once (see
 * templates/index.ts).
 */
export function withCornerSun(size: { width: number; height: number }, sunSize: number, content: CardElement, background = true): CardElement {
  const offset = -sunSize * 0.35;
  const ring = sunSize * 0.05;
  const disc = sunSize * 0.56;
  const positioned = { ...content, props: { ...content.props, style: { ...content.props.style, position: 'relative', boxSizing: 'border-box', ...size } } };
  if (!background) return box({ position: 'relative', ...size }, positioned);
  return box(
    { position: 'relative', ...size, backgroundColor: PALETTE.background },
    h('div', { display: 'flex', position: 'absolute', right: offset, top: offset, width: sunSize, height: sunSize, borderRadius: sunSize / 2, border: `${ring}px solid ${PALETTE.sunSoft}` }),
    h('div', { display: 'flex', position: 'absolute', right: offset + (sunSize - disc) / 2, top: offset + (sunSize - disc) / 2, width: disc, height: disc, borderRadius: disc / 2, backgroundColor: PALETTE.sunSoft }),
    positioned,
  );
}
