/**
 * One card to one PNG, in three stages the benchmark times apart: satori lays the card out as
 * SVG (text as glyph paths, from the bundled fonts), sharp (librsvg) rasterises it, and the
 * pixels become a palette PNG (indexed-png.ts). An event card's background layer (see
 * templates/index.ts) goes through the same stages once per kind and process; each card then
 * draws only its foreground and lays it over the kept background. The foreground is laid out
 * without embedding the fonts, and its text is drawn glyph by glyph from glyphs this process has
 * rasterised once (glyph-tiles.ts); its shapes (a pill) are rasterised piece by piece
 * (svg-pieces.ts), and a shape drawn before is not rasterised again.
 */
import { createHash } from 'node:crypto';
import satori from 'satori';
import sharp from 'sharp';
import { cardSize, type Card } from './card.ts';
import { cardFonts } from './fonts.ts';
import { composeOver, encodeIndexedPng, indexRaster, paintPieces, type AlphaPiece, type IndexedImage, type Placement } from './indexed-png.ts';
import { drawableWords, glyphPieces, wordRuns } from './glyph-tiles.ts';
import { svgItems, svgPieces, type SvgPiece, type SvgText } from './svg-pieces.ts';
import { cardLayers, type CardLayers } from './templates/index.ts';
import type { CardElement } from './templates/element.ts';

/** A rasterised layer: straight-alpha RGBA pixels of the part of the card at `x`, `y`. */
export interface Raster extends Placement {
  rgba: Buffer;
}

/**
 * Satori defines an overflow mask for every box, used or not; librsvg still parses each one.
 * Dropping the unused ones saves about a tenth of the rasterising time of a card.
 */
export function dropUnusedMasks(svg: string): string {
  const used = new Set([...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]));
  return svg.replace(/<mask id="([^"]+)"><rect [^>]*\/><\/mask>/g, (mask, id: string) => (used.has(id) ? mask : ''));
}

/**
 * Stage 1: the SVG of an element tree of the given size; with `embedFont: false` satori writes
 * each word as a `<text>` with its place instead of its glyphs' outlines (half of its time).
 */
export async function layoutSvg(element: CardElement, size: { width: number; height: number }, embedFont = true): Promise<string> {
  // satori's types ask for a ReactNode; a `{ type, props }` tree is what it reads.
  return dropUnusedMasks(await satori(element as never, { ...size, fonts: cardFonts(), embedFont }));
}

/**
 * Stage 2: the SVG's pixels, of the whole picture or only of the part `box`. librsvg's cost
 * grows with the pixels as much as with the paths (an empty 1080×1920 SVG takes two thirds of a
 * story's raster time), so a foreground is rasterised only where it draws: its SVG's view box is narrowed to it.
 */
