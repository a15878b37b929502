// @ts-check
/**
 * The public site. Everything that differs between deployments comes from the environment, so a
 * fork deploys under its own domain or a GitHub Pages sub-path without edits:
 * - SITE_URL   the absolute origin (default http://localhost:4321)
 * - BASE_PATH  the sub-path the site is served under (default /)
 * - OUT_DIR    where the build writes (default dist; tests build elsewhere)
 * - CONTENT_DIR, BUILD_NOW are read by src/content.config.ts and src/site/now.ts.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  output: 'static',
  // Every page is a directory (`/regions/turkistan/`): one URL per page, the form static hosts serve.
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['kk', 'ru'],
    defaultLocale: 'kk',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'kk', locales: { kk: 'kk-KZ', ru: 'ru-KZ' } },
      // The 404 pages and the per-certificate check pages are not for search engines.
      filter: (page) => !/\/404\/?$/.test(page) && !/\/verify\//.test(page),
    }),
  ],
  devToolbar: { enabled: false },
});
