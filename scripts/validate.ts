/**
 * `npm run validate -- [--now ISO] [--format text|github|json] [--lang kk|ru|en] [--content DIR] [--no-cache]` (`--help`: kk/ru)
 * Exit 0: clean or warnings only; 1: errors; 2: could not run. A re-run re-parses only the files
 * that changed (`.cache/validate/`); `--no-cache` parses everything and leaves the cache alone.
 */
import { enableCompileCache } from 'node:module';

// Cached bytecode of the validator's modules saves ~150 ms of every run: a pull request's check
// should feel instant. The modules are imported after this line for the cache to apply.
enableCompileCache();
const { COMMON_OPTIONS, commonArgs } = await import('../src/validator/cli-args.ts');
const { failureText, parseCommandLine } = await import('../src/cli/command-line.ts');
const { formatReport } = await import('../src/validator/format.ts');
const { runValidation } = await import('../src/validator/run.ts');

try {
  const { values } = parseCommandLine('validate', { ...COMMON_OPTIONS, 'no-cache': { type: 'boolean' } });
  const args = commonArgs(values);
  const result = await runValidation({ contentDir: args.contentDir, now: args.now, cache: !values['no-cache'], ...(args.locale && { locale: args.locale }) });
  const output = formatReport({ problems: result.rendered, filesChecked: result.filesChecked, sources: result.sources }, args.format, result.locale);
  if (output) process.stdout.write(`${output}\n`);
  process.exitCode = result.rendered.some((p) => p.severity === 'error') ? 1 : 0;
} catch (error) {
  process.stderr.write(failureText('validate', error));
  process.exitCode = 2;
}
