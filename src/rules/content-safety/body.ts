/**
 * Checks an event body (Markdown or MDX) for anything that could run code: MDX import/export
 * and JavaScript expressions, components outside the documented list, raw HTML outside the
 * safe allowlist, `on*` handlers and unsafe URLs (in HTML, JSX and Markdown links alike).
 * Rejected, never stripped: the author sees the error and fixes the source.
 */
import { createRequire } from 'node:module';
import { CONTENT_COMPONENTS } from '../../content/components.ts';
import { excessiveNesting, excessiveTreeDepth } from '../../content/nesting.ts';
import { SAFE_HTML_TAGS, SAFE_URL_PROTOCOLS, isSafeUrl, urlScheme } from '../../content/safe-html.ts';
import type { BodyIssue } from './issue.ts';
import { checkAttribute, checkRawHtml } from './raw-html.ts';

// Loaded on first use: almost no body needs a parse (see the fast path), and loading the MDX
// parser costs ~60 ms of a validator run.
const require = createRequire(import.meta.url);
let parsers: { markdown: Parser; mdx: Parser } | undefined;
type Parser = { parse(text: string): unknown };
function parserFor(isMdx: boolean): Parser {
  if (!parsers) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkMdx = (require('remark-mdx') as typeof import('remark-mdx')).default;
    parsers = { markdown: unified().use(remarkParse), mdx: unified().use(remarkParse).use(remarkMdx) };
  }
  return isMdx ? parsers.mdx : parsers.markdown;
}
const SAFE_TAGS: ReadonlySet<string> = new Set(SAFE_HTML_TAGS);

/**
 * Most bodies are plain Markdown and need no parse at all, which keeps the national dataset
 * fast. Only these can start something unsafe: a tag or an autolink (`<`), an expression (`{`),
 * ESM (`import`/`export` at a line start), an escape or a character reference (which can hide a
 * scheme's colon), or a link or definition whose URL has a scheme. A body with links is parsed
 * only when some `word:` in it is not an allowed scheme (`https:` links stay on the fast path).
 */
const NEEDS_PARSE = /[<{}\\]|&#?[A-Za-z0-9]+;|^[ \t]*(?:import|export)\b/m;
const HAS_LINK = /\]\(|\]:/;
const SCHEME_LIKE = /[A-Za-z][A-Za-z0-9+.-]*:/g;
const LINK_SCHEMES: ReadonlySet<string> = new Set(Object.values(SAFE_URL_PROTOCOLS).flat());

function mayBeUnsafe(body: string): boolean {
  if (NEEDS_PARSE.test(body)) return true;
  if (!HAS_LINK.test(body)) return false;
  for (const scheme of body.matchAll(SCHEME_LIKE)) if (!LINK_SCHEMES.has(scheme[0].slice(0, -1).toLowerCase())) return true;
  return false;
}
/** `{/* a note *\/}`: MDX's only way to write a comment; it compiles to nothing, so it is allowed. */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

interface Node {
  type: string;
  position?: { start: { offset?: number; line: number; column: number }; end: { offset?: number } };
  children?: Node[];
  value?: unknown;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown; position?: Node['position'] }[];
}

export interface BodyOptions {
  /** `.mdx` bodies are parsed as MDX; `.md` bodies as Markdown with raw HTML. */
  mdx: boolean;
  /** The components an MDX body may use (CONTENT_COMPONENTS by default). */
  components?: readonly string[];
}

/** Every problem in `body`; offsets are relative to the body text. */
export function checkBody(body: string, options: BodyOptions): BodyIssue[] {
  const deep = excessiveNesting(body);
  if (deep !== undefined) return [{ rule: 'body-too-deep', offset: deep, params: {} }];
  if (!mayBeUnsafe(body)) return [];
  let tree: Node;
  try {
    tree = parserFor(options.mdx).parse(body) as Node;
  } catch (error) {
    return [syntaxIssue(body, error)];
  }
  const deepNode = excessiveTreeDepth(tree);
  if (deepNode !== undefined) return [{ rule: 'body-too-deep', offset: deepNode, params: {} }];
  const components = new Set(options.components ?? CONTENT_COMPONENTS);
  const issues: BodyIssue[] = [];
  walk(tree, (node) => issues.push(...checkNode(node, body, components)));
  return issues;
}

