/**
 * The web editor's Kazakh UI in Debian's Chromium, offline: a browser set to kk-KZ gets Sveltia in
 * Kazakh from the project's locale (src/cms/locales/kk.json, served at /admin/locales/kk.json), its
 * MF2 plurals formatted by Sveltia's own formatter (one and other), and no label, button, hint or
 * announcement left in Sveltia's English or Russian on the screens a coordinator passes through.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { offlineEditorPage, ROOT, useEditorServer } from './editor-session.ts';

type Strings = { [key: string]: string | Strings };
const flat = (strings: Strings): string[] => Object.values(strings).flatMap((value) => (typeof value === 'string' ? [value] : flat(value)));
const kazakh = new Set(flat(JSON.parse(readFileSync(join(ROOT, 'src/cms/locales/kk.json'), 'utf8')) as Strings));
/** Sveltia's English and Russian UI strings with no variable or markup, that Kazakh says otherwise: none may be shown. */
const foreign = new Set(
  ['en-US', 'ru']
    .flatMap((code) => flat(JSON.parse(readFileSync(join(ROOT, `node_modules/@sveltia/cms/locales/${code}.json`), 'utf8')) as Strings))
    .filter((text) => !/[{<]/.test(text) && text.length > 2 && !kazakh.has(text)),
);

const editor = useEditorServer();

/** Every piece of UI text on the page: text lines, and the labels, titles and placeholders a screen reader or a hover shows. */
const uiTexts = (page: Page) =>
  page.evaluate(() => {
    const lines = document.body.innerText.split('\n');
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], [aria-roledescription]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'aria-roledescription'].map((name) => el.getAttribute(name) ?? ''),
    );
    const live = [...document.querySelectorAll('[aria-live], [role="status"]')].map((el) => el.textContent ?? '');
    return [...lines, ...attributes, ...live].map((text) => text.replace(/[\u2066-\u2069]/g, '').trim()).filter(Boolean);
  });

/** The live announcements Sveltia makes for screen readers, bidi isolates removed. */
const announcements = async (page: Page) =>
  (await page.evaluate(() => [...document.querySelectorAll('[aria-live], [role="status"]')].map((el) => el.textContent ?? '').join('\n'))).replace(/[\u2066-\u2069]/g, '');

describe('the web editor in Kazakh, offline', () => {
  it('shows Sveltia’s UI in Kazakh from the project’s locale, plurals included, and nothing of its English or Russian', { timeout: 120_000 }, async () => {
    const { page, outside } = await offlineEditorPage(editor.browser, editor.url);
    const locales: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/admin/locales/')) locales.push(`${new URL(response.url()).pathname} ${response.status()}`);
    });

    const seen: string[] = [];
    // Sign-in: Sveltia picked Kazakh for a kk-KZ browser and read the project's file.
    await page.goto(`${editor.url}/admin/`);
    await page.getByRole('button', { name: 'Сынақ репозиторийімен жұмыс істеу', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    expect(locales).toContain('/admin/locales/kk.json 200');
    seen.push(...(await uiTexts(page)));

    // The collections: the first one opens with one entry (MF2 `one`), the events have several (`*`).
    await page.getByRole('button', { name: 'Сынақ репозиторийімен жұмыс істеу', exact: true }).click();
    await page.getByText('Жинақтар', { exact: true }).first().waitFor();
    await expect.poll(() => announcements(page), { timeout: 20_000 }).toMatch(/жинағын қарап отырсыз, онда бір жазба бар\./);
    expect(await page.getByPlaceholder('Мазмұннан іздеу…').isVisible()).toBe(true);
    seen.push(...(await uiTexts(page)));
    await page.getByText(/^Іс-шаралар · /).first().click();
    await expect.poll(() => announcements(page), { timeout: 20_000 }).toMatch(/«Іс-шаралар · [^»]+» жинағын қарап отырсыз, онда (?:[2-9]|\d{2,}) жазба бар\./);
    expect(await page.getByRole('button', { name: 'Сұрыптау' }).isVisible()).toBe(true);
    seen.push(...(await uiTexts(page)));

    // The sorting menu, and the asset library (the bar's own button also toggles a side panel; the address is unambiguous).
    await page.getByRole('button', { name: 'Сұрыптау' }).click();
    await page.getByRole('menuitemradio').first().waitFor();
    seen.push(...(await uiTexts(page)));
    await page.keyboard.press('Escape');
    await page.evaluate(() => { location.hash = '/assets'; });
    await expect.poll(() => announcements(page), { timeout: 20_000 }).toMatch(/«Барлық медиафайлдар» медиафайлдар қалтасын қарап отырсыз/);
    expect(await page.getByPlaceholder('Медиафайлдардан іздеу…').isVisible()).toBe(true);
    seen.push(...(await uiTexts(page)));

    expect([...new Set(seen.filter((text) => foreign.has(text)))]).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});
