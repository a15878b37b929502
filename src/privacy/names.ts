/**
 * Finding people's names in free text with one matcher for the whole roster: each name becomes a
 * key (its words, normalised and lower-cased), and a text is tokenised once and its runs of words
 * looked up in a Map — so 3,000 names cost the same as one over 5,000 texts, not 3,000 regexes.
 * Case and spacing do not matter («АЙГЕРІМ  с.» is «Айгерім С.»); the words must follow each other
 * with only spaces (and an initial's dot) between them.
 */
import { normalizeForScan, sourceSpan } from './normalize.ts';
import type { TextMatch } from './match.ts';

/**
 * A word of a name: Latin (with Latin-1 and Extended-A/B) or Cyrillic (Kazakh's letters included)
 * letters, apostrophes and hyphens. No Unicode properties: V8 matches these ranges several times
 * faster, and this runs over every published text.
 */
const WORD_CHARS = "A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0400-\\u0481\\u048a-\\u04ff'’ʼ-";
const WORD = new RegExp(`[${WORD_CHARS}]+`, 'g');
/** `WORD_CHARS` as a test on a character code (the same ranges). */
function isWordCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x400 && code <= 0x481) ||
    (code >= 0x48a && code <= 0x4ff) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2bc ||
    code === 0x2d
  );
}
/** The next word of a name: after spaces, or the dot after an initial (with or without spaces). */
const NEXT_WORD = new RegExp(`(?:\\.?\\s+|\\.)([${WORD_CHARS}]+)`, 'y');

export interface NameMatch<T> extends TextMatch {
  /** What the matched name was added with (e.g. where the member is declared). */
  value: T;
}

export class NameMatcher<T> {
  private readonly keys = new Map<string, T>();
  /** Every name's first word: a text's word that is none of these starts no name (most words). */
  private readonly firstWords = new Set<string>();
  private readonly firstLetters = new Set<number>();
  private maxWords = 0;

  get size(): number {
    return this.keys.size;
  }

  /** A name's words as the matcher keys them (normalised, lower-cased): `addWords` takes them, so they can be computed once and kept. */
  static wordsOf(name: string): string[] {
    return Array.from(normalizeForScan(name).text.toLowerCase().matchAll(WORD), (w) => w[0]);
  }

  /** Adds a name; the first value added for a key is kept. */
  add(name: string, value: T): void {
    this.addWords(NameMatcher.wordsOf(name), value);
  }

  /** Adds a name by its words (`wordsOf`). */
  addWords(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    const key = words.join(' ');
    if (!this.keys.has(key)) this.keys.set(key, value);
    this.firstWords.add(words[0]!);
    this.firstLetters.add(words[0]!.charCodeAt(0));
    this.maxWords = Math.max(this.maxWords, words.length);
  }

  /**
   * Whether some word of `lower` is a name's first word. Most texts name no one: a walk over the
   * character codes that cuts out only the words starting with a name's first letter finds that
   * without a string per word.
   */
  private mayName(lower: string): boolean {
    for (let i = 0; i < lower.length; ) {
      if (!isWordCode(lower.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < lower.length && isWordCode(lower.charCodeAt(i))) i++;
      if (this.firstLetters.has(lower.charCodeAt(start)) && this.firstWords.has(lower.slice(start, i))) return true;
    }
    return false;
  }

  /** Every place in `text` where a name stands, as spans of `text`. */
  find(text: string): NameMatch<T>[] {
    if (this.keys.size === 0) return [];
    const normalized = normalizeForScan(text);
    // Lower-casing keeps every index for Cyrillic and Latin; a text where it does not is tokenised as written.
    const lower = normalized.text.toLowerCase();
    const scanned = lower.length === normalized.text.length ? lower : normalized.text;
    if (!this.mayName(lower)) return [];
    const found: NameMatch<T>[] = [];
    for (const first of scanned.matchAll(WORD)) {
      const firstWord = scanned === lower ? first[0] : first[0].toLowerCase();
      if (!this.firstWords.has(firstWord)) continue;
      let key = firstWord;
      let end = first.index + first[0].length;
      for (let count = 1; ; count++) {
        const value = this.keys.get(key);
        if (value !== undefined) found.push({ ...sourceSpan(normalized, first.index, end - first.index), value });
        if (count === this.maxWords) break;
        NEXT_WORD.lastIndex = end;
        const next = NEXT_WORD.exec(scanned);
        if (!next) break;
        key = `${key} ${scanned === lower ? next[1]! : next[1]!.toLowerCase()}`;
        end = next.index + next[0].length;
      }
    }
    return found;
  }
}
