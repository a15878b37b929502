/**
 * Files the project generates from its schemas and commits (docs/content-reference.md, the web
 * editor's config): `npm run <command>` writes one, `--check` says in kk and ru when the committed
 * copy is stale, so CI and the tests catch a schema change without its regenerated file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `text` to `path`, or with `check` compares them; returns the process's exit code (1: stale). `command` is the npm script that regenerates it. */
export function writeOrCheckGenerated(command: string, path: string, text: string, check: boolean): number {
  if (!check) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    process.stdout.write(`${path}: жазылды / записан\n`);
    return 0;
  }
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // A missing file is as stale as an old one.
  }
  if (current === text) return 0;
  process.stderr.write(
    `${path} ескірген: \`npm run ${command}\` іске қосып, нәтижесін commit жасаңыз.\n` + `${path} устарел: выполните \`npm run ${command}\` и закоммитьте результат.\n`,
  );
  return 1;
}
