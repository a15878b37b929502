/**
 * Text blocks that cannot overflow: a title wrapped and shrunk into a fixed box, and single lines
 * shrunk (then cut with “…”) to their width. The boxes have fixed sizes, so the rest of a card
 * never moves, whatever the text.
 */
import { FONT_FAMILY, type FontWeight } from '../fonts.ts';
import { fitText, textWidth } from '../text-fit.ts';
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

/**
 * Up to `maxLines` lines of `size` px text (shrinking to 70 %, then cut with “…”) in a box of
 * fixed height, so the boxes below never move.
 */
export function textLines(text: string, width: number, size: number, color: string, maxLines = 1, weight: FontWeight = 600): CardElement {
  const lineHeight = Math.ceil(size * 1.3);
  const fitted = fitText(text, { weight, width, height: lineHeight * maxLines, maxSize: size, minSize: Math.round(size * 0.7), lineHeight: 1.3 });
  return box(
    { flexDirection: 'column', justifyContent: maxLines === 1 ? 'center' : 'flex-start', width, height: lineHeight * maxLines, flexShrink: 0 },
    ...fitted.lines.map((text) => line(text, { fontFamily: FONT_FAMILY, fontWeight: weight, fontSize: fitted.fontSize, lineHeight: `${fitted.fontSize * 1.3}px`, color })),
  );
}

/** One line of text: see `textLines`. */
export function singleLine(text: string, width: number, size: number, color: string, weight: FontWeight = 600): CardElement {
  return textLines(text, width, size, color, 1, weight);
}

const PILL_LETTER_SPACING = 0.06;

/** A pill with short upper-case text (the online badge, the cancelled banner), shrunk to `maxWidth`. */
export function pill(text: string, size: number, background: string, color: string, maxWidth: number): CardElement {
  const perPx = textWidth(text, 800, 1) + PILL_LETTER_SPACING * Array.from(text).length + 1.6;
  const fitted = Math.min(size, Math.floor(maxWidth / perPx));
  return box(
    { alignItems: 'center', height: Math.ceil(size * 1.9), paddingLeft: fitted * 0.8, paddingRight: fitted * 0.8, borderRadius: size, backgroundColor: background, flexShrink: 0 },
    line(text, { fontFamily: FONT_FAMILY, fontWeight: 800, fontSize: fitted, color, letterSpacing: fitted * PILL_LETTER_SPACING }),
  );
}
