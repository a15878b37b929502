/**
 * Finding people's names in free text with one matcher for the whole roster: each name becomes a
 * key (its words, normalised and lower-cased), and a text is tokenised once and its runs of words
 * looked up in a Map — so 3,000 names cost the same as one over 5,000 texts, not 3,000 regexes.
 * Case and spacing do not matter («АЙГЕРІМ  с.» is «Айгерім С.»); the words must follow each other
 * with only spaces (and an initial's dot) between them.
 */
import { normalizeForScan, sourceSpan } from './normalize.ts';
import type { TextMatch } from './match.ts';

const WORD = /[\p{L}\p{M}\p{N}'’ʼ-]+/gu;
/** What may stand between two words of a name: spaces, and the dot after an initial. */
const GAP = /^\.?\s+$|^\.$/u;

export interface NameMatch<T> extends TextMatch {
  /** What the matched name was added with (e.g. where the member is declared). */
  value: T;
}

export class NameMatcher<T> {
  private readonly keys = new Map<string, T>();
  private readonly wordCounts = new Set<number>();
  private maxWords = 0;

  get size(): number {
    return this.keys.size;
  }

  /** Adds a name; the first value added for a key is kept. */
  add(name: string, value: T): void {
    const words = Array.from(normalizeForScan(name).text.matchAll(WORD), (w) => w[0].toLowerCase());
    if (words.length === 0) return;
    const key = words.join(' ');
    if (!this.keys.has(key)) this.keys.set(key, value);
    this.wordCounts.add(words.length);
    this.maxWords = Math.max(this.maxWords, words.length);
  }

  /** Every place in `text` where a name stands, as spans of `text`. */
  find(text: string): NameMatch<T>[] {
    if (this.keys.size === 0) return [];
    const normalized = normalizeForScan(text);
    const scanned = normalized.text;
    const words = Array.from(scanned.matchAll(WORD), (w) => ({ index: w.index, end: w.index + w[0].length, lower: w[0].toLowerCase() }));
    const found: NameMatch<T>[] = [];
    for (let first = 0; first < words.length; first++) {
      let key = '';
      for (let count = 1; first + count <= words.length && count <= this.maxWords; count++) {
        const word = words[first + count - 1]!;
        if (count > 1 && !GAP.test(scanned.slice(words[first + count - 2]!.end, word.index))) break;
        key = count === 1 ? word.lower : `${key} ${word.lower}`;
        if (!this.wordCounts.has(count)) continue;
        const value = this.keys.get(key);
        if (value === undefined) continue;
        const start = words[first]!.index;
        found.push({ ...sourceSpan(normalized, start, word.end - start), value });
      }
    }
    return found;
  }
}
