/**
 * One scanner for personal data in any text: content values, Markdown bodies, built HTML.
 * The validator's `personal-data` family and the site build's privacy check both use it, so
 * "what counts as personal data" is decided in one place.
 */
import { findAddresses } from './address.ts';
import { findBirthDates } from './birthdate.ts';
import { findEmails, findObfuscatedEmails } from './email.ts';
import { findIins } from './iin.ts';
import type { TextMatch } from './match.ts';
import { normalizeForScan, sourceSpan } from './normalize.ts';
import { findPhones } from './phone.ts';

/**
 * `email-obfuscated` and `address` are heuristics (prose can look alike): their rules warn.
 * An e-mail written with a bracketed `(at)` / `[at]` or a spaced `@` is surely one: it is `email`.
 */
export const PERSONAL_DATA_KINDS = ['iin', 'phone', 'email', 'email-obfuscated', 'birthdate', 'address'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface PersonalDataMatch extends TextMatch {
  kind: PersonalDataKind;
}

export interface ScanOptions {
  /** Which kinds to look for; all by default. `address` is a heuristic (venues look alike). */
  kinds?: readonly PersonalDataKind[];
  /** "Today", for telling a birth date from an event's date; the real time by default. */
  now?: Date;
}

/**
 * Every piece of personal data in `text`, in order of position, as a span of `text`. The scan
 * runs on the text as it reads (`normalizeForScan`: NFKC, no invisible format characters, ASCII
 * digits), so `１２`, `8\u200b7…` or `＠` hide nothing. Each kind first runs a cheap test (a digit,
 * an `@`, a keyword) and the expensive checks (checksum, libphonenumber) only on candidates, so
 * scanning a large clean text costs about one pass of a simple regex.
 */
export function findPersonalData(text: string, options: ScanOptions = {}): PersonalDataMatch[] {
  const kinds = new Set(options.kinds ?? PERSONAL_DATA_KINDS);
  const normalized = normalizeForScan(text);
  const scanned = normalized.text;
  const found: PersonalDataMatch[] = [];
  const add = (kind: PersonalDataKind, matches: TextMatch[]) => {
    for (const match of matches) found.push({ kind, ...sourceSpan(normalized, match.index, match.length) });
  };
  if (kinds.has('iin')) add('iin', findIins(scanned));
  if (kinds.has('phone')) add('phone', findPhones(scanned));
  if (kinds.has('email')) add('email', findEmails(scanned));
  if (kinds.has('email') || kinds.has('email-obfuscated')) {
    const obfuscated = findObfuscatedEmails(scanned);
    if (kinds.has('email')) add('email', obfuscated.filter((m) => m.certain));
    if (kinds.has('email-obfuscated')) add('email-obfuscated', obfuscated.filter((m) => !m.certain));
  }
  if (kinds.has('birthdate')) add('birthdate', findBirthDates(scanned, options.now ?? new Date()));
  if (kinds.has('address')) add('address', findAddresses(scanned));
  return found.sort((a, b) => a.index - b.index);
}

export { isValidIin, iinCheckDigit } from './iin.ts';
