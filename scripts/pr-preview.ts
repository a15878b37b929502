/**
 * `npm run pr:preview -- --base REF --out DIR [--dist DIR] [--now ISO] [--content DIR]`
 * The untrusted half of the pull-request preview (pr.yml's build job, after `npm run build`):
 * what the change shows differently (src/pr/preview.ts: the pages and cards of each changed event,
 * representation and award, kk and ru), pictures of those pages and copies of those cards from
 * the build, and `manifest.json`, into DIR for the artifact the comment workflow publishes.
 * Exit 0: written (also when nothing changed); 2: could not run. `--help`: kk/ru.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
const { runCheckPr } = await import('../src/pr/check.ts');
const { previewTargets } = await import('../src/pr/preview.ts');
const { capturePreview } = await import('../src/pr/preview-capture.ts');
const { COMMON_OPTIONS, commonArgs } = await import('../src/validator/cli-args.ts');
const { failureText, missingOption, parseCommandLine } = await import('../src/cli/command-line.ts');
const { deployment } = await import('../src/site/deployment.ts');

try {
  const { now, content } = COMMON_OPTIONS;
  const { values } = parseCommandLine('pr:preview', { now, content, base: { type: 'string' }, out: { type: 'string' }, dist: { type: 'string', default: 'dist' } });
  if (!values.base) throw missingOption('--base REF', { kk: 'pull request құйылатын тармақты немесе коммитті көрсетіңіз, мысалы --base origin/main', ru: 'укажите ветку или коммит, в который идёт pull request, например --base origin/main' });
  if (!values.out) throw missingOption('--out DIR', { kk: 'суреттер мен manifest.json жазылатын папканы көрсетіңіз', ru: 'укажите папку для изображений и manifest.json' });
  const args = commonArgs(values);
  const result = await runCheckPr({ base: values.base, contentDir: args.contentDir, now: args.now });
  const targets = previewTargets(result.changes, result.base, result.head);
  const manifest = await capturePreview({ targets, dist: values.dist, out: values.out, base: deployment().base });
  const images = manifest.entries.reduce((n, e) => n + e.pages.length + e.cards.length, 0);
  process.stdout.write(`pr:preview: ${manifest.entries.length} өзгеріс / изменений, ${images} сурет / изображений → ${values.out}\n`);
} catch (error) {
  process.stderr.write(failureText('pr:preview', error));
  process.exitCode = 2;
}
