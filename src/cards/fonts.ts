/**
 * The card fonts: Montserrat's complete TTFs (Latin, Cyrillic, and every Kazakh letter) read
 * from the npm package by file path, so satori, the text fitter and the PDF certificates all use
 * the very same bytes. The package's JS entry is never imported (it is an Expo helper).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fontkit, { type Font as MetricsFont } from '@pdf-lib/fontkit';
import type { Font as SatoriFont } from 'satori';

export type FontWeight = 400 | 600 | 800;
export const FONT_FAMILY = 'Montserrat';

const FILES: Record<FontWeight, string> = {
  400: '400Regular/Montserrat_400Regular.ttf',
  600: '600SemiBold/Montserrat_600SemiBold.ttf',
  800: '800ExtraBold/Montserrat_800ExtraBold.ttf',
};
const PACKAGE_DIR = new URL('../../node_modules/@expo-google-fonts/montserrat/', import.meta.url);

/** The absolute path of a Montserrat weight's TTF file. */
export function fontPath(weight: FontWeight): string {
  return new URL(FILES[weight], PACKAGE_DIR).pathname;
}

const bytesCache = new Map<FontWeight, Buffer>();
/** The TTF bytes of a weight, read once per process. */
export function fontBytes(weight: FontWeight): Buffer {
  let bytes = bytesCache.get(weight);
  if (!bytes) {
    bytes = readFileSync(fontPath(weight));
    bytesCache.set(weight, bytes);
  }
  return bytes;
}

const WEIGHTS = Object.keys(FILES).map(Number) as FontWeight[];

let satoriFonts: SatoriFont[] | undefined;
/** The fonts in satori's shape; one array per process, as satori caches parsed fonts by identity. */
export function cardFonts(): SatoriFont[] {
  satoriFonts ??= WEIGHTS.map((weight) => ({ name: FONT_FAMILY, data: fontBytes(weight), weight, style: 'normal' as const }));
  return satoriFonts;
}

const parsed = new Map<FontWeight, MetricsFont>();
/** The parsed font of a weight (fontkit), for measuring text and checking glyph coverage. */
export function fontMetrics(weight: FontWeight): MetricsFont {
  let font = parsed.get(weight);
  if (!font) {
    font = fontkit.create(fontBytes(weight));
    parsed.set(weight, font);
  }
  return font;
}

/** A hash of every font file: part of each card's cache key, so a font update re-renders all cards. */
export function fontFingerprint(): string {
  const hash = createHash('sha256');
  for (const weight of WEIGHTS) hash.update(fontBytes(weight));
  return hash.digest('hex');
}
