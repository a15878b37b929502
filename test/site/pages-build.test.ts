import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { boundFolder, PAGES_COMPILE_CACHE, PAGES_NODE_OPTIONS, pagesBuildCommand } from '../../src/site/pages-concurrency.ts';

describe('the pages step command', () => {
  it('is astro build under the pages node options, with extra options after build, in the given environment plus its compile cache folder', () => {
    const { args, env } = pagesBuildCommand(['--silent'], { OUT_DIR: 'x' });
    expect(args).toEqual([...PAGES_NODE_OPTIONS, 'node_modules/astro/bin/astro.mjs', 'build', '--silent']);
    expect(env).toEqual({ OUT_DIR: 'x', NODE_COMPILE_CACHE: resolve(PAGES_COMPILE_CACHE.dir) });
  });

  it('npm run build:pages starts astro build under those node options, with its arguments, its compile cache in the bounded folder', () => {
    // A probe loaded into every node process: in astro's it reports how astro was started and
    // where Node keeps its compile cache there (astro's bin would otherwise pick /tmp), then stops.
    const dir = mkdtempSync(join(tmpdir(), 'pages-build-'));
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      `import module from 'node:module';
if (process.argv[1]?.endsWith('astro.mjs')) {
  console.log('PROBE' + JSON.stringify({ execArgv: process.execArgv, args: process.argv.slice(2), compileCache: module.getCompileCacheDir() }));
  process.exit(0);
}`,
    );
    try {
      const output = execFileSync('npm', ['run', '--silent', 'build:pages', '--', '--silent'], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` },
      });
      const started = JSON.parse(/PROBE(.*)/.exec(output)![1]!);
      expect(started.execArgv).toEqual(expect.arrayContaining([...PAGES_NODE_OPTIONS]));
      expect(started.args).toEqual(['build', '--silent']);
      // Node keeps each version's and flags' entries in a subfolder of the one it is given.
      expect(started.compileCache).toMatch(new RegExp(`^${resolve(PAGES_COMPILE_CACHE.dir)}/v\\d`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the compile cache folder bound', () => {
  it('empties the folder only when its files, at any depth, weigh more than the bound', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-bound-'));
    try {
      mkdirSync(join(dir, 'v24-x64'));
      writeFileSync(join(dir, 'v24-x64', 'a'), Buffer.alloc(600));
      writeFileSync(join(dir, 'v24-x64', 'b'), Buffer.alloc(400));
      expect(boundFolder(dir, 1000)).toBe(false);
      expect(existsSync(join(dir, 'v24-x64', 'b'))).toBe(true);
      writeFileSync(join(dir, 'v24-x64', 'c'), Buffer.alloc(1));
      expect(boundFolder(dir, 1000)).toBe(true);
      expect(existsSync(dir)).toBe(false);
      expect(boundFolder(dir, 1000)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
