import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PAGES_NODE_OPTIONS, pagesBuildArgs } from '../../src/site/pages-concurrency.ts';

describe('the pages step command', () => {
  it('is astro build under the pages node options, with extra options after build', () => {
    expect(pagesBuildArgs(['--silent'])).toEqual([...PAGES_NODE_OPTIONS, 'node_modules/astro/bin/astro.mjs', 'build', '--silent']);
  });

  it('npm run build:pages starts astro build under those node options, with its arguments', () => {
    // A probe loaded into every node process: in astro's it reports how astro was started and stops.
    const dir = mkdtempSync(join(tmpdir(), 'pages-build-'));
    const probe = join(dir, 'probe.mjs');
    writeFileSync(probe, `if (process.argv[1]?.endsWith('astro.mjs')) { console.log('PROBE' + JSON.stringify({ execArgv: process.execArgv, args: process.argv.slice(2) })); process.exit(0); }`);
    try {
      const output = execFileSync('npm', ['run', '--silent', 'build:pages', '--', '--silent'], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` },
      });
      const started = JSON.parse(/PROBE(.*)/.exec(output)![1]!);
      expect(started.execArgv).toEqual(expect.arrayContaining([...PAGES_NODE_OPTIONS]));
      expect(started.args).toEqual(['build', '--silent']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
