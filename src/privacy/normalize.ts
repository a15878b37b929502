/**
 * The text a reader sees, for matching: NFKC (full-width `＠`, `１２` and compatibility forms
 * become plain ones), format characters removed (U+200B, U+00AD, U+2060, U+FEFF and every other
 * `Cf`, which are invisible but split a number for a regex), and every Unicode decimal digit
 * (`\p{Nd}`: Arabic-Indic, Devanagari, mathematical…) mapped to its ASCII digit.
 *
 * Matching runs on the normalised text; `origin` maps each of its indices back to the source,
 * so a finding keeps its true line and column.
 */

export interface NormalizedText {
  text: string;
  /**
   * The source offset of each index of `text` (one more entry for its end); undefined when the
   * text needed no change, so indices are already source offsets.
   */
  origin?: Int32Array;
}

/** Whatever the slow path would change: a format character or a non-ASCII decimal digit (NFKC is checked apart). */
const NEEDS_MAPPING = /[\p{Cf}]|(?![0-9])\p{Nd}/u;
const FORMAT = /^\p{Cf}$/u;
const DIGIT = /\p{Nd}/u;
/** One code point and the combining marks after it: NFKC composes them, so they are normalised together. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/** `text` as it reads, with an index map back to `text`. Costs one native check when nothing needs changing. */
export function normalizeForScan(text: string): NormalizedText {
  if (!NEEDS_MAPPING.test(text) && text.normalize('NFKC') === text) return { text };
  let out = '';
  const origin: number[] = [];
  for (const cluster of text.matchAll(CLUSTER)) {
    const source = cluster.index;
    if (FORMAT.test(cluster[0])) continue;
    for (const char of asciiDigits(cluster[0].normalize('NFKC'))) {
      out += char;
      for (let i = 0; i < char.length; i++) origin.push(source);
    }
  }
  origin.push(text.length);
  return { text: out, origin: Int32Array.from(origin) };
}

/** The span `[index, index + length)` of the normalised text as a span of the source. */
export function sourceSpan(normalized: NormalizedText, index: number, length: number): { index: number; length: number } {
  const { origin } = normalized;
  if (!origin) return { index, length };
  const start = origin[index]!;
  return { index: start, length: Math.max(1, origin[index + length]! - start) };
}

/** The code points of `text`, each non-ASCII decimal digit replaced by its ASCII digit. */
function asciiDigits(text: string): string[] {
  return Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80 || !DIGIT.test(char)) return FORMAT.test(char) ? '' : char;
    return String.fromCharCode(48 + digitValue(code));
  });
}

/**
 * A decimal digit's value: Unicode encodes every digit set as a run of ten from zero, and
 * adjacent sets (the mathematical digits) follow each other, so it is the distance from the
 * start of the run of digits, modulo ten.
 */
function digitValue(code: number): number {
  let start = code;
  while (start > 0 && code - start < 100 && DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}
