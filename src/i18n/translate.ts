/**
 * The site's interface strings: one key set, a dictionary per language (src/i18n/ui/), and a
 * translator that fills `{param}` placeholders and picks Russian plural forms.
 */
import type { SiteLocale } from './locales.ts';
import { pluralForm, pluralRules, type PluralForms } from './plural.ts';
import { kk } from './ui/kk.ts';
import { ru } from './ui/ru.ts';

/** A message with plural forms, chosen by the `n` parameter (Intl.PluralRules categories). */
export type PluralMessage = PluralForms;
export type Message = string | PluralMessage;
export type UiKey = keyof typeof kk;
export type Dictionary = Record<UiKey, Message>;

export const dictionaries: Record<SiteLocale, Dictionary> = { kk, ru };

export type Params = Record<string, string | number>;
export type Translate = (key: UiKey, params?: Params) => string;

/**
 * The translator of one language. Numbers in parameters are written the way the language writes
 * them. A value that ends with an abbreviation's full stop (`25 мая 2027 г.`, `2027 ж.`) placed
 * before the message's own full stop keeps one: the abbreviation's stop ends the sentence.
 */
export function useTranslations(locale: SiteLocale): Translate {
  return (translators[locale] ??= translator(locale));
}

/** One translator per language for the whole process: building Intl.PluralRules and NumberFormat costs milliseconds, and every component of every page asks. */
const translators: Partial<Record<SiteLocale, Translate>> = {};

function translator(locale: SiteLocale): Translate {
  const dictionary = dictionaries[locale];
  const plurals = pluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, params = {}) => {
    const message = dictionary[key];
    if (message === undefined) throw new Error(`Missing UI string "${key}" in ${locale}`);
    const template = typeof message === 'string' ? message : pluralForm(message, plurals, params.n);
    // Most messages have no placeholder: skip the pattern (every page asks for dozens).
    if (!template.includes('{')) return template;
    return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      const text = typeof value === 'number' ? numbers.format(value) : value;
      return text.endsWith('.') ? text : text + stop;
    });
  };
}
