/**
 * The web editor's offline browser session, shared by the editor's browser tests: a kk-KZ context
 * where every request not to the local server is aborted and recorded, the built config switched
 * to Sveltia's test-repo backend, and the browser's private file system seeded with demo content.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { listContent } from '../../src/content/load.ts';
import { DIST, launchChromium, serveStatic } from './harness.ts';

export const ROOT = join(import.meta.dirname, '../..');
/** The built site the editor is served from (`EDITOR_DIST` points at a smaller build). */
export const EDITOR_SITE = process.env['EDITOR_DIST'] ?? DIST;
/** The demo files the test repository starts with: the season, geography, a region's rosters, the 2027 events. */
export const SEED = listContent(join(ROOT, 'content'))
  .map((entry) => entry.path)
  .filter((path) => path === 'movement.yaml' || path.startsWith('geography/') || path.startsWith('representations/turkistan/') || path.startsWith('events/2027/'));

/** The demo's awards file (its first award names no project, its second the Sayram project). */
export const AWARDS = 'content/awards/2026.yaml';

/** The demo's awards file and every project, for a seed that the award's project relation reads. */
export function awardsAndProjectsSeed(): [string, string][] {
  const files: [string, string][] = [[AWARDS, readFileSync(join(ROOT, AWARDS), 'utf8')]];
  for (const region of readdirSync(join(ROOT, 'content/projects'))) {
    for (const file of readdirSync(join(ROOT, 'content/projects', region))) {
      const path = `content/projects/${region}/${file}`;
      files.push([path, readFileSync(join(ROOT, path), 'utf8')]);
    }
  }
  return files;
}

/** The award item (a list item of the awards form) whose number field is the `index`-th. */
export const awardItem = (page: Page, index: number): Locator =>
  page.getByRole('textbox', { name: /Нөмірі · Номер/ }).nth(index).locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " item ")][1]');

/**
 * The editor signed in to the test repository seeded with the demo's awards and projects too;
 * `errors` collects the page's uncaught errors.
 */
export async function editorWithProjects(browser: Browser, serverUrl: string): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const { page, outside } = await offlineEditorPage(browser, serverUrl);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await seedRepository(page, awardsAndProjectsSeed());
  await page.goto(`${serverUrl}/admin/`);
  await page.getByRole('button', { name: /Test Repository|сынақ репозиторий/i }).click();
  await page.getByText(/Марапаттар · Награды/).first().waitFor({ timeout: 30_000 });
  return { page, outside, errors };
}

/** Opens the awards of 2026 (content/awards/2026.yaml) in the awards form. */
export async function openAwards2026(page: Page): Promise<void> {
  await page.getByText(/Марапаттар · Награды/).first().click();
  await page.getByText('2026', { exact: true }).first().click();
  await page.getByRole('textbox', { name: /Нөмірі · Номер/ }).first().waitFor({ timeout: 30_000 });
}

/** Where the editor's screenshots go: CONTRIBUTING.md shows them. */
const SHOTS = join(ROOT, 'docs/images');

/** The built editor served locally and one Chromium, for a test file's lifetime. */
export function useEditorServer(): { browser: Browser; url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    server = await serveStatic(EDITOR_SITE);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the editor server is not started (call inside a test)');
      return browser;
    },
    get url() {
      if (!server) throw new Error('the editor server is not started (call inside a test)');
      return server.url;
    },
  };
}

/** Writes `files` ([path, text], paths from the repository's root) into the test repository in the browser's private file system. */
export async function seedRepository(page: Page, files: [string, string][]): Promise<void> {
  await page.evaluate(async (seed) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test', { create: true });
    for (const [path, text] of seed) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

/** A file of the test repository as the editor saved it. */
export function readRepository(page: Page, path: string): Promise<string> {
  return page.evaluate(async (file) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    const parts = file.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);
}

/** A screenshot of the editor for CONTRIBUTING.md: docs/images/editor-<name>.png. */
export async function editorShot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `editor-${name}.png`) });
}

/**
 * A page ready to open `/admin/` on the seeded test repository; `outside` collects every request
 * to anywhere but `serverUrl` (each one aborted).
 */
export async function offlineEditorPage(browser: Browser, serverUrl: string): Promise<{ page: Page; outside: string[] }> {
  const { page, outside } = await offlinePage(browser, serverUrl);
  // The built config names the GitHub backend; the tests work on the browser's own test repository.
  await page.route(/\/admin\/config\.yml/, async (route) => {
    const text = readFileSync(join(EDITOR_SITE, 'admin/config.yml'), 'utf8')
      .replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n')
      .replace(/^publish_mode: .*\n/m, '');
    await route.fulfill({ body: text, contentType: 'application/yaml' });
  });
  await page.goto(`${serverUrl}/robots.txt`);
  await seedRepository(page, SEED.map((path): [string, string] => [`content/${path}`, readFileSync(join(ROOT, 'content', path), 'utf8')]));
  return { page, outside };
}

