/**
 * The one reader of the content tree. The validator, `check:pr` and the site build
 * (src/content.config.ts) all list and read files here, so the set of files validated is the set
 * built, byte for byte: js-yaml 4 for YAML files and for an event's frontmatter, and the event's
 * body as the text after its closing `---` line. Nothing here validates; the schemas and rules
 * run on what this returns.
 *
 * Trust: a content pull request comes from anyone. The reader never follows a symbolic link
 * (a link could point outside the tree, or at a file the validator never sees) and never reads
 * a device, socket or pipe: such entries are listed, flagged and refused by the validator
 * (`file-symlink`) and by the build alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { classify, isIgnoredName, type Classified } from './layout.ts';
import { parseYaml, YamlSyntaxError, type Position } from './yaml.ts';

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
  /** A symbolic link or a special file at this path: never read, refused (rule `file-symlink`). */
  refused?: 'symlink' | 'special';
}

/** One entry of the content tree: a regular file, or something the reader refuses to read. */
export interface ContentEntry {
  /** Relative to the content root, forward slashes. */
  path: string;
  type: 'file' | 'symlink' | 'special';
}

export interface ContentTree {
  /** The content root as given (e.g. `content`). */
  root: string;
  files: SourceFile[];
}

/**
 * An event's frontmatter: the file's first line is `---` (after an optional BOM), and the first
 * later line that is `---` closes it; trailing spaces on either line are fine. Nothing else opens
 * or closes it — not `+++`, not leading blank lines — because the body is rendered exactly from
 * the text after that closing line: a reader that accepted more (Astro's own pattern accepts
 * `---` closed by `+++`) would let the validator and the renderer see different bodies.
 */
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
/** A closing line, tried at each line start (found by `\n`, the only line break YAML and the body share). */
const CLOSING = /---[ \t]*(?:\r?\n|$)/y;

export type FrontmatterProblem = 'frontmatter-missing' | 'frontmatter-delimiter';

/** Splits an event file into its frontmatter YAML and its body, with their offsets; or says why it cannot. */
export function splitFrontmatter(text: string): { yaml: SourceFile['yaml']; body: NonNullable<SourceFile['body']> } | FrontmatterProblem {
  const opening = OPENING.exec(text);
  if (!opening) return /^\uFEFF?\s*(?:---|\+\+\+)/.test(text) ? 'frontmatter-delimiter' : 'frontmatter-missing';
  const yamlOffset = opening[0].length;
  let lineStart = yamlOffset;
  let closing: RegExpExecArray | null = null;
  while (lineStart !== 0 && lineStart <= text.length) {
    CLOSING.lastIndex = lineStart;
    if ((closing = CLOSING.exec(text))) break;
    lineStart = text.indexOf('\n', lineStart) + 1;
  }
  if (!closing) return 'frontmatter-delimiter';
  const yamlText = text.slice(yamlOffset, lineStart);
  const bodyOffset = lineStart + closing[0].length;
  return { yaml: { text: yamlText, offset: yamlOffset, line: 2 }, body: { text: text.slice(bodyOffset), offset: bodyOffset } };
}

/** Reads and parses one file; never throws for bad content (the error is recorded on the file). */
export function readSourceFile(root: string, relativePath: string, text?: string, type: ContentEntry['type'] = 'file'): SourceFile {
  const place = classify(relativePath);
  if (type !== 'file') {
    return { path: displayPath(root, relativePath), relative: relativePath, place, text: '', yaml: { text: '', offset: 0, line: 1 }, data: undefined, refused: type };
  }
  text ??= readFileSync(`${root}/${relativePath}`, 'utf8');
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
    // A translation holds only a body: its frontmatter may be left out (then the whole text is the body).
    if (parts === 'frontmatter-missing' && place?.kind === 'event-translation') {
      file.yaml = { text: '', offset: 0, line: 1 };
      file.body = { text, offset: 0 };
      return file;
    }
    if (typeof parts === 'string') {
      file.syntaxError = { message: parts, position: { line: 1, column: 1 } };
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

/**
 * Every entry below `root` (relative paths, forward slashes, sorted), minus ignored ones. A
 * symbolic link (to a file or a folder) and a special file are listed with their type and never
 * followed: whatever they point at is not content.
 */
export function listContent(root: string): ContentEntry[] {
  const found: ContentEntry[] = [];
  // A plain walk that builds the relative paths itself: on the national dataset's 5,270 files,
  // path.relative/join per entry cost several times the directory reads.
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (isIgnoredName(entry.name)) continue;
      const path = prefix + entry.name;
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`, `${path}/`);
      else found.push({ path, type: entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'symlink' : 'special' });
    }
  };
  walk(root, '');
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * One listing of the tree shared by several readers that each list it at about the same time:
 * the site's collection loaders, which Astro starts together for a content sync, share one walk
 * of the tree (5,270 files at national scale) instead of one each. A reader that asks again, or
 * any reader once `maxAgeMs` has passed, gets a fresh listing, and the listing is dropped once
 * every reader has had it, so a later sync never sees an old tree.
 */
export function sharedListing(root: string, readers: readonly string[], maxAgeMs = 5000): (reader: string) => ContentEntry[] {
  let current: { entries: ContentEntry[]; taken: Set<string>; at: number } | undefined;
  return (reader) => {
    if (!current || current.taken.has(reader) || Date.now() - current.at > maxAgeMs) current = { entries: listContent(root), taken: new Set(), at: Date.now() };
    const { entries, taken } = current;
    taken.add(reader);
    if (readers.every((r) => taken.has(r))) current = undefined;
    return entries;
  };
}

/** The paths of `listContent` (every entry, refused ones included). */
export function listContentFiles(root: string): string[] {
  return listContent(root).map((entry) => entry.path);
}

/** Loads the whole content tree. */
export function loadContent(root: string): ContentTree {
  return { root, files: listContent(root).map((entry) => readSourceFile(root, entry.path, undefined, entry.type)) };
}

/** `content/…` as people see it: relative to the working directory (computed once per root). */
export function displayPath(root: string, relativePath: string): string {
  const cwd = process.cwd();
  if (displayRoot?.root !== root || displayRoot.cwd !== cwd) displayRoot = { root, cwd, prefix: toPosix(relative(cwd, root)) };
  return displayRoot.prefix ? `${displayRoot.prefix}/${relativePath}` : relativePath;
}
let displayRoot: { root: string; cwd: string; prefix: string } | undefined;

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
