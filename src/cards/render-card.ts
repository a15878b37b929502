/**
 * One card to one PNG, in three stages the benchmark times apart: satori lays the card out as
 * SVG (text as glyph paths, from the bundled fonts), sharp (librsvg) rasterises it, and the
 * pixels become a palette PNG (indexed-png.ts). An event card's background layer (see
 * templates/index.ts) goes through the same stages once per kind and process; each card then
 * draws only its foreground and lays it over the kept background.
 */
import satori from 'satori';
import sharp from 'sharp';
import { cardSize, type Card } from './card.ts';
import { cardFonts } from './fonts.ts';
import { composeOver, encodeIndexedPng, indexRaster, type IndexedImage, type Placement } from './indexed-png.ts';
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

/** Stage 1: the SVG of an element tree of the given size. */
export async function layoutSvg(element: CardElement, size: { width: number; height: number }): Promise<string> {
  // satori's types ask for a ReactNode; a `{ type, props }` tree is what it reads.
  return dropUnusedMasks(await satori(element as never, { ...size, fonts: cardFonts() }));
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
  const svg = await layoutSvg(layers.foreground, size);
  const layout = clock() - started;
  started = clock();
  const raster = await rasteriseSvg(svg, layers.foregroundBox);
  const rasterTime = clock() - started;
  started = clock();
  const png = encodeCard(raster, background);
  return { png, layout, raster: rasterTime, encode: clock() - started };
}

/** The PNG bytes of a card. */
export async function renderCardPng(card: Card): Promise<Buffer> {
  const layers = cardLayers(card);
  const size = cardSize(card);
  const [background, raster] = await Promise.all([
    layers.background ? backgroundLayer(layers.background, size) : undefined,
    layoutSvg(layers.foreground, size).then((svg) => rasteriseSvg(svg, layers.foregroundBox)),
  ]);
  return encodeCard(raster, background);
}
