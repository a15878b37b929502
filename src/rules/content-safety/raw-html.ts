/**
 * Checks a chunk of raw HTML from a Markdown body (an mdast `html` node) against the allowlist:
 * each opening tag's name, its `on*` handlers and its URLs. A small tokenizer is enough here —
 * the chunk is already known to be HTML, and anything it cannot read as a safe tag is reported.
 */
import { isSafeUrl, SAFE_HTML_ATTRIBUTES, SAFE_HTML_TAGS, URL_ATTRIBUTES, urlScheme } from '../../content/safe-html.ts';
import type { BodyIssue } from './issue.ts';

const SAFE_TAGS: ReadonlySet<string> = new Set(SAFE_HTML_TAGS);
const URL_ATTRIBUTE_SET: ReadonlySet<string> = new Set(URL_ATTRIBUTES);
/** The allowlist by lower-case attribute name (HTML and JSX spell `colspan`/`colSpan` alike). */
const lower = (names: readonly string[] | undefined) => new Set((names ?? []).map((n) => n.toLowerCase()));
const ANY_TAG_ATTRIBUTES = lower(SAFE_HTML_ATTRIBUTES['*']);
const allowedAttribute = (tag: string, name: string) => ANY_TAG_ATTRIBUTES.has(name) || lower(SAFE_HTML_ATTRIBUTES[tag]).has(name);
/** Comments, CDATA, processing instructions and declarations run nothing; blanked out, keeping offsets. */
const INERT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[?!][^>]*(?:>|$)/g;
/** An opening tag: name, then attributes (quoted values may contain `>`), up to `>` or the chunk's end. */
const OPENING_TAG = /<([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)(?:>|$)/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Problems in `html`; offsets are relative to it. */
export function checkRawHtml(html: string): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const text = html.replace(INERT, (inert) => ' '.repeat(inert.length));
  for (const tag of text.matchAll(OPENING_TAG)) {
    const name = tag[1]!.toLowerCase();
    if (!SAFE_TAGS.has(name)) issues.push({ rule: 'html-tag', offset: tag.index, params: { tag: name } });
    const attributesStart = tag.index + 1 + tag[1]!.length;
    for (const attribute of tag[2]!.matchAll(ATTRIBUTE)) {
      const attributeName = attribute[1]!.toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4];
      issues.push(...checkAttribute(name, attributeName, value, attributesStart + attribute.index));
    }
  }
  return issues;
}

/**
 * The checks an attribute of `tag` gets in raw HTML and in MDX JSX alike: handlers and unsafe
 * URLs first (they say why), then the allowlist (`style` can fake a whole page, `ping` and
 * `target` leak or hijack; the sanitiser would silently drop them, the author should know).
 */
export function checkAttribute(tag: string, name: string, value: string | undefined, offset: number): BodyIssue[] {
  const attribute = name.toLowerCase();
  if (/^on/.test(attribute)) return [{ rule: 'html-handler', offset, params: { attribute } }];
  if (value !== undefined && URL_ATTRIBUTE_SET.has(attribute) && !isSafeUrl(value, attribute)) {
    return [{ rule: 'html-url', offset, params: { attribute, scheme: urlScheme(value) ?? '' } }];
  }
  if (SAFE_TAGS.has(tag) && !allowedAttribute(tag, attribute)) {
    const allowed = [...ANY_TAG_ATTRIBUTES, ...lower(SAFE_HTML_ATTRIBUTES[tag])].join(', ');
    return [{ rule: 'html-attribute', offset, params: { tag, attribute, allowed } }];
  }
  return [];
}
