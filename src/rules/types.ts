/**
 * The vocabulary of validation. A rule family is a pure function from the parsed content (and
 * "now") to findings; the validator locates each finding in its file and renders its message in
 * the reader's language. Rules never format text or compute positions themselves.
 */
import type { Locale } from '../content/schema.ts';
import type { Content } from '../content/model.ts';
import type { SourceFile } from '../content/load.ts';
import type { DataPath, Position } from '../content/yaml.ts';

export type Severity = 'error' | 'warning';
export type Params = Record<string, string | number>;

/** A message for one language; `path` (the field, e.g. `members[2].grade`) is always in `params`. */
export type Message = (params: Params) => string;

export interface Rule {
  /** Stable id: CI logs, docs and tests refer to it. Never rename one. */
  id: string;
  severity: Severity;
  /** One sentence that says what is wrong and what to change, in every language. */
  messages: Record<Locale, Message>;
  /** Its findings point at personal data: no output ever shows their source line. */
  sensitive?: true;
}

export interface Finding {
  rule: string;
  /** Overrides the rule's default severity (e.g. a deadline that is near rather than past). */
  severity?: Severity;
  file: SourceFile;
  /** Where in the file's YAML (or event frontmatter) the problem is. */
  path?: DataPath;
  /** Point at the key rather than the value (unknown keys, missing children). */
  at?: 'key' | 'value';
  /** Or a character offset into the whole file text (Markdown bodies, raw scans). */
  offset?: number;
  /** Or an already known position (YAML syntax errors). */
  position?: Position;
  params?: Params;
}

export interface CheckContext {
  content: Content;
  /** "Today" for deadline rules: `--now`, defaulting to the real time. */
  now: Date;
}

/** What a per-file check may know besides its file: it runs as the file is read, before the content exists. */
export interface FileCheckContext {
  /**
   * "Today". A per-file check may depend on its calendar day (UTC or Kazakhstan), never on the
   * time of day: the validate cache keeps per-file findings by file content and that day.
   */
  now: Date;
}

export interface RuleFamily {
  /** schema, references, hierarchy, personal-data, content-safety, events, deadlines */
  name: string;
  rules: Rule[];
  /**
   * Checks that need the whole content (references, hierarchy, deadlines). Runs once, after every
   * file is read, on every run. On a re-run (`.cache/validate/`) the parsed values of unchanged
   * files are the cached facts: the fields this check read in the last full run (learned, not
   * declared; reading a new field makes that run a full one). A file's raw `text`/`body` is read
   * from disk when asked for. Nothing to do for a family: read `content`, keep no state between runs.
   */
  check?(context: CheckContext): Finding[];
  /**
   * The same check in sections that read different parts of the content, in the order `check`
   * gives their findings (`check` is then `checkOfSections(sections)`): the validate cache keeps
   * each section's verdict apart, so an edit re-runs only the sections that read what it touched.
   */
  sections?: Readonly<Record<string, Section>>;
  /**
   * Checks of one file on its own (personal data, content safety), run as each file is parsed.
   * They use nothing but the file (and the day of `now`): the cache keeps their findings per file.
   */
  checkFile?(file: SourceFile, context: FileCheckContext): Finding[];
}

/** A part of a family's check: on the whole content, or file by file (`FileSection`). */
export type Section = ((context: CheckContext) => Finding[]) | FileSection;

/** The parts of the content that are lists of files. */
export type FileParts = 'units' | 'events' | 'translations' | 'awards' | 'projects';

/**
 * A section that checks each file of some parts on its own against one value shared by all of
 * them (the hidden members' names, for the texts that must not name them). The validate cache
 * keeps each file's verdict, and re-runs a file's check only when the file or the shared value
 * changed; the shared value is kept too, for as long as the parts it read are unchanged. It is
 * plain data (objects, arrays, strings, finite numbers, booleans, null): its JSON text is its key.
 */
export interface FileSection<Shared = unknown> {
  parts: readonly FileParts[];
  shared(context: CheckContext): Shared;
  /** One file, with its parsed value as the content holds it; nothing else of the content. */
  check(file: SourceFile, data: unknown, shared: Shared): Finding[];
}

export const isFileSection = (section: Section): section is FileSection => typeof section !== 'function';

/** A family's `check` made of its `sections`, their findings one after the other (a file section's, file by file in its parts' order). */
export function checkOfSections(sections: Readonly<Record<string, Section>>): (context: CheckContext) => Finding[] {
  return (context) =>
    Object.values(sections).flatMap((section) => {
      if (!isFileSection(section)) return section(context);
      const shared = section.shared(context);
      return section.parts.flatMap((part) => context.content[part].flatMap(({ file, data }) => section.check(file, data, shared)));
    });
}

/** A located, still language-neutral problem. */
export interface LocatedProblem {
  severity: Severity;
  rule: string;
  file: string;
  line: number;
  column: number;
  params: Params;
}

/** The shape `validate --format json` prints (PRODUCT.md). */
export interface Problem {
  severity: Severity;
  rule: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `members[2].grade` — how a field is named in messages. */
export function formatPath(path: DataPath | undefined): string {
  if (!path || path.length === 0) return '';
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

/** A field's name for a message's `path` param: `—` for the file's top level (an empty path). */
export function fieldPath(path: DataPath): string {
  return formatPath(path) || '—';
}
