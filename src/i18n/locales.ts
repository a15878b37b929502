/**
 * The two languages of the site and how a text is picked for one of them. Kazakh is the default
 * language and lives at the root; Russian lives under `/ru/`.
 */
import { SITE_LOCALES, type LocaleMap, type SiteLocale } from '../content/schema.ts';

export { SITE_LOCALES, type SiteLocale };
export const DEFAULT_LOCALE: SiteLocale = 'kk';

/** The other site language: where the language switch leads. */
export function otherLocale(locale: SiteLocale): SiteLocale {
  return locale === 'kk' ? 'ru' : 'kk';
}

/** The locale of a page from its `[...lang]` route parameter (undefined at the root). */
export function localeFromParam(param: string | undefined): SiteLocale {
  return param === 'ru' ? 'ru' : 'kk';
}

/** The `[...lang]` route parameter of a locale: undefined for the default language at the root. */
export function paramOfLocale(locale: SiteLocale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** Both languages as `getStaticPaths` entries of the `[...lang]` parameter. */
export function localeParams(): { params: { lang: string | undefined }; locale: SiteLocale }[] {
  return SITE_LOCALES.map((locale) => ({ params: { lang: paramOfLocale(locale) }, locale }));
}

/** A locale map's text in `locale`: kk ↔ ru fall back to each other, then to English. */
export function pick(map: LocaleMap | undefined, locale: SiteLocale): string {
  if (!map) return '';
  return map[locale] ?? map[otherLocale(locale)] ?? map.en ?? '';
}

/** The language a picked text is actually in, for a `lang` attribute when it fell back. */
export function pickedLocale(map: LocaleMap | undefined, locale: SiteLocale): SiteLocale | 'en' {
  if (!map || map[locale]) return locale;
  if (map[otherLocale(locale)]) return otherLocale(locale);
  return 'en';
}

/** BCP 47 tags for `<html lang>`, hreflang and Intl: Kazakh and Russian as used in Kazakhstan. */
export const LOCALE_TAGS: Record<SiteLocale, string> = { kk: 'kk-KZ', ru: 'ru-KZ' };

/** `text` with its first letter upper-cased the way `locale` writes it: a phrase that opens a sentence or a heading. */
export function capitalize(text: string, locale: SiteLocale): string {
  const [first = '', ...rest] = Array.from(text);
  return first.toLocaleUpperCase(locale) + rest.join('');
}
