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
 * The sun alone, `size` px square: a disc and twelve rounded rays, drawn as plain boxes.
 * Boxes become plain SVG shapes; an inline `<svg>` would become an image with a mask, which
 * costs librsvg several times more to draw.
 */
export function sun(size: number, color: string = PALETTE.sun): CardElement {
  const ray = { length: size * 0.14, width: size * 0.07 };
  const rays = Array.from({ length: 12 }, (_, i) =>
    h('div', {
      display: 'flex',
      position: 'absolute',
      left: size / 2 - ray.length / 2,
      top: size / 2 - ray.width / 2,
      width: ray.length,
      height: ray.width,
      borderRadius: ray.width / 2,
      backgroundColor: color,
      // Move out from the centre along the ray's own axis, after turning it.
      transform: `rotate(${i * 30}deg) translateX(${size * 0.4}px)`,
    }),
  );
  const disc = size * 0.48;
  return box(
    { position: 'relative', width: size, height: size, flexShrink: 0 },
    h('div', { display: 'flex', position: 'absolute', left: (size - disc) / 2, top: (size - disc) / 2, width: disc, height: disc, borderRadius: disc / 2, backgroundColor: color }),
    ...rays,
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
 * paint after the others, in tree order).
 */
export function withCornerSun(size: { width: number; height: number }, sunSize: number, content: CardElement): CardElement {
  const offset = -sunSize * 0.35;
  const ring = sunSize * 0.05;
  const disc = sunSize * 0.56;
  return box(
    { position: 'relative', ...size, backgroundColor: PALETTE.background },
    h('div', { display: 'flex', position: 'absolute', right: offset, top: offset, width: sunSize, height: sunSize, borderRadius: sunSize / 2, border: `${ring}px solid ${PALETTE.sunSoft}` }),
    h('div', { display: 'flex', position: 'absolute', right: offset + (sunSize - disc) / 2, top: offset + (sunSize - disc) / 2, width: disc, height: disc, borderRadius: disc / 2, backgroundColor: PALETTE.sunSoft }),
    { ...content, props: { ...content.props, style: { ...content.props.style, position: 'relative', boxSizing: 'border-box', ...size } } },
  );
}
