/**
 * The web editor (/admin/) in Debian's Chromium, offline: Sveltia CMS from the built site with its
 * test-repo backend (files in the browser's private file system), seeded with the demo content.
 * A coordinator adds a member to a district roster and creates an event in kk and ru through the
 * forms; the saved files, read back from the browser, pass `npm run validate`. A phone number
 * typed into a member's name or an event's Russian description shows the `personal-phone` message
 * (kk and ru) in the rules panel while typing; a save with the member's is refused. Every
 * request that is not to the local server fails the test, and so does every CSP violation (a
 * blocked attempt to reach a CDN). Screenshots for CONTRIBUTING.md go to docs/images/editor-*.png.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addListItem, editorShot as shot, newSayramMember, offlineEditorPage, readRepository, revealed, useEditorServer, validateWith } from './editor-session.ts';

const editor = useEditorServer();

interface Editor {
  page: Page;
  /** Requests to anywhere but the local server (each one aborted). */
  outside: string[];
  /** CSP violations and page errors. */
  problems: () => Promise<string[]>;
  /** A file of the test repository as the editor saved it. */
  read: (path: string) => Promise<string>;
}

/** The editor on the test repository seeded with the demo content, signed in. */
async function openEditor(): Promise<Editor> {
  const { page, outside } = await offlineEditorPage(editor.browser, editor.url);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
  });
  await page.goto(`${editor.url}/admin/`);
  await page.getByRole('button', { name: /Test Repository|сынақ репозиторий/i }).click();
  await page.getByText(/Қалалық және аудандық өкілдіктер/).first().waitFor();
  const read = (path: string) => readRepository(page, path);
  const problems = async () => [...errors, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
  return { page, outside, problems, read };
}

