/**
 * Text blocks that cannot overflow: a title wrapped and shrunk into a fixed box, and single lines
 * shrunk (then cut with “…”) to their width. The boxes have fixed sizes, so the rest of a card
 * never moves, whatever the text.
 */
import { FONT_FAMILY, type FontWeight } from '../fonts.ts';
import { fitText } from '../text-fit.ts';
import { box, line, type CardElement } from './element.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A title wrapped and shrunk to fit `width` × `height`; the box itself never grows. */
export function titleBlock(
  text: string,
  area: { width: number; height: number; maxSize: number; minSize: number },
  color: string,
  weight: FontWeight = 800,
  align: 'flex-start' | 'center' | 'flex-end' = 'flex-start',
): CardElement {
  // Glyphs may reach a pixel or two past their advance (side bearings, antialiasing): the lines
  // start a little inside the box, so the ink, not only the advance, stays in it.
  const inset = Math.ceil(area.maxSize * 0.05);
  const fitted = fitText(text, { ...area, width: area.width - 2 * inset, weight, lineHeight: 1.2 });
  return box(
    { flexDirection: 'column', justifyContent: align, width: area.width, height: area.height, paddingLeft: inset, paddingRight: inset, flexShrink: 0 },
    ...fitted.lines.map((text) =>
      line(text, { fontFamily: FONT_FAMILY, fontWeight: weight, fontSize: fitted.fontSize, lineHeight: `${fitted.lineHeight}px`, height: fitted.lineHeight, color }),
    ),
  );
}

/** One line of `size` px text (shrinking to 70 % if it is too wide) in a box of fixed height. */
export function singleLine(text: string, width: number, size: number, color: string, weight: FontWeight = 600): CardElement {
  const height = Math.ceil(size * 1.3);
  const fitted = fitText(text, { weight, width, height, maxSize: size, minSize: Math.round(size * 0.7), lineHeight: 1.3 });
  return box(
    { width, height, flexShrink: 0, alignItems: 'center' },
    line(fitted.lines[0] ?? '', { fontFamily: FONT_FAMILY, fontWeight: weight, fontSize: fitted.fontSize, color }),
  );
}

/** A pill with short upper-case text: the online badge and the cancelled banner. */
export function pill(text: string, size: number, background: string, color: string): CardElement {
  return box(
    { alignItems: 'center', height: Math.ceil(size * 1.9), paddingLeft: size * 0.8, paddingRight: size * 0.8, borderRadius: size, backgroundColor: background, flexShrink: 0 },
    line(text, { fontFamily: FONT_FAMILY, fontWeight: 800, fontSize: size, color, letterSpacing: size * 0.06 }),
  );
}
