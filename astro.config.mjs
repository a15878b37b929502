// @ts-check
/**
 * The public site. Everything that differs between deployments comes from the environment, so a
 * fork deploys under its own domain or a GitHub Pages sub-path without edits:
 * - SITE_URL   the absolute origin (default http://localhost:4321)
 * - BASE_PATH  the sub-path the site is served under (default /)
 *   (both read by src/site/deployment.ts, which the cards and certificates share)
 * - OUT_DIR    where the build writes (default dist; tests build elsewhere)
 * - ASTRO_CACHE_DIR  Astro's cache (default .cache/astro): content data store, incremental pages (tests give each build its own)
 * - CONTENT_DIR, BUILD_NOW are read by src/content.config.ts and src/site/now.ts.
 * - PAGES_CONCURRENCY  pages rendered side by side (src/site/pages-concurrency.ts; default 8)
 */
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { DEFAULT_LOCALE, SITE_LOCALES } from './src/i18n/locales.ts';
import { languageAlternates } from './src/site/sitemap-links.ts';
import { deployment } from './src/site/deployment.ts';
import { writeEventCalendarFiles } from './src/site/event-calendar-files.ts';
import { buildNow } from './src/site/now.ts';
import { pagesConcurrency } from './src/site/pages-concurrency.ts';
import { dataStoreFromFile } from './src/site/data-store-file.ts';
import { renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { site, base } = deployment();
/** The site and base path as Astro resolved them (set when the config is done). */
let resolved = { site, base };

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  // Beside the card and validation caches, so CI keeps all of .cache/ between runs.
  cacheDir: process.env.ASTRO_CACHE_DIR || './.cache/astro',
  // A rebuild restores the event and certificate-check pages whose cacheKey (src/site/cache-keys.ts)
  // and code are unchanged, instead of rendering all of them again.
  experimental: { incrementalBuild: true },
  output: 'static',
  // Every page is a directory (`/regions/turkistan/`): one URL per page, the form static hosts serve.
  trailingSlash: 'always',
  // Several pages at once (src/site/pages-concurrency.ts): most of a page's time is waiting for the
  // file system, which overlaps. Measured on 1,000 events: rendering 77 s instead of 108 s cold,
  // 28 s instead of 45 s after no change (README, "Pages at national scale").
  build: { format: 'directory', concurrency: pagesConcurrency() },
  i18n: {
    locales: [...SITE_LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  // No Markdown or MDX integration: content bodies are never compiled. src/content.config.ts
  // renders them to sanitised HTML itself (src/content/render-body.ts), so a content file can
  // neither run code during the build nor publish a script.
  integrations: [
    // The prerender reads the content data store from its file instead of a 7 MB string literal
    // bundled into it (src/site/data-store-file.ts).
    dataStoreFromFile(),
    // Astro writes the Russian page not found as ru/404/index.html; hosts that look for a 404
    // page per folder (Cloudflare Pages, Netlify with rules) want ru/404.html.
    {
      name: 'myn-jasa:ru-404',
      hooks: {
        'astro:build:done': ({ dir }) => {
          renameSync(new URL('ru/404/index.html', dir), new URL('ru/404.html', dir));
          rmdirSync(new URL('ru/404/', dir));
        },
      },
    },
    // Each event's "add to calendar" files (10,000 at national scale) in one plain pass from the
    // content, rather than as endpoints through the page pipeline; same bytes (src/site/event-calendar-files.ts).
    {
      name: 'myn-jasa:event-calendars',
      hooks: {
        // The site and base as Astro resolved them, which the pages' links are made from.
        'astro:config:done': ({ config }) => {
          resolved = { site: config.site ?? site, base: config.base };
        },
        'astro:build:done': ({ dir, logger }) => {
          const started = performance.now();
          const { files, written } = writeEventCalendarFiles({
            outDir: fileURLToPath(dir),
            contentDir: process.env.CONTENT_DIR || 'content',
            ...resolved,
            now: buildNow(),
          });
          logger.info(`${files} event calendars, ${written} written, in ${Math.round(performance.now() - started)} ms`);
        },
      },
    },
    sitemap({
      // Language alternates from each page's own path (src/site/sitemap-links.ts), not the option
      // `i18n`, which compares every page with every other (quadratic at national scale).
      serialize: (item) => {
        const links = languageAlternates(item.url, new URL(base, site).href);
        return links.length > 0 ? { ...item, links } : item;
      },
      // The 404 pages and the per-certificate check pages are not for search engines.
      filter: (page) => !/\/404\/?$/.test(page) && !/\/verify\//.test(page),
    }),
  ],
  devToolbar: { enabled: false },
});
