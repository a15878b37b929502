/**
 * Plural forms by Intl.PluralRules' categories (Russian: one 1, 21…; few 2–4, 22…; many 5–20,
 * 25…; other fractions), for the site's dictionaries and the commands' and rules' messages alike.
 * Kazakh's rules tell one from other, but a Kazakh noun after a number keeps one form: its
 * messages give `other` only, which every category falls back to.
 */

/** A text per plural category; `other` always, the rest where the language has them. */
export interface PluralForms {
  one?: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** The language's rules, built once per process (it costs milliseconds). */
export function pluralRules(locale: string): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) rules.set(locale, (found = new Intl.PluralRules(locale)));
  return found;
}

/** The form for `n` (not a number: `other`). */
export function pluralForm(forms: PluralForms, locale: string | Intl.PluralRules, n: string | number | undefined): string {
  const category = typeof n === 'number' ? (typeof locale === 'string' ? pluralRules(locale) : locale).select(n) : 'other';
  return (forms as unknown as Record<string, string | undefined>)[category] ?? forms.other;
}

/** The form for `n` with `{n}` replaced by it. */
export function plural(forms: PluralForms, locale: string, n: number): string {
  return pluralForm(forms, locale, n).replaceAll('{n}', String(n));
}

/** «осталось N дней» of the deadline warnings (`deadline-near`, Russian). */
export const RU_DAYS_LEFT: PluralForms = { one: 'остался {n} день', few: 'осталось {n} дня', many: 'осталось {n} дней', other: 'осталось {n} дня' };
