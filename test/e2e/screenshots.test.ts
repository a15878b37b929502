/**
 * Screenshots of the key pages at a 360 px phone and a 1280 px desktop, saved under
 * `test-results/screenshots/` for a person to look at (CI keeps the folder as an artifact). Each
 * shot also checks what a glance would: the images loaded, and on the phone the home page's first
 * screen (640 px) holds what the movement is and its two actions for a family.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localized, type Locale } from './content.ts';
import { PHONE, useSite } from './session.ts';

const site = useSite();
export const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const DESKTOP = { viewport: { width: 1280, height: 800 } };

const PAGES: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'region', path: '/regions/turkistan/' },
  { name: 'event', path: '/events/2027/summer-eco-camp/' },
  { name: 'map', path: '/regions/' },
  { name: 'stats', path: '/stats/' },
];

describe('screenshots of the key pages', () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const locale of ['kk', 'ru'] as Locale[]) {
    for (const { name, path } of PAGES) {
      for (const [device, options] of [['360', PHONE], ['1280', DESKTOP]] as const) {
        it(`${locale} ${name} at ${device} px`, async () => {
          const { page, url } = await site.open(options);
          await page.goto(url(localized(path, locale)));
          // Lazy images load as they come near: scroll through the page first, then back to the top.
          await page.evaluate(async () => {
            for (let y = 0; y < document.body.scrollHeight; y += 500) {
              window.scrollTo(0, y);
              await new Promise((resolve) => setTimeout(resolve, 20));
            }
            window.scrollTo(0, 0);
          });
          await page.waitForLoadState('networkidle');
          const broken = await page.$$eval('img', (images) => images.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src));
          expect(broken, 'images that did not load').toEqual([]);
          await page.screenshot({ path: join(SCREENSHOTS, `${name}-${locale}-${device}.png`), fullPage: true });
        });
      }
    }
  }
});

describe("the home page's first screen on a phone", () => {
  for (const locale of ['kk', 'ru'] as Locale[]) {
    it(`${locale}: says what the movement is and offers "find my region" and "online events" above 640 px`, async () => {
      const { page, url } = await site.open({ ...PHONE, viewport: { width: 360, height: 640 } });
      await page.goto(url(localized('/', locale)));
      const bottom = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().bottom);
      for (const selector of ['#hero-title', '.hero .lead', '#find-region', '#see-online']) {
        expect(await bottom(selector), selector).toBeLessThanOrEqual(640);
      }
      await page.locator('#find-region').click();
      expect(new URL(page.url()).pathname).toBe(localized('/regions/', locale));
      await page.goBack();
      await page.locator('#see-online').click();
      expect(await page.locator('#next-events').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(100);
    });
  }
});
