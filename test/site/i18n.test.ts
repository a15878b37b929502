import { describe, expect, it } from 'vitest';
import { kk } from '../../src/i18n/ui/kk.ts';
import { ru } from '../../src/i18n/ui/ru.ts';
import { useTranslations, type Message } from '../../src/i18n/translate.ts';
import { pick, pickedLocale } from '../../src/i18n/locales.ts';

const placeholders = (message: Message) =>
  [...new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

describe('interface strings', () => {
  it('have one key set in kk and ru', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(kk).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(kk) as (keyof typeof kk)[]) {
      expect(placeholders(ru[key]), key).toEqual(placeholders(kk[key]));
    }
  });

  it('give every Russian plural message the one/few/many forms', () => {
    for (const [key, message] of Object.entries(ru)) {
      if (typeof message === 'string' || key === 'filter.found') continue;
      expect(Object.keys(message).sort(), key).toEqual(['few', 'many', 'one', 'other']);
    }
  });

  it('pick the Russian plural form by number and write numbers the local way', () => {
    const t = useTranslations('ru');
    expect(t('social.followers', { n: 1 })).toBe('1 подписчик');
    expect(t('social.followers', { n: 3 })).toBe('3 подписчика');
    expect(t('social.followers', { n: 12840 })).toBe('12\u00a0840 подписчиков');
    expect(useTranslations('kk')('social.followers', { n: 21 })).toBe('21 жазылушы');
  });
});

describe('locale maps', () => {
  it('fall back kk ↔ ru, then en, and say which language was used', () => {
    expect(pick({ kk: 'Сәлем', ru: 'Привет' }, 'ru')).toBe('Привет');
    expect(pick({ kk: 'Сәлем' }, 'ru')).toBe('Сәлем');
    expect(pickedLocale({ kk: 'Сәлем' }, 'ru')).toBe('kk');
    expect(pick({ en: 'Hello' }, 'kk')).toBe('Hello');
    expect(pick(undefined, 'kk')).toBe('');
  });
});
