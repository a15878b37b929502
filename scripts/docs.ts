/** `npm run docs` — regenerates docs/content-reference.md; `--check` exits 1 when it is stale. `--help`: kk/ru. */
import { failureText, parseCommandLine } from '../src/cli/command-line.ts';
import { writeOrCheckGenerated } from '../src/cli/generated-file.ts';
import { contentReference } from '../src/docs/content-reference.ts';

try {
  const { values } = parseCommandLine('docs', { check: { type: 'boolean', default: false } });
  process.exitCode = writeOrCheckGenerated('docs', 'docs/content-reference.md', contentReference(), Boolean(values.check));
} catch (error) {
  process.stderr.write(failureText('docs', error));
  process.exitCode = 2;
}
