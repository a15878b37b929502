/**
 * check:pr's standard output: validate's formats for the problems the change introduces (they
 * decide the exit code), plus the problems the base already had, apart. `text` lists those first
 * under their heading, so the verdict stays the last line; `json` adds them as `alreadyPresent`;
 * `github` leaves them out (annotations are for what the change does; the job summary lists them).
 */
import { formatReport, type OutputFormat } from '../validator/format.ts';
import { renderProblems, type CheckPrResult } from './check.ts';
import { SUMMARY_STRINGS } from '../i18n/pr-summary.ts';

export function formatCheckPr(result: CheckPrResult, format: OutputFormat): string {
  const introduced = formatReport({ problems: result.rendered, filesChecked: result.filesChecked, sources: result.sources }, format, result.locale);
  if (result.alreadyPresent.length === 0 || format === 'github') return introduced;
  const present = renderProblems(result.alreadyPresent, result.locale);
  if (format === 'json') return JSON.stringify({ ...(JSON.parse(introduced) as object), alreadyPresent: present }, null, 2);
  // validate's text ends with its count line: the heading says what these are instead.
  const listed = formatReport({ problems: present, filesChecked: result.filesChecked, sources: result.sources }, 'text', result.locale).split('\n').slice(0, -1);
  return [`${SUMMARY_STRINGS[result.locale].alreadyPresent} (${present.length}):`, '', ...listed, introduced].join('\n');
}
