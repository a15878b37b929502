/**
 * A file section's shared value is kept under a key that depends on the value alone
 * (src/validator/incremental.ts `sharedValueKey`), not on how V8 happens to hold it.
 */
import { serialize } from 'node:v8';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sharedValueKey } from '../../src/validator/incremental.ts';

describe('sharedValueKey', () => {
  // A unit id of 13 characters or more, parsed from a file with Cyrillic text (a sliced two-byte
  // string in V8) and the same id as the cache gives it back (one byte a character).
  const parsed = (jsYaml.load('name: Мамлют ауданы\nunits: [mamlyut-district, petropavl]\n') as { units: string[] }).units;
  const decoded = ['mamlyut-district', 'petropavl'];

  it('gives one value one key, however V8 holds its strings', () => {
    expect(parsed).toEqual(decoded);
    // What the key was made from before: two serialisations of one value.
    expect(serialize({ units: parsed }).equals(serialize({ units: decoded }))).toBe(false);
    expect(sharedValueKey('w', { units: parsed })).toBe(sharedValueKey('w', { units: decoded }));
  });

  it('gives different values, or the same value elsewhere, different keys', () => {
    const key = sharedValueKey('w', { units: decoded, now: 5 });
    expect(sharedValueKey('w', { units: [...decoded].reverse(), now: 5 })).not.toBe(key);
    expect(sharedValueKey('w', { units: decoded, now: 6 })).not.toBe(key);
    expect(sharedValueKey('w', { units: decoded })).not.toBe(key);
    expect(sharedValueKey('v', { units: decoded, now: 5 })).not.toBe(key);
    expect(sharedValueKey('w', [['Айгерім'], 'a.yaml members[0]'])).not.toBe(sharedValueKey('w', [['Айгерім'], 'a.yaml members[1]']));
  });

  it('refuses what JSON would not keep whole, rather than key it like another value', () => {
    for (const value of [new Set(['a']), new Map([['a', 1]]), new Date(0), { n: Number.NaN }, [undefined], /a/, { f: () => 1 }]) {
      expect(() => sharedValueKey('w', value), String(value)).toThrow(/plain data/);
    }
    expect(() => sharedValueKey('w', { topics: undefined, n: 1, ok: true, none: null })).not.toThrow();
  });
});
