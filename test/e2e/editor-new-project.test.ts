/**
 * A coordinator creates a children's social project in the web editor (issue 14), offline on the
 * test-repo backend seeded with the demo's rosters, awards and projects: region picked from a
 * list, representation, topics, stage, results, team by member ids, and the body with its "how to
 * repeat it" section. Without that section the save is refused by the rules in the browser with
 * `project-how-to-repeat` in kk and ru, and nothing is written; with it the file lands at
 * content/projects/<region>/<slug>.mdx written like `npm run new:project` writes (no editor-only
 * key in it) and passes `npm run validate`. The award form then offers the new project and stores
 * its id `<region>/<slug>`. A new project that would take an existing project's file is refused
 * (`project-file-taken`). Screenshots of the form at 1280 and 360 px go to docs/images.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectFromAnswers } from '../../src/scaffold/new-project.ts';
import { addListItem, AWARDS, awardItem, editorShot as shot, editorWithProjects, formState, openAwards2026, readRepository, revealed, useEditorServer, validateWith } from './editor-session.ts';

const editor = useEditorServer();

/** A form field by its key path (the editor's `data-key-path`). */
const fieldOf = (page: Page) => (keyPath: string) => page.locator(`[data-key-path="${keyPath}"]`).first();

/**
 * Clicks «Сақтау» and waits until the editor's rules answered the save (`data-when="save"`) or a
 * rule `rule` appears; fails with the form's state (not a bare timeout) when Sveltia's own
 * validation stopped the save first.
 */
async function saveAndAwaitRules(page: Page, rule: string) {
  await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
  const panel = page.locator('#myn-rules');
  const answered = await expect
    .poll(async () => (await panel.getAttribute('data-when').catch(() => null)) === 'save' && (await panel.locator(`li[data-rule="${rule}"]`).count()) === 1, { timeout: 30_000 })
    .toBe(true)
    .then(() => true, () => false);
  if (!answered) {
    await page.screenshot({ path: join(tmpdir(), 'editor-project-no-verdict.png'), fullPage: true });
    throw new Error(`no ${rule} verdict after «Сақтау» (screenshot in ${tmpdir()}): panel ${JSON.stringify(await panel.getAttribute('data-when').catch(() => null))}, form ${JSON.stringify(await formState(page))}`);
  }
  return panel;
}

/** Fills the new-project form with the test's answers, `text` as the body and `titleRu` as the Russian title; returns the body's editor. */
async function fillProject(page: Page, text: string, titleRu = 'Зелёный двор Сайрама') {
  const field = fieldOf(page);
  await field('region').waitFor({ timeout: 30_000 });
  await field('region').getByRole('combobox').click();
  await page.getByRole('option', { name: /^Түркістан облысы · Туркестанская область/ }).click();
  await field('title.kk').getByRole('textbox').fill('Сайрамның жасыл ауласы');
  await field('title.ru').getByRole('textbox').fill(titleRu);
  await field('summary.kk').getByRole('textbox').fill('Балалар мектеп ауласына отыз ағаш отырғызды.');
  await field('summary.ru').getByRole('textbox').fill('Дети посадили тридцать деревьев во дворе школы.');
  await field('representation').getByRole('textbox').fill('turkistan/sayram');
  await field('topics').getByRole('combobox').click();
  await page.getByRole('option', { name: /^Экология/ }).click();
  await field('topics').locator('h4').click();
  await addListItem(field('seasons'), 'spinbutton', '2027');
  await (await revealed(page, field('stage').getByRole('radio', { name: /Жүріп жатыр/ }))).check();
  await (await revealed(page, field('results.children_involved').getByRole('spinbutton'))).fill('12');
  await field('results.people_helped').getByRole('spinbutton').fill('300');
  await field('results.events_held').getByRole('spinbutton').fill('1');
  const team = await revealed(page, field('team'));
  for (const id of ['aruzhan-mysalkyzy', 'abylai-sh-sayram']) await addListItem(team, 'textbox', id);
  await (await revealed(page, field('lang').getByRole('radio', { name: /Қазақша/ }))).check();
  const body = (await revealed(page, field('body'))).locator('[contenteditable="true"]');
  await body.fill(text);
  return body;
}

const SLUG = 'zelyoniy-dvor-sayrama'; // the Russian title transliterated by Sveltia
const FILE = `content/projects/turkistan/${SLUG}.mdx`;

