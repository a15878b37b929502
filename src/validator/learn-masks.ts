/**
 * The masks a cold run on two threads encodes the facts by (`cold.ts`, `facts-masks.json`):
 * learned by single-thread full runs, exactly as a full run learns them for its cache, and
 * merged. `npm run validate:masks` writes them; `test/validator/cold.test.ts` checks that a full
 * run on the demo content and on a generated national sample learns nothing outside them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCache } from './cache.ts';
import { validateIncremental } from './incremental.ts';
import type { ReadMask } from './projection.ts';

/** Every field either mask reads (`w`, all of a value, wins over some of its keys). */
export function unionMask(a: ReadMask | undefined, b: ReadMask | undefined): ReadMask {
  if (!a || !b) return structuredClone(a ?? b ?? {});
  if (a.w || b.w) return { w: 1 };
  const union: ReadMask = {};
  if (a.k || b.k) {
    union.k = {};
    for (const key of new Set([...Object.keys(a.k ?? {}), ...Object.keys(b.k ?? {})])) union.k[key] = unionMask(a.k?.[key], b.k?.[key]);
  }
  if (a.e || b.e) union.e = unionMask(a.e, b.e);
  return union;
}

export function unionMasks(a: Record<string, ReadMask>, b: Record<string, ReadMask>): Record<string, ReadMask> {
  const union: Record<string, ReadMask> = {};
  for (const kind of new Set([...Object.keys(a), ...Object.keys(b)])) union[kind] = unionMask(a[kind], b[kind]);
  return union;
}

/** What a single-thread full run on `root` at `now` learns (a cache of its own, in a temporary folder, thrown away). */
export async function learnedMasks(root: string, now: Date): Promise<Record<string, ReadMask>> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'validate-masks-'));
  try {
    await validateIncremental(root, { now, cacheDir, parallel: false });
    const cache = readCache(root, cacheDir);
    if (!cache) throw new Error(`no cache written for ${root}`);
    return cache.masks;
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
