/**
 * A foreground SVG from satori cut into its pieces: satori draws each line of text as one
 * `<path>` of glyph outlines (and a pill as one path), so a card's foreground is a handful of
 * flat-coloured paths on a transparent canvas. Each piece gets its box (whole pixels, so the
 * glyphs keep their place on the pixel grid and rasterise to the same pixels), which lets the
 * renderer rasterise only where there is ink and reuse a line that another card already drew at
 * the same place (an organiser, a place, a badge). Satori can also leave the text as `<text>`
 * words (fonts not embedded): the renderer then draws their glyphs itself (glyph-tiles.ts).
 */

/** One flat-coloured path of a card and the box of whole pixels its ink lies in. */
export interface SvgPiece {
  /** `#rrggbb`. */
  fill: string;
  /** The path data as satori wrote it (card coordinates). */
  d: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room around a path's points for antialiasing (the ink never leaves the hull of its points). */
const MARGIN = 2;

const SVG_OPEN = /^<svg width="(\d+)" height="(\d+)" viewBox="0 0 \d+ \d+" xmlns="http:\/\/www\.w3\.org\/2000\/svg">/;
const BOX_ATTRIBUTES = new Set(['x', 'y', 'width', 'height']);

/** The attributes of one tag (`name="value"` pairs), or undefined for anything else in it. */
function attributesOf(tag: string): Map<string, string> | undefined {
  const attributes = new Map<string, string>();
  let i = 0;
  while (i < tag.length) {
    if (tag.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    const equals = tag.indexOf('="', i);
    if (equals < 0) return undefined;
    const close = tag.indexOf('"', equals + 2);
    if (close < 0) return undefined;
    const name = tag.slice(i, equals);
    if (!/^[a-z-]+$/i.test(name)) return undefined;
    attributes.set(name, tag.slice(equals + 2, close));
    i = close + 1;
  }
  return attributes;
}

/**
 * One word (or space) of text as satori writes it when it does not embed the fonts: where its
 * baseline starts, its advance width, and its style. Glyphs are then placed and drawn by the
 * renderer (glyph-tiles.ts).
 */
export interface SvgText {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  fontSize: number;
  fontWeight: number;
  letterSpacing: number;
  /** `#rrggbb`. */
  fill: string;
}

/** The attributes satori writes on a `<text>` without embedded fonts; any other one makes the text unknown. */
const TEXT_ATTRIBUTES = new Set(['x', 'y', 'width', 'height', 'font-weight', 'font-style', 'font-size', 'font-family', 'letter-spacing', 'fill']);
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const ENTITY = /&(?:amp|lt|gt|quot|#39|#x27);/g;

/** A `<text>`'s attributes and content as an SvgText, or undefined if it is anything else. */
function svgText(attributes: Map<string, string>, content: string): SvgText | undefined {
  if ([...attributes.keys()].some((name) => !TEXT_ATTRIBUTES.has(name)) || attributes.get('font-style') !== 'normal') return undefined;
  const fill = attributes.get('fill');
  if (!fill || !/^#[0-9a-f]{6}$/i.test(fill)) return undefined;
  // Satori escapes `&`, `<`, `>` and quotes; any other entity is one this reader does not know.
  if (content.replace(ENTITY, '').includes('&')) return undefined;
  const text = content.replace(ENTITY, (entity) => ENTITIES[entity]!);
  const [x, y, width, fontSize, fontWeight] = ['x', 'y', 'width', 'font-size', 'font-weight'].map((name) => Number(attributes.get(name)));
  const letterSpacing = Number(attributes.get('letter-spacing') ?? 0);
  if (![x, y, width, fontSize, fontWeight, letterSpacing].every(Number.isFinite)) return undefined;
  return { text, x: x!, y: y!, width: width!, fontSize: fontSize!, fontWeight: fontWeight!, letterSpacing, fill: fill.toLowerCase() };
}

/**
 * What a satori SVG paints, in painting order: flat-coloured paths with their boxes (`SvgPiece`)
 * and, when fonts were not embedded, words of text (`SvgText`); or undefined when it holds
 * anything else (a mask in use, an image, a gradient, relative commands without a box): then
 * the caller rasterises it whole.
 */
export function svgItems(svg: string): { width: number; height: number; items: (SvgPiece | SvgText)[] } | undefined {
  const open = SVG_OPEN.exec(svg);
  if (!open || !svg.endsWith('</svg>')) return undefined;
  const [width, height] = [Number(open[1]), Number(open[2])];
  const items: (SvgPiece | SvgText)[] = [];
  const end = svg.length - '</svg>'.length;
  let i = open[0].length;
  while (i < end) {
    // Satori's empty groups around each line of text are skipped; a path or a text is read; nothing else may be there.
    if (svg.startsWith('<g>', i)) i += 3;
    else if (svg.startsWith('</g>', i)) i += 4;
    else if (svg.startsWith('<text ', i)) {
      const close = svg.indexOf('>', i);
      const closeText = svg.indexOf('</text>', close);
      if (close < 0 || closeText < 0 || closeText > end) return undefined;
      const attributes = attributesOf(svg.slice(i + 6, close));
      const text = attributes && svgText(attributes, svg.slice(close + 1, closeText));
      if (!text) return undefined;
      items.push(text);
      i = closeText + '</text>'.length;
    } else if (svg.startsWith('<path ', i)) {
      const close = svg.indexOf('/>', i);
      if (close < 0 || close > end) return undefined;
      const attributes = attributesOf(svg.slice(i + 6, close));
      i = close + 2;
      const fill = attributes?.get('fill');
      const d = attributes?.get('d');
      if (!attributes || !fill || !/^#[0-9a-f]{6}$/i.test(fill) || d === undefined) return undefined;
      const boxed = [...attributes.keys()].filter((name) => BOX_ATTRIBUTES.has(name));
      if (boxed.length + 2 !== attributes.size) return undefined;
      // Satori gives a shape's box as attributes (a pill); glyph outlines are boxed by their points.
      const [bx, by, bw, bh] = ['x', 'y', 'width', 'height'].map((name) => Number(attributes.get(name)));
      const bounds = boxed.length === 4 ? { minX: bx!, minY: by!, maxX: bx! + bw!, maxY: by! + bh! } : pointBounds(d);
      if (!bounds || ![bounds.minX, bounds.minY, bounds.maxX, bounds.maxY].every(Number.isFinite)) return undefined;
      const x = Math.max(0, Math.floor(bounds.minX) - MARGIN);
      const y = Math.max(0, Math.floor(bounds.minY) - MARGIN);
      const right = Math.min(width, Math.ceil(bounds.maxX) + MARGIN);
      const bottom = Math.min(height, Math.ceil(bounds.maxY) + MARGIN);
      if (right > x && bottom > y) items.push({ fill: fill.toLowerCase(), d, x, y, width: right - x, height: bottom - y });
    } else return undefined;
  }
  return { width, height, items };
}

/** The pieces of a satori SVG with embedded fonts (paths only), in painting order, or undefined as for `svgItems`. */
export function svgPieces(svg: string): { width: number; height: number; pieces: SvgPiece[] } | undefined {
  const read = svgItems(svg);
  if (!read || read.items.some((item) => 'text' in item)) return undefined;
  return { width: read.width, height: read.height, pieces: read.items as SvgPiece[] };
}

/** Commands whose numbers are all absolute x, y pairs (what satori writes for glyph outlines). */
const PAIRED = new Set(['M', 'L', 'Q', 'C', 'T', 'S', 'Z'].map((letter) => letter.charCodeAt(0)));

/**
 * The box of a path's points, read in one pass over its characters (a card's paths hold tens of
 * kilobytes of numbers), or undefined for commands whose numbers are not absolute pairs.
 */
export function pointBounds(d: string): { minX: number; minY: number; maxX: number; maxY: number } | undefined {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  let axis = 0;
  let i = 0;
  const length = d.length;
  while (i < length) {
    const code = d.charCodeAt(i);
    // 0-9, '.', '-': a number, read whole (digits, one point; no exponent: satori writes none).
    if ((code >= 48 && code <= 57) || code === 46 || code === 45) {
      let end = i;
      const negative = code === 45;
      if (negative) end++;
      let value = 0;
      let scale = 0;
      for (; end < length; end++) {
        const digit = d.charCodeAt(end);
        if (digit >= 48 && digit <= 57) {
          value = value * 10 + (digit - 48);
          if (scale) scale *= 10;
        } else if (digit === 46 && !scale) scale = 1;
        else break;
      }
      const next = d.charCodeAt(end);
      if (next === 101 || next === 69 || end === i + (negative ? 1 : 0)) return undefined;
      if (scale) value /= scale;
      if (negative) value = -value;
      if (axis === 0) {
        if (value < minX) minX = value;
        if (value > maxX) maxX = value;
      } else {
        if (value < minY) minY = value;
        if (value > maxY) maxY = value;
      }
      axis ^= 1;
      i = end;
      continue;
    }
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      if (!PAIRED.has(code)) return undefined;
      if (axis !== 0) return undefined;
    }
    i++;
  }
  return axis === 0 ? { minX, minY, maxX, maxY } : undefined;
}
