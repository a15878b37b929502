/**
 * What pagefind indexes of a built page, prepared in memory by scripts/search-index.ts (the
 * published file is never changed). pagefind is given a small page of its own: `<html lang>`, the
 * `<title>`, and the element marked `data-pagefind-body` without its `data-pagefind-ignore` parts,
 * scripts, styles and SVG — what pagefind would read of the whole page anyway, at a fifth of the
 * bytes (elements inside the body keep their attributes, so the event and project pages'
 * `data-pagefind-filter`/`data-pagefind-meta` kind marker stays). In it:
 * - block-level cells (`dt`, `dd`, `td`, `th`, `li`) end with a separator, so a definition list
 *   reads «Ұйымдастырушы: Түркістан облысы · Кімге арналған: …» in an excerpt instead of words
 *   glued together («Google MeetОрганизатор»), and the glued pair is not indexed as one word;
 * - a member's one-letter initial («Айгерім Т.») is left out, so «Т» is not a word that a query
 *   falls back to;
 * - on a Kazakh page, the forms of its words on the way to their stems (src/search/kazakh.ts) go
 *   into the hidden metadata field `stems`, outside `data-pagefind-body`: pagefind searches
 *   metadata (weighted by `ranking.metaWeights`, below the page's own words), excerpts still come
 *   from the page's own text, and the search page never shows the field. The forms of the page's
 *   `h1` (pagefind's title) go into a second field, `title_stems`, weighted as a title. People's
 *   names (an element marked `translate="no"`, as src/components/MemberName.astro and the roster
 *   mark them) are folded but never cut, and nothing is added to the field that the page does not
 *   already show.
 */
import { decodeHTML } from 'entities';
import { foldWord, kazakhIndexWords, words } from './kazakh.ts';
import { STEMS_FIELD, TITLE_STEMS_FIELD } from './options.ts';

