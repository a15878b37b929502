/**
 * `npm run status -- [--now ISO] [--format markdown|json] [--lang kk|ru|en] [--content DIR]`
 * Readiness of every region against the season's deadlines. Exit 0; 2: could not run.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { seasonReadiness } from '../src/reports/readiness.ts';
import { formatStatusMarkdown } from '../src/reports/status-markdown.ts';
import { defaultContentDir, parseLang, parseNow } from '../src/validator/cli-args.ts';
import { messageLocale, validateDirectory } from '../src/validator/validate.ts';

try {
  const { values } = parseArgs({
    options: {
      now: { type: 'string' },
      format: { type: 'string', default: 'markdown' },
      lang: { type: 'string' },
      content: { type: 'string', default: defaultContentDir() },
    },
    strict: true,
  });
  const now = parseNow(values.now);
  if (!['markdown', 'json'].includes(values.format)) throw new Error('--format: markdown or json');
  const lang = parseLang(values.lang);
  if (!existsSync(values.content)) throw new Error(`content folder not found: ${values.content}`);
  const { content, problems } = await validateDirectory(values.content, { now });
  const readiness = seasonReadiness(content, problems, now);
  const locale = messageLocale(content, lang);
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(readiness, null, 2)}\n` : formatStatusMarkdown(readiness, locale));
} catch (error) {
  process.stderr.write(`status: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
