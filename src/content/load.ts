/**
 * Reads a content tree from disk exactly as the build does: js-yaml 4 for YAML files and for
 * the frontmatter of events (Astro's own frontmatter pattern). Nothing here validates; the
 * schemas and rules run on what this returns, so the validator and the site see the same values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { classify, isIgnored, type Classified } from './layout.ts';
import { parseYaml, positionOfOffset, YamlSyntaxError, type Position } from './yaml.ts';

export interface SourceFile {
  /** The path people see in messages: relative to the working directory, with forward slashes. */
  path: string;
  /** The path relative to the content root, e.g. `events/2027/reading-marathon.mdx`. */
  relative: string;
  /** What the file is, from its place in the tree; undefined for a file in the wrong place. */
  place: Classified | undefined;
  text: string;
  /** The YAML part of the file: the whole file, or an event's frontmatter. */
  yaml: { text: string; offset: number; line: number };
  /** An event's Markdown/MDX body and where it starts in `text`. */
  body?: { text: string; offset: number };
  /** The value js-yaml produced, or undefined when the YAML could not be read. */
  data: unknown;
  syntaxError?: { message: string; position: Position };
}

export interface ContentTree {
  /** The content root as given (e.g. `content`). */
  root: string;
  files: SourceFile[];
}

/** Astro's frontmatter pattern (@astrojs/internal-helpers/frontmatter), so both split files alike. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** Splits an event file into its frontmatter YAML and its body, with their offsets. */
export function splitFrontmatter(text: string): { yaml: SourceFile['yaml']; body: NonNullable<SourceFile['body']> } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const yamlText = match[1]!;
  const yamlOffset = match.index + match[0].indexOf(yamlText);
  const bodyOffset = match.index + match[0].length;
  const { line } = positionOfOffset(text, yamlOffset);
  return { yaml: { text: yamlText, offset: yamlOffset, line }, body: { text: text.slice(bodyOffset), offset: bodyOffset } };
}

/** Reads and parses one file; never throws for bad content (the error is recorded on the file). */
export function readSourceFile(root: string, relativePath: string, text = readFileSync(`${root}/${relativePath}`, 'utf8')): SourceFile {
  const place = classify(relativePath);
  const file: SourceFile = {
    path: displayPath(root, relativePath),
    relative: relativePath,
    place,
    text,
    yaml: { text, offset: 0, line: 1 },
    data: undefined,
  };
  if (place?.kind === 'event' || /\.mdx?$/.test(relativePath)) {
    const parts = splitFrontmatter(text);
    if (!parts) {
      file.syntaxError = { message: 'frontmatter-missing', position: { line: 1, column: 1 } };
      return file;
    }
    file.yaml = parts.yaml;
    file.body = parts.body;
  }
  try {
    file.data = parseYaml(file.yaml.text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const { line, column } = error.position;
    file.syntaxError = { message: error.message, position: { line: line + file.yaml.line - 1, column } };
  }
  return file;
}

/** Every file below `root` (relative paths, forward slashes, sorted), minus ignored ones. */
export function listContentFiles(root: string): string[] {
  const found: string[] = [];
  // A plain walk that builds the relative paths itself: on the national dataset's 5,270 files,
  // path.relative/join per entry cost several times the directory reads.
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = prefix + entry.name;
      if (isIgnored(path)) continue;
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`, `${path}/`);
      else if (entry.isFile()) found.push(path);
    }
  };
  walk(root, '');
  return found.sort();
}

/** Loads the whole content tree. */
export function loadContent(root: string): ContentTree {
  return { root, files: listContentFiles(root).map((path) => readSourceFile(root, path)) };
}

/** `content/…` as people see it: relative to the working directory (computed once per root). */
function displayPath(root: string, relativePath: string): string {
  const cwd = process.cwd();
  if (displayRoot?.root !== root || displayRoot.cwd !== cwd) displayRoot = { root, cwd, prefix: toPosix(relative(cwd, root)) };
  return displayRoot.prefix ? `${displayRoot.prefix}/${relativePath}` : relativePath;
}
let displayRoot: { root: string; cwd: string; prefix: string } | undefined;

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
