/**
 * Home addresses: a street, house or flat word next to a number — «Абай көшесі, 12»,
 * «12-үй», «5-пәтер», «ул. Абая, 12», «д. 5», «кв. 7», «пр. Республики 10».
 *
 * This is a heuristic: a venue's address in an event text looks exactly like a home address,
 * so the rule using it (`personal-address`) is a warning, not an error. Abbreviations are
 * matched in lower case only: «Д. 5» is more often a name's initial before a grade than a house.
 */
import type { TextMatch } from './match.ts';

const LETTER = /\p{L}/u;
/**
 * Anchors: the street, house and flat words. A plain regex (no `u` flag, no lookbehind) that
 * V8 runs fast over large texts; what must stand around an anchor is checked per anchor.
 */
const ANCHORS = /[Кк]өшесі|[Дд]аңғылы|[Үү]й|[Пп]әтер|[Уу]лица|[Пп]роспект|[Мм]икрорайон|[Шш]ағын[ \u00a0]+аудан|к-сі|ул\.|д\.|кв\.|пр\.|пр-т|мкрн?\.?|ш\.а\./g;
const SP = '[ \\u00a0]*';
/** «, 12», «: № 5», « 7» right after the anchor. */
const NUMBER_AFTER = new RegExp(`${SP}[,:]?${SP}(?:№${SP})?\\d+`, 'y');
/** One or two capitalised words of a street name, then the number: «ул. Абая, 12». */
const NAME_THEN_NUMBER = new RegExp(`${SP}\\p{Lu}[\\p{L}'-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}'-]*)?,?${SP}(?:№${SP})?\\d+`, 'uy');
/** «12-үй», «5 пәтер», «12а-үй» ending right before a house/flat anchor. */
const NUMBER_BEFORE = new RegExp(`(?<!\\d)\\d+[а-яәіңғүұқөһ]?${SP}-?${SP}$`, 'u');
/** Case endings after «үй»/«пәтер» («12-үйде»), but not other words («үйірме», a club). */
const HOUSE_ENDING = /^(?:і|і?нде|і?ндегі|де|те|ге|ке|ден|тен|дегі|тегі)?(?!\p{L})/u;
const STREET_WORDS = /^(?:ул\.|[Уу]лица|пр\.|пр-т|[Пп]роспект)$/;
const HOUSE_WORDS = /^(?:[Үү]й|[Пп]әтер)$/;

/** Every place in `text` that looks like a home address. */
export function findAddresses(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const anchor of text.matchAll(ANCHORS)) {
    const start = anchor.index;
    const end = start + anchor[0].length;
    if (start > 0 && LETTER.test(text[start - 1]!)) continue;
    const word = anchor[0];
    if (HOUSE_WORDS.test(word)) {
      if (!HOUSE_ENDING.test(text.slice(end, end + 8))) continue;
      const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      if (before) {
        found.push({ index: start - before[0].length, length: end - start + before[0].length });
        continue;
      }
    } else if (LETTER.test(word.at(-1)!) && LETTER.test(text[end] ?? '')) {
      continue; // «улицах», «мкрн» without a dot: part of a longer word
    }
    NUMBER_AFTER.lastIndex = end;
    NAME_THEN_NUMBER.lastIndex = end;
    const after = NUMBER_AFTER.exec(text) ?? (STREET_WORDS.test(word) ? NAME_THEN_NUMBER.exec(text) : null);
    if (after) found.push({ index: start, length: end - start + after[0].length });
  }
  return found;
}
