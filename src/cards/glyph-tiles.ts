/**
 * A card's text drawn glyph by glyph from rasterised glyphs kept per process. librsvg's cost is
 * mostly per glyph outline, and satori's partly per glyph path it writes; a card's title, date and
 * address are new lines on every card, but made of the same few hundred glyphs. So satori lays the
 * card out without embedding the fonts (it writes each word as a `<text>` with its place and
 * style), the words are joined into the runs satori shapes whole and shaped as it shapes them
 * (`shapeLine`, the fitter's own metrics), and each glyph is rasterised once per weight, size and
 * place within a pixel (in twentieths; in JavaScript, outline-raster.ts, where one sharp call cost
 * ≈ 1.5 ms a card), then laid on the card as a flat-coloured piece
 * (`paintPieces`). A glyph's outline has the points of satori's, rounded as satori rounds them
 * (`glyphOutline`), so it looks as in satori's SVG, up to 1/40 px of place.
 */
import sharp from 'sharp';
import { fontMetrics, type FontWeight } from './fonts.ts';
import { coverageRuns, type AlphaPiece } from './indexed-png.ts';
import type { SvgText } from './svg-pieces.ts';
import { shapeLine } from './text-fit.ts';
import { OutlineRaster } from './outline-raster.ts';

/** A glyph outline's commands as fontkit gives them (its type declarations leave them out). */
type PathCommand = { command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'; args: number[] };
const commandsOf = (weight: FontWeight, id: number): PathCommand[] => (fontMetrics(weight).getGlyph(id).path as unknown as { commands: PathCommand[] }).commands;

const WEIGHTS = new Set<number>([400, 600, 800]);

/** True when satori's words can be drawn from the card fonts' glyphs (every word in one of their weights). */
export function drawableWords(words: readonly SvgText[]): boolean {
  return words.every((word) => WEIGHTS.has(word.fontWeight));
}

/** The words after which satori starts a new run (spaces, as in its own list of word separators). */
const RUN_ENDS = new Set([32, 160, 4961, 65792, 65793, 4153, 4241, 10].map((code) => String.fromCodePoint(code)));

/**
 * Satori's words joined into the runs it shapes in one go when it embeds the fonts: the words of
 * one line up to and including a space, shaped from the first word's place (a word after a space
 * starts where satori's line layout puts it, which differs from the shaped run by the kerning
 * between words). A word continues the run before it when it has its style and baseline, lies
 * after its start, and the run does not end in a space or a tab.
 */
export function wordRuns(words: readonly SvgText[]): SvgText[] {
  const runs: SvgText[] = [];
  let open = false;
  for (const word of words) {
    const last = runs.at(-1);
    if (
      open &&
      last &&
      last.y === word.y &&
      last.fontSize === word.fontSize &&
      last.fontWeight === word.fontWeight &&
      last.letterSpacing === word.letterSpacing &&
      last.fill === word.fill &&
      word.x > last.x
    ) {
      runs[runs.length - 1] = { ...last, text: last.text + word.text, width: word.x + word.width - last.x };
    } else runs.push(word);
    open = !RUN_ENDS.has(word.text) && !word.text.includes('\t');
  }
  return runs;
}

/** Satori's rounding of every number of an outline: to a tenth of a pixel, halves away from zero. */
function tenth(value: number): number {
  return (value < 0 ? -Math.round(-value * 10) : Math.round(value * 10)) / 10;
}

/** A glyph's outline commands at `size` px with its origin on the baseline at `x`, `y`, every number rounded as satori rounds it. */
function outlineCommands(weight: FontWeight, id: number, size: number, x: number, y: number): { command: PathCommand['command']; a: number[] }[] {
  const scale = size / fontMetrics(weight).unitsPerEm;
  return commandsOf(weight, id).map(({ command, args }) => ({ command, a: args.map((value, i) => (i % 2 === 0 ? tenth(x + value * scale) : tenth(y - value * scale))) }));
}

/**
 * A glyph's outline with its origin on the baseline at `x`, `y`, at `size` px, written as satori
 * writes it (`M`, `L`, `Q`, `C`, `Z`, numbers to a tenth of a pixel; fontkit may start a contour
 * at another of its points than satori's opentype.js, and leaves out its empty segments).
 */
export function glyphOutline(weight: FontWeight, id: number, size: number, x: number, y: number): string {
  let d = '';
  for (const { command, a } of outlineCommands(weight, id, size, x, y)) {
    if (command === 'moveTo') d += `M${a[0]} ${a[1]}`;
    else if (command === 'lineTo') d += `L${a[0]} ${a[1]}`;
    else if (command === 'quadraticCurveTo') d += `Q${a[0]} ${a[1]} ${a[2]} ${a[3]}`;
    else if (command === 'bezierCurveTo') d += `C${a[0]} ${a[1]} ${a[2]} ${a[3]} ${a[4]} ${a[5]}`;
    else if (command === 'closePath') d += 'Z';
  }
  return d;
}

/** The coverage of a glyph's outline (as `glyphOutline` places it) in a `width` × `height` tile, drawn in JavaScript. */
export function glyphCoverage(weight: FontWeight, id: number, size: number, x: number, y: number, width: number, height: number): Uint8Array {
  const raster = new OutlineRaster(width, height);
  for (const { command, a } of outlineCommands(weight, id, size, x, y)) {
    if (command === 'moveTo') raster.moveTo(a[0]!, a[1]!);
    else if (command === 'lineTo') raster.lineTo(a[0]!, a[1]!);
    else if (command === 'quadraticCurveTo') raster.quadraticTo(a[0]!, a[1]!, a[2]!, a[3]!);
    else if (command === 'bezierCurveTo') raster.cubicTo(a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!);
    else if (command === 'closePath') raster.close();
  }
  return raster.coverage();
}

/**
 * Where each glyph of a run of words has its origin on the card, in px: from the run's place as
 * satori wrote it, each glyph as shaped, plus the letter spacing after each glyph before it.
 */
export function placeGlyphs(word: SvgText): { id: number; x: number; y: number }[] {
  const weight = word.fontWeight as FontWeight;
  const scale = word.fontSize / fontMetrics(weight).unitsPerEm;
  return shapeLine(word.text, weight).map((glyph, i) => ({ id: glyph.id, x: word.x + glyph.x * scale + i * word.letterSpacing, y: word.y }));
}

/** A rasterised glyph: its coverage and where it lies from its origin's whole pixel. */
interface Tile {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
  /** The coverage as runs, so painting a glyph visits only its ink. */
  runs: Int32Array;
}

/** Room around a glyph's control points for antialiasing (the ink never leaves their hull). */
const MARGIN = 2;
const TILE_CACHE_BYTES = 64 * 1024 * 1024;
/**
 * Places of a glyph within a pixel, per axis. A glyph drawn at the nearest of 20 places is at most
 * 1/40 px from satori's; at 10 places the card's edges differed from satori's drawing by more
 * than a blend step in up to 0.1 % of the channels (the two-layer test's limit), at 20 under 0.05 %.
 */
const PHASES = 20;
const tiles = new Map<string, Tile>();
let tileBytes = 0;
const counts = { drawn: 0, rasterised: 0 };

/** How many glyphs this process drew and how many of them it had to rasterise, and the bytes of tiles kept (for the benchmark). */
export function glyphTileStats(): { drawn: number; rasterised: number; tiles: number; bytes: number } {
  return { ...counts, tiles: tiles.size, bytes: tileBytes };
}

function keepTile(key: string, tile: Tile): void {
  tiles.set(key, tile);
  tileBytes += tile.alpha.length;
  for (const [oldest, { alpha }] of tiles) {
    if (tileBytes <= TILE_CACHE_BYTES) break;
    tiles.delete(oldest);
    tileBytes -= alpha.length;
  }
}

/** A glyph to draw: its tile's key and, while it is not rasterised, what to draw into the tile. */
interface Wanted {
  key: string;
  tile?: Tile;
  /** The glyph and its origin within its tile, while it is not rasterised. */
  glyph?: { weight: FontWeight; id: number; size: number; x: number; y: number };
  /** The whole pixel of the glyph's origin on the card. */
  originX: number;
  originY: number;
  colour: number;
  /** The index of its word. */
  word: number;
}

/** The part of a piece inside a `width` × `height` card (a glyph's margin can reach past an edge), or undefined if none is. */
function clipped(piece: AlphaPiece, width: number, height: number): AlphaPiece | undefined {
  const [left, top] = [Math.max(0, piece.x), Math.max(0, piece.y)];
  const [right, bottom] = [Math.min(width, piece.x + piece.width), Math.min(height, piece.y + piece.height)];
  if (right <= left || bottom <= top) return undefined;
  if (left === piece.x && top === piece.y && right === piece.x + piece.width && bottom === piece.y + piece.height) return piece;
  const alpha = new Uint8Array((right - left) * (bottom - top));
  for (let y = top; y < bottom; y++) {
    const from = (y - piece.y) * piece.width + (left - piece.x);
    alpha.set(piece.alpha.subarray(from, from + right - left), (y - top) * (right - left));
  }
  const { runs: _, ...rest } = piece;
  return { ...rest, x: left, y: top, width: right - left, height: bottom - top, alpha };
}

/**
 * The glyphs of each of satori's `words` as flat-coloured pieces in painting order, each glyph's
 * coverage from the process's tiles or, for those not drawn before, rasterised now (in JavaScript;
 * by librsvg when a test asks for its reference, `useLibrsvgForGlyphs`).
 */
export async function glyphPieces(words: readonly SvgText[], size: { width: number; height: number }): Promise<AlphaPiece[][]> {
  const wanted: Wanted[] = [];
  const missing = new Map<string, Wanted>();
  for (const [index, word] of words.entries()) {
    if (!word.text.trim()) continue;
    const weight = word.fontWeight as FontWeight;
    const colour = parseInt(word.fill.slice(1), 16);
    const font = fontMetrics(weight);
    const scale = word.fontSize / font.unitsPerEm;
    for (const glyph of placeGlyphs(word)) {
      const [qx, qy] = [Math.round(glyph.x * PHASES), Math.round(glyph.y * PHASES)];
      const [originX, originY] = [Math.floor(qx / PHASES), Math.floor(qy / PHASES)];
      const [phaseX, phaseY] = [qx - originX * PHASES, qy - originY * PHASES];
      const key = `${weight} ${glyph.id} ${word.fontSize} ${phaseX} ${phaseY}`;
      const tile = tiles.get(key);
      if (tile) {
        tiles.delete(key);
        tiles.set(key, tile);
        wanted.push({ key, tile, originX, originY, colour, word: index });
        continue;
      }
      const entry: Wanted = { key, originX, originY, colour, word: index };
      wanted.push(entry);
      if (missing.has(key)) continue;
      const path = font.getGlyph(glyph.id).path;
      if (commandsOf(weight, glyph.id).length === 0) {
        entry.tile = { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0), runs: new Int32Array(0) };
        keepTile(key, entry.tile);
        continue;
      }
      const box = path.cbox;
      const [fx, fy] = [phaseX / PHASES, phaseY / PHASES];
      const left = Math.floor(fx + box.minX * scale) - MARGIN;
      const top = Math.floor(fy - box.maxY * scale) - MARGIN;
      const width = Math.ceil(fx + box.maxX * scale) + MARGIN - left;
      const height = Math.ceil(fy - box.minY * scale) + MARGIN - top;
      entry.tile = { left, top, width, height, alpha: new Uint8Array(0), runs: new Int32Array(0) };
      entry.glyph = { weight, id: glyph.id, size: word.fontSize, x: fx - left, y: fy - top };
      missing.set(key, entry);
    }
  }
  counts.drawn += wanted.length;
  counts.rasterised += missing.size;
  if (missing.size > 0) await rasteriseTiles([...missing.values()]);
  const pieces: AlphaPiece[][] = words.map(() => []);
  for (const { key, tile, originX, originY, colour, word } of wanted) {
    const drawn = tile ?? missing.get(key)!.tile!;
    if (drawn.width === 0) continue;
    const piece = clipped({ x: originX + drawn.left, y: originY + drawn.top, width: drawn.width, height: drawn.height, colour, alpha: drawn.alpha, runs: drawn.runs }, size.width, size.height);
    if (piece) pieces[word]!.push(piece);
  }
  return pieces;
}

