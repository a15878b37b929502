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

/**
 * The characters that change how a text reads to a regex, each with its combining marks:
 * format characters (Cf), decimal digits other than ASCII, and the compatibility blocks NFKC
 * folds into plain characters (Latin-1 superscripts, spaces, super- and subscripts, number forms,
 * enclosed alphanumerics, ligatures, small forms, full- and half-width forms, mathematical
 * alphanumerics); and combining marks with the letter before them (NFKC composes `и` + U+0306
 * into `й`). A no-break space stays: the scanners accept it where a space may stand.
 * Everything else is left as it is: a `№` or a `…` that NFKC would also rewrite changes no match.
 */
const SPECIAL = /[\p{Cf}[\p{Nd}--[0-9]]\u00b2\u00b3\u00b9\u00bc-\u00be\u2000-\u200a\u202f\u205f\u2070-\u209f\u2150-\u218f\u2460-\u24ff\u3000\ufb00-\ufb4f\ufe50-\ufe6f\uff00-\uffef\u{1d400}-\u{1d7ff}\u{1f100}-\u{1f1ff}]\p{M}*|\p{M}+/gv;
/**
 * A fast first test (no Unicode properties, which V8 checks slowly): a character outside ASCII,
 * Latin-1's letters and signs, Cyrillic letters and the common punctuation (dashes, quotes, `№`,
 * `₸`). Kazakh and Russian texts rarely have one, and then `SPECIAL` needs no run at all.
 */
const UNUSUAL = /[^\x00-\x7f\u00a0-\u00ac\u00ae-\u00b1\u00b4-\u00b8\u00ba\u00bb\u00bf-\u00ff\u0400-\u0482\u048a-\u04ff\u2010-\u2027\u2030-\u205e\u2116\u20b8]/;
const FORMAT = /^\p{Cf}$/u;
const MARK = /^\p{M}$/u;
const DIGIT = /\p{Nd}/u;

/** `text` as it reads, with an index map back to `text`. Costs one quick regex test when nothing needs changing. */
export function normalizeForScan(text: string): NormalizedText {
  if (!UNUSUAL.test(text)) return { text };
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(text)) return { text };
  SPECIAL.lastIndex = 0; // matchAll starts where test stopped
  const parts: string[] = [];
  const origin: number[] = [];
  let copied = 0;
  for (const special of text.matchAll(SPECIAL)) {
    // Marks compose with the character before them (not yet copied, unless it was special itself).
    const start = MARK.test(special[0][0]!) && special.index > copied ? special.index - 1 : special.index;
    parts.push(text.slice(copied, start));
    for (let i = copied; i < start; i++) origin.push(i);
    for (const char of asciiDigits(text.slice(start, special.index + special[0].length).normalize('NFKC'))) {
      parts.push(char);
      for (let i = 0; i < char.length; i++) origin.push(start);
    }
    copied = special.index + special[0].length;
  }
  parts.push(text.slice(copied));
  for (let i = copied; i <= text.length; i++) origin.push(i);
  return { text: parts.join(''), origin: Int32Array.from(origin) };
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
