/**
 * `npm run pr:comment -- --report FILE --out FILE [--run URL] [--site URL] [--content DIR]`
 * The trusted half of the pull-request comment (pr-comment.yml, on the base branch's code):
 * reads the report the untrusted check uploaded (`check:pr --report`), validates it strictly
 * (src/pr/report.ts) and renders the comment itself (src/pr/comment.ts), first in the base
 * content's `default_locale`. A missing or rejected report still gives a comment, saying so
 * without showing any of it, so a stale verdict is never left standing.
 * Exit 0: a comment was written (also for a rejected report); 2: could not run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { formatComment, formatRejectedComment } = await import('../src/pr/comment.ts');
const { parseReport, ReportError, MAX_REPORT_BYTES } = await import('../src/pr/report.ts');
const { parseYaml } = await import('../src/content/yaml.ts');

/** A run or site address from the trusted event or variables: plain https, nothing Markdown could read otherwise. */
const SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~%/-]*)?$/;

try {
  const { values } = parseArgs({
    options: { report: { type: 'string' }, out: { type: 'string' }, run: { type: 'string' }, site: { type: 'string' }, content: { type: 'string', default: 'content' } },
    strict: true,
  });
  if (!values.report || !values.out) throw new Error('--report FILE and --out FILE are required');
  const siteUrl = values.site ?? process.env['SITE_URL'];
  const options = {
    first: defaultLocale(values.content),
    ...(values.run && SAFE_URL.test(values.run) && { runUrl: values.run }),
    ...(siteUrl && SAFE_URL.test(siteUrl) && { siteUrl }),
  };
  let comment: string;
  try {
    if (!existsSync(values.report)) throw new ReportError('missing');
    const bytes = readFileSync(values.report);
    if (bytes.length > MAX_REPORT_BYTES) throw new ReportError('size');
    comment = formatComment(parseReport(bytes), options);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    process.stderr.write(`pr:comment: ${error.message}\n`);
    comment = formatRejectedComment(error.where, options);
  }
  writeFileSync(values.out, comment);
} catch (error) {
  process.stderr.write(`pr:comment: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}

/** The base content's `default_locale` (kk unless it says ru). */
function defaultLocale(contentDir: string): 'kk' | 'ru' {
  try {
    const movement = parseYaml(readFileSync(join(contentDir, 'movement.yaml'), 'utf8')) as { default_locale?: unknown } | undefined;
    return movement?.default_locale === 'ru' ? 'ru' : 'kk';
  } catch {
    return 'kk';
  }
}
