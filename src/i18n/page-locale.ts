/**
 * What every page under `[...lang]` starts with: its language from the route parameter, the
 * interface texts in it, and links to other pages in it under the deployment's base path.
 */
import { localeFromParam, type SiteLocale } from './locales.ts';
import { useTranslations, type Translate } from './translate.ts';
import { localizedUrl } from './urls.ts';

export interface PageLocale {
  locale: SiteLocale;
  t: Translate;
  /** The address of a site path (src/site/paths.ts) in this page's language. */
  href: (path: string) => string;
}

/** The language of a page from its `[...lang]` parameter, with its texts and its link maker. */
export function pageLocale(param: string | undefined): PageLocale {
  return localeTools(localeFromParam(param));
}

/** A language's texts and link maker: what a component given its page's `locale` starts with. */
export function localeTools(locale: SiteLocale): PageLocale {
  const base = import.meta.env.BASE_URL;
  return { locale, t: useTranslations(locale), href: (path) => localizedUrl(path, locale, base) };
}
