/**
 * The content's languages. Apart from the schemas (`schema.ts` re-exports them) so that what
 * only needs the list — the commands' `--lang` — does not load zod.
 */
export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** The two languages the site is published in; `en` is optional everywhere. */
export const SITE_LOCALES = ['kk', 'ru'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];
