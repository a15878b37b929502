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

/** Twelve digits; that they are not part of a longer run is checked per match (cheaper than lookarounds). */
const TWELVE_DIGITS = /\d{12}/g;
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** Every valid IIN written in `text` as a run of exactly 12 digits. */
export function findIins(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const match of text.matchAll(TWELVE_DIGITS)) {
    const { index } = match;
    if (isDigit(text[index - 1]) || isDigit(text[index + 12])) continue;
    if (isValidIin(match[0])) found.push({ index, length: 12 });
  }
  return found;
}
