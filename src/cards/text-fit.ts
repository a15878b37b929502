/**
 * Fits a title into a fixed box: wraps at spaces and shrinks the font size until every line fits
 * the width and all lines fit the height. Widths come from the font's own metrics (fontkit,
 * kerning included), the same ones satori lays the text out with, so the templates can print the
 * lines as given without the risk of satori wrapping them differently.
 */
import { fontMetrics, type FontWeight } from './fonts.ts';

export interface FitBox {
  weight: FontWeight;
  width: number;
  height: number;
  /** Largest and smallest font size in px; the size steps down by 2 px. */
  maxSize: number;
  minSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
}

export interface FittedText {
  fontSize: number;
  /** Line height in px. */
  lineHeight: number;
  lines: string[];
  /** True when even the smallest size could not hold the whole text and the last line ends in “…”. */
  truncated: boolean;
}

/** Keeps a small margin against rounding in the renderer. */
const SAFETY = 0.98;
const ELLIPSIS = '…';

interface Metrics {
  advance: Map<string, number>;
  glyph: Map<string, number>;
  /** Per pair of characters: what the shaper adds to their two advances (kerning, or a ligature's difference). */
  kerning: Map<string, number>;
  /** The pairs the font joins into one glyph (a ligature). */
  ligatures: Set<string>;
  /** Widths of whole texts already measured: the fitter measures each word at every size it tries. */
  widths: Map<string, number>;
}
/** Remembered text widths per weight; the map starts again beyond this (a build meets tens of thousands of words). */
const WIDTHS_LIMIT = 50_000;

/** The remembered metrics of a weight and its lookups: a character's advance and glyph, a pair's kerning. */
function buildTables(weight: FontWeight) {
  const font = fontMetrics(weight);
  const m: Metrics = { advance: new Map(), glyph: new Map(), kerning: new Map(), ligatures: new Set(), widths: new Map() };
  const { advance: advances, glyph: glyphs, kerning: kernings, ligatures } = m;
  const advance = (char: string): number => {
    let width = advances.get(char);
    if (width === undefined) advances.set(char, (width = font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth));
    return width;
  };
  const glyph = (char: string): number => {
    let id = glyphs.get(char);
    if (id === undefined) glyphs.set(char, (id = font.glyphForCodePoint(char.codePointAt(0)!).id));
    return id;
  };
  /** What the pair adds to the two advances as the shaper lays them out; a ligature is noted. */
  const kerning = (previous: string, char: string): number => {
    const pair = previous + char;
    let value = kernings.get(pair);
    if (value === undefined) {
      const run = font.layout(pair);
      kernings.set(pair, (value = run.advanceWidth - advance(previous) - advance(char)));
      if (run.glyphs.length !== 2) ligatures.add(pair);
    }
    return value;
  };
  return { font, advance, glyph, kerning, ligature: (previous: string, char: string) => ligatures.has(previous + char), widths: m.widths };
}

const built = new Map<FontWeight, ReturnType<typeof buildTables>>();
/** A weight's lookups, built once per process. */
function tables(weight: FontWeight): ReturnType<typeof buildTables> {
  let lookups = built.get(weight);
  if (!lookups) built.set(weight, (lookups = buildTables(weight)));
  return lookups;
}

/**
 * The advance width of `text` in font units: each character's advance plus the kerning of each
 * pair, as satori lays text out. Both are remembered per character and per pair, so after the
 * first cards a width costs a few map lookups instead of shaping (the slow part of fontkit).
 */
function unitsWidth(text: string, weight: FontWeight): number {
  const { advance, kerning, widths } = tables(weight);
  const known = widths.get(text);
  if (known !== undefined) return known;
  let total = 0;
  let previous: string | undefined;
  for (const char of text) {
    total += advance(char);
    if (previous !== undefined) total += kerning(previous, char);
    previous = char;
  }
  if (widths.size >= WIDTHS_LIMIT) widths.clear();
  widths.set(text, total);
  return total;
}

