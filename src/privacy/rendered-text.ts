/**
 * An event body's text as the site renders it, for the personal-data scan: character references
 * decoded (`&#49;` is a `1`), inline markup removed (`1203**05**600100` reads `120305600100`),
 * MDX comments `{/* … *\/}` and HTML tags and comments gone, the inline children of one block
 * joined. Link targets, image sources and alt texts and JSX attribute values are published too
 * (in `href`, `src`, `alt`, `title`), so each is added as a block of its own. Blocks are joined by
 * a blank line, which no scanned kind crosses.
 *
 * `origin` maps every index of the rendered text to an offset in the source body, so a finding
 * is reported where its source stands (at worst at the start of its text node).
 */
import { excessiveNesting } from '../content/nesting.ts';
import { decodeHTML } from 'entities';
import { createRequire } from 'node:module';

export interface RenderedText {
  text: string;
  /** The body offset of each index of `text` (one more entry for its end); undefined: `text` is the body. */
  origin?: Int32Array;
}

/**
 * A body with none of these characters has no markup, reference, comment or tag that could hide
 * anything: its rendered text is the body itself (no parse — the national dataset's bodies).
 */
const MARKUP = /[&{}<>*_`[\]\\~|!]/;

// Loaded on the first body with markup: most bodies take the fast path.
const require = createRequire(import.meta.url);
type Parser = { parse(text: string): unknown };
let parsers: { markdown: Parser; mdx: Parser } | undefined;
/** The site's body syntax: Markdown with GFM (strikethrough, tables, autolinks), MDX for `.mdx`. */
function parserFor(mdx: boolean): Parser {
  if (!parsers) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    const remarkMdx = (require('remark-mdx') as typeof import('remark-mdx')).default;
    parsers = { markdown: unified().use(remarkParse).use(remarkGfm), mdx: unified().use(remarkParse).use(remarkGfm).use(remarkMdx) };
  }
  return mdx ? parsers.mdx : parsers.markdown;
}

interface Node {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Node[];
  value?: unknown;
  url?: string;
  title?: string | null;
  alt?: string | null;
  attributes?: { type: string; value?: unknown; position?: Node['position'] }[];
}

/** Inline (phrasing) nodes: their text joins their neighbours'; every other node is a block. */
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'html', 'mdxTextExpression', 'mdxJsxTextElement', 'footnoteReference']);
/** `{/* a note *\/}`: compiles to nothing. */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;
/** `{'text'}`, `{"text"}`: renders its content (the validator rejects expressions, but its content is scanned all the same). */
const STRING_LITERAL = /^\s*(['"`])([\s\S]*)\1\s*$/;
const HTML_MARKUP = /<!--[\s\S]*?(?:-->|$)|<[^>]*>?/g;
const BLOCK_BREAK = '\n\n';

/** The rendered text of a Markdown (`mdx: false`) or MDX body; an unreadable MDX body is its own text (mdx-syntax reports it). */
export function renderedText(body: string, mdx: boolean): RenderedText {
  // A body nested too deep is refused (body-too-deep) before any parser sees it: parsing it here
  // could take minutes or overflow the stack, so its raw text is scanned instead.
  if (!MARKUP.test(body) || excessiveNesting(body) !== undefined) return { text: body };
  let tree: Node;
  try {
    tree = parserFor(mdx).parse(body) as Node;
  } catch {
    return { text: body };
  }
  const out = new TextBuilder(body);
  walk(tree, out);
  return out.finish();
}

class TextBuilder {
  private parts: string[] = [];
  private origin: number[] = [];
  private length = 0;
  private readonly body: string;
  constructor(body: string) {
    this.body = body;
  }

  /** Adds `value` whose source is `body[start, end)`: character by character where they align, else at `start`. */
  add(value: string, start: number, end: number): void {
    if (!value) return;
    const source = this.body.slice(start, end);
    if (source === value) {
      for (let i = 0; i < value.length; i++) this.origin.push(start + i);
    } else {
      for (const offset of align(source, value)) this.origin.push(start + offset);
    }
    this.parts.push(value);
    this.length += value.length;
  }

  source(start: number, end: number): string {
    return this.body.slice(start, end);
  }

  /** Ends the current block (once: consecutive breaks collapse). */
  breakBlock(at: number): void {
    if (this.length === 0 || this.parts.at(-1) === BLOCK_BREAK) return;
    this.parts.push(BLOCK_BREAK);
    this.origin.push(at, at);
    this.length += BLOCK_BREAK.length;
  }

  finish(): RenderedText {
    this.origin.push(this.body.length);
    return { text: this.parts.join(''), origin: Int32Array.from(this.origin) };
  }
}

/** `start`/`end`: the parent's range, for nodes a transform made without a position (GFM's autolinked text). */
function walk(node: Node, out: TextBuilder, parentStart = 0, parentEnd = parentStart): void {
  const start = node.position?.start.offset ?? parentStart;
  const end = node.position?.end.offset ?? parentEnd;
  const block = !INLINE.has(node.type);
  if (block) out.breakBlock(start);
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      out.add(String(node.value ?? ''), start, end);
      break;
    case 'html':
      addHtml(String(node.value ?? ''), start, end, out);
      break;
    case 'break':
      out.add('\n', start, end);
      break;
    case 'mdxTextExpression':
    case 'mdxFlowExpression': {
      const value = String(node.value ?? '');
      if (!COMMENT_ONLY.test(value)) out.add(STRING_LITERAL.exec(value)?.[2] ?? value, start, end);
      break;
    }
    case 'mdxjsEsm':
      break;
    default:
      for (const child of node.children ?? []) walk(child, out, start, end);
  }
  // What a node publishes besides its text: a link's target, an image's source and alt, attribute values.
  // An autolink (`<https://…>`, GFM's bare `www.…` or `name@…`) is its own text: its target adds nothing.
  const shown = plainText(node);
  const url = node.url && !(shown && node.url.endsWith(shown)) ? node.url : undefined;
  const published = [url, node.title, node.alt, ...(node.attributes ?? []).map((a) => (typeof a.value === 'string' ? a.value : undefined))];
  for (const value of published) {
    if (!value) continue;
    out.breakBlock(start);
    out.add(value, start, end);
    out.breakBlock(end);
  }
  if (block) out.breakBlock(end);
}

/** The text values under a node, joined (to tell an autolink from a link with its own text). */
function plainText(node: Node): string {
  return typeof node.value === 'string' ? node.value : (node.children ?? []).map(plainText).join('');
}

/** Raw HTML (Markdown bodies): its text without tags and comments, references decoded. */
function addHtml(value: string, start: number, end: number, out: TextBuilder): void {
  // The value is the source unless the node sits in a container (a blockquote's `>` removed).
  const exact = out.source(start, end) === value;
  const add = (from: number, to: number) => {
    const text = value.slice(from, to);
    if (!text) return;
    out.add(text.includes('&') ? decodeHTML(text) : text, exact ? start + from : start, exact ? start + to : end);
  };
  let at = 0;
  for (const tag of value.matchAll(HTML_MARKUP)) {
    add(at, tag.index);
    at = tag.index + tag[0].length;
  }
  add(at, value.length);
}

const REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

/**
 * The source offset of each character of `value`, walking `source` along: equal characters step
 * both, a character reference or a backslash escape in the source stands for one character of
 * the value, and what the value lacks (markup, a blockquote's `>`) is skipped when the next
 * character is found within a few characters; otherwise the current place is used.
 */
function align(source: string, value: string): number[] {
  const offsets: number[] = [];
  let s = 0;
  for (let v = 0; v < value.length; v++) {
    const char = value[v]!;
    const low = char.charCodeAt(0) >= 0xdc00 && char.charCodeAt(0) <= 0xdfff;
    if (low && v > 0) {
      offsets.push(offsets.at(-1)!);
      continue;
    }
    if (source[s] === char) {
      offsets.push(s++);
      continue;
    }
    if (source[s] === '\\' && source[s + 1] === char) {
      offsets.push(s);
      s += 2;
      continue;
    }
    const reference = source[s] === '&' ? REFERENCE.exec(source.slice(s, s + 40)) : null;
    if (reference) {
      offsets.push(s);
      s += reference[0].length;
      continue;
    }
    const ahead = source.indexOf(char, s);
    // The first character may stand anywhere in a parent's source; later ones follow closely.
    if (ahead !== -1 && (v === 0 || ahead - s <= 8)) {
      offsets.push(ahead);
      s = ahead + 1;
    } else {
      offsets.push(Math.min(s, Math.max(0, source.length - 1)));
    }
  }
  return offsets;
}
