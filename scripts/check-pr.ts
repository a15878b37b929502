/**
 * `npm run check:pr -- --base REF [--now ISO] [--format text|github|json] [--lang kk|ru|en]
 *  [--content DIR] [--summary FILE] [--site URL] [--report FILE]`
 * The pull-request rules (what changed against REF, the season's deadlines) plus validate on
 * both trees: only problems the change introduces fail; those REF already had are listed apart.
 * `--summary` writes the Markdown report for the job summary; `--site` (default: env SITE_URL)
 * makes its card links absolute. `--report` writes the report as JSON data (no Markdown) for
 * the PR comment, which the trusted workflow validates and renders (scripts/pr-comment.ts).
 * Exit 0: clean or warnings only; 1: errors; 2: could not run.
 */
import { writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { parseArgs } from 'node:util';

// As in validate.ts: cached bytecode makes a pull request's check start faster.
enableCompileCache();
const { runCheckPr, renderProblems } = await import('../src/pr/check.ts');
const { formatSummary } = await import('../src/pr/summary.ts');
const { buildReport } = await import('../src/pr/report.ts');
const { COMMON_OPTIONS, commonArgs, UsageError } = await import('../src/validator/cli-args.ts');
const { formatCheckPr } = await import('../src/pr/output.ts');

try {
  const { values } = parseArgs({
    options: { ...COMMON_OPTIONS, base: { type: 'string' }, summary: { type: 'string' }, site: { type: 'string' }, report: { type: 'string' } },
    strict: true,
  });
  if (!values.base) throw new UsageError('--base REF is required (the branch or commit the pull request goes into)');
  const args = commonArgs(values);
  const result = await runCheckPr({ base: values.base, contentDir: args.contentDir, now: args.now, ...(args.locale && { locale: args.locale }) });
  const output = formatCheckPr(result, args.format);
  if (output) process.stdout.write(`${output}\n`);
  if (values.summary) {
    const siteUrl = values.site ?? process.env['SITE_URL'];
    writeFileSync(values.summary, formatSummary(result, { render: (locale) => renderProblems(result.located, locale), ...(siteUrl && { siteUrl }) }));
  }
  if (values.report) writeFileSync(values.report, `${JSON.stringify(buildReport(result))}\n`);
  process.exitCode = result.rendered.some((p) => p.severity === 'error') ? 1 : 0;
} catch (error) {
  process.stderr.write(`check:pr: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
