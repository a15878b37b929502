/**
 * An event body (Markdown or MDX) to the HTML the site publishes — without compiling anything.
 *
 * The site never hands a content file to Astro's MDX compiler: an MDX file is a JavaScript
 * module, and a pull request's `import`/`export` or `{expression}` would run during the build
 * (and again in the deploy job). Here MDX is only *parsed* (remark-mdx), then turned into HTML
 * like Markdown is: ESM and every expression except a comment `{/* … *\/}` are refused, JSX
 * elements become plain HTML elements, and every body — `.md` and `.mdx` alike — goes through the
 * same allowlist sanitiser (src/content/sanitize.ts) as the validator's content-safety rules.
 * So even a validator bug cannot make a content file execute code or publish a script.
 *
 * The validator reads the same body text (src/content/load.ts splits both), so what it checked
 * is what is rendered here.
 */
import { h } from 'hastscript';
import type { Element, ElementContent, Properties } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { CONTENT_COMPONENTS } from './components.ts';
import { excessiveNesting, excessiveTreeDepth } from './nesting.ts';
import { sanitizeSchema } from './sanitize.ts';
import { UnsafeBodyError } from './unsafe-body.ts';

export { UnsafeBodyError, type UnsafeBodyRule } from './unsafe-body.ts';

/** `{/* a note *\/}`: MDX's only way to write a comment; it renders to nothing. */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { offset?: number } };
}

/**
 * Refuses what could run code and drops comment-only expressions, in place. Iterative, so a
 * deep tree cannot overflow the stack (depth is also refused before this runs).
 */
function guard(tree: MdxNode): void {
  const components = new Set(CONTENT_COMPONENTS);
  const stack: MdxNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!node.children) continue;
    node.children = node.children.filter((child) => {
      const offset = child.position?.start.offset ?? 0;
      switch (child.type) {
        case 'mdxjsEsm':
          throw new UnsafeBodyError('mdx-esm', offset);
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (COMMENT_ONLY.test(String(child.value))) return false;
          throw new UnsafeBodyError('mdx-expression', offset);
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = child.name;
          if (name && !/^[a-z][a-z0-9-]*$/.test(name) && !components.has(name)) throw new UnsafeBodyError('mdx-component', offset, name);
          for (const attribute of child.attributes ?? []) {
            if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
              throw new UnsafeBodyError('mdx-expression', offset);
            }
          }
          break;
        }
      }
      stack.push(child);
      return true;
    });
  }
}

/** An MDX JSX element as the plain HTML element it names (a fragment `<>` as its children). */
type Handler = NonNullable<NonNullable<RemarkRehypeOptions['handlers']>['mdxJsxFlowElement']>;
const jsxToHast: Handler = (state, mdxNode) => {
  const node = mdxNode as unknown as MdxNode;
  const children = state.all(mdxNode) as ElementContent[];
  if (!node.name) return children;
  const properties: Properties = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.name) properties[attribute.name] = attribute.value === null ? true : String(attribute.value);
  }
  return h(node.name, properties, children) as Element;
};

type BodyProcessor = Processor<any, any, any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let processors: { markdown: BodyProcessor; mdx: BodyProcessor } | undefined;

function processorFor(mdx: boolean): BodyProcessor {
  processors ??= {
    markdown: build(false),
    mdx: build(true),
  };
  return mdx ? processors.mdx : processors.markdown;
}

function build(mdx: boolean): BodyProcessor {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (mdx) processor.use(remarkMdx);
  return processor
    .use(remarkRehype, {
      allowDangerousHtml: true,
      handlers: { mdxJsxFlowElement: jsxToHast, mdxJsxTextElement: jsxToHast },
    })
    // Markdown's raw HTML arrives as text and is parsed into elements the sanitiser can see; MDX
    // has no raw HTML (its tags are JSX, already elements).
    .use(mdx ? [] : [rehypeRaw])
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeStringify) as unknown as BodyProcessor;
}

/**
 * The HTML of a body; throws `UnsafeBodyError` (with the validator's rule id and an offset into
 * `text`) for anything that could run code or nests too deep. Unsafe HTML that is not code — a
 * disallowed tag or attribute, a `javascript:` link — is removed by the sanitiser (the validator
 * reports it to the author first).
 */
export function renderBody(text: string, options: { mdx: boolean }): string {
  const deep = excessiveNesting(text);
  if (deep !== undefined) throw new UnsafeBodyError('body-too-deep', deep);
  const processor = processorFor(options.mdx);
  let tree: MdxNode;
  try {
    tree = processor.parse(text) as MdxNode;
  } catch (error) {
    const place = (error as { place?: { offset?: number; start?: { offset?: number } } }).place;
    throw new UnsafeBodyError('mdx-syntax', (place && 'start' in place ? place.start?.offset : place?.offset) ?? 0, String((error as Error).message));
  }
  const deepNode = excessiveTreeDepth(tree);
  if (deepNode !== undefined) throw new UnsafeBodyError('body-too-deep', deepNode);
  guard(tree);
  const hast = processor.runSync(tree as never);
  return processor.stringify(hast as never) as string;
}
