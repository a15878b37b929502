/**
 * `npm run export:ministry -- --out DIR [--draft] [--now ISO] [--content DIR]`
 * Writes ministry-list-<season>.xlsx and .csv (or …-draft.* with --draft while the data has
 * errors). An approval from a previous season is marked outdated. Exit 0: written; 1: refused
 * because of errors; 2: could not run. `--help`: kk/ru.
 */
import { existsSync } from 'node:fs';
import { contentFolderMissing, failureText, missingOption, parseCommandLine } from '../src/cli/command-line.ts';
import { ExportRefusedError, exportMinistryList } from '../src/reports/ministry-export.ts';
import { defaultContentDir, parseNow } from '../src/validator/cli-args.ts';

try {
  const { values } = parseCommandLine('export:ministry', {
    out: { type: 'string' },
    draft: { type: 'boolean', default: false },
    now: { type: 'string' },
    content: { type: 'string', default: defaultContentDir() },
  });
  if (!values.out) throw missingOption('--out DIR', { kk: 'тізім жазылатын папканы көрсетіңіз, мысалы --out ~/ministry', ru: 'укажите папку для списка, например --out ~/ministry' });
  if (!existsSync(values.content)) throw contentFolderMissing(values.content);
  const now = parseNow(values.now);
  const written = await exportMinistryList({ contentDir: values.content, outDir: values.out, now, draft: values.draft });
  process.stdout.write(`${written.join('\n')}\n`);
} catch (error) {
  if (error instanceof ExportRefusedError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(failureText('export:ministry', error));
    process.exitCode = 2;
  }
}
