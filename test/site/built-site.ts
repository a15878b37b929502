/**
 * The site as the tests see it: built once per test file into `.cache/test-site/dist`, with "today"
 * pinned and under a sub-path (`/myn-jasa/`), so a link that forgets the base path breaks a test
 * here rather than a fork's GitHub Pages. The same steps as `npm run build:site`: pages, cards,
 * search index. Cards keep their own cache, so these builds don't evict the main build's.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadContent } from '../../src/content/load.ts';
import { eventSchema, regionRepresentationSchema, unitRepresentationSchema, type EventData, type Member } from '../../src/content/schema.ts';

export const TEST_SITE = {
  dir: resolve('.cache/test-site/dist'),
  site: 'http://localhost:4321',
  base: '/myn-jasa/',
  now: '2026-11-25T12:00:00+05:00',
  content: 'content',
};

export interface SiteBuild {
  outDir: string;
  contentDir: string;
  base: string;
  /** Also render the social cards and the search index (the steps of `npm run build:site`). */
  complete: boolean;
  /** The build's "today" (BUILD_NOW); the test site's by default. */
  now?: string | undefined;
}

/**
 * Builds a site with "today" pinned, each build with its own Astro cache (the content data store
 * lives there), so builds of different content never share one.
 */
export function buildSite(build: SiteBuild): void {
  withBuildLock(() => runBuild(build));
}

/**
 * One Astro build at a time: every build writes the project's `.astro/` (content modules, types),
 * so two test files building at once could read each other's content modules.
 */
export function withBuildLock(task: () => void): void {
  const lock = resolve('.cache/test-site/build.lock');
  mkdirSync(resolve('.cache/test-site'), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || Date.now() > deadline) throw error;
      // A lock older than any build was left by a run that was killed: take it over.
      const lockedAt = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (lockedAt < Date.now() - 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    task();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The environment of a child build: "today" pinned, its own Astro cache, the cards' test cache. */
export function buildEnv({ outDir, contentDir, base, now = TEST_SITE.now }: Omit<SiteBuild, 'complete'>): NodeJS.ProcessEnv {
  // Vitest exports Vite's import.meta.env (BASE_URL, MODE…) and NODE_ENV=test into process.env;
  // a child build would take them for its own, so they are left out.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|SITE|ASSETS_PREFIX|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
  return {
    ...inherited,
    OUT_DIR: outDir,
    SITE_URL: TEST_SITE.site,
    BASE_PATH: base,
    BUILD_NOW: now,
    CONTENT_DIR: contentDir,
    ASTRO_CACHE_DIR: `${outDir}-astro-cache`,
    CARDS_CACHE_DIR: resolve('.cache/test-site/cards-cache'),
  };
}

function runBuild({ outDir, contentDir, base, complete, now }: SiteBuild): void {
  rmSync(outDir, { recursive: true, force: true });
  const env = buildEnv({ outDir, contentDir, base, now });
  const run = (...args: string[]) => execFileSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  // A complete build renders the cards, so its pages show them (src/site/card-images.ts), as build:site's do.
  if (complete) env.SITE_CARDS = '1';
  run('node_modules/astro/bin/astro.mjs', 'build', '--silent');
  if (!complete) return;
  run('scripts/build-cards.ts');
  run('scripts/search-index.ts');
}

/**
 * Runs `npm run build:site` itself (scripts/build-site.ts: pages, cards, search index, the last
 * gate, the swap) into `outDir`, leaving whatever is there for the script to keep or replace.
 */
export function runBuildSiteScript(build: Omit<SiteBuild, 'complete'>): SpawnSyncReturns<string> {
  let result: SpawnSyncReturns<string> | undefined;
  withBuildLock(() => {
    result = spawnSync(process.execPath, ['scripts/build-site.ts'], { env: buildEnv(build), encoding: 'utf8' });
  });
  return result!;
}

/** Builds the test site of the demo content (about half a minute on two cores; cards come from their cache after the first run). */
export function buildTestSite(): void {
  buildSite({ outDir: TEST_SITE.dir, contentDir: TEST_SITE.content, base: TEST_SITE.base, complete: true });
}

/** Every file of the built site, as paths relative to it with forward slashes. */
export function builtFiles(): string[] {
  return readdirSync(TEST_SITE.dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(TEST_SITE.dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export function readBuilt(file: string): string {
  return readFileSync(join(TEST_SITE.dir, file), 'utf8');
}

/** A URL path of the test site (`/myn-jasa/ru/x/`) → the file that serves it, as a static host would. */
export function fileOfPath(pathname: string): string | undefined {
  if (!pathname.startsWith(TEST_SITE.base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(TEST_SITE.base.length));
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

/** The events of the content (the demo content by default), read and parsed as the build reads them. */
export function contentEvents(contentDir = TEST_SITE.content): { id: string; data: EventData }[] {
  return loadContent(contentDir)
    .files.filter((f) => f.place?.kind === 'event')
    .map((f) => ({ id: `${f.place!.year}/${f.place!.slug}`, data: eventSchema.parse(f.data) }));
}

/** Every member of every representation (regional, city/district, rural). */
export function contentMembers(): Member[] {
  const members: Member[] = [];
  for (const file of loadContent(TEST_SITE.content).files) {
    if (file.place?.kind === 'region') members.push(...regionRepresentationSchema.parse(file.data).members);
    if (file.place?.kind === 'unit') {
      const unit = unitRepresentationSchema.parse(file.data);
      members.push(...unit.members, ...(unit.rural ?? []).flatMap((r) => r.members));
    }
  }
  return members;
}
