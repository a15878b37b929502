/**
 * One card to one PNG: satori lays the element tree out as SVG (text as paths, from the bundled
 * fonts), sharp (librsvg) rasterises it and encodes the PNG.
 */
import satori from 'satori';
import sharp from 'sharp';
import { cardSize, type Card } from './card.ts';
import { cardFonts } from './fonts.ts';
import { cardElement } from './templates/index.ts';

/** The SVG satori makes of a card. */
export async function renderCardSvg(card: Card): Promise<string> {
  const { width, height } = cardSize(card);
  // satori's types ask for a ReactNode; a `{ type, props }` tree is what it reads.
  return satori(cardElement(card) as never, { width, height, fonts: cardFonts() });
}

/**
 * Satori defines an overflow mask for every box, used or not; librsvg still parses each one.
 * Dropping the unused ones saves about a tenth of the rasterising time of a card.
 */
export function dropUnusedMasks(svg: string): string {
  const used = new Set([...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]));
  return svg.replace(/<mask id="([^"]+)"><rect [^>]*\/><\/mask>/g, (mask, id: string) => (used.has(id) ? mask : ''));
}

/** The PNG bytes of a card. */
export async function renderCardPng(card: Card): Promise<Buffer> {
  const svg = dropUnusedMasks(await renderCardSvg(card));
  // zlib level 3 instead of 6: a quarter of the encoding time for ~10 % larger files, which
  // social networks fetch once; cards are flat colours and compress well either way.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
}