/** One glyph of a shaped line: its id in the font and where its origin lies, in font units from the line's start. */
export interface PlacedGlyph {
  id: number;
  x: number;
}

/**
 * The glyphs of a line of text as satori's shaper places them: each character's glyph at the sum
 * of the advances and kerning before it (remembered per character and pair, as for widths). A
 * line with a ligature (“fi”, “fl”) is shaped whole by fontkit, which finds it as satori's
 * shaper does, at fontkit's full cost; such lines are rare (Latin words in addresses).
 */
export function shapeLine(text: string, weight: FontWeight): PlacedGlyph[] {
  const { font, advance, glyph, kerning, ligature } = tables(weight);
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  let previous: string | undefined;
  for (const char of text) {
    if (previous !== undefined) {
      const pair = kerning(previous, char);
      if (ligature(previous, char)) {
        const run = font.layout(text);
        let at = 0;
        return run.glyphs.map((g, i) => {
          const placed = { id: g.id, x: at + run.positions[i]!.xOffset };
          at += run.positions[i]!.xAdvance;
          return placed;
        });
      }
      x += advance(previous) + pair;
    }
    glyphs.push({ id: glyph(char), x });
    previous = char;
  }
  return glyphs;
}

/** The width of `text` in px at `size`, kerning included. */
export function textWidth(text: string, weight: FontWeight, size: number): number {
  return (unitsWidth(text, weight) * size) / fontMetrics(weight).unitsPerEm;
}

/**
 * Wraps words greedily into lines no wider than `width`; a word longer than a line is cut.
 * A line's width is the sum of its words and spaces (kerning across a space is nil in
 * Montserrat, and the safety margin covers rounding).
 */
export function wrapWords(words: string[], weight: FontWeight, size: number, width: number): string[] {
  const space = textWidth(' ', weight, size);
  const lines: string[] = [];
  let line: string[] = [];
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = textWidth(word, weight, size);
    if (line.length > 0 && lineWidth + space + wordWidth <= width) {
      line.push(word);
      lineWidth += space + wordWidth;
      continue;
    }
    if (line.length > 0) lines.push(line.join(' '));
    const pieces = wordWidth <= width ? [word] : cutWord(word, weight, size, width);
    lines.push(...pieces.slice(0, -1));
    line = [pieces.at(-1)!];
    lineWidth = textWidth(line[0]!, weight, size);
  }
  if (line.length > 0) lines.push(line.join(' '));
  return lines;
}

/** Cuts a word into pieces that each fit `width` (only for words longer than a whole line). */
function cutWord(word: string, weight: FontWeight, size: number, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && textWidth(piece + char, weight, size) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wraps and shrinks `text` to fit `box`; never returns lines that overflow it. A size at which a
 * word would have to be cut is skipped for a smaller one; only the smallest size cuts words, and
 * ends with “…” what still does not fit.
 */
export function fitText(text: string, box: FitBox): FittedText {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const width = box.width * SAFETY;
  for (let size = box.maxSize; size >= box.minSize; size -= 2) {
    if (words.some((word) => textWidth(word, box.weight, size) > width)) continue;
    const lines = wrapWords(words, box.weight, size, width);
    if (lines.length * size * box.lineHeight <= box.height) return { fontSize: size, lineHeight: size * box.lineHeight, lines, truncated: false };
  }
  const size = box.minSize;
  const maxLines = Math.max(1, Math.floor(box.height / (size * box.lineHeight)));
  const lines = wrapWords(words, box.weight, size, width);
  if (lines.length <= maxLines) return { fontSize: size, lineHeight: size * box.lineHeight, lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, box.weight, size, width);
  return { fontSize: size, lineHeight: size * box.lineHeight, lines: kept, truncated: true };
}

/** Shortens a line until it and a trailing ellipsis fit `width`. */
function withEllipsis(line: string, weight: FontWeight, size: number, width: number): string {
  let chars = Array.from(line);
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}${ELLIPSIS}`, weight, size) > width) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}
