/**
 * The movement's mark as SVG, defined once: used inline in the site's header, as
 * public/favicon.svg and, rendered by sharp, as public/apple-touch-icon.png
 * (scripts/identity-icons.ts writes both; a test checks they match), and as the image of the
 * sun on the cards (`sunDocument`: the mark beside the name and the big faint sun in the corner).
 */
import { COLORS } from './palette.ts';

/** Twelve rays from the gap's edge to the tip, in a 100 × 100 box: round caps reach 33…47 from the centre. */
const RAYS = Array.from({ length: 12 }, (_, i) => {
  const angle = (i * Math.PI) / 6;
  const at = (r: number) => `${round(50 + r * Math.cos(angle))} ${round(50 + r * Math.sin(angle))}`;
  return `M${at(36.5)}L${at(43.5)}`;
}).join('');

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The sun's shapes in a 100 × 100 box, in `color`. */
function sunShapes(color: string): string {
  return `<path d="${RAYS}" stroke="${color}" stroke-width="7" stroke-linecap="round"/><circle cx="50" cy="50" r="24" fill="${color}"/>`;
}

/**
 * The sun as a document of its own, `size` px square: what the cards show as an image (satori
 * lays it out as a picture; librsvg draws it with the rest of the card).
 */
export function sunDocument(color: string, size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">${sunShapes(color)}</svg>`;
}

/**
 * The sun alone, for inline use beside the movement's name: decorative (`aria-hidden`), sized by
 * CSS through its class.
 */
export function sunSvg(color: string = COLORS.sun, className = 'sun'): string {
  return `<svg class="${className}" viewBox="0 0 100 100" aria-hidden="true">${sunShapes(color)}</svg>`;
}

/**
 * The app icon: the sun on the movement's blue. `rounded` for the favicon (a browser tab shows
 * it as is); the apple-touch icon is square, since iOS rounds it itself.
 */
export function iconSvg(options: { rounded: boolean; size?: number }): string {
  const size = options.size ? ` width="${options.size}" height="${options.size}"` : '';
  const corner = options.rounded ? ' rx="22"' : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"${size}>` +
    `<rect width="100" height="100"${corner} fill="${COLORS.navy}"/>` +
    `<g transform="translate(9 9) scale(.82)">${sunShapes(COLORS.sun)}</g></svg>\n`
  );
}

/** The icons' files in public/ (the pages link them; icons.ts makes them). */
export const FAVICON_FILE = 'favicon.svg';
export const TOUCH_ICON_FILE = 'apple-touch-icon.png';

/** The apple-touch icon's side in pixels (the size iOS asks for). */
export const TOUCH_ICON_SIZE = 180;
