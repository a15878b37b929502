/**
 * Missing addresses and award checks. An unknown address gets the page not found with status
 * 404: on a host with one `/404.html` (GitHub Pages) it speaks Kazakh with Russian below, and
 * turns into the Russian page for a `/ru/…` address; on a host with a 404 page per folder, `/ru/…`
 * gets the Russian one. An unknown award number (`/verify/<id>/`,
 * where a forged certificate's QR code leads) says the number is not in the register; a known one
 * says the award is genuine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { DIST, serveStatic } from './harness.ts';
import { localized, LOCALES } from './content.ts';
import { expectNoErrors, useSite, type OpenPage } from './session.ts';

const site = useSite();
let perFolder: Awaited<ReturnType<typeof serveStatic>> | undefined;
beforeAll(async () => {
  perFolder = await serveStatic(DIST, { notFound: 'per-folder' });
});
afterAll(() => perFolder?.close());

const UNKNOWN_AWARD = '2026-999999';

/** Award numbers of the demo register (content/awards/*.yaml). */
function awardIds(): string[] {
  const awards = yaml.load(readFileSync(join(import.meta.dirname, '../../content/awards/2026.yaml'), 'utf8')) as { id: string }[];
  return awards.map((award) => award.id);
}

/** Opens an address, expecting status 404; the page's own errors (the 404 itself aside) must be none. */
async function openMissing(session: OpenPage, url: string): Promise<void> {
  const response = await session.page.goto(url);
  expect(response?.status()).toBe(404);
  await session.page.locator('#not-found').waitFor();
}

function errorsBesidesThe404(session: OpenPage): string[] {
  // Chromium logs the document's own 404 as a console error; anything else is a fault of the page.
  return session.errors.filter((error) => !/status of 404/.test(error));
}

describe('page not found', () => {
  it('kk: an unknown address gets the 404 page, with the Russian text below', async () => {
    const session = await site.open();
    await openMissing(session, session.url('/no-such-page/'));
    expect(await session.page.locator('html').getAttribute('lang')).toBe('kk');
    expect(await session.page.locator('#not-found').innerText()).toBe('Бет табылмады');
    expect(await session.page.locator('section[lang="ru"] #not-found-ru').isVisible()).toBe(true);
    // Its links lead somewhere real.
    await session.page.locator('main a.primary').click();
    await session.page.waitForURL(session.url('/'));
    expect(errorsBesidesThe404(session)).toEqual([]);
  });

  it('ru: /ru/unknown/ gets the page in Russian on either kind of host', async () => {
    const session = await site.open({ locale: 'ru-RU' });
    // One /404.html for the whole site: seeing a /ru/ address, it becomes the Russian page.
    await openMissing(session, session.url('/ru/unknown/'));
    await expect.poll(() => session.page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await session.page.locator('#not-found').innerText()).toBe('Страница не найдена');
    expect(await session.page.locator('#not-found').isVisible()).toBe(true);
    expect(await session.page.title()).toContain('Страница не найдена');
    expect(await session.page.locator('main a.primary').getAttribute('href')).toBe(session.url('/ru/').replace(/^https?:\/\/[^/]+/, ''));
    expect(await session.page.locator('section[lang="ru"]').count()).toBe(0);
    // A 404 page per folder: /ru/404.html, all in Russian, its links in Russian.
    await openMissing(session, `${perFolder!.url}/ru/unknown/`);
    expect(await session.page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await session.page.locator('#not-found').innerText()).toBe('Страница не найдена');
    expect(await session.page.locator('main a.primary').getAttribute('href')).toBe('/ru/');
    expect(errorsBesidesThe404(session)).toEqual([]);
  });
});

describe('award check pages', () => {
  it('an unknown number lands on a 404 that says it is not in the register, in both languages', async () => {
    expect(awardIds()).not.toContain(UNKNOWN_AWARD);
    const session = await site.open();
    await openMissing(session, session.url(`/verify/${UNKNOWN_AWARD}/`));
    const notes = session.page.locator('[data-verify-note]');
    await expect.poll(() => notes.count()).toBe(2); // kk, and ru in the Russian part
    for (const note of await notes.all()) expect(await note.isVisible()).toBe(true);
    expect(await session.page.locator('main').innerText()).toMatch(/тізілім/);
    expect(await session.page.locator('section[lang="ru"]').innerText()).toMatch(/реестр/);

    // A Russian check address on the one-404 host: the Russian page, its note shown.
    await openMissing(session, session.url(`/ru/verify/${UNKNOWN_AWARD}/`));
    await expect.poll(() => session.page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await session.page.locator('[data-verify-note]').isVisible()).toBe(true);
    expect(await session.page.locator('[data-verify-note]').innerText()).toMatch(/реестр/);

    await openMissing(session, `${perFolder!.url}/ru/verify/${UNKNOWN_AWARD}/`);
    expect(await session.page.locator('[data-verify-note]').isVisible()).toBe(true);
    expect(await session.page.locator('[data-verify-note]').innerText()).toMatch(/реестр/);
    expect(errorsBesidesThe404(session)).toEqual([]);
  });

  it('other missing pages do not talk about awards', async () => {
    const session = await site.open();
    await openMissing(session, session.url('/events/2027/no-such-event/'));
    const notes = session.page.locator('[data-verify-note]');
    expect(await notes.count()).toBe(2);
    for (const note of await notes.all()) expect(await note.isVisible()).toBe(false);
  });

  for (const locale of LOCALES) {
    it(`${locale}: a known number shows that the award is genuine`, async () => {
      const [id] = awardIds();
      const session = await site.open();
      const response = await session.page.goto(session.url(localized(`/verify/${id}/`, locale)));
      expect(response?.status()).toBe(200);
      const genuine = session.page.locator('#verify-genuine');
      expect(await genuine.getAttribute('data-award')).toBe(id);
      expect(await genuine.innerText()).toContain(id!);
      expect(await session.page.locator('html').getAttribute('lang')).toBe(locale);
      expect(['named', 'hidden']).toContain(await session.page.locator('[data-recipient]').getAttribute('data-recipient'));
      expectNoErrors(session, `/verify/${id}/`);
    });
  }
});
