/**
 * `npm run validate -- [--now ISO] [--format text|github|json] [--lang kk|ru|en] [--content DIR]`
 * Exit 0: clean or warnings only; 1: errors; 2: could not run.
 */
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS, commonArgs } from '../src/validator/cli-args.ts';
import { formatReport } from '../src/validator/format.ts';
import { runValidation } from '../src/validator/run.ts';

try {
  const { values } = parseArgs({ options: COMMON_OPTIONS, strict: true });
  const args = commonArgs(values);
  const result = await runValidation({ contentDir: args.contentDir, now: args.now, ...(args.locale && { locale: args.locale }) });
  const output = formatReport({ problems: result.rendered, filesChecked: result.filesChecked, sources: result.sources }, args.format, result.locale);
  if (output) process.stdout.write(`${output}\n`);
  process.exitCode = result.rendered.some((p) => p.severity === 'error') ? 1 : 0;
} catch (error) {
  process.stderr.write(`validate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
