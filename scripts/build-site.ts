/**
 * `npm run build:site` — the public site into `dist/`, atomically: pages (astro build), social
 * cards (scripts/build-cards.ts), then the search index (scripts/search-index.ts) are built into
 * a fresh folder beside it, which replaces `dist/` only when every step succeeded. A failed build
 * leaves the previous site untouched, so a server serving `dist/` never sees half a site.
 * `npm run build` runs the validator first. Environment: as astro.config.mjs (SITE_URL,
 * BASE_PATH, CONTENT_DIR, BUILD_NOW); OUT_DIR names the final folder (default dist).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const target = resolve(process.env.OUT_DIR || 'dist');
const work = join(dirname(target), `.${basename(target)}-build`);
const next = join(work, 'next');
const previous = join(work, 'previous');

const steps: [name: string, script: string][] = [
  ['pages', 'node_modules/astro/bin/astro.mjs'],
  ['cards', 'scripts/build-cards.ts'],
  ['search index', 'scripts/search-index.ts'],
];

try {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const [name, script] of steps) {
    process.stdout.write(`\n── ${name} ──\n`);
    const args = name === 'pages' ? [script, 'build'] : [script];
    execFileSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, OUT_DIR: next } });
  }
  if (existsSync(target)) renameSync(target, previous);
  renameSync(next, target);
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(`\nsite: ${target}\n`);
} catch (error) {
  process.stderr.write(`\nsite: the build failed; ${existsSync(target) ? `the previous ${basename(target)}/ is kept` : 'nothing was published'}.\n`);
  process.stderr.write(`сайт: жинау сәтсіз аяқталды · сайт: сборка не удалась\n`);
  if (!(error instanceof Error && 'status' in error)) process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
}
