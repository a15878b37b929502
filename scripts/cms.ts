/** `npm run cms` — regenerates the web editor's public/admin/config.yml; `--check` exits 1 when it is stale. `--help`: kk/ru. */
import { failureText, parseCommandLine } from '../src/cli/command-line.ts';
import { writeOrCheckGenerated } from '../src/cli/generated-file.ts';
import { CMS_CONFIG_PATH, cmsConfigText, readVocabulary } from '../src/cms/config.ts';

try {
  const { values } = parseCommandLine('cms', { check: { type: 'boolean', default: false }, content: { type: 'string', default: process.env.CONTENT_DIR || 'content' } });
  process.exitCode = writeOrCheckGenerated('cms', CMS_CONFIG_PATH, cmsConfigText(readVocabulary(String(values.content))), Boolean(values.check));
} catch (error) {
  process.stderr.write(failureText('cms', error));
  process.exitCode = 2;
}
