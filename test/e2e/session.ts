/**
 * One browser and one server per test file: `useSite()` starts both in beforeAll and stops them in
 * afterAll; `open()` gives a test a fresh context (its own cookies, viewport, JavaScript switch)
 * with the errors of its pages collected, closed after the test.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, serveStatic, watchErrors, DIST, type StaticHostOptions } from './harness.ts';

/** A 360 px phone, the size the site is designed for first. */
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and failed requests of the page, every address it visited. */
  errors: string[];
  /** The absolute URL of a site path. */
  url: (path: string) => string;
  /** The site path of the page's current URL (`/ru/regions/`). */
  path: () => string;
}

export function useSite(host: StaticHostOptions = {}) {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await serveStatic(DIST, host);
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const base = () => {
    if (!server) throw new Error('the site is not served: useSite() runs in beforeAll');
    return server.url;
  };

  return {
    base,
    url: (path: string) => base() + path,
    async open(options: BrowserContextOptions = {}): Promise<OpenPage> {
      if (!browser) throw new Error('no browser: useSite() runs in beforeAll');
      const context = await browser.newContext({ locale: 'kk-KZ', timezoneId: 'Asia/Almaty', ...options });
      contexts.push(context);
      const page = await context.newPage();
      return {
        page,
        context,
        errors: watchErrors(page),
        url: (path: string) => base() + path,
        path: () => new URL(page.url()).pathname,
      };
    },
  };
}

/** Asserts no console errors, uncaught exceptions or failed requests so far, listing them if any. */
export function expectNoErrors(session: OpenPage, where: string): void {
  expect(session.errors, `errors on ${where}:\n${session.errors.join('\n')}`).toEqual([]);
}
