/**
 * Runs every rule over a content tree and locates each finding in its file. The clean path
 * parses each file once with js-yaml; source positions (eemeli's `yaml`, slower) are computed
 * only for the files that have something to report.
 */
import { listContent, type ContentTree, type SourceFile } from '../content/load.ts';
import type { Content } from '../content/model.ts';
import type { Locale } from '../content/schema.ts';
import { positionOfOffset, YamlLocator, type Position } from '../content/yaml.ts';
import { FAMILIES, RULES } from '../rules/index.ts';
import { assembleContent, type ParsedFile } from '../rules/schema.ts';
import type { Finding, LocatedProblem, Problem, Rule } from '../rules/types.ts';
import { checkFile, checkSourceFile } from './check-files.ts';

export interface ValidateOptions {
  /** "Today" for the deadline rules. */
  now: Date;
}

export interface ValidationResult {
  tree: ContentTree;
  content: Content;
  problems: LocatedProblem[];
  /** Each file's parse and per-file findings, in tree order (check:pr reuses them for the base's unchanged files). */
  checked: ParsedFile[];
  /** Every finding before it was located, per-file ones first (check:pr compares them with the base's). */
  findings: Finding[];
  /** `located[i]` is `findings[i]` located (check:pr reuses them instead of locating twice). */
  located: LocatedProblem[];
}

/** Validates a tree already in memory (tests, pull-request trees). */
export function validateTree(tree: ContentTree, options: ValidateOptions): ValidationResult {
  return finish(tree, tree.files.map((file) => checkSourceFile(file, options)), options);
}

/**
 * Reads and validates a content folder. One thread on purpose: on the national dataset, handing
 * the parsed content back from worker threads cost more than the parsing they saved (measured:
 * 1.7–1.9 s with two threads against 1.3–1.5 s with one; with only the light event files in a
 * worker, 1.55–2.0 s against 1.34–1.95 s). On two cores V8's own GC and compiler threads
 * already use the second core.
 */
export async function validateDirectory(root: string, options: ValidateOptions): Promise<ValidationResult> {
  const checked = listContent(root).map((entry) => checkFile(root, entry, options));
  return finish({ root, files: checked.map((c) => c.file) }, checked, options);
}

/** The whole-content half: cross-file families, then every finding located and sorted. */
function finish(tree: ContentTree, checked: ParsedFile[], options: ValidateOptions): ValidationResult {
  const content = assembleContent(tree, checked);
  const findings = checked.flatMap((c) => c.findings);
  findings.push(...wholeContentFindings(content, options.now));
  const located = locateEach(findings);
  return { tree, content, problems: [...located].sort(byPlace), checked, findings, located };
}

/** The cross-file families' findings, in registry order. */
export function wholeContentFindings(content: Content, now: Date): Finding[] {
  const findings: Finding[] = [];
  for (const family of FAMILIES) if (family.check) findings.push(...family.check({ content, now }));
  return findings;
}

/**
 * Locates findings (file:line:column) and sorts them by file and line. `rules` is the registry
 * the ids belong to: the validator's by default; `check:pr` passes its own pull-request rules.
 */
export function locateFindings(findings: Finding[], rules: ReadonlyMap<string, Rule> = RULES): LocatedProblem[] {
  return locateEach(findings, rules).sort(byPlace);
}

/** Locates findings, in their order (the incremental validator sorts once it has them all). */
export function locateEach(findings: Finding[], rules: ReadonlyMap<string, Rule> = RULES): LocatedProblem[] {
  const locators = new Map<SourceFile, YamlLocator>();
  return findings.map((finding) => locateFinding(finding, locators, rules));
}

/** The order problems are reported in: by file, line, column, then rule id. */
export function byPlace(a: LocatedProblem, b: LocatedProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

function locateFinding(finding: Finding, locators: Map<SourceFile, YamlLocator>, rules: ReadonlyMap<string, Rule>): LocatedProblem {
  const rule = rules.get(finding.rule);
  if (!rule) throw new Error(`Unregistered rule id: ${finding.rule}`);
  const position = positionOf(finding, locators);
  return {
    severity: finding.severity ?? rule.severity,
    rule: finding.rule,
    file: finding.file.path,
    line: position.line,
    column: position.column,
    params: finding.params ?? {},
  };
}

function positionOf(finding: Finding, locators: Map<SourceFile, YamlLocator>): Position {
  const { file } = finding;
  if (finding.position) return finding.position;
  if (finding.offset !== undefined) return positionOfOffset(file.text, finding.offset);
  if (!finding.path) return { line: file.yaml.line, column: 1 };
  let locator = locators.get(file);
  if (!locator) locators.set(file, (locator = new YamlLocator(file.yaml.text)));
  const { line, column } = locator.locate(finding.path, finding.at);
  return { line: line + file.yaml.line - 1, column };
}

/** The language messages are rendered in: the one asked for, else movement.yaml's `default_locale`, else kk. */
export function messageLocale(content: Content, asked?: Locale): Locale {
  return localeOf(content.movement?.data.default_locale, asked);
}

/** The same choice from movement.yaml's `default_locale` alone (the cached validator has no full content). */
export function localeOf(defaultLocale: Locale | undefined, asked?: Locale): Locale {
  return asked ?? defaultLocale ?? 'kk';
}

/** Renders a located problem's message in one language. */
export function renderProblem(problem: LocatedProblem, locale: Locale, rules: ReadonlyMap<string, Rule> = RULES): Problem {
  const rule = rules.get(problem.rule)!;
  const { params, ...rest } = problem;
  return { ...rest, message: rule.messages[locale](params) };
}