describe('the web editor: a new project', () => {
  it('creates a project in its region’s folder; the rules refuse it without “how to repeat”; the award form then stores its id', { timeout: 300_000 }, async () => {
    const { page, outside, errors } = await editorWithProjects(editor.browser, editor.url);
    await page.getByText(/Қалалық және аудандық өкілдіктер/).first().waitFor();
    await page.goto(`${editor.url}/admin/#/collections/projects/new`);
    const read = (path: string) => readRepository(page, path);

    const field = fieldOf(page);
    const body = await fillProject(page, 'Балалар мектеп ауласына отыз ағаш отырғызды.');
    // The top of the form (region, titles) for CONTRIBUTING.md, on a desktop and on a phone.
    for (const [width, name] of [[360, 'new-project-360'], [1280, 'new-project']] as const) {
      await page.setViewportSize({ width, height: 900 });
      await field('region').scrollIntoViewIfNeeded();
      await field('region').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot(page, name);
    }

    // No "how to repeat it" section: refused in the browser, in kk and ru, nothing written.
    const panel = await saveAndAwaitRules(page, 'project-how-to-repeat');
    const missing = panel.locator('li[data-rule="project-how-to-repeat"]');
    expect(await missing.locator('p[lang="kk"]').innerText()).toMatch(/Қалай қайталауға болады/);
    expect(await missing.locator('p[lang="ru"]').innerText()).toMatch(/Как повторить/);
    expect(await panel.locator('li').count()).toBe(1);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(read(FILE)).rejects.toThrow();

    await body.fill('Балалар мектеп ауласына отыз ағаш отырғызды.\n\n## Қалай қайталауға болады\n\n1. Мектеппен келісіңіз.\n2. Көшеттерді күзде отырғызыңыз.');
    await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
    const savedInTime = await expect.poll(() => read(FILE).catch(() => ''), { timeout: 60_000 }).not.toBe('').then(() => true, () => false);
    if (!savedInTime) {
      const files = await page.evaluate(async () => {
        const out: string[] = [];
        const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
          for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
            if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
            else out.push(`${prefix}${name}`);
          }
        };
        const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
        await walk(await (await root.getDirectoryHandle('content')).getDirectoryHandle('projects'), '');
        return out;
      });
      await page.screenshot({ path: join(tmpdir(), 'editor-project-not-saved.png'), fullPage: true });
      throw new Error(`not saved (screenshot in ${tmpdir()}): projects ${JSON.stringify(files)}; on screen ${JSON.stringify(await page.locator('#myn-rules, [role="alert"], [role="alertdialog"], [role="status"]').allInnerTexts())}; form ${JSON.stringify(await formState(page))}`);
    }
    const saved = await read(FILE);
    // Byte for byte what `npm run new:project` writes from the same answers.
    const scaffolded = projectFromAnswers({
      lang: 'kk',
      'title-kk': 'Сайрамның жасыл ауласы',
      'title-ru': 'Зелёный двор Сайрама',
      'summary-kk': 'Балалар мектеп ауласына отыз ағаш отырғызды.',
      'summary-ru': 'Дети посадили тридцать деревьев во дворе школы.',
      representation: 'turkistan/sayram',
      topics: 'ecology',
      seasons: '2027',
      stage: 'running',
      children: '12',
      helped: '300',
      'events-held': '1',
      team: 'aruzhan-mysalkyzy, abylai-sh-sayram',
      steps: 'Мектеппен келісіңіз.; Көшеттерді күзде отырғызыңыз.',
      slug: SLUG,
    });
    expect(`content/${scaffolded.relative}`).toBe(FILE);
    expect(saved).toBe(scaffolded.text);
    expect(saved).not.toMatch(/^region:/m);
    const result = validateWith({ [FILE.replace(/^content\//, '')]: saved });
    expect(result.output).not.toMatch(new RegExp(SLUG));
    expect(result.status, result.output).toBe(0);

    // The award form offers the new project by its title and stores its id.
    await page.goto(`${editor.url}/admin/#/collections/awards`);
    await openAwards2026(page);
    // (Six projects now: Sveltia shows a drop-down instead of radios above five options.)
    const projectList = await revealed(page, awardItem(page, 0).getByRole('combobox'));
    const before = await read(AWARDS);
    await projectList.scrollIntoViewIfNeeded();
    await projectList.click();
    await page.getByRole('option', { name: 'Сайрамның жасыл ауласы · Зелёный двор Сайрама' }).click();
    await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await expect.poll(() => read(AWARDS), { timeout: 30_000 }).not.toBe(before);
    const awards = parse(await read(AWARDS)) as { id: string; project?: string }[];
    expect(awards.find((award) => award.id === '2026-000001')?.project).toBe(`turkistan/${SLUG}`);
    const withProject = validateWith({ [FILE.replace(/^content\//, '')]: saved, 'awards/2026.yaml': await read(AWARDS) });
    expect(withProject.status, withProject.output).toBe(0);

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('refuses a new project whose file would replace an existing one (the same Russian title in the same region)', { timeout: 300_000 }, async () => {
    const { page, outside, errors } = await editorWithProjects(editor.browser, editor.url);
    await page.getByText(/Қалалық және аудандық өкілдіктер/).first().waitFor();
    const existing = 'content/projects/turkistan/sayram-clean-river.mdx';
    const before = await readRepository(page, existing);
    await page.goto(`${editor.url}/admin/#/collections/projects/new`);
    // Sveltia names the file from the Russian title: «Sayram clean river» → sayram-clean-river.mdx, the demo's «Таза Сайрамсу».
    await fillProject(page, 'Басқа жоба.\n\n## Қалай қайталауға болады\n\n1. Басқа қадам.', 'Sayram clean river');
    const panel = await saveAndAwaitRules(page, 'project-file-taken');
    const taken = panel.locator('li[data-rule="project-file-taken"]');
    expect(await taken.locator('p[lang="kk"]').innerText()).toMatch(/turkistan\/sayram-clean-river.*бұрыннан бар/);
    expect(await taken.locator('p[lang="ru"]').innerText()).toMatch(/уже есть.*Измените русское название/);
    await page.getByRole('alertdialog').waitFor();
    expect(await readRepository(page, existing)).toBe(before);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
