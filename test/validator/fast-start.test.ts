/**
 * The validator's start-up (src/validator/fast-start.mjs), in a fresh Node process as the CLI and
 * the cold run's worker start: zod loads its English locale only, and still validates and reports
 * as zod does (its own English message, which the validator never shows but zod builds).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FAST_START = join(import.meta.dirname, '../../src/validator/fast-start.mjs');

function inFreshProcess(script: string): unknown {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('the validator start-up', () => {
  it("resolves zod's locales to English alone, and zod still works", () => {
    const seen = inFreshProcess(`
      import { fastStart } from ${JSON.stringify(FAST_START)};
      fastStart();
      const { z } = await import('zod');
      const failed = z.object({ id: z.string() }).safeParse({ id: 1 });
      console.log(JSON.stringify({ locales: Object.keys(z.locales), message: failed.error.issues[0].message, ok: z.string().safeParse('a').success }));
    `);
    expect(seen).toEqual({ locales: ['en'], message: 'Invalid input: expected string, received number', ok: true });
  });

  it('without it, zod loads every locale (so the test above measures the hook)', () => {
    const seen = inFreshProcess(`const { z } = await import('zod'); console.log(JSON.stringify(Object.keys(z.locales).length));`) as number;
    expect(seen).toBeGreaterThan(40);
  });
});
