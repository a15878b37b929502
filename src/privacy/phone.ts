/**
 * Phone numbers as people write them in Kazakhstan: `+7 701 123 45 67`, `8 (701) 123-45-67`,
 * `+77011234567`, `87011234567`. A permissive pattern finds candidates (a +7 / 8 / 7 prefix and
 * ten more digits with spaces, dashes or brackets between them); libphonenumber-js then keeps
 * only real numbers, so dates, KATO codes, counts and order numbers are not reported.
 */
import { createRequire } from 'node:module';
import type { TextMatch } from './match.ts';

// libphonenumber's full metadata costs ~40 ms to load on every validator run; most files
// have no phone-like text at all, so it is loaded on the first candidate.
const require = createRequire(import.meta.url);
let parser: typeof import('libphonenumber-js/max').parsePhoneNumberFromString | undefined;
function parsePhone() {
  parser ??= (require('libphonenumber-js/max') as typeof import('libphonenumber-js/max')).parsePhoneNumberFromString;
  return parser;
}

/**
 * The prefix, then ten digits, each preceded by at most three separators (`) `, ` - `, ` (`, `.`).
 * Line breaks are not separators: a phone is written on one line, and a YAML line ending in a
 * digit followed by a line starting with one must not join into a number.
 */
const CANDIDATE = /(?:\+[ \u00a0]?7|[78])(?:[ \u00a0.\-\u2010-\u2013()]{0,3}\d){10}(?!\d)/g;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** A URL's own numbers (meeting ids, form ids) are not phones — except in links that dial. */
const URL_TOKEN = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
/**
 * Links that dial or message a number: `tel:`, `sms:`, messenger schemes (`whatsapp://send?phone=`,
 * `viber://`, `tg://`), WhatsApp and Telegram web links (`wa.me/7…`, `t.me/+7…`), and any
 * `phone=` parameter.
 */
const DIALLING_URL = /^(?:(?:tel|sms|whatsapp|viber|tg):|(?:https?:)?\/\/(?:www\.)?(?:wa\.me|(?:api|web)\.whatsapp\.com|t\.me|telegram\.me)\/)|[?&](?:phone|tel|number)=$/i;

/** Every valid phone number written in `text`. */
export function findPhones(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const index = match.index;
    const before = text[index - 1];
    const encodedPlus = text.slice(index - 3, index).toUpperCase() === '%2B'; // `phone=%2B7…` in a link
    if (before !== undefined && !encodedPlus && (WORD_CHAR.test(before) || before === '+')) continue;
    if (insideNonDiallingUrl(text, index)) continue;
    if (!parsePhone()(match[0], 'KZ')?.isValid()) continue;
    found.push({ index, length: match[0].length });
  }
  return found;
}

/** Whether the candidate at `index` is part of a URL that is not a tel:/WhatsApp link. */
function insideNonDiallingUrl(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && !/[\s"'<>()[\]]/.test(text[start - 1]!)) start--;
  const token = text.slice(start, index);
  return URL_TOKEN.test(token) && !DIALLING_URL.test(token);
}
