/**
 * The content data store in `astro build` (src/site/data-store-file.ts): the prerender reads the
 * store file the content sync wrote, and no module of the build carries the store inlined as a
 * string literal (Astro's own virtual module does). A real build of the valid fixture, with a probe
 * in astro's process that looks at the source of every module Node loads there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../helpers/fixture-tree.ts';
import { buildEnv, withBuildLock } from './built-site.ts';

const outDir = resolve('.cache/test-site/data-store-dist');
const scratch = mkdtempSync(join(tmpdir(), 'data-store-probe-'));
const seen = join(scratch, 'modules.txt');
/** A member id of the fixture's rosters: in the data store, on no page, in no module of the site's code. */
const MEMBER_ID = 'test-erlan-testov';

beforeAll(() => {
  const probe = join(scratch, 'probe.mjs');
  writeFileSync(
    probe,
    `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
if (process.argv[1]?.endsWith('astro.mjs')) {
  registerHooks({
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      const source = result.source == null ? '' : String(result.source);
      appendFileSync(${JSON.stringify(seen)}, JSON.stringify({ url, store: source.includes(${JSON.stringify(MEMBER_ID)}) }) + '\\n');
      return result;
    },
  });
}`,
  );
  rmSync(outDir, { recursive: true, force: true });
  withBuildLock(() => {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
      env: { ...buildEnv({ outDir, contentDir: VALID_FIXTURE, base: '/', now: '2027-03-01T12:00:00+05:00' }), NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  });
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the data store in astro build', () => {
  it('was written by the sync and reached the pages: the region page names its members', () => {
    expect(existsSync(join(`${outDir}-astro-cache`, 'data-store.json'))).toBe(true);
    expect(readFileSync(join(`${outDir}-astro-cache`, 'data-store.json'), 'utf8')).toContain(MEMBER_ID);
    expect(readFileSync(join(outDir, 'regions/ulytau/index.html'), 'utf8')).toContain('Ерлан Тестов');
  });

  it('is read from its file, not inlined: no module of the build holds the store', () => {
    const modules = readFileSync(seen, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { url: string; store: boolean });
    // The probe saw the build's own modules, the prerendered pages' chunks among them.
    expect(modules.some(({ url }) => url.includes('/.prerender/'))).toBe(true);
    expect(modules.filter(({ store }) => store).map(({ url }) => url)).toEqual([]);
  });
});
