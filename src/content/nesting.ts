/**
 * How deep a body may nest. Markdown and HTML parsers and every tree walk after them recurse
 * (or slow down quadratically) with depth: a 10,000-level `<div>` or blockquote, or a 2,000-level
 * list, overflows the stack or runs for minutes. No event needs more than a few levels, so a
 * body deeper than `MAX_NESTING` is refused before any parser sees it (rule `body-too-deep`), in
 * the validator and in the build's renderer alike.
 */
export const MAX_NESTING = 32;

/** An opening or closing tag (HTML or MDX JSX); void and self-closing tags do not nest. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9.:-]*)(?:[^<>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements an HTML parser closes by itself when the next one opens (`<li><li>` are siblings): they never nest by omission. */
const SELF_CLOSING_BY_SIBLING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option']);
/** A line's container prefix: blockquote markers and list markers, in any mix. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))+/;
/** Runs of emphasis or bracket characters that open nested inline nodes. */
const INLINE_RUN = /[*_~]{33,}|(?:!?\[){33,}/;
/** A thematic break (`***…`, `___…`) is one node however long. */
const THEMATIC_BREAK = /^[ \t]*([*_-])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * The offset in `text` where nesting first goes past `MAX_NESTING`, or undefined when it never
 * does. Conservative and cheap (one pass of simple regexes): it counts container markers and
 * indentation per line and the running depth of tags, so it may refuse a pathological body the
 * parsers would have read, but never lets a deep one through to them.
 */
export function excessiveNesting(text: string): number | undefined {
  return mayNestTooDeep(text) ? scanNesting(text) : undefined;
}

/**
 * A line's lead that could count past the limit: each character of it counts at most 2 (a tab is
 * 4 columns, half a level each), so a line needs 33 or more of them at its start.
 */
const LONG_LEAD = new RegExp(`^[ \\t>*+\\-\\d.)]{${MAX_NESTING + 1}}`, 'm');

/**
 * Whether `scanNesting` could find anything (every body of the national dataset cannot): past
 * the limit needs more than `MAX_NESTING` `<` (each opening tag is one), a line lead of 33
 * container characters, or an inline run (none crosses a line). One regex pass each instead of
 * a slice and four regexes per line; `test/content/nesting.test.ts` compares both on random bodies.
 */
function mayNestTooDeep(text: string): boolean {
  let tags = 0;
  for (let at = text.indexOf('<'); at !== -1 && tags <= MAX_NESTING; at = text.indexOf('<', at + 1)) tags++;
  return tags > MAX_NESTING || LONG_LEAD.test(text) || INLINE_RUN.test(text);
}

/** The full scan behind `excessiveNesting` (exported for the test that compares it with the fast path). */
export function scanNesting(text: string): number | undefined {
  let depth = 0;
  for (const tag of text.matchAll(TAG)) {
    const name = tag[2]!.toLowerCase();
    if (tag[3] || VOID.has(name) || SELF_CLOSING_BY_SIBLING.has(name)) continue;
    depth = tag[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_NESTING) return tag.index;
  }
  let lineStart = 0;
  while (lineStart < text.length) {
    const end = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, end === -1 ? text.length : end);
    const prefix = CONTAINERS.exec(line)?.[0] ?? '';
    const markers = (prefix.match(/>|[-*+][ \t]|\d{1,9}[.)][ \t]/g) ?? []).length;
    const lead = prefix + /^[ \t]*/.exec(line.slice(prefix.length))![0];
    const indent = (lead.match(/ /g)?.length ?? 0) + 4 * (lead.match(/\t/g)?.length ?? 0);
    // Nested lists need two or more columns per level, so indentation counts half.
    if (markers + Math.floor(indent / 2) > MAX_NESTING * 2) return lineStart;
    const run = THEMATIC_BREAK.test(line) ? null : INLINE_RUN.exec(line);
    if (run) return lineStart + run.index;
    if (end === -1) break;
    lineStart = end + 1;
  }
  return undefined;
}

interface TreeNode {
  children?: TreeNode[];
  position?: { start: { offset?: number } };
}

/** The offset of the first node deeper than `MAX_NESTING` levels in a parsed tree (iterative: no recursion). */
export function excessiveTreeDepth(tree: TreeNode): number | undefined {
  const stack: [TreeNode, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING * 2) return node.position?.start.offset ?? 0;
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return undefined;
}
