import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PAGES_NODE_OPTIONS, pagesBuildCommand } from '../../src/site/pages-concurrency.ts';

describe('the pages step command', () => {
  it('is astro build under the pages node options, with extra options after build, in the given environment plus the compile cache off', () => {
    const { args, env } = pagesBuildCommand(['--silent'], { OUT_DIR: 'x' });
    expect(args).toEqual([...PAGES_NODE_OPTIONS, 'node_modules/astro/bin/astro.mjs', 'build', '--silent']);
    expect(env).toEqual({ OUT_DIR: 'x', NODE_DISABLE_COMPILE_CACHE: '1' });
  });

  it('npm run build:pages starts astro build under those node options, with its arguments, where Node cannot turn its compile cache on', () => {
    // A probe loaded into every node process: in astro's it reports how astro was started and
    // whether Node would enable its compile cache there (as astro's bin asks), then stops.
    const dir = mkdtempSync(join(tmpdir(), 'pages-build-'));
    const probe = join(dir, 'probe.mjs');
    const cacheDir = join(dir, 'compile-cache');
    writeFileSync(
      probe,
      `import module from 'node:module';
if (process.argv[1]?.endsWith('astro.mjs')) {
  const cache = module.enableCompileCache(${JSON.stringify(cacheDir)});
  console.log('PROBE' + JSON.stringify({ execArgv: process.execArgv, args: process.argv.slice(2), cacheStatus: cache.status }));
  process.exit(0);
}`,
    );
    try {
      const { CI: _, ...outsideCi } = process.env;
      const output = execFileSync('npm', ['run', '--silent', 'build:pages', '--', '--silent'], {
        encoding: 'utf8',
        env: { ...outsideCi, NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` },
      });
      const started = JSON.parse(/PROBE(.*)/.exec(output)![1]!);
      expect(started.execArgv).toEqual(expect.arrayContaining([...PAGES_NODE_OPTIONS]));
      expect(started.args).toEqual(['build', '--silent']);
      expect(started.cacheStatus).toBe(constants.compileCacheStatus.DISABLED);
      expect(readdirSync(dir)).toEqual(['probe.mjs']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
