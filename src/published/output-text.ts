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
  // The /stats/ charts' data (CSV) is published text too: a name or a number in it is as public as on a page.
  if (/\.(txt|csv)$/i.test(file)) return 'text';
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
const INLINE_NAMES = 'a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr|del|ins|font|big|tt|nobr';
const INLINE_TAG = new RegExp(`</?(?:${INLINE_NAMES})(?=[\\s/>])[^>]*>`, 'gi');
/** Any other tag, declaration or processing instruction; comments and CDATA keep their text (it is published too). */
const OTHER_TAG = /<\/?[a-zA-Z][^>]*>|<![a-zA-Z][^>]*>|<\?[^>]*>/g;
/** A quoted or unquoted attribute value. */
const ATTRIBUTE_VALUE = /=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const JSON_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/(?:ld\+)?json["']?[^>]*>([\s\S]*?)<\/script/gi;

/**
 * The text of an HTML or XML document: text content with inline elements joined (so
 * `1203<b>05</b>…` reads as one number) and other tags as line breaks, character references
 * decoded; then every attribute value, decoded; then the strings of JSON scripts (JSON-LD), whose
 * `\u0031` escapes are decoded. Comments, scripts and CDATA stay in the text. A tolerant scan,
 * not a parser: it only has to see every character a visitor could see, and be fast (two
 * replacements and one decoding per page).
 */
export function markupText(markup: string): string {
  const text = decodeHTML(markup.replace(INLINE_TAG, '').replace(OTHER_TAG, '\n'));
  const parts = [text];
  for (const value of markup.matchAll(ATTRIBUTE_VALUE)) parts.push(decodeHTMLAttribute(value[1] ?? value[2] ?? value[3] ?? ''));
  for (const script of markup.matchAll(JSON_SCRIPT)) parts.push(rawText(script[1]!));
  return parts.join('\n');
}

/** A JSON script's strings (JSON-LD), `\u0031` escapes decoded. */
function rawText(text: string): string {
  try {
    return jsonStrings(JSON.parse(text));
  } catch {
    return ''; // Not JSON: already scanned as text.
  }
}

/** An iCalendar file's values: folded lines joined, `\n`, `\,`, `\;`, `\\` unescaped (RFC 5545). */
export function icsText(ics: string): string {
  return ics
    .replace(/\r?\n[ \t]/g, '')
    .replace(UID_LINE, '')
    .replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * An event's UID line: `<year>-<slug>@<the site's host>`, made by the build from the event's id
 * (lower-case Latin, never content text). It has an e-mail's shape (RFC 5545 recommends it), so it
 * is left out of the scan rather than reported as an e-mail address.
 */
const UID_LINE = /^UID:[a-z0-9-]+@[a-z0-9.-]+\r?$/gm;

/** Every key and string of a JSON document (escapes decoded), one per line; text that is not JSON is returned as it is. */
export function jsonText(json: string): string {
  try {
    return jsonStrings(JSON.parse(json));
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
