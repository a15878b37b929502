/**
 * The rule registry as a whole: every rule speaks kk, ru and en, ids are stable slugs that never
 * collide, and every id is produced by at least one test — so a new rule without a test, or a
 * renamed id, fails the suite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLUG } from '../../src/content/schema.ts';
import { FAMILIES, RULES } from '../../src/rules/index.ts';
import { rules as schemaRules } from '../../src/rules/schema.ts';
import type { Params } from '../../src/rules/types.ts';

const ALL_RULES = [...schemaRules, ...FAMILIES.flatMap((family) => family.rules)];

/**
 * Sample parameters: any name gives a plausible value, so every message can be rendered without
 * knowing its rule. A few names select a branch of the message and get a real choice.
 */
const SAMPLE_PARAMS = new Proxy({} as Params, {
  get: (_, key) => ({ days: 3, count: 0, required: 1, from: 5, to: 11, reason: 'approval', field: 'region', locale: 'ru' })[String(key)] ?? 'sample',
});

/** Every test file's text, except this one (it names no rule on purpose). */
function testSources(): string {
  const root = join(import.meta.dirname, '..');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.test.ts') && !path.endsWith('registry.test.ts'))
    .map((path) => readFileSync(join(root, path), 'utf8'))
    .join('\n');
}

describe('rule registry', () => {
  it('has unique ids', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(RULES.size).toBe(ids.length);
  });

  it('has slug-like ids', () => {
    expect(ALL_RULES.map((rule) => rule.id).filter((id) => !SLUG.test(id))).toEqual([]);
  });

  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s has a message in kk, ru and en', (_, rule) => {
    const messages = (['kk', 'ru', 'en'] as const).map((lang) => rule.messages[lang](SAMPLE_PARAMS));
    for (const message of messages) expect(message.trim().length).toBeGreaterThan(20);
    expect(new Set(messages).size).toBe(3);
    expect(messages[0]).not.toMatch(/undefined|\[object/);
    expect(messages[1]).toMatch(/[а-яё]/i);
  });

  it('has a test that produces every rule id', () => {
    const sources = testSources();
    const untested = ALL_RULES.map((rule) => rule.id).filter((id) => !sources.includes(`'${id}'`) && !sources.includes(`"${id}"`));
    expect(untested).toEqual([]);
  });
});
