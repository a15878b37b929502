/**
 * The browser-test harness: serves the built `dist/` on a free loopback port like a static host
 * (directory URLs, `404.html` for unknown paths) and drives Debian's Chromium with playwright-core.
 * No tool downloads a browser of its own; CI installs `chromium` with apt-get.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const DIST = join(import.meta.dirname, '../../dist');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

export interface StaticHostOptions {
  /**
   * Which page not found a missing address gets: `root` serves `/404.html` for every address
   * (GitHub Pages); `per-folder` serves the nearest `404.html` up the path, so `/ru/x/` gets
   * `/ru/404.html` (Cloudflare Pages, Netlify).
   */
  notFound?: 'root' | 'per-folder';
}

/** Serves `root` as a static host would; resolves with the base URL. */
export async function serveStatic(root = DIST, { notFound = 'root' }: StaticHostOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No built site in ${root}: run \`npm run build\` first.`);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = notFoundPage(root, path, notFound);
    response.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function notFoundPage(root: string, path: string, mode: StaticHostOptions['notFound']): string {
  if (mode === 'per-folder') {
    const folders = path.split('/').filter(Boolean);
    for (let depth = folders.length; depth > 0; depth -= 1) {
      const page = normalize(join(root, ...folders.slice(0, depth), '404.html'));
      if (page.startsWith(root) && existsSync(page)) return page;
    }
  }
  return join(root, '404.html');
}

/** Debian's Chromium, headless, with the flags that keep it off the (closed) network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Collects console errors and failed requests of a page, to assert a clean run. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  // A request the browser cancels because the page moved on (net::ERR_ABORTED: a reload while the
  // favicon loads) says nothing about the site; a missing file shows as a console error (404).
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') errors.push(`request: ${request.url()} ${reason}`);
  });
  return errors;
}
