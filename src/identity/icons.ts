/**
 * The icon files of public/, made from the mark's one definition (mark.ts): favicon.svg as text
 * and apple-touch-icon.png rendered by sharp. scripts/identity-icons.ts writes them; the identity
 * test renders them again and compares, so a change to the mark cannot leave a stale icon behind.
 */
import sharp from 'sharp';
import { iconSvg, TOUCH_ICON_SIZE } from './mark.ts';

export { FAVICON_FILE, TOUCH_ICON_FILE } from './mark.ts';

/** favicon.svg's text. */
export function faviconSvg(): string {
  return iconSvg({ rounded: true });
}

/** apple-touch-icon.png's bytes: the square icon at 180 × 180. */
export async function touchIconPng(): Promise<Buffer> {
  const svg = iconSvg({ rounded: false, size: TOUCH_ICON_SIZE });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, colours: 32 }).toBuffer();
}