/**
 * A kk-KZ page where every request to anywhere but `serverUrl` is aborted and collected in
 * `outside`; a route the page adds itself (a fake API) is asked first.
 */
export async function offlinePage(browser: Browser, serverUrl: string): Promise<{ page: Page; outside: string[] }> {
  const context = await browser.newContext({ locale: 'kk-KZ', timezoneId: 'Asia/Almaty', viewport: { width: 1280, height: 900 } });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(serverUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  return { page: await context.newPage(), outside };
}

/** `npm run validate` on the demo content with `files` (path under content/ → text) written over it. */
export function validateWith(files: Record<string, string>): { status: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'editor-content-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    const output = execFileSync('npm', ['run', '-s', 'validate', '--', '--no-cache', '--content', dir, '--now', '2027-03-01T12:00:00+05:00', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

/**
 * What the form holds when a save did not go through: every field's key path with the values of
 * its inputs, and Sveltia's own validation messages (its required and type checks run before the
 * editor's preSave rules, so a field that did not take shows here and nowhere else).
 */
export function formState(page: Page): Promise<{ invalid: string[]; values: string[] }> {
  return page.evaluate(() => {
    const fields = [...document.querySelectorAll('[data-key-path]')];
    const invalid = fields
      .filter((node) => node.querySelector('[aria-invalid="true"], .validation'))
      .map((node) => `${node.getAttribute('data-key-path')}: ${node.querySelector('.validation')?.textContent?.trim() ?? 'aria-invalid'}`);
    const values = fields.map((node) => {
      const inputs = [...node.querySelectorAll('input, textarea')] as HTMLInputElement[];
      const shown = inputs.filter((input) => input.type !== 'radio' || input.checked).map((input) => input.value);
      return `${node.getAttribute('data-key-path')}=${JSON.stringify(shown)}`;
    });
    return { invalid, values };
  });
}

/**
 * `locator`'s first match, once the form has scrolled far enough for Sveltia to render it (it
 * renders a list item's fields lazily, so a field below the fold does not exist yet).
 */
export async function revealed(page: Page, locator: Locator): Promise<Locator> {
  await page.mouse.move(600, 600);
  for (let step = 0; step < 60 && (await locator.count()) === 0; step += 1) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(100);
  }
  return locator.first();
}

/**
 * Adds an item to a list field and fills it. The new item's input is waited for by count: under
 * load, filling `.last()` right after the click can reach the previous item before the new one
 * renders, which leaves an empty item that Sveltia's required check refuses before any save.
 */
export async function addListItem(list: Locator, role: 'textbox' | 'spinbutton', value: string) {
  const inputs = list.getByRole(role);
  const before = await inputs.count();
  await list.getByRole('button', { name: /қосу/ }).last().click();
  await expect.poll(() => inputs.count(), { timeout: 10_000 }).toBe(before + 1);
  await inputs.nth(before).fill(value);
  await expect.poll(() => inputs.nth(before).inputValue(), { timeout: 10_000 }).toBe(value);
}

/**
 * Opens Sayram's roster, adds a member with the id `dana-k-sayram` and returns that member's item
 * of the form: its other fields are found inside it, not by their place among the open ones (the
 * last member's fields and the new one's are open, the others folded).
 */
export async function newSayramMember(page: Page): Promise<Locator> {
  await page.getByText(/Қалалық және аудандық өкілдіктер/).first().click();
  await page.getByText(/Сайрам ауданы · Сайрамский район/).first().click();
  // Every member folded first: which ones the editor leaves open varies from run to run (in one
  // fresh-clone CI run the second member's were, and its fields got the new member's values), so
  // the new member's id is then the one open id field.
  await page.getByRole('button', { name: 'Барлығын жию', exact: true }).first().click();
  const ids = page.getByRole('textbox', { name: /Мүшенің идентификаторы/ });
  await expect.poll(() => ids.count(), { timeout: 10_000 }).toBe(0);
  // Folded, the rural representations' member lists show their add buttons too: the roster's own comes first.
  await page.getByRole('button', { name: /Мүшелер · Участники.*қосу/ }).first().click();
  await expect.poll(() => ids.count(), { timeout: 10_000 }).toBe(1);
  const id = ids.first();
  await id.fill('dana-k-sayram');
  return id.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " item ")][1]');
}
