/**
 * The sitemap's language alternates (`<xhtml:link rel="alternate" hreflang>`), worked out from
 * each URL alone. @astrojs/sitemap's own `i18n` option finds a page's translations by comparing
 * it with every other page, which is quadratic: ≈ 8 s of the national build's 20,000 pages.
 * Every page of this site exists in each language at the same path under the language's prefix
 * (the default language has none), so the alternates follow from the path, in the order the
 * integration writes them (by URL).
 */
import { DEFAULT_LOCALE, LOCALE_TAGS, SITE_LOCALES } from '../i18n/locales.ts';

export interface SitemapLink {
  url: string;
  lang: string;
}

/** The URL of the page at `url` in every language (none for a URL outside the site); `root` is the site's address with its base path and a trailing slash. */
export function languageAlternates(url: string, root: string): SitemapLink[] {
  if (!url.startsWith(root)) return [];
  let path = url.slice(root.length);
  for (const locale of SITE_LOCALES) {
    if (locale !== DEFAULT_LOCALE && (path === locale || path.startsWith(`${locale}/`))) path = path.slice(locale.length + 1);
  }
  return SITE_LOCALES.map((locale) => ({ url: `${root}${locale === DEFAULT_LOCALE ? '' : `${locale}/`}${path}`, lang: LOCALE_TAGS[locale] })).sort((a, b) =>
    a.url.localeCompare(b.url, 'en', { numeric: true }),
  );
}
