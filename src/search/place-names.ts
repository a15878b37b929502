/**
 * The place names the Kazakh stemmer must not cut (regions, cities and districts; their Kazakh
 * names), one list for both ends: the Kazakh search page publishes it as a JSON data block for its
 * script (src/search/client.ts), and the index build (scripts/search-index.ts) reads it back from
 * that built page, so a query and the index are cut by the same list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeoRegion } from '../content/schema.ts';
import { placeWords } from './kazakh.ts';
import { PLACE_WORDS_ID } from './options.ts';

/** The protected words of the geography, sorted (the page's data block). */
export function placeWordsOf(regions: readonly Pick<GeoRegion, 'name' | 'units'>[]): string[] {
  const names = regions.flatMap((region) => [region.name.kk, ...region.units.map((unit) => unit.name.kk)]).filter((name): name is string => !!name);
  return [...placeWords(names)].sort();
}

/** The JSON data block's words in a built page, or undefined when the page has none. */
export function placeWordsInPage(html: string): string[] | undefined {
  const block = new RegExp(`<script[^>]*\\bid="${PLACE_WORDS_ID}"[^>]*>([\\s\\S]*?)</script>`).exec(html);
  if (!block) return undefined;
  const words: unknown = JSON.parse(block[1]!);
  if (!Array.isArray(words) || !words.every((word) => typeof word === 'string')) throw new Error(`#${PLACE_WORDS_ID} is not a list of words`);
  return words;
}

/** The protected words published by the built Kazakh search page under `outDir`. */
export function readPlaceWords(outDir: string): Set<string> {
  const page = join(outDir, 'search', 'index.html');
  const words = existsSync(page) ? placeWordsInPage(readFileSync(page, 'utf8')) : undefined;
  if (!words) throw new Error(`${page}: no #${PLACE_WORDS_ID} list (the Kazakh search page publishes the stemmer's place names)`);
  return new Set(words);
}
