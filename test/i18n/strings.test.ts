/**
 * The command and report strings under src/i18n/ (the PR summary and comment, `status`, the
 * certificates, the validator's own words) have the same parity check as the site's dictionaries:
 * every language has the same keys, nested keys and message parameters, so a key missing or a
 * message taking other arguments in one language fails here, not in a coordinator's terminal.
 * Plurals come from Intl.PluralRules (src/i18n/plural.ts).
 */
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_MESSAGES, CERTIFICATE_TEXT } from '../../src/i18n/certificates.ts';
import { plural, pluralForm, RU_DAYS_LEFT } from '../../src/i18n/plural.ts';
import { SUMMARY_STRINGS } from '../../src/i18n/pr-summary.ts';
import { STATUS_STRINGS } from '../../src/i18n/status.ts';
import { VALIDATOR_STRINGS } from '../../src/i18n/validator.ts';

/** The shape of a strings value: keys all the way down, a message's parameter count, text as text. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `message(${value.length})`;
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((key) => [key, shape((value as Record<string, unknown>)[key])]));
  return typeof value;
}

/** Every text of a strings value, messages called with sample arguments. */
function texts(value: unknown): string[] {
  if (typeof value === 'function') return texts((value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, (_, i) => i + 2)));
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return typeof value === 'string' ? [value] : [];
}

const MODULES: [string, Record<string, unknown>][] = [
  ['pr-summary', SUMMARY_STRINGS],
  ['status', STATUS_STRINGS],
  ['validator', VALIDATOR_STRINGS],
  ['certificates', CERTIFICATE_TEXT],
];

describe('command and report strings', () => {
  it.each(MODULES)('%s: kk, ru (and en where it has one) with one key set and the same message parameters', (_, strings) => {
    expect(Object.keys(strings)).toEqual(expect.arrayContaining(['kk', 'ru']));
    for (const locale of Object.keys(strings)) expect(shape(strings[locale]), locale).toEqual(shape(strings['kk']));
  });

  it.each(MODULES)('%s: every text is written, and Russian is not Kazakh', (_, strings) => {
    for (const [locale, value] of Object.entries(strings)) for (const text of texts(value)) expect(text.trim(), locale).not.toBe('');
    const kk = texts(strings['kk']);
    const ru = texts(strings['ru']);
    expect(ru.filter((text, i) => text === kk[i] && /[а-яё]{4}/i.test(text)).length).toBeLessThan(ru.length / 2);
  });

  it('certificates: every message comes in kk and ru', () => {
    for (const [name, message] of Object.entries(CERTIFICATE_MESSAGES)) {
      const pair = (message as (...args: unknown[]) => Record<string, string>)(...Array.from({ length: message.length }, () => 'x'));
      expect(Object.keys(pair).sort(), name).toEqual(['kk', 'ru']);
      expect(pair['kk']!.trim().length * pair['ru']!.trim().length, name).toBeGreaterThan(0);
    }
  });

  it('the parity check fails on a key missing in one language', () => {
    const broken = { kk: { title: 'а', more: (n: number) => `${n}` }, ru: { title: 'б' } };
    expect(shape(broken.ru)).not.toEqual(shape(broken.kk));
    expect(shape({ more: (n: number, m: number) => `${n}${m}` })).not.toEqual(shape({ more: (n: number) => `${n}` }));
  });
});

describe('plurals by Intl.PluralRules', () => {
  it.each([
    [1, 'остался 1 день'],
    [2, 'осталось 2 дня'],
    [4, 'осталось 4 дня'],
    [5, 'осталось 5 дней'],
    [11, 'осталось 11 дней'],
    [12, 'осталось 12 дней'],
    [14, 'осталось 14 дней'],
    [21, 'остался 21 день'],
    [22, 'осталось 22 дня'],
    [25, 'осталось 25 дней'],
    [111, 'осталось 111 дней'],
    [112, 'осталось 112 дней'],
    [101, 'остался 101 день'],
  ])('Russian: %i → %s (the forms the hand-written rule gave)', (n, text) => {
    expect(plural(RU_DAYS_LEFT, 'ru', n)).toBe(text);
  });

  it('Kazakh messages give other only, which every category falls back to; a missing number takes other', () => {
    expect(pluralForm({ other: '{n} күн' }, 'kk', 1)).toBe('{n} күн');
    expect(pluralForm({ one: 'бір', other: 'көп' }, 'kk', 1)).toBe('бір');
    expect(pluralForm(RU_DAYS_LEFT, 'ru', undefined)).toBe('осталось {n} дня');
  });
});
