/**
 * `npm run check:pr -- --base REF [--now ISO] [--format text|github|json] [--lang kk|ru|en]
 *  [--content DIR] [--summary FILE] [--site URL] [--report FILE]`
 * The pull-request rules (what changed against REF, the season's deadlines) plus validate on
 * both trees: only problems the change introduces fail; those REF already had are listed apart.
 * `--summary` writes the Markdown report for the job summary; `--site` (default: env SITE_URL with BASE_PATH)
 * makes its card links absolute. `--report` writes the report as JSON data (no Markdown) for
 * the PR comment, which the trusted workflow validates and renders (scripts/pr-comment.ts).
 * Exit 0: clean or warnings only; 1: errors; 2: could not run. `--help`: kk/ru.
 */
import { writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';

// As in validate.ts: cached bytecode makes a pull request's check start faster.
enableCompileCache();
const { runCheckPr, renderProblems } = await import('../src/pr/check.ts');
const { formatSummary } = await import('../src/pr/summary.ts');
const { buildReport } = await import('../src/pr/report.ts');
const { COMMON_OPTIONS, commonArgs } = await import('../src/validator/cli-args.ts');
const { failureText, missingOption, parseCommandLine } = await import('../src/cli/command-line.ts');
const { formatCheckPr } = await import('../src/pr/output.ts');
const { siteRoot } = await import('../src/site/deployment.ts');

try {
  const { values } = parseCommandLine('check:pr', { ...COMMON_OPTIONS, base: { type: 'string' }, summary: { type: 'string' }, site: { type: 'string' }, report: { type: 'string' } });
  if (!values.base) {
    throw missingOption('--base REF', { kk: 'pull request құйылатын тармақты немесе коммитті көрсетіңіз, мысалы --base origin/main', ru: 'укажите ветку или коммит, в который идёт pull request, например --base origin/main' });
  }
  const args = commonArgs(values);
  const result = await runCheckPr({ base: values.base, contentDir: args.contentDir, now: args.now, ...(args.locale && { locale: args.locale }) });
  const output = formatCheckPr(result, args.format);
  if (output) process.stdout.write(`${output}\n`);
  if (values.summary) {
    // The site's address with its base path, as the site and the cards read them (SITE_URL + BASE_PATH).
  const siteUrl = values.site ?? (process.env['SITE_URL'] ? siteRoot() : undefined);
    writeFileSync(values.summary, formatSummary(result, { render: (locale) => renderProblems(result.located, locale), ...(siteUrl && { siteUrl }) }));
  }
  if (values.report) writeFileSync(values.report, `${JSON.stringify(buildReport(result))}\n`);
  process.exitCode = result.rendered.some((p) => p.severity === 'error') ? 1 : 0;
} catch (error) {
  process.stderr.write(failureText('check:pr', error));
  process.exitCode = 2;
}