let librsvgGlyphs = false;

/**
 * Draws the glyphs not drawn before with librsvg (one sharp call per card, as before the
 * JavaScript rasteriser) instead: the reference the tests compare the rasteriser with. Empties
 * the tiles, so no glyph drawn the other way is reused.
 */
export function useLibrsvgForGlyphs(on: boolean): void {
  librsvgGlyphs = on;
  tiles.clear();
  tileBytes = 0;
}

/** Rasterises the tiles of glyphs not drawn before and keeps them. */
async function rasteriseTiles(entries: Wanted[]): Promise<void> {
  if (librsvgGlyphs) await rasteriseTilesWithLibrsvg(entries);
  else {
    for (const entry of entries) {
      const { weight, id, size, x, y } = entry.glyph!;
      entry.tile!.alpha = glyphCoverage(weight, id, size, x, y, entry.tile!.width, entry.tile!.height);
    }
  }
  for (const entry of entries) {
    const tile = entry.tile!;
    tile.runs = coverageRuns(tile.alpha, tile.width, tile.height);
    keepTile(entry.key, tile);
  }
}

/** The tiles of glyphs not drawn before, from one SVG that stacks their outlines, rasterised by sharp in one go (alpha channel only). */
async function rasteriseTilesWithLibrsvg(entries: Wanted[]): Promise<void> {
  const atlasWidth = Math.max(...entries.map((entry) => entry.tile!.width));
  let atlasHeight = 0;
  const paths = entries.map((entry) => {
    const { weight, id, size, x, y } = entry.glyph!;
    const path = `<path fill="#fff" transform="translate(0 ${atlasHeight})" d="${glyphOutline(weight, id, size, x, y)}"/>`;
    atlasHeight += entry.tile!.height;
    return path;
  });
  const svg = `<svg width="${atlasWidth}" height="${atlasHeight}" viewBox="0 0 ${atlasWidth} ${atlasHeight}" xmlns="http://www.w3.org/2000/svg">${paths.join('')}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer({ resolveWithObject: true });
  if (info.width !== atlasWidth || info.height !== atlasHeight || info.channels !== 1) throw new Error(`card glyphs: sharp returned ${info.width}×${info.height}×${info.channels} for ${atlasWidth}×${atlasHeight}×1`);
  let top = 0;
  for (const entry of entries) {
    const tile = entry.tile!;
    const alpha = new Uint8Array(tile.width * tile.height);
    for (let row = 0; row < tile.height; row++) alpha.set(data.subarray((top + row) * atlasWidth, (top + row) * atlasWidth + tile.width), row * tile.width);
    top += tile.height;
    tile.alpha = alpha;
  }
}
