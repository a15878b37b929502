/**
 * The language switch in the header lands on the same page in the other language (`/x/` ↔
 * `/ru/x/`, `<html lang>` kk ↔ ru) and back, on every kind of page a parent walks through.
 */
import { describe, expect, it } from 'vitest';
import { demoPath, localized, type Locale } from './content.ts';
import { expectNoErrors, useSite, type OpenPage } from './session.ts';

const site = useSite();

async function switchTo(session: OpenPage, locale: Locale, path: string): Promise<void> {
  const { page } = session;
  const other = locale === 'kk' ? 'ru' : 'kk';
  expect(await page.locator('#lang-switch').getAttribute('data-lang-switch')).toBe(locale);
  await page.locator('#lang-switch').click();
  await page.waitForURL(session.url(localized(path, locale)));
  expect(await page.locator('html').getAttribute('lang')).toBe(locale);
  expect(await page.locator('#lang-switch').getAttribute('data-lang-switch')).toBe(other);
  // The page says it is itself: its canonical address is the one the switch led to.
  expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(localized(path, locale));
}

describe('language switch', () => {
  const { event, home, regionPage, unitPage, eventPage, events } = demoPath();
  const pages = { home, region: regionPage, district: unitPage, event: eventPage, 'events list': events };

  for (const [name, path] of Object.entries(pages)) {
    it(`${name}: kk → ru → kk on ${path}`, async () => {
      const session = await site.open();
      await session.page.goto(session.url(path));
      expect(await session.page.locator('html').getAttribute('lang')).toBe('kk');
      const heading = await session.page.locator('h1').innerText();
      await switchTo(session, 'ru', path);
      if (name === 'event') expect(await session.page.locator('h1').innerText()).toBe(event.title.ru);
      await switchTo(session, 'kk', path);
      expect(await session.page.locator('h1').innerText()).toBe(heading);
      expectNoErrors(session, path);
    });
  }
});
