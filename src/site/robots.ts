/**
 * robots.txt: every page may be crawled, and the sitemap (@astrojs/sitemap's index, at the site's
 * root) is named by its absolute address, SITE_URL and BASE_PATH included. Crawlers read
 * robots.txt only at an origin's root: under a sub-path (a fork on GitHub Pages) this file lands
 * at `<base>/robots.txt`, where it only informs; such a site names its sitemap in the search
 * engines' consoles instead.
 */

/** The text of robots.txt for a site whose root (base path included) is `siteRoot`. */
export function robotsTxt(siteRoot: URL | string): string {
  const sitemap = new URL('sitemap-index.xml', siteRoot).href;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
