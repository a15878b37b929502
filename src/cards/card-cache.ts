/**
 * The content-hash cache of rendered cards. A card's key hashes everything its pixels depend on:
 * the card's data, the templates (version and source), the font files, and the satori and sharp
 * versions. Same key, same image: a rebuild renders only the cards whose key is new.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Card } from './card.ts';
import { fontFingerprint } from './fonts.ts';
import { templateFingerprint } from './templates/index.ts';

/** The default cache folder (gitignored; CI may keep it between runs). */
export const DEFAULT_CACHE_DIR = '.cache/cards';

function packageVersion(name: string): string {
  const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

let rendererFingerprint: string | undefined;
/** What every key shares: templates, fonts and the renderers' versions (computed once). */
export function renderFingerprint(): string {
  rendererFingerprint ??= createHash('sha256')
    .update(templateFingerprint())
    .update(fontFingerprint())
    .update(`satori@${packageVersion('satori')} sharp@${packageVersion('sharp')}`)
    .digest('hex');
  return rendererFingerprint;
}

/** JSON with sorted keys, so the same card always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The cache key of a card. */
export function cardKey(card: Card): string {
  return createHash('sha256').update(renderFingerprint()).update(canonicalJson(card)).digest('hex');
}

/** Where a key's PNG lives in the cache (two-letter folders keep directories small). */
export function cachePath(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), `${key}.png`);
}
