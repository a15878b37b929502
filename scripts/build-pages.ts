/**
 * `npm run build:pages [-- ASTRO_OPTIONS]` — the pages step alone (`astro build`), run with the
 * same node options and environment as in `npm run build:site` and the national bench
 * (pagesBuildCommand), so its
 * figures are the pages step's. Exits with astro's status.
 */
import { spawnSync } from 'node:child_process';
import { pagesBuildCommand } from '../src/site/pages-concurrency.ts';

const { args, env } = pagesBuildCommand(process.argv.slice(2));
const { status, signal } = spawnSync(process.execPath, args, { stdio: 'inherit', env });
process.exitCode = status ?? (signal ? 1 : 0);
