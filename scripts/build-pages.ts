/**
 * `npm run build:pages [-- ASTRO_OPTIONS]` — the pages step alone (`astro build`), run with the
 * same node options as in `npm run build:site` and the national bench (pagesBuildArgs), so its
 * figures are the pages step's. Exits with astro's status.
 */
import { spawnSync } from 'node:child_process';
import { pagesBuildArgs } from '../src/site/pages-concurrency.ts';

const { status, signal } = spawnSync(process.execPath, pagesBuildArgs(process.argv.slice(2)), { stdio: 'inherit' });
process.exitCode = status ?? (signal ? 1 : 0);