/** Visits every node in document order, without recursion. */
function walk(tree: Node, visit: (node: Node) => void): void {
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i]!);
  }
}

function checkNode(node: Node, body: string, components: ReadonlySet<string>): BodyIssue[] {
  const offset = node.position?.start.offset ?? 0;
  switch (node.type) {
    case 'mdxjsEsm':
      return [{ rule: 'mdx-esm', offset, params: {} }];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return COMMENT_ONLY.test(String(node.value)) ? [] : [{ rule: 'mdx-expression', offset, params: {} }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkJsxElement(node, offset, components);
    case 'link':
    case 'image':
    case 'definition': {
      const attribute = node.type === 'image' ? 'src' : 'href';
      return node.url !== undefined && !isSafeUrl(node.url, attribute) ? [{ rule: 'html-url', offset, params: { attribute, scheme: urlScheme(node.url) ?? '' } }] : [];
    }
    case 'html':
      return checkRawHtml(String(node.value)).map((issue) => ({ ...issue, offset: htmlOffset(node, body, issue.offset) }));
    default:
      return [];
  }
}

/** An HTML element (lower-case name) or a component (capitalised or dotted name); `<>` fragments are fine. */
function checkJsxElement(node: Node, offset: number, components: ReadonlySet<string>): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const name = node.name;
  if (name) {
    const isHtml = /^[a-z][a-z0-9-]*$/.test(name);
    if (isHtml && !SAFE_TAGS.has(name)) issues.push({ rule: 'html-tag', offset, params: { tag: name } });
    if (!isHtml && !components.has(name)) issues.push({ rule: 'mdx-component', offset, params: { name, allowed: [...components].join(', ') } });
  }
  for (const attribute of node.attributes ?? []) {
    const at = attribute.position?.start.offset ?? offset;
    if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
      issues.push({ rule: 'mdx-expression', offset: at, params: {} });
    } else if (attribute.name) {
      issues.push(...checkAttribute(name ?? '', attribute.name, typeof attribute.value === 'string' ? attribute.value : undefined, at));
    }
  }
  return issues;
}

/**
 * Where an issue inside an `html` node's value stands in the body. The value is the source
 * text unless the node sits in a container (a blockquote's `>` prefixes are removed); then the
 * tag is looked up in the node's source, and at worst the node's start is used.
 */
function htmlOffset(node: Node, body: string, inValue: number): number {
  const start = node.position?.start.offset ?? 0;
  const source = body.slice(start, node.position?.end.offset ?? start);
  const value = String(node.value);
  if (source === value) return start + inValue;
  const snippet = value.slice(inValue, inValue + 16);
  const found = source.indexOf(snippet);
  return found === -1 ? start : start + found;
}

/** An MDX syntax error as a located issue: micromark and mdast-util-mdx-jsx report points, positions, or only text. */
function syntaxIssue(body: string, error: unknown): BodyIssue {
  const e = error as { place?: { offset?: number; line?: number; column?: number; start?: { offset?: number; line?: number; column?: number } }; reason?: string; message?: string };
  const point = e.place && 'start' in e.place ? e.place.start : e.place;
  const reason = String(e.reason ?? e.message ?? error);
  let offset = point?.offset;
  if (offset === undefined) {
    const [line, column] = point?.line ? [point.line, point.column ?? 1] : (/\((\d+):(\d+)-/.exec(reason)?.slice(1).map(Number) ?? [1, 1]);
    offset = offsetOf(body, line!, column!);
  }
  return { rule: 'mdx-syntax', offset, params: { detail: reason.replace(/\s*\(\d+:\d+-\d+:\d+\)/, '') } };
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}
