/**
 * A card's pixels to a palette PNG (colour type 3, one byte per pixel), without a quantiser.
 *
 * Cards are drawn in the few flat colours of templates/palette.ts; every other colour on a card
 * is an antialiased edge, a blend of two of them. So the palette is known before any card is
 * drawn: the flat colours and, for every pair, the blends in eighths (8 levels of antialiasing,
 * as many as grey-scale font smoothing has ever needed). Each pixel takes the nearest palette
 * entry, found once per colour and remembered for the process. One byte per pixel with long runs
 * of the background deflates to a third of sharp's RGBA PNG at less cost: sharp's own palette PNG
 * (libimagequant) costs 5–10× the whole card.
 */
import { crc32, constants, deflateSync } from 'node:zlib';
import { PALETTE } from './templates/palette.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Blend levels between two flat colours (7 shades between them). */
const BLEND_STEPS = 8;

/** A row-major image whose rows start with PNG's filter byte (0), then one palette index per pixel. */
export interface IndexedImage {
  width: number;
  height: number;
  /** `height × (width + 1)` bytes. */
  rows: Uint8Array;
}

function channels(colour: number): [number, number, number] {
  return [(colour >> 16) & 255, (colour >> 8) & 255, colour & 255];
}

/** Two palette entries closer than this in every channel would share a table cell (below). */
const MIN_SEPARATION = 8;

/**
 * The card palette as 0xRRGGBB: the flat colours first, then the blends of every pair, except a
 * blend within MIN_SEPARATION of an entry already there (the blends of two close colours, such as
 * the background and the faint sun, are a shade apart and add nothing).
 */
export const CARD_PALETTE: readonly number[] = (() => {
  const flat = [...new Set(Object.values(PALETTE).map((hex) => parseInt(hex.slice(1), 16)))];
  const colours = [...flat];
  const separate = (colour: number): boolean =>
    colours.every((other) => channels(colour).some((value, i) => Math.abs(value - channels(other)[i]!) >= MIN_SEPARATION));
  for (let a = 0; a < flat.length; a++) {
    for (let b = a + 1; b < flat.length; b++) {
      const [from, to] = [channels(flat[a]!), channels(flat[b]!)];
      for (let step = 1; step < BLEND_STEPS; step++) {
        const [r, g, bl] = from.map((value, i) => Math.round(value + ((to[i]! - value) * step) / BLEND_STEPS)) as [number, number, number];
        const blend = (r << 16) | (g << 8) | bl;
        if (separate(blend)) colours.push(blend);
      }
    }
  }
  if (colours.length > 256) throw new Error(`card palette: ${colours.length} colours do not fit a PNG palette (256); use fewer flat colours`);
  return colours;
})();

const PALETTE_CHANNELS = CARD_PALETTE.map(channels);
/** The palette's channels in one flat array (index × 3), for the hot loops. */
const PALETTE_RGB = Uint8Array.from(PALETTE_CHANNELS.flat());
/**
 * The nearest palette index of every colour, by cells of 4×4×4 colours (6 bits a channel): a
 * 256 KB table stays in the processor's cache, where a table of all 16 M colours made each
 * antialiased pixel a cache miss. Each other cell's entry is computed from the cell's centre, so
 * it never depends on which card met the cell first. 255: not computed yet.
 */
const nearestByCell = new Uint8Array(1 << 18).fill(255);
const cellOf = (r: number, g: number, b: number): number => ((r >> 2) << 12) | ((g >> 2) << 6) | (b >> 2);
// Each palette colour's own cell holds that colour (no two share a cell: MIN_SEPARATION), so
// the flat colours and the exact blends come out exactly as drawn.
PALETTE_CHANNELS.forEach(([r, g, b], index) => (nearestByCell[cellOf(r, g, b)] = index));

/** The nearest palette entry of a colour (squared distance weighted towards green, as the eye is). */
function nearest(r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let index = 0; index < PALETTE_CHANNELS.length; index++) {
    const [pr, pg, pb] = PALETTE_CHANNELS[index]!;
    const distance = 2 * (r - pr) ** 2 + 4 * (g - pg) ** 2 + 3 * (b - pb) ** 2;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
}

