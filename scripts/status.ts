/**
 * `npm run status -- [--now ISO] [--format markdown|json] [--lang kk|ru|en] [--content DIR]`
 * Readiness of every region against the season's deadlines, regions by name in the report's
 * language. Exit 0; 2: could not run. `--help`: kk/ru.
 */
import { existsSync } from 'node:fs';
import { contentFolderMissing, failureText, parseCommandLine } from '../src/cli/command-line.ts';
import { seasonReadiness } from '../src/reports/readiness.ts';
import { formatStatusMarkdown } from '../src/reports/status-markdown.ts';
import { defaultContentDir, oneOfError, parseLang, parseNow } from '../src/validator/cli-args.ts';
import { messageLocale, validateDirectory } from '../src/validator/validate.ts';

try {
  const { values } = parseCommandLine('status', {
    now: { type: 'string' },
    format: { type: 'string', default: 'markdown' },
    lang: { type: 'string' },
    content: { type: 'string', default: defaultContentDir() },
  });
  const now = parseNow(values.now);
  if (!['markdown', 'json'].includes(values.format)) throw oneOfError('--format', values.format, ['markdown', 'json']);
  const lang = parseLang(values.lang);
  if (!existsSync(values.content)) throw contentFolderMissing(values.content);
  const { content, problems } = await validateDirectory(values.content, { now });
  const readiness = seasonReadiness(content, problems, now);
  const locale = messageLocale(content, lang);
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(readiness, null, 2)}\n` : formatStatusMarkdown(readiness, locale));
} catch (error) {
  process.stderr.write(failureText('status', error));
  process.exitCode = 2;
}
