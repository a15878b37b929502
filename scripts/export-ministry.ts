/**
 * `npm run export:ministry -- --out DIR [--draft] [--now ISO] [--content DIR]`
 * Writes ministry-list-<season>.xlsx and .csv (or …-draft.* with --draft while the data has
 * errors). Exit 0: written; 1: refused because of errors; 2: could not run.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ExportRefusedError, exportMinistryList } from '../src/reports/ministry-export.ts';
import { defaultContentDir, parseNow } from '../src/validator/cli-args.ts';

try {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      draft: { type: 'boolean', default: false },
      now: { type: 'string' },
      content: { type: 'string', default: defaultContentDir() },
    },
    strict: true,
  });
  if (!values.out) throw new Error('--out DIR is required');
  if (!existsSync(values.content)) throw new Error(`content folder not found: ${values.content}`);
  const now = parseNow(values.now);
  const written = await exportMinistryList({ contentDir: values.content, outDir: values.out, now, draft: values.draft });
  process.stdout.write(`${written.join('\n')}\n`);
} catch (error) {
  if (error instanceof ExportRefusedError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`export:ministry: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