/** Elements whose end separates two cells of text, and the text put after each. */
const CELL_END = new Map([['dt', ': '], ['dd', ' · '], ['td', ' · '], ['th', ' · '], ['li', ' · ']]);
/** Elements with no closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is not text. */
const RAW = new Set(['script', 'style', 'template', 'svg', 'noscript']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>|<!--[\s\S]*?-->/g;
/** The opening tag of the element marked `data-pagefind-body`. */
const BODY_START = /<[a-zA-Z][^>]*\sdata-pagefind-body\b/;
const BODY_ATTRIBUTE = 'data-pagefind-body';
/** A given name followed by a one-letter initial and its dot: «Айгерім Т.». */
const INITIAL = /(\p{L}{2,}\s+)\p{Lu}\.(?!\p{L})/gu;
/**
 * What every match of INITIAL contains; far cheaper to look for, so the few texts with an
 * initial are the only ones INITIAL runs on (a third of the preparation's time ran it on every
 * text with a dot: dates, sentences).
 */
const CAPITAL_DOT = /\p{Lu}\./u;
/** The attribute that marks a person's name (HTML's own marker for a proper name not to translate). */
const NAME_MARK = /\stranslate=["']?no\b/;
const IGNORE_MARK = /\sdata-pagefind-ignore\b/;
const BODY_MARK = /\sdata-pagefind-body\b/;

export interface PreparedPage {
  /** The language of `<html lang>`. */
  lang: string;
  /** The HTML to give pagefind. */
  html: string;
}

/**
 * The page as pagefind should index it, or undefined when the page has no `data-pagefind-body`
 * (pagefind skips such pages once any page has one). `placeWords` are the stemmer's protected names.
 */
export function prepareForIndex(html: string, placeWords: ReadonlySet<string>): PreparedPage | undefined {
  const page = scanPage(html);
  if (!page) return undefined;
  const { lang, out, text, names, heading } = page;
  if (lang === 'kk') {
    const stems = new Set(kazakhIndexWords(text, placeWords));
    for (const word of words(names)) {
      const folded = foldWord(word);
      if (word.length > 1 && folded !== word.toLowerCase()) stems.add(folded);
    }
    out.push(`<div hidden data-pagefind-meta="${STEMS_FIELD}">${[...stems].join(' ')}</div>`);
    // The heading's own forms weigh as a title does: a query typed without Kazakh letters
    // (туркистанда) matches none of the heading's words («Түркістан облысы»), only their forms.
    const titleStems = kazakhIndexWords(heading, placeWords);
    if (titleStems.length > 0) out.push(`<div hidden data-pagefind-meta="${TITLE_STEMS_FIELD}">${titleStems.join(' ')}</div>`);
  }
  out.push('</body></html>');
  return { lang, html: out.join('') };
}

/**
 * The text pagefind indexes of a page (its `data-pagefind-body` without `data-pagefind-ignore`
 * parts, scripts and styles; character references decoded), with its language; undefined for a
 * page with no `data-pagefind-body`.
 */
export function indexedText(html: string): { lang: string; text: string } | undefined {
  const page = scanPage(html);
  return page && { lang: page.lang, text: page.all };
}

/**
 * Where BODY_START first matches, or -1. Every match holds the attribute's name and no `>` before
 * it, so none starts before the last `>` ahead of the name's first occurrence: the search starts
 * there, not at the top of a head full of tags.
 */
function bodyStart(html: string): number {
  const first = html.indexOf(BODY_ATTRIBUTE);
  if (first < 0) return -1;
  const start = new RegExp(BODY_START.source, 'g');
  start.lastIndex = html.lastIndexOf('>', first) + 1;
  return start.exec(html)?.index ?? -1;
}

/** The page's `<title>` element, as written. */
const TITLE = /<title\b[^>]*>[\s\S]*?<\/title>/i;

/**
 * One pass over a page: its language, the HTML to index in pieces (up to the body element's end),
 * and its indexed text: all of it, the part to stem, and people's names.
 */
function scanPage(html: string): { lang: string; out: string[]; all: string; text: string; names: string; heading: string } | undefined {
  // Everything before the body element is not indexed: only the language and title are taken.
  const bodyAt = bodyStart(html);
  if (bodyAt < 0) return undefined;
  const head = html.slice(0, bodyAt);
  const lang = /<html\b[^>]*\blang=["']?([a-zA-Z-]+)/i.exec(head)?.[1]?.toLowerCase() ?? '';
  const out: string[] = [`<!DOCTYPE html><html lang="${lang}"><head>${TITLE.exec(head)?.[0] ?? ''}</head><body>`];
  const all: string[] = [];
  const text: string[] = [];
  const names: string[] = [];
  const heading: string[] = [];
  /** Open elements from the body element on; the depth of the body, of an ignored or raw element, of a name. */
  const stack: string[] = [];
  let bodyDepth = 0;
  let skipDepth = 0;
  let nameDepth = 0;
  /** The depth of the first h1 (pagefind's title) while it is open; -1 once it closed. */
  let headingDepth = 0;
  let last = bodyAt;
  const tags = new RegExp(TAG.source, 'g');
  tags.lastIndex = bodyAt;
  for (let match = tags.exec(html); match !== null; match = tags.exec(html)) {
    const segment = html.slice(last, match.index);
    last = match.index + match[0].length;
    const indexing = bodyDepth > 0 && skipDepth === 0;
    if (indexing && segment) {
      const kept = segment.includes('.') && CAPITAL_DOT.test(segment) ? segment.replace(INITIAL, '$1') : segment;
      out.push(kept);
      all.push(segment);
      (nameDepth > 0 ? names : text).push(kept);
      if (headingDepth > 0) heading.push(segment);
    }
    const [, closing, rawName, attributes] = match;
    if (rawName === undefined) continue; // a comment
    const name = rawName.toLowerCase();
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at < 0) continue;
      while (stack.length > at) stack.pop();
      if (skipDepth > at) skipDepth = 0;
      if (nameDepth > at) nameDepth = 0;
      if (headingDepth > at) headingDepth = -1;
      if (!indexing) continue;
      out.push(match[0]);
      const end = CELL_END.get(name);
      if (end) {
        out.push(end);
        all.push(end);
        text.push(end);
      }
      if (bodyDepth > at) break; // the body element ends: nothing after it is indexed
      continue;
    }
    if (VOID.has(name) || attributes!.endsWith('/')) {
      if (indexing) out.push(match[0]);
      continue;
    }
    stack.push(name);
    // Each marker is looked for as a plain string first: most tags have none.
    if (bodyDepth === 0 && attributes!.includes(BODY_ATTRIBUTE) && BODY_MARK.test(` ${attributes}`)) bodyDepth = stack.length;
    if (skipDepth === 0 && (RAW.has(name) || (attributes!.includes('data-pagefind-ignore') && IGNORE_MARK.test(` ${attributes}`)))) skipDepth = stack.length;
    if (nameDepth === 0 && attributes!.includes('translate') && NAME_MARK.test(` ${attributes}`)) nameDepth = stack.length;
    if (headingDepth === 0 && name === 'h1' && bodyDepth > 0 && skipDepth === 0) headingDepth = stack.length;
    if (bodyDepth > 0 && skipDepth === 0) out.push(match[0]);
    if (RAW.has(name)) {
      // Raw text runs to its closing tag; tags inside it are not tags.
      const closeTag = new RegExp(`</${name}\\b`, 'gi');
      closeTag.lastIndex = last;
      const end = closeTag.exec(html)?.index ?? html.length;
      last = end;
      tags.lastIndex = end;
    }
  }
  return { lang, out, all: decodeHTML(all.join(' ')), text: decodeHTML(text.join(' ')), names: decodeHTML(names.join(' ')), heading: decodeHTML(heading.join(' ')) };
}
