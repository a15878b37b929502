/**
 * One scanner for personal data in any text: content values, Markdown bodies, built HTML.
 * The validator's `personal-data` family and the site build's privacy check both use it, so
 * "what counts as personal data" is decided in one place.
 */
import { findAddresses } from './address.ts';
import { findBirthDates } from './birthdate.ts';
import { findEmails } from './email.ts';
import { findIins } from './iin.ts';
import type { TextMatch } from './match.ts';
import { findPhones } from './phone.ts';

export const PERSONAL_DATA_KINDS = ['iin', 'phone', 'email', 'birthdate', 'address'] as const;
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
 * Every piece of personal data in `text`, in order of position. Each kind first runs a cheap
 * test (a digit, an `@`, a keyword) and the expensive checks (checksum, libphonenumber) only on
 * candidates, so scanning a large clean text costs about one pass of a simple regex.
 */
export function findPersonalData(text: string, options: ScanOptions = {}): PersonalDataMatch[] {
  const kinds = new Set(options.kinds ?? PERSONAL_DATA_KINDS);
  const found: PersonalDataMatch[] = [];
  const add = (kind: PersonalDataKind, matches: TextMatch[]) => {
    for (const match of matches) found.push({ kind, ...match });
  };
  if (kinds.has('iin')) add('iin', findIins(text));
  if (kinds.has('phone')) add('phone', findPhones(text));
  if (kinds.has('email')) add('email', findEmails(text));
  if (kinds.has('birthdate')) add('birthdate', findBirthDates(text, options.now ?? new Date()));
  if (kinds.has('address')) add('address', findAddresses(text));
  return found.sort((a, b) => a.index - b.index);
}

export { isValidIin, iinCheckDigit } from './iin.ts';
