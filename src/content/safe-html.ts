/**
 * What raw HTML an event body may contain (CONTENT-MODEL.md: "Raw HTML is limited to a safe
 * allowlist"). The validator's `content-safety` family rejects everything else, and the render
 * sanitiser (`sanitize.ts`) is built from the same lists, so the two can never disagree about
 * what is safe.
 */

/** Formatting, lists, tables, images and links: nothing that runs code, loads a frame or takes input. */
export const SAFE_HTML_TAGS = [
  'p', 'br', 'strong', 'em', 'b', 'i', 'u', 's', 'sub', 'sup', 'a', 'ul', 'ol', 'li', 'blockquote',
  'code', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'img', 'figure', 'figcaption', 'span', 'div', 'details', 'summary', 'abbr', 'mark', 'small',
] as const;

/**
 * Attributes allowed on those tags, as hast property names (what rehype-sanitize compares).
 * `*` applies to every tag. No `style` (it can hide or fake content) and no `on*` handlers.
 */
export const SAFE_HTML_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['title', 'lang', 'dir'],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  ol: ['start', 'reversed'],
  td: ['colSpan', 'rowSpan', 'align'],
  th: ['colSpan', 'rowSpan', 'align', 'scope'],
  blockquote: ['cite'],
  details: ['open'],
};

/** URL schemes allowed per URL attribute; a relative URL (`/events/`, `#plan`) is always fine. */
export const SAFE_URL_PROTOCOLS: Readonly<Record<string, readonly string[]>> = {
  href: ['http', 'https', 'mailto', 'tel'],
  src: ['http', 'https'],
  cite: ['http', 'https'],
};

/** Attributes whose value is a URL a browser may follow or load. */
export const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formaction', 'poster', 'background', 'xlink:href', 'srcset', 'data'];

/** Named character references that can spell a scheme's characters (the rest never matter there). */
const NAMED_REFERENCES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', nbsp: ' ', period: '.', sol: '/', amp: '&' };

/** A URL as a browser reads it: character references decoded, tabs and newlines dropped, leading controls trimmed. */
function readUrl(url: string): string {
  return url
    .replace(/&#(?:x([0-9a-f]+)|(\d+));?/gi, (_, hex: string | undefined, dec: string | undefined) => codePoint(Number.parseInt(hex ?? dec!, hex ? 16 : 10)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED_REFERENCES[name.toLowerCase()] ?? whole)
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+/, '');
}

/** The part of a URL before its path, query or fragment: where a scheme would stand. */
function head(url: string): string {
  return readUrl(url).split(/[/?#]/, 1)[0]!;
}

/** The URL's scheme in lower case (`javascript`), or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  const before = head(url);
  const colon = before.indexOf(':');
  return colon === -1 ? undefined : before.slice(0, colon).toLowerCase();
}

/**
 * Whether a URL in `attribute` is safe to follow: relative, or with a scheme allowed for that
 * attribute. The URL is read the way a browser does, so `jav&#x61;script:`, `java\tscript:` and
 * `JAVASCRIPT:` are all caught; a character reference still undecoded where the scheme would
 * stand makes the URL unsafe rather than guessed at.
 */
export function isSafeUrl(url: string, attribute = 'href'): boolean {
  if (/&[a-z]+;?/i.test(head(url))) return false;
  const scheme = urlScheme(url);
  return scheme === undefined || (SAFE_URL_PROTOCOLS[attribute] ?? SAFE_URL_PROTOCOLS['src']!).includes(scheme);
}

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
}