export async function rasteriseSvg(svg: string, box?: Placement): Promise<Raster> {
  const cropped = box
    ? svg.replace(/^<svg width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/, `<svg width="${box.width}" height="${box.height}" viewBox="${box.x} ${box.y} ${box.width} ${box.height}"`)
    : svg;
  if (cropped === svg && box) throw new Error("card: satori's SVG no longer starts with <svg width height viewBox>, so the foreground cannot be cropped");
  const { data, info } = await sharp(Buffer.from(cropped)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { x: box?.x ?? 0, y: box?.y ?? 0, width: info.width, height: info.height, rgba: data };
}

const backgrounds = new Map<string, Promise<IndexedImage>>();

/** An event kind's background layer as palette indices, drawn on first use and kept for the process. */
function backgroundLayer(background: NonNullable<CardLayers['background']>, size: { width: number; height: number }): Promise<IndexedImage> {
  let layer = backgrounds.get(background.key);
  if (!layer) {
    layer = layoutSvg(background.element(), size)
      .then((svg) => rasteriseSvg(svg))
      .then(({ width, height, rgba }) => indexRaster(rgba, width, height, 4));
    backgrounds.set(background.key, layer);
  }
  return layer;
}

/**
 * Rasterised pieces this process keeps, by a hash of their colour, size and path: a piece is kept
 * the second time it is met (a title or an address is met once; an organiser, a place, a badge or
 * a common date again and again), and the least recently used go first beyond the budget.
 */
const pieceCache = new Map<string, Uint8Array>();
const seenPieces = new Set<string>();
const PIECE_CACHE_BYTES = 32 * 1024 * 1024;
const SEEN_PIECES_LIMIT = 100_000;
let pieceCacheBytes = 0;

function keepPiece(key: string, alpha: Uint8Array): void {
  if (!seenPieces.has(key)) {
    if (seenPieces.size >= SEEN_PIECES_LIMIT) seenPieces.clear();
    seenPieces.add(key);
    return;
  }
  pieceCache.set(key, alpha);
  pieceCacheBytes += alpha.length;
  for (const [oldest, bytes] of pieceCache) {
    if (pieceCacheBytes <= PIECE_CACHE_BYTES) break;
    pieceCache.delete(oldest);
    pieceCacheBytes -= bytes.length;
  }
}

/**
 * Stage 2 for a foreground cut into pieces: each piece's coverage, from the cache or from one SVG
 * that stacks every missing piece (moved by whole pixels, so each rasterises exactly as on the
 * card) and is rasterised by sharp in one go, alpha channel only. librsvg's cost is mostly per
 * glyph outline and a little per pixel (≈ 1.5 ms a call, ≈ 9 ns a pixel on the reference
 * machine): one call, only the pieces' boxes, and no outline drawn twice.
 */
export async function rasterisePieces(pieces: readonly SvgPiece[]): Promise<AlphaPiece[]> {
  const result: AlphaPiece[] = [];
  const missing: { piece: SvgPiece; key: string; into: AlphaPiece; top: number }[] = [];
  let atlasWidth = 0;
  let atlasHeight = 0;
  for (const piece of pieces) {
    const key = createHash('sha1').update(`${piece.fill} ${piece.x},${piece.y} ${piece.width}x${piece.height} ${piece.d}`).digest('base64');
    const into: AlphaPiece = { x: piece.x, y: piece.y, width: piece.width, height: piece.height, colour: parseInt(piece.fill.slice(1), 16), alpha: new Uint8Array(0) };
    result.push(into);
    const cached = pieceCache.get(key);
    if (cached) {
      pieceCache.delete(key);
      pieceCache.set(key, cached);
      into.alpha = cached;
      continue;
    }
    missing.push({ piece, key, into, top: atlasHeight });
    atlasWidth = Math.max(atlasWidth, piece.width);
    atlasHeight += piece.height;
  }
  if (missing.length === 0) return result;
  const paths = missing.map(({ piece, top }) => `<path fill="${piece.fill}" transform="translate(${-piece.x} ${top - piece.y})" d="${piece.d}"/>`).join('');
  const svg = `<svg width="${atlasWidth}" height="${atlasHeight}" viewBox="0 0 ${atlasWidth} ${atlasHeight}" xmlns="http://www.w3.org/2000/svg">${paths}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer({ resolveWithObject: true });
  if (info.width !== atlasWidth || info.height !== atlasHeight || info.channels !== 1) throw new Error(`card pieces: sharp returned ${info.width}×${info.height}×${info.channels} for ${atlasWidth}×${atlasHeight}×1`);
  for (const { piece, key, into, top } of missing) {
    const alpha = new Uint8Array(piece.width * piece.height);
    for (let row = 0; row < piece.height; row++) alpha.set(data.subarray((top + row) * atlasWidth, (top + row) * atlasWidth + piece.width), row * piece.width);
    into.alpha = alpha;
    keepPiece(key, alpha);
  }
  return result;
}

/** A foreground as rasterised: cut into pieces, or whole (an SVG the cutter does not know). */
type Foreground = { pieces: AlphaPiece[] } | { raster: Raster };

/** A foreground as laid out: the words and shapes it paints, or an SVG with the glyphs' outlines. */
type LaidOut = { items: (SvgPiece | SvgText)[]; size: { width: number; height: number } } | { svg: string };

/**
 * Stage 1 of a card's foreground. Over a background, satori leaves the text as words for the
 * glyph tiles; an SVG the reader does not know is laid out again with the fonts embedded.
 */
async function layoutForeground(element: CardElement, size: { width: number; height: number }, background: boolean): Promise<LaidOut> {
  if (background) {
    const read = svgItems(await layoutSvg(element, size, false));
    if (read && drawableWords(read.items.filter((item): item is SvgText => 'text' in item))) {
      // Consecutive words become the runs satori would shape whole.
      const items: (SvgPiece | SvgText)[] = [];
      let words: SvgText[] = [];
      for (const item of [...read.items, undefined]) {
        if (item && 'text' in item) {
          words.push(item);
          continue;
        }
        items.push(...wordRuns(words));
        words = [];
        if (item) items.push(item);
      }
      return { items, size };
    }
  }
  return { svg: await layoutSvg(element, size) };
}

/**
 * Stage 2 of a card's foreground: its words from the glyph tiles and its shapes as pieces (in
 * painting order), or its SVG in pieces where satori's SVG allows it, else whole in `box`.
 */
async function rasteriseForeground(laidOut: LaidOut, box: Placement | undefined, background: boolean): Promise<Foreground> {
  if ('items' in laidOut) {
    const words = laidOut.items.filter((item): item is SvgText => 'text' in item);
    const shapes = laidOut.items.filter((item): item is SvgPiece => !('text' in item));
    const [glyphs, pieces] = await Promise.all([glyphPieces(words, laidOut.size), rasterisePieces(shapes)]);
    // In painting order: each shape's piece and each word's glyphs where the item was in the SVG.
    const [nextWord, nextShape] = [glyphs.values(), pieces.values()];
    return { pieces: laidOut.items.flatMap((item) => ('text' in item ? nextWord.next().value! : [nextShape.next().value!])) };
  }
  const cut = background ? svgPieces(laidOut.svg) : undefined;
  if (cut) return { pieces: await rasterisePieces(cut.pieces) };
  return { raster: await rasteriseSvg(laidOut.svg, box) };
}

/** Rows to paint a card's pieces into, one buffer per background: deflate reads them before the next card is painted. */
const paintBuffers = new WeakMap<IndexedImage, Uint8Array>();

/** Stage 3: the PNG of a foreground laid over its background layer, if it has one. */
function encodeForeground(foreground: Foreground, background?: IndexedImage): Buffer {
  if ('pieces' in foreground) {
    let into = paintBuffers.get(background!);
    if (!into) paintBuffers.set(background!, (into = new Uint8Array(background!.rows.length)));
    return encodeIndexedPng(paintPieces(background!, foreground.pieces, into));
  }
  return encodeCard(foreground.raster, background);
}

/** Stage 3: the PNG of a foreground raster, laid over its background layer if it has one. */
export function encodeCard(foreground: Raster, background?: IndexedImage): Buffer {
  const image = background ? composeOver(background, foreground.rgba, foreground) : indexRaster(foreground.rgba, foreground.width, foreground.height, 4);
  return encodeIndexedPng(image);
}

/**
 * A card's stages one by one, for the benchmark: the background layer is ready before the
 * clock starts, as it is for every card but the first of its kind in a worker.
 */
export async function renderCardStages(card: Card, clock: () => number): Promise<{ png: Buffer; layout: number; raster: number; encode: number }> {
  const layers = cardLayers(card);
  const size = cardSize(card);
  const background = layers.background ? await backgroundLayer(layers.background, size) : undefined;
  let started = clock();
  const laidOut = await layoutForeground(layers.foreground, size, background !== undefined);
  const layout = clock() - started;
  started = clock();
  const foreground = await rasteriseForeground(laidOut, layers.foregroundBox, background !== undefined);
  const rasterTime = clock() - started;
  started = clock();
  const png = encodeForeground(foreground, background);
  return { png, layout, raster: rasterTime, encode: clock() - started };
}

/** The PNG bytes of a card. */
export async function renderCardPng(card: Card): Promise<Buffer> {
  const layers = cardLayers(card);
  const size = cardSize(card);
  const [background, foreground] = await Promise.all([
    layers.background ? backgroundLayer(layers.background, size) : undefined,
    layoutForeground(layers.foreground, size, layers.background !== undefined).then((laidOut) => rasteriseForeground(laidOut, layers.foregroundBox, layers.background !== undefined)),
  ]);
  return encodeForeground(foreground, background);
}
