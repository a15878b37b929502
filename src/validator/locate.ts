/**
 * The half of validation that needs no schema: the whole-content families, locating findings
 * (file:line:column), their order, and rendering them. Apart from \`validate.ts\` so that a run
 * answered from the cache never loads zod or the schemas.
 */
import type { SourceFile } from '../content/load.ts';
import type { Content } from '../content/model.ts';
import type { Locale } from '../content/schema.ts';
import { positionOfOffset, YamlLocator, type Position } from '../content/yaml.ts';
import { FAMILIES, RULES } from '../rules/index.ts';
import type { Finding, LocatedProblem, Problem, Rule } from '../rules/types.ts';
import { byPlace, localeOf } from './order.ts';

export { byPlace, localeOf } from './order.ts';

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

/** Renders a located problem's message in one language. */
export function renderProblem(problem: LocatedProblem, locale: Locale, rules: ReadonlyMap<string, Rule> = RULES): Problem {
  const rule = rules.get(problem.rule)!;
  const { params, ...rest } = problem;
  return { ...rest, message: rule.messages[locale](params) };
}
