/**
 * The Kazakh IIN (ЖСН / ИИН): 12 digits — birth date YYMMDD, a century-and-sex digit, four
 * serial digits and a check digit. Detection runs the full check, so 12-digit look-alikes
 * (order numbers, ids, a month 13, a failed checksum) are not reported as personal data.
 */
import type { TextMatch } from './match.ts';

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** The second pass, used when the first one gives 10. */
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/**
 * The check digit for the first 11 digits of an IIN, or undefined when both weight passes give
 * 10 (such numbers are never issued).
 */
export function iinCheckDigit(first11: string): number | undefined {
  for (const weights of [FIRST_WEIGHTS, SECOND_WEIGHTS]) {
    let sum = 0;
    for (let i = 0; i < 11; i++) sum += (first11.charCodeAt(i) - 48) * weights[i]!;
    const digit = sum % 11;
    if (digit !== 10) return digit;
  }
  return undefined;
}

/** The century a 7th digit stands for: 1–2 → 1800s, 3–4 → 1900s, 5–6 → 2000s (odd male, even female). */
function centuryOf(digit: number): number | undefined {
  return digit >= 1 && digit <= 6 ? 1800 + Math.floor((digit - 1) / 2) * 100 : undefined;
}

/** Whether `text` is exactly a valid IIN: 12 digits, a real birth date, century digit 1–6 and the checksum. */
export function isValidIin(text: string): boolean {
  if (!/^\d{12}$/.test(text)) return false;
  const century = centuryOf(text.charCodeAt(6) - 48);
  if (century === undefined) return false;
  const year = century + Number(text.slice(0, 2));
  const month = Number(text.slice(2, 4));
  const day = Number(text.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return iinCheckDigit(text.slice(0, 11)) === text.charCodeAt(11) - 48;
}

/**
 * Runs of digit groups joined by single separators (`870412 300129`, `8704-1230-0129`,
 * `87.04.12.30.01.29`); a plain run of twelve digits is a run of one group.
 */
const DIGIT_RUN = /\d[\d \u00a0.\-]{10,}\d/g;
/** A run whose separators are single, between digits. */
const SINGLE_SEPARATORS = /^\d+(?:[ \u00a0.\-]\d+)*$/;
const GROUP = /\d+/g;

/**
 * Every valid IIN written in `text`: twelve digits made of whole groups of one run (so a longer
 * number, or a number glued to another, is not one), with or without separators between groups.
 */
export function findIins(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    if (!SINGLE_SEPARATORS.test(run[0])) {
      // «12 - 870412300129»: the groups between double separators are runs of their own.
      for (const part of run[0].matchAll(/\d+(?:[ \u00a0.\-]\d+)*/g)) {
        if (part[0].length >= 12) found.push(...findIins(part[0]).map((m) => ({ index: run.index + part.index + m.index, length: m.length })));
      }
      continue;
    }
    const groups = Array.from(run[0].matchAll(GROUP), (g) => ({ at: run.index + g.index, digits: g[0] }));
    for (let first = 0; first < groups.length; first++) {
      let digits = '';
      let last = first;
      while (last < groups.length && digits.length < 12) digits += groups[last++]!.digits;
      if (digits.length !== 12 || !isValidIin(digits)) continue;
      const start = groups[first]!.at;
      const end = groups[last - 1]!.at + groups[last - 1]!.digits.length;
      found.push({ index: start, length: end - start });
      first = last - 1;
    }
  }
  return found;
}
