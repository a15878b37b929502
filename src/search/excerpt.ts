/** Excerpts of Kazakh results from the page's own text, the words a query's stems matched marked. */
import { stemForms, words } from './kazakh.ts';

/** Words an excerpt shows, as pagefind's own excerpts. */
const EXCERPT_WORDS = 30;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * An excerpt of `content` (HTML): the run of EXCERPT_WORDS words with the most words matching a
 * query stem (a stem matches a word when one of the word's forms begins with it, as pagefind
 * matches), those words marked.
 */
export function kazakhExcerpt(content: string, queryStems: readonly string[], placeWords: ReadonlySet<string>): string {
  const tokens = content.split(/\s+/).filter(Boolean);
  const stems = queryStems.filter(Boolean);
  const hits = tokens.map((token) => words(token).some((word) => stemForms(word, placeWords).some((form) => stems.some((stem) => form.startsWith(stem)))));
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (hits[i]) count += 1;
    if (i >= EXCERPT_WORDS && hits[i - EXCERPT_WORDS]) count -= 1;
    const start = Math.max(0, i - EXCERPT_WORDS + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Start a few words before the window's first match, so the match is read in its sentence.
  const firstHit = hits.indexOf(true, best);
  if (firstHit >= 0 && firstHit - best > 5) best = firstHit - 5;
  return tokens
    .slice(best, best + EXCERPT_WORDS)
    .map((token, i) => (hits[best + i] ? `<mark>${escapeHtml(token)}</mark>` : escapeHtml(token)))
    .join(' ');
}
