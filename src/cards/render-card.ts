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

/** The PNG bytes of a card. */
export async function renderCardPng(card: Card): Promise<Buffer> {
  const svg = await renderCardSvg(card);
  return sharp(Buffer.from(svg)).png().toBuffer();
}
