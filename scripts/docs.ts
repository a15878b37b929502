/** `npm run docs` — regenerates docs/content-reference.md; `--check` exits 1 when it is stale. `--help`: kk/ru. */
import { readFileSync, writeFileSync } from 'node:fs';
import { failureText, parseCommandLine } from '../src/cli/command-line.ts';
import { contentReference } from '../src/docs/content-reference.ts';

const target = 'docs/content-reference.md';
try {
  const { values } = parseCommandLine('docs', { check: { type: 'boolean', default: false } });
  const text = contentReference();
  if (values.check) {
    const current = readFileSync(target, 'utf8');
    if (current !== text) {
      process.stderr.write(
        `${target} ескірген: \`npm run docs\` іске қосып, нәтижесін commit жасаңыз.\n` +
          `${target} устарел: выполните \`npm run docs\` и закоммитьте результат.\n`,
      );
      process.exitCode = 1;
    }
  } else {
    writeFileSync(target, text);
    process.stdout.write(`${target}: жазылды / записан\n`);
  }
} catch (error) {
  process.stderr.write(failureText('docs', error));
  process.exitCode = 2;
}
