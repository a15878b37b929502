/**
 * The untrusted side of the preview (pr.yml's build job, after `npm run build`): for each changed
 * page a picture, taken by headless Chromium from the built files (every request is answered from
 * `dist/` through request interception: no server, no network), and each changed card copied from
 * the build; then the manifest of what was made. Only PNG images leave the job: the trusted side
 * publishes pictures, never pages (preview-publish.ts).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { buildFile, buildManifest, previewImage, type PreviewManifest, type PreviewTarget } from './preview.ts';
import { MANIFEST_FILE } from './preview-publish.ts';

/** The page width of the pictures (a laptop) and the most of a long page they show. */
export const PAGE_WIDTH = 1280;
export const PAGE_MAX_HEIGHT = 4000;
/** Where the built site is "served" inside the browser; nothing is ever fetched from it. */
const ORIGIN = 'http://preview.invalid';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface CaptureOptions {
  targets: PreviewTarget[];
  /** The built site (`dist/`). */
  dist: string;
  /** The preview folder to write (images and manifest.json). */
  out: string;
  /** The site's base path (`BASE_PATH`, default `/`): pages link their assets under it. */
  base?: string;
  /** Chromium's executable (default: CHROMIUM_PATH, else Debian's /usr/bin/chromium). */
  chromiumPath?: string;
}

/** Takes the pictures, copies the cards and writes the manifest; returns it. */
export async function capturePreview(options: CaptureOptions): Promise<PreviewManifest> {
  const { targets, dist, out } = options;
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  mkdirSync(out, { recursive: true });
  const made = new Set<string>();
  for (const target of targets) {
    for (const card of target.cards) {
      const source = join(dist, buildFile(target, card));
      if (!existsSync(source)) continue;
      const image = previewImage(target.kind, target.id, card.locale, card.variant);
      mkdirSync(dirname(join(out, image)), { recursive: true });
      copyFileSync(source, join(out, image));
      made.add(image);
    }
  }
  const pages = targets.flatMap((target) => target.pages.filter((page) => existsSync(join(dist, buildFile(target, page)))).map((page) => ({ target, page })));
  if (pages.length) {
    const browser = await chromium.launch({
      executablePath: options.chromiumPath ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const context = await browser.newContext({ viewport: { width: PAGE_WIDTH, height: 800 }, serviceWorkers: 'block' });
      await context.route('**/*', (route) => {
        const file = distFile(dist, base, route.request().url());
        if (!file) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
      });
      const page = await context.newPage();
      for (const { target, page: item } of pages) {
        await page.goto(`${ORIGIN}${base}${item.path.replace(/^\/+/, '')}`, { waitUntil: 'load' });
        const height = Math.min(PAGE_MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
        const image = previewImage(target.kind, target.id, item.locale);
        mkdirSync(dirname(join(out, image)), { recursive: true });
        await page.screenshot({ path: join(out, image), fullPage: true, clip: { x: 0, y: 0, width: PAGE_WIDTH, height: Math.max(1, height) } });
        made.add(image);
      }
    } finally {
      await browser.close();
    }
  }
  const manifest = buildManifest(targets, (image) => made.has(image));
  writeFileSync(join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The built file a request asks for (a folder's index.html), or undefined outside the site or `dist/`. */
function distFile(dist: string, base: string, url: string): string | undefined {
  const { origin, pathname } = new URL(url);
  if (origin !== ORIGIN || !pathname.startsWith(base)) return undefined;
  let path: string;
  try {
    path = normalize(join(dist, decodeURIComponent(pathname.slice(base.length))));
  } catch {
    return undefined;
  }
  if (path !== normalize(dist) && !path.startsWith(normalize(dist) + sep)) return undefined;
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}