describe('the web editor, offline', () => {
  it('adds a member to a district roster; a phone in a name is refused in Kazakh; the saved file validates', { timeout: 240_000 }, async () => {
    const { page, outside, problems, read } = await openEditor();
    await shot(page, 'collections');
    // The UI is in Kazakh (the project's locale file, served by the site).
    expect(await page.getByText('Жинақтар', { exact: true }).first().isVisible()).toBe(true);
    // A new member in Sayram's roster; its fields are scrolled to first: Sveltia renders a list
    // item's fields only as they come into view.
    const member = await newSayramMember(page);
    const name = await revealed(page, member.getByRole('textbox', { name: /Аты \(келісімдегі/ }));
    await name.fill('Дана К. +7 701 123 45 67');
    // While typing, before any save: the rules panel already names the rule, in kk and ru.
    const panel = page.locator('#myn-rules');
    await expect.poll(() => panel.getAttribute('data-when').catch(() => null), { timeout: 20_000 }).toBe('typing');
    await expect.poll(() => panel.locator('li[data-rule="personal-phone"]').count()).toBe(1);
    expect(await panel.locator('li[data-rule="personal-phone"] p[lang="kk"]').innerText()).toMatch(/^members\[5\]\.name: телефон нөмірі жазылған/);
    expect(await panel.locator('li[data-rule="personal-phone"] p[lang="ru"]').innerText()).toMatch(/^members\[5\]\.name: .*номер телефона/i);
    await shot(page, 'personal-phone-typing');
    await (await revealed(page, member.getByRole('spinbutton', { name: /Сынып/ }))).fill('7');
    await (await revealed(page, member.getByRole('radio', { name: /мүше · участник/ }))).check();
    await (await revealed(page, member.getByRole('radio', { name: /тегінің бас әрпі/ }))).check();
    const before = await read('content/representations/turkistan/sayram.yaml');
    await shot(page, 'new-member');
    await page.getByRole('button', { name: 'Сақтау', exact: true }).click();

    // On save: the same rule, and the save is refused.
    await panel.waitFor({ state: 'attached', timeout: 15_000 }).catch(async () => {
      await shot(page, 'debug');
      throw new Error(`no rules panel: ${(await page.locator('body').innerText()).slice(-600)}`);
    });
    await expect.poll(() => panel.getAttribute('data-when')).toBe('save');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const phone = panel.locator('li[data-rule="personal-phone"]');
    await expect.poll(() => phone.count()).toBe(1);
    expect(await phone.locator('code').innerText()).toBe('personal-phone');
    // The message names the field (personal-data messages never repeat the value).
    expect(await phone.locator('p[lang="kk"]').innerText()).toMatch(/^members\[5\]\.name: телефон нөмірі жазылған/);
    expect(await phone.locator('p[lang="kk"]').innerText()).not.toContain('701');
    expect(await panel.locator('li').count()).toBe(1);
    // Sveltia says the save failed in its own dialog; the panel beside it says why.
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await shot(page, 'personal-phone');
    expect(await read('content/representations/turkistan/sayram.yaml')).toBe(before);

    await name.fill('Дана К.');
    await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await expect.poll(() => read('content/representations/turkistan/sayram.yaml'), { timeout: 20_000 }).not.toBe(before);
    expect(await panel.isVisible()).toBe(false);
    const saved = await read('content/representations/turkistan/sayram.yaml');
    expect(saved).toContain('  - id: dana-k-sayram\n    name: Дана К.\n    grade: 7\n    role: member\n    consent: { name: initial, photo: false }\n');
    const result = validateWith({ 'representations/turkistan/sayram.yaml': saved });
    expect(result.output).not.toMatch(/sayram\.yaml/);
    expect(result.status, result.output).toBe(0);
    expect(outside).toEqual([]);
    expect(await problems()).toEqual([]);
  });
});

/** A field of the event form in one language's pane, by its key path (`title.kk`, `body`). */
const fieldIn = (page: Page, locale: string, keyPath: string) => page.locator(`.pane[data-locale="${locale}"] [data-key-path="${keyPath}"]`).first();

describe('the web editor, offline: an event in kk and ru', () => {
  it('creates an event through the forms: its Kazakh file and its Russian body validate clean', { timeout: 300_000 }, async () => {
    const { page, outside, problems, read } = await openEditor();
    await page.goto(`${editor.url}/admin/#/collections/events/new`);
    const kk = (keyPath: string) => fieldIn(page, 'kk', keyPath);
    await kk('title.kk').waitFor({ timeout: 30_000 });
    await kk('title.kk').getByRole('textbox').fill('Таза өзен: жазғы сенбілік');
    await kk('title.ru').getByRole('textbox').fill('Чистая река: летний субботник');
    await kk('summary.kk').getByRole('textbox').fill('Сайрам өзенінің жағасын бірге тазалаймыз. 5–9 сынып оқушыларына.');
    await kk('summary.ru').getByRole('textbox').fill('Вместе очищаем берег реки Сайрам. Для учеников 5–9 классов.');
    await kk('start').locator('input').first().fill('2027-06-12T10:00');
    await kk('end').locator('input').first().fill('2027-06-12T13:00');
    await kk('format').getByRole('radio', { name: /Бетпе-бет/ }).check();
    await kk('place').getByRole('checkbox').check();
    await kk('place.kk').getByRole('textbox').fill('Сайрам ауданы, Ақсу өзенінің жағасы');
    await kk('place.ru').getByRole('textbox').fill('Сайрамский район, берег реки Аксу');
    await kk('organizer').getByRole('combobox').click();
    await page.getByRole('option', { name: /^Сайрам ауданы · Сайрамский район/ }).click();
    await kk('audience').scrollIntoViewIfNeeded();
    const grades = kk('audience.grades');
    for (const grade of ['5', '9']) await addListItem(grades, 'spinbutton', grade);
    await kk('topics').getByRole('combobox').click();
    await page.getByRole('option', { name: /^Экология/ }).click();
    // (Escape would close the whole form: the list closes on a click beside it)
    await kk('topics').locator('h4').click();
    await kk('status').getByRole('radio', { name: /Жоспарланған/ }).click();
    await (await revealed(page, kk('lang').getByRole('radio', { name: /Қазақша/ }))).click();
    await kk('body').locator('[contenteditable="true"]').fill('Сайрам өзенінің жағасын бірге тазалаймыз: қолғап пен қапшықты ұйымдастырушылар береді.');
    // A phone number typed into the Russian description: the rules panel shows it before any save.
    const ruBody = fieldIn(page, 'ru', 'body').locator('[contenteditable="true"]');
    await ruBody.fill('Вопросы: +7 701 123 45 67');
    const panel = page.locator('#myn-rules');
    const phone = panel.locator('li[data-rule="personal-phone"]');
    await expect.poll(() => phone.count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.getAttribute('data-when')).toBe('typing');
    expect(await phone.getAttribute('data-file')).toMatch(/^events\/\d{4}\/new-event\.ru\.mdx$/);
    expect(await phone.locator('p[lang="ru"]').innerText()).toMatch(/номер телефона/);
    await ruBody.fill('Вместе очищаем берег реки: перчатки и мешки выдают организаторы.');
    await expect.poll(() => panel.isVisible(), { timeout: 20_000 }).toBe(false);
    // The address on the site (the file's name), shown in Sveltia's slug panel behind the anchor on
    // the right: made from the Russian title, transliterated (the config's slug template).
    await page.locator('[aria-label="URL атауы"]').first().click();
    await expect.poll(() => page.getByRole('textbox', { name: /URL атауы/ }).first().innerText()).toBe('chistaya-reka-letniy-subbotnik');
    await shot(page, 'new-event');
    await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
    const kkPath = 'content/events/2027/chistaya-reka-letniy-subbotnik.mdx';
    const ruPath = 'content/events/2027/chistaya-reka-letniy-subbotnik.ru.mdx';
    // (Once, under heavy load, the file did not appear: the failure then says what the screen showed.)
    const savedInTime = await expect.poll(() => read(kkPath).catch(() => ''), { timeout: 60_000 }).not.toBe('').then(() => true, () => false);
    if (!savedInTime) {
      await page.screenshot({ path: join(tmpdir(), 'editor-event-not-saved.png'), fullPage: true });
      const shown = await page.locator('#myn-rules, [role="alert"], [role="status"]').allInnerTexts();
      throw new Error(`the event was not saved within 60 s; on screen: ${JSON.stringify(shown)}; screenshot ${join(tmpdir(), 'editor-event-not-saved.png')}`);
    }
    const saved = await read(kkPath);
    const russian = await read(ruPath);
    expect(saved).toBe(
      [
        '---',
        'title: { kk: "Таза өзен: жазғы сенбілік", ru: "Чистая река: летний субботник" }',
        'summary: { kk: "Сайрам өзенінің жағасын бірге тазалаймыз. 5–9 сынып оқушыларына.", ru: "Вместе очищаем берег реки Сайрам. Для учеников 5–9 классов." }',
        'start: 2027-06-12T10:00:00+05:00',
        'end: 2027-06-12T13:00:00+05:00',
        'format: offline',
        'place: { kk: "Сайрам ауданы, Ақсу өзенінің жағасы", ru: "Сайрамский район, берег реки Аксу" }',
        'organizer: turkistan/sayram',
        'audience: { grades: [5, 9] }',
        'topics: [ecology]',
        'status: planned',
        'lang: kk',
        '---',
        'Сайрам өзенінің жағасын бірге тазалаймыз: қолғап пен қапшықты ұйымдастырушылар береді.',
        '',
      ].join('\n'),
    );
    // The Russian file holds what CONTENT-MODEL.md says a translation holds: the body, no frontmatter.
    expect(russian).toBe('Вместе очищаем берег реки: перчатки и мешки выдают организаторы.\n');
    const result = validateWith({ 'events/2027/chistaya-reka-letniy-subbotnik.mdx': saved, 'events/2027/chistaya-reka-letniy-subbotnik.ru.mdx': russian });
    expect(result.output).not.toMatch(/chistaya-reka-letniy-subbotnik/);
    expect(result.status, result.output).toBe(0);
    expect(outside).toEqual([]);
    expect(await problems()).toEqual([]);
  });
});
