/**
 * `npm run build:site` — the public site into `dist/`, atomically: pages (astro build), social
 * cards (scripts/build-cards.ts), then the search index (scripts/search-index.ts) are built into
 * a fresh folder beside it, which replaces `dist/` only when every step succeeded. A failed build
 * leaves the previous site untouched, so a server serving `dist/` never sees half a site.
 * Before the swap, the last gate (src/published/output-gate.ts) scans the built files for IINs,
 * phones, e-mails and hidden members' names, and every page for its Content-Security-Policy; a
 * finding fails the build, naming the built file and its content file, never the value.
 * `npm run build` runs the validator first. Environment: as astro.config.mjs (SITE_URL,
 * BASE_PATH, CONTENT_DIR, BUILD_NOW); OUT_DIR names the final folder (default dist).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkPublishedOutput } from '../src/published/output-gate.ts';
import { GATE_FAILED, MORE_FINDINGS, outputFindingMessage } from '../src/published/strings.ts';
import { deployment } from '../src/site/deployment.ts';
import { pagesBuildCommand } from '../src/site/pages-concurrency.ts';

const target = resolve(process.env.OUT_DIR || 'dist');
const work = join(dirname(target), `.${basename(target)}-build`);
const next = join(work, 'next');
const previous = join(work, 'previous');

// SITE_CARDS: the pages may show the cards this build renders next (src/site/card-images.ts).
const env = { ...process.env, OUT_DIR: next, SITE_CARDS: '1' };
const steps: { name: string; args: string[]; env: NodeJS.ProcessEnv }[] = [
  { name: 'pages', ...pagesBuildCommand([], env) },
  { name: 'cards', args: ['scripts/build-cards.ts'], env },
  { name: 'search index', args: ['scripts/search-index.ts'], env },
];

/** The build stopped at the last gate (its findings are printed already). */
class GateFailure extends Error {}

try {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const { name, args, env } of steps) {
    process.stdout.write(`\n── ${name} ──\n`);
    execFileSync(process.execPath, args, { stdio: 'inherit', env });
  }
  process.stdout.write('\n── last gate ──\n');
  if (!passesLastGate()) throw new GateFailure();
  if (existsSync(target)) renameSync(target, previous);
  renameSync(next, target);
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(`\nsite: ${target}\n`);
} catch (error) {
  process.stderr.write(`\nsite: the build failed; ${existsSync(target) ? `the previous ${basename(target)}/ is kept` : 'nothing was published'}.\n`);
  process.stderr.write(`сайт: жинау сәтсіз аяқталды · сайт: сборка не удалась\n`);
  if (!(error instanceof Error && 'status' in error) && !(error instanceof GateFailure)) process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
}

/** Scans the built site; prints each finding in kk and ru (at most 50) and returns whether it may be published. */
function passesLastGate(): boolean {
  const started = performance.now();
  const findings = checkPublishedOutput({ outDir: next, contentDir: process.env.CONTENT_DIR || 'content', base: deployment().base });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (findings.length === 0) {
    process.stdout.write(`last gate: nothing to withhold (${seconds} s)\n`);
    return true;
  }
  const shown = 50;
  for (const finding of findings.slice(0, shown)) {
    const message = outputFindingMessage(finding);
    process.stderr.write(`✖ ${message.kk}\n  ${message.ru}\n`);
  }
  if (findings.length > shown) {
    const more = MORE_FINDINGS(findings.length - shown);
    process.stderr.write(`${more.kk}\n${more.ru}\n`);
  }
  process.stderr.write(`${GATE_FAILED.kk}\n${GATE_FAILED.ru}\n`);
  return false;
}
