/**
 * Where the site is deployed. The content says it (`site_url` in movement.yaml: the public
 * address cards and certificates print), and the environment overrides it for a fork or a local
 * preview: SITE_URL (the origin) and BASE_PATH (the sub-path). Without either, the address is the
 * local preview's, http://localhost:4321. The site (astro.config.mjs), the cards and the
 * certificates read them here, so they agree.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFile } from '../content/load.ts';

/** The address of `npm start`'s local preview: used only when neither SITE_URL nor `site_url` says otherwise. */
export const LOCAL_PREVIEW = 'http://localhost:4321';

/**
 * movement.yaml's `site_url` under `contentDir` (through the content's one reader), or undefined
 * when the file, the field or a usable address is missing: the validator explains those.
 */
export function contentSiteUrl(contentDir: string): string | undefined {
  const path = join(contentDir, 'movement.yaml');
  // A link is never read (rule file-symlink), here as everywhere.
  if (!existsSync(path) || !lstatSync(path).isFile()) return undefined;
  const data = readSourceFile(contentDir, 'movement.yaml').data as { site_url?: unknown } | undefined;
  const url = data?.site_url;
  return typeof url === 'string' && URL.canParse(url) && /^https?:$/.test(new URL(url).protocol) ? url : undefined;
}

/**
 * `SITE_URL`, else movement.yaml's `site_url` (of the content in `contentDir`, default
 * `CONTENT_DIR` or `content`), else the local preview; `BASE_PATH`, else the path of `site_url`, else `/`.
 */
export function deployment(env: Record<string, string | undefined> = process.env, contentDir = env.CONTENT_DIR || 'content'): { site: string; base: string } {
  if (env.SITE_URL) return { site: env.SITE_URL, base: env.BASE_PATH || '/' };
  const fromContent = contentSiteUrl(contentDir);
  if (fromContent) {
    const path = new URL(fromContent).pathname;
    return { site: new URL(fromContent).origin, base: env.BASE_PATH || (path.endsWith('/') ? path : `${path}/`) };
  }
  return { site: LOCAL_PREVIEW, base: env.BASE_PATH || '/' };
}

/** The site's root URL, base path included (`https://example.org/myn-jasa/`): what cards print and QR codes lead to. */
export function siteRoot(env: Record<string, string | undefined> = process.env, contentDir = env.CONTENT_DIR || 'content'): string {
  const { site, base } = deployment(env, contentDir);
  return new URL(base, site).href;
}
