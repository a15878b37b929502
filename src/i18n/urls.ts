/**
 * Site addresses. Pages are written against site paths (`/regions/turkistan/`); these functions
 * add the deployment's base path and the language prefix, so a fork served under a sub-path
 * (`BASE_PATH=/myn-jasa/`) needs no edits.
 */
import { DEFAULT_LOCALE, type SiteLocale } from './locales.ts';

/** Joins the base path (`/` or `/sub/`) and a site path (`/x/`), with exactly one slash between. */
export function withBase(path: string, base: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** The address of a site path in a language: `/regions/` → `/ru/regions/` for Russian. */
export function localizedUrl(path: string, locale: SiteLocale, base = '/'): string {
  const bare = path.replace(/^\/+/, '');
  return withBase(locale === DEFAULT_LOCALE ? bare : `${locale}/${bare}`, base);
}

/**
 * The site path of an address, without base and language prefix: the inverse of `localizedUrl`,
 * used by the language switch to land on the same page in the other language.
 */
export function sitePathOf(pathname: string, base = '/'): { path: string; locale: SiteLocale } {
  const head = base.endsWith('/') ? base : `${base}/`;
  let rest = pathname.startsWith(head) ? pathname.slice(head.length) : pathname.replace(/^\/+/, '');
  let locale: SiteLocale = DEFAULT_LOCALE;
  if (rest === 'ru' || rest.startsWith('ru/')) {
    locale = 'ru';
    rest = rest.slice(3);
  }
  return { path: `/${rest}`, locale };
}

/** The same page in another language. */
export function switchLocaleUrl(pathname: string, target: SiteLocale, base = '/'): string {
  return localizedUrl(sitePathOf(pathname, base).path, target, base);
}

/**
 * A site path as an absolute URL under the site's root, base path included (`https://example.org/myn-jasa/`
 * and `/verify/x/` → `https://example.org/myn-jasa/verify/x/`): for what leaves the site, cards and QR codes.
 */
export function urlUnderRoot(root: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), root.endsWith('/') ? root : `${root}/`).href;
}

/** An absolute URL (for canonical links, feeds, calendars and share links). */
export function absoluteUrl(href: string, site: URL | string): string {
  return new URL(href, site).href;
}
