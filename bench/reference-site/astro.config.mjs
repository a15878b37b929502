// @ts-check
/**
 * The yardstick for the site's pages step (npm run bench:national): a bare Astro 7 site that
 * builds REFERENCE_PAGES plain pages of about the size of an event page — a layout, a heading,
 * a few paragraphs and a short list — with no content collections, no integrations and no data.
 * Whatever the real site costs beyond this is ours. PAGES_CONCURRENCY renders that many pages
 * side by side, as the real site does (Astro's default, one at a time, when unset).
 * REFERENCE_KEYED_PAGES turns on Astro's incremental build, as the real site has it, and gives that
 * many pages a cacheKey (src/pages/[...slug].astro): Astro then writes each of them twice, the page
 * and its copy in the cache, as it does the site's keyed pages.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || '../../.cache/reference-site-astro',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', ...(process.env.PAGES_CONCURRENCY ? { concurrency: Number(process.env.PAGES_CONCURRENCY) } : {}) },
  devToolbar: { enabled: false },
  ...(process.env.REFERENCE_KEYED_PAGES ? { experimental: { incrementalBuild: true } } : {}),
});
