/**
 * Where the site is deployed, from the environment, so a fork deploys under its own domain or a
 * GitHub Pages sub-path without edits: SITE_URL (the origin) and BASE_PATH (the sub-path). The
 * site (astro.config.mjs), the cards and the certificates read them here, so they agree.
 */

/** `SITE_URL` (default `http://localhost:4321`) and `BASE_PATH` (default `/`). */
export function deployment(env: Record<string, string | undefined> = process.env): { site: string; base: string } {
  return { site: env.SITE_URL || 'http://localhost:4321', base: env.BASE_PATH || '/' };
}

/** The site's root URL, base path included (`https://example.org/myn-jasa/`): what cards print and QR codes lead to. */
export function siteRoot(env: Record<string, string | undefined> = process.env): string {
  const { site, base } = deployment(env);
  return new URL(base, site).href;
}