/** The palette index of a colour given by its channels. */
export function paletteIndex(r: number, g: number, b: number): number {
  const cell = cellOf(r, g, b);
  let entry = nearestByCell[cell]!;
  if (entry === 255) nearestByCell[cell] = entry = nearest((r & ~3) + 1.5, (g & ~3) + 1.5, (b & ~3) + 1.5);
  return entry;
}

/** An opaque RGB or RGBA raster (alpha ignored) as palette indices. */
export function indexRaster(pixels: Uint8Array, width: number, height: number, channelCount: number): IndexedImage {
  const rows = new Uint8Array(height * (width + 1));
  for (let y = 0, i = 0; y < height; y++) {
    let o = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, i += channelCount, o++) rows[o] = paletteIndex(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!);
  }
  return { width, height, rows };
}

/** Where a raster lies on a larger image. */
export interface Placement {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Lays an RGBA raster (straight alpha, as sharp returns it) over an indexed base, at `at` (the
 * whole base by default): the transparent pixels keep the base's index, the others are blended
 * over the base's colour and take the nearest palette entry. The one loop over the pixels of a
 * card: kept free of calls and allocations.
 */
export function composeOver(base: IndexedImage, rgba: Uint8Array, at: Placement = { x: 0, y: 0, width: base.width, height: base.height }): IndexedImage {
  const { width, height } = base;
  if (rgba.length !== at.width * at.height * 4) throw new Error(`card layers: ${rgba.length} bytes are not ${at.width}×${at.height} RGBA`);
  if (at.x < 0 || at.y < 0 || at.x + at.width > width || at.y + at.height > height) throw new Error(`card layers: ${JSON.stringify(at)} is not inside ${width}×${height}`);
  const rows = base.rows.slice();
  // Most of a foreground is transparent: one 32-bit read skips such a pixel (copied if unaligned).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, at.width * at.height);
  for (let y = 0, p = 0; y < at.height; y++) {
    let o = (at.y + y) * (width + 1) + 1 + at.x;
    for (let x = 0; x < at.width; x++, p++, o++) {
      if (words[p] === 0) continue;
      const i = p * 4;
      const alpha = rgba[i + 3]!;
      if (alpha === 0) continue;
      const u = rows[o]! * 3;
      const rest = 255 - alpha;
      const r = ((rgba[i]! * alpha + PALETTE_RGB[u]! * rest + 127) / 255) | 0;
      const g = ((rgba[i + 1]! * alpha + PALETTE_RGB[u + 1]! * rest + 127) / 255) | 0;
      const b = ((rgba[i + 2]! * alpha + PALETTE_RGB[u + 2]! * rest + 127) / 255) | 0;
      rows[o] = paletteIndex(r, g, b);
    }
  }
  return { width, height, rows };
}

/** A flat-coloured piece of a card: its coverage (one byte a pixel) and where it lies. */
export interface AlphaPiece extends Placement {
  /** The piece's colour as 0xRRGGBB. */
  colour: number;
  /** `width × height` coverage values, 0 (none) to 255 (full). */
  alpha: Uint8Array;
  /** The coverage as runs within rows (`coverageRuns`), when the piece is painted often: then only its ink is visited. */
  runs?: Int32Array;
}

/**
 * A piece's coverage as runs within its rows, three numbers each: where the run starts in
 * `alpha`, its length, and 1 when every pixel of it is fully covered (painted with one fill) or 0
 * when each is a blend. Uncovered pixels are left out, so painting visits only the ink.
 */
export function coverageRuns(alpha: Uint8Array, width: number, height: number): Int32Array {
  const runs: number[] = [];
  for (let y = 0; y < height; y++) {
    const rowEnd = (y + 1) * width;
    let p = y * width;
    while (p < rowEnd) {
      const a = alpha[p]!;
      if (a === 0) {
        p++;
        continue;
      }
      const start = p;
      const full = a === 255;
      while (p < rowEnd && alpha[p] !== 0 && (alpha[p] === 255) === full) p++;
      runs.push(start, p - start, full ? 1 : 0);
    }
  }
  return Int32Array.from(runs);
}

/**
 * Paints flat-coloured pieces over an indexed base, one after the other (as the SVG paints
 * them): a covered pixel takes the piece's colour blended over the colour already there, mapped
 * to the nearest palette entry; a fully covered one takes the colour's own entry. The one loop
 * over a card's ink: kept free of calls and allocations but the palette lookup. The rows are
 * written to `into` when given (a buffer the caller reuses card after card), else to new ones.
 */
export function paintPieces(base: IndexedImage, pieces: readonly AlphaPiece[], into?: Uint8Array): IndexedImage {
  const { width, height } = base;
  // Copying into a buffer the caller reuses costs a fraction of allocating a new one of a card's size.
  if (into && into.length !== base.rows.length) throw new Error(`card pieces: a ${into.length}-byte buffer for ${base.rows.length} bytes of rows`);
  const rows = into ?? new Uint8Array(base.rows.length);
  rows.set(base.rows);
  for (const piece of pieces) {
    const { x: left, y: top, alpha, colour } = piece;
    if (alpha.length !== piece.width * piece.height) throw new Error(`card pieces: ${alpha.length} bytes are not ${piece.width}×${piece.height}`);
    if (left < 0 || top < 0 || left + piece.width > width || top + piece.height > height) throw new Error(`card pieces: a piece at ${left},${top} of ${piece.width}×${piece.height} is not inside ${width}×${height}`);
    const [r, g, b] = channels(colour);
    const full = paletteIndex(r, g, b);
    if (piece.runs) {
      const { runs } = piece;
      for (let k = 0; k < runs.length; k += 3) {
        const start = runs[k]!;
        const length = runs[k + 1]!;
        const y = (start / piece.width) | 0;
        const o = (top + y) * (width + 1) + 1 + left + (start - y * piece.width);
        if (runs[k + 2] === 1) {
          rows.fill(full, o, o + length);
          continue;
        }
        for (let i = 0; i < length; i++) {
          const a = alpha[start + i]!;
          const u = rows[o + i]! * 3;
          const rest = 255 - a;
          rows[o + i] = paletteIndex(((r * a + PALETTE_RGB[u]! * rest + 127) / 255) | 0, ((g * a + PALETTE_RGB[u + 1]! * rest + 127) / 255) | 0, ((b * a + PALETTE_RGB[u + 2]! * rest + 127) / 255) | 0);
        }
      }
      continue;
    }
    for (let y = 0, p = 0; y < piece.height; y++) {
      let o = (top + y) * (width + 1) + 1 + left;
      for (let x = 0; x < piece.width; x++, p++, o++) {
        const a = alpha[p]!;
        if (a === 0) continue;
        if (a === 255) {
          rows[o] = full;
          continue;
        }
        const u = rows[o]! * 3;
        const rest = 255 - a;
        rows[o] = paletteIndex(((r * a + PALETTE_RGB[u]! * rest + 127) / 255) | 0, ((g * a + PALETTE_RGB[u + 1]! * rest + 127) / 255) | 0, ((b * a + PALETTE_RGB[u + 2]! * rest + 127) / 255) | 0);
      }
    }
  }
  return { width, height, rows };
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The PNG bytes of an indexed image. Deflate's run-length strategy: the rows are mostly runs
 * of one index, which it compresses at a fraction of the default strategy's time for files
 * ~10 % larger.
 */
export function encodeIndexedPng(image: IndexedImage): Buffer {
  return pngOf(image, deflateSync(image.rows, { level: 9, strategy: constants.Z_RLE }));
}

/** The PNG file of an indexed image whose rows are deflated (zlib stream) in `idat`. */
function pngOf(image: IndexedImage, idat: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(image.width, 0);
  ihdr.writeUInt32BE(image.height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', PALETTE_RGB), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}

