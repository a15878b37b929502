/** Reading an astro build's phases from its log (src/bench/astro-phases.ts), on a log as Astro 7 writes it. */
import { describe, expect, it } from 'vitest';
import { astroPhases, parseDuration } from '../../src/bench/astro-phases.ts';

const LOG = `02:15:02 [content] Syncing content
02:15:41 [content] Synced content
02:15:41 [types] Generated 40.21s
02:15:41 [build] output: "static"
02:15:41 [build] ✓ Completed in 40.39s.
02:15:41 [build] Building static entrypoints...
02:15:47 [vite] \x1b[32m✓ built in 6.14s\x1b[39m
02:15:48 [vite] ✓ built in 161ms

 generating static routes 
02:15:56   ├─ /404.html (+521ms) 
02:20:07   └─ /ru/verify/2027-002999/index.html (+3ms) 
02:20:07 ✓ Completed in 4m 10s.

02:20:07 [build] ✓ Completed in 4m 26s.
02:20:28 [build] Waiting for integration "@astrojs/sitemap", hook "astro:build:done"...
02:20:28 [build] 19966 page(s) built in 5m 28s
02:20:28 [build] Complete!
`;

describe('astroPhases', () => {
  it('reads durations in every unit Astro prints', () => {
    expect(parseDuration('161ms')).toBeCloseTo(0.161);
    expect(parseDuration('6.14s')).toBeCloseTo(6.14);
    expect(parseDuration('1m 1s')).toBe(61);
    expect(parseDuration('4m 26s')).toBe(266);
  });

  it('splits a build into content sync, bundling, rendering and the rest', () => {
    const phases = astroPhases(LOG)!;
    expect(phases.contentSync).toBeCloseTo(40.21);
    expect(phases.bundling).toBeCloseTo(6.301);
    expect(phases.rendering).toBe(250);
    expect(phases.total).toBe(328);
    expect(phases.other).toBeCloseTo(328 - 40.21 - 6.301 - 250);
  });

  it('gives nothing for a log without the final line (a failed or silent build)', () => {
    expect(astroPhases('02:15:02 [content] Syncing content\n')).toBeUndefined();
  });
});
