/** `npm run cms` — regenerates the web editor's public/admin/config.yml; `--check` exits 1 when it is stale. `--help`: kk/ru. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { failureText, parseCommandLine } from '../src/cli/command-line.ts';
import { CMS_CONFIG_PATH, cmsConfigText, readVocabulary } from '../src/cms/config.ts';

try {
  const { values } = parseCommandLine('cms', { check: { type: 'boolean', default: false }, content: { type: 'string', default: process.env.CONTENT_DIR || 'content' } });
  const text = cmsConfigText(readVocabulary(String(values.content)));
  if (values.check) {
    let current = '';
    try {
      current = readFileSync(CMS_CONFIG_PATH, 'utf8');
    } catch {}
    if (current !== text) {
      process.stderr.write(
        `${CMS_CONFIG_PATH} ескірген: \`npm run cms\` іске қосып, нәтижесін commit жасаңыз.\n` +
          `${CMS_CONFIG_PATH} устарел: выполните \`npm run cms\` и закоммитьте результат.\n`,
      );
      process.exitCode = 1;
    }
  } else {
    mkdirSync(dirname(CMS_CONFIG_PATH), { recursive: true });
    writeFileSync(CMS_CONFIG_PATH, text);
    process.stdout.write(`${CMS_CONFIG_PATH}: жазылды / записан\n`);
  }
} catch (error) {
  process.stderr.write(failureText('cms', error));
  process.exitCode = 2;
}
