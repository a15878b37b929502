/** The three output formats of `validate` and `check:pr`: text for people, GitHub workflow commands, JSON. */
import type { Locale } from '../content/schema.ts';
import { createRequire } from 'node:module';
import type { Problem, Rule } from '../rules/types.ts';
import { VALIDATOR_STRINGS } from '../i18n/validator.ts';

// The rule registry (every family's module) is read only for a text report with problems, whose
// rules are loaded by then: a clean run answered from the cache never loads it.
const require = createRequire(import.meta.url);
const rules = (): ReadonlyMap<string, Rule> => (require('../rules/index.ts') as typeof import('../rules/index.ts')).RULES;

export const FORMATS = ['text', 'github', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface Report {
  problems: Problem[];
  filesChecked: number;
  /** File texts by path, so the text format can show the offending line (asked only by the text format). */
  sources?: Pick<ReadonlyMap<string, string>, 'get'>;
}

export function formatReport(report: Report, format: OutputFormat, locale: Locale): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ ok: !report.problems.some((p) => p.severity === 'error'), problems: report.problems }, null, 2);
    case 'github':
      return report.problems.map(githubCommand).join('\n');
    case 'text':
      return formatText(report, locale);
  }
}

/** `::error file=…,line=…,col=…,title=…::message`, escaped as the runner expects. */
function githubCommand(problem: Problem): string {
  const property = (v: string) => escapeData(v).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = `file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(problem.rule)}`;
  return `::${problem.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(problem.message)}`;
}

function escapeData(v: string): string {
  return v.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Grouped by file; each problem with the line it stands on and a caret under the column. */
function formatText(report: Report, locale: Locale): string {
  const t = VALIDATOR_STRINGS[locale];
  const out: string[] = [];
  const byFile = Map.groupBy(report.problems, (p) => p.file);
  // A line that holds personal data is never printed, whichever problem points at it.
  const hidden = new Set(report.problems.filter((p) => rules().get(p.rule)?.sensitive).map((p) => `${p.file}:${p.line}`));
  for (const [file, problems] of byFile) {
    out.push(file);
    const lines = report.sources?.get(file)?.split('\n');
    for (const p of problems) {
      const label = p.severity === 'error' ? t.error : t.warning;
      out.push(`  ${p.line}:${p.column}  ${label}  ${p.message}  [${p.rule}]`);
      const source = lines?.[p.line - 1];
      if (source !== undefined && !hidden.has(`${file}:${p.line}`)) {
        out.push(`      ${p.line} | ${source}`);
        out.push(`      ${' '.repeat(String(p.line).length)} | ${' '.repeat(Math.max(0, p.column - 1))}^`);
      }
    }
    out.push('');
  }
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  out.push(report.problems.length ? t.summary(errors, warnings, report.filesChecked) : t.clean(report.filesChecked));
  return out.join('\n');
}
