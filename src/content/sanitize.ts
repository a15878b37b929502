/**
 * The render-time sanitiser schema: defence in depth behind the validator. Even if unsafe HTML
 * reached a build (a validator bug, a skipped check), rehype-sanitize with this schema removes
 * it from the page. Built from the same allowlists as the validator (`safe-html.ts`), plus the
 * few elements and attributes Markdown itself produces (an `# h1`, GFM strikethrough, task
 * lists, footnotes), so ordinary Markdown renders unchanged.
 *
 * Used by src/content/render-body.ts on every event body, Markdown and MDX alike (MDX's JSX
 * elements are turned into plain HTML elements first, Markdown's raw HTML parsed by rehype-raw),
 * so both get exactly the same allowlist.
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { SAFE_HTML_ATTRIBUTES, SAFE_HTML_TAGS, SAFE_URL_PROTOCOLS } from './safe-html.ts';

type PropertyDefinitions = NonNullable<Schema['attributes']>[string];

/** Elements that Markdown (CommonMark + GFM) produces itself, beyond the raw-HTML allowlist. */
const MARKDOWN_TAGS = ['h1', 'del', 'input', 'section'];
const MARKDOWN_ATTRIBUTES: Record<string, PropertyDefinitions> = {
  // Heading and footnote anchors; prefixed with `user-content-` so they cannot clobber globals.
  '*': ['id'],
  a: ['dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
  code: [['className', /^language-./]],
  h2: [['className', 'sr-only']],
  input: [['disabled', true], ['type', 'checkbox']],
  li: [['className', 'task-list-item']],
  ol: [['className', 'contains-task-list']],
  ul: [['className', 'contains-task-list']],
  section: ['dataFootnotes', ['className', 'footnotes']],
};
/** Removed together with their content (other disallowed elements are unwrapped, keeping their text). */
const STRIPPED_TAGS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template', 'textarea', 'select', 'title', 'svg', 'math'];

function mergeAttributes(...sources: Readonly<Record<string, readonly PropertyDefinitions[number][]>>[]): Record<string, PropertyDefinitions> {
  const merged: Record<string, PropertyDefinitions> = {};
  for (const source of sources) for (const [tag, names] of Object.entries(source)) merged[tag] = [...(merged[tag] ?? []), ...names];
  return merged;
}

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...SAFE_HTML_TAGS, ...MARKDOWN_TAGS],
  attributes: mergeAttributes(SAFE_HTML_ATTRIBUTES, MARKDOWN_ATTRIBUTES),
  protocols: Object.fromEntries(Object.entries(SAFE_URL_PROTOCOLS).map(([attribute, schemes]) => [attribute, [...schemes]])),
  strip: STRIPPED_TAGS,
  required: { input: { disabled: true, type: 'checkbox' } },
};
