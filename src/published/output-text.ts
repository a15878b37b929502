/**
 * The text each kind of built file publishes, as a reader, a feed reader, a calendar or the search
 * box gets it: HTML and XML text with character references decoded (inline markup joined, so
 * `1203<b>05</b>…` reads as one number), attribute values, comments and script/JSON text; ICS
 * values unfolded and unescaped; every string of a JSON file; the `content` and metadata of a
 * pagefind fragment (gzip'd JSON). The last gate (output-gate.ts) scans what this returns.
 */
import { gunzipSync } from 'node:zlib';
import { decodeHTML as decodeHTMLAlways, decodeHTMLAttribute as decodeAttributeAlways } from 'entities';

/** Most text has no character reference: decode only where there is one (a large share of the gate's time otherwise). */
const decodeHTML = (text: string) => (text.includes('&') ? decodeHTMLAlways(text) : text);
const decodeHTMLAttribute = (text: string) => (text.includes('&') ? decodeAttributeAlways(text) : text);

/** The kinds of built files the gate reads; everything else (images, PDFs, CSS, JS bundles, wasm) is not content. */
export type OutputKind = 'html' | 'xml' | 'ics' | 'json' | 'text' | 'pagefind-fragment';

/** Which kind a built file is, by its name; undefined for files that carry no content text. */
export function outputKind(file: string): OutputKind | undefined {
  if (/\.html?$/i.test(file)) return 'html';
  if (/\.(xml|rss|atom|svg)$/i.test(file)) return 'xml';
  if (/\.ics$/i.test(file)) return 'ics';
  if (/\.(json|webmanifest)$/i.test(file)) return 'json';
  if (/\.txt$/i.test(file)) return 'text';
  if (/\.pf_fragment$/i.test(file)) return 'pagefind-fragment';
  return undefined;
}

/** The published text of a built file's bytes; parts are separated by line breaks. */
export function publishedText(kind: OutputKind, bytes: Buffer): string {
  switch (kind) {
    case 'html':
    case 'xml':
      return markupText(bytes.toString('utf8'));
    case 'ics':
      return icsText(bytes.toString('utf8'));
    case 'json':
      return jsonText(bytes.toString('utf8'));
    case 'text':
      return bytes.toString('utf8');
    case 'pagefind-fragment':
      return pagefindFragmentText(bytes);
  }
}

/** Elements that do not break a line: their text runs on into the text around them. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var wbr del ins font big tt nobr'.split(' '),
);
const TAG = /<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--([\s\S]*?)-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<\?[\s\S]*?\?>/g;
const ATTRIBUTE = /([^\s"'=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
/** Elements whose content is raw text (no character references, no tags). */
const RAW_TEXT = new Set(['script', 'style']);

/**
 * The text of an HTML or XML document: text content (inline elements joined, block elements on
 * their own lines), then each attribute value, comment and CDATA section on a line of its own.
 * A tolerant scan, not a parser: it only has to see every character a visitor could see.
 */
export function markupText(markup: string): string {
  const text: string[] = [];
  const extra: string[] = [];
  const tag = new RegExp(TAG.source, 'g');
  let last = 0;
  for (let match = tag.exec(markup); match; match = tag.exec(markup)) {
    const [whole, closing, name, attributes, comment, cdata] = match;
    text.push(decodeHTML(markup.slice(last, match.index)));
    last = match.index + whole.length;
    if (comment !== undefined) extra.push(comment);
    else if (cdata !== undefined) extra.push(cdata);
    const lower = name?.toLowerCase();
    if (!lower) {
      text.push('\n');
      continue;
    }
    if (!INLINE.has(lower)) text.push('\n');
    for (const attribute of attributes!.matchAll(ATTRIBUTE)) extra.push(decodeHTMLAttribute(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
    if (!closing && RAW_TEXT.has(lower) && !whole.endsWith('/>')) {
      // Raw text runs to the element's end tag, whatever it contains (`a <b` in a script is no tag).
      const endTag = new RegExp(`</${lower}`, 'gi');
      endTag.lastIndex = last;
      const stop = endTag.exec(markup)?.index ?? markup.length;
      extra.push(rawText(markup.slice(last, stop)));
      last = stop;
      tag.lastIndex = stop;
    }
  }
  text.push(decodeHTML(markup.slice(last)));
  return `${text.join('')}\n${extra.join('\n')}`;
}

/** A script's or style's text; a JSON script (JSON-LD) is read as JSON, so `\u0031` escapes are decoded. */
function rawText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return `${text}\n${jsonStrings(JSON.parse(trimmed))}`;
    } catch {
      // Not JSON: scanned as it is.
    }
  }
  return text;
}

/** An iCalendar file's values: folded lines joined, `\n`, `\,`, `\;`, `\\` unescaped (RFC 5545). */
export function icsText(ics: string): string {
  return ics.replace(/\r?\n[ \t]/g, '').replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Every key and string of a JSON document, one per line; text that is not JSON is returned as it is. */
export function jsonText(json: string): string {
  try {
    return `${json}\n${jsonStrings(JSON.parse(json))}`;
  } catch {
    return json;
  }
}

function jsonStrings(value: unknown): string {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number') out.push(String(v));
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        out.push(key);
        visit(item);
      }
    }
  };
  visit(value);
  return out.join('\n');
}

/** Pagefind's fragments start with this signature before their JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** A pagefind fragment: gunzipped, its signature removed, every string of its JSON (content, meta, filters, anchors). */
export function pagefindFragmentText(bytes: Buffer): string {
  const text = gunzipSync(bytes).toString('utf8');
  return jsonText(text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text);
}

/** The page URL a pagefind fragment belongs to, when it names one. */
export function pagefindFragmentUrl(bytes: Buffer): string | undefined {
  const text = gunzipSync(bytes).toString('utf8');
  try {
    const url = (JSON.parse(text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text) as { url?: unknown }).url;
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined;
  }
}
