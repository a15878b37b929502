/**
 * `npm run codeowners -- [--check] [--content DIR] [--out FILE] [--national @org/team]`
 * Writes .github/CODEOWNERS from the regions' `maintainers:`. `--check` writes nothing and exits
 * 1 when the file is stale (CI), 0 when it is up to date; 2: could not run. `--help`: kk/ru.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { contentFolderMissing, failureText, parseCommandLine } from '../src/cli/command-line.ts';
import { generateCodeowners, NATIONAL_TEAM } from '../src/codeowners/codeowners.ts';
import { loadContent } from '../src/content/load.ts';
import { parseContent } from '../src/rules/schema.ts';
import { defaultContentDir } from '../src/validator/cli-args.ts';

try {
  const { values } = parseCommandLine('codeowners', {
    check: { type: 'boolean', default: false },
    content: { type: 'string', default: defaultContentDir() },
    out: { type: 'string', default: '.github/CODEOWNERS' },
    national: { type: 'string', default: NATIONAL_TEAM },
  });
  if (!existsSync(values.content)) throw contentFolderMissing(values.content);
  const { content } = parseContent(loadContent(values.content));
  const text = generateCodeowners(content, { contentPath: values.content, national: values.national });
  const current = existsSync(values.out) ? readFileSync(values.out, 'utf8') : undefined;
  if (values.check) {
    if (current !== text) {
      process.stderr.write(
        `${values.out} ескірген: \`npm run codeowners\` іске қосып, нәтижесін commit жасаңыз (ұлттық команда).\n` +
          `${values.out} устарел: выполните \`npm run codeowners\` и закоммитьте результат (национальная команда).\n`,
      );
      process.exitCode = 1;
    }
  } else if (current !== text) {
    writeFileSync(values.out, text);
    process.stdout.write(`${values.out}: жаңартылды / обновлён\n`);
  }
} catch (error) {
  process.stderr.write(failureText('codeowners', error));
  process.exitCode = 2;
}
