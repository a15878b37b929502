/**
 * The web editor's award form picks the project an award rewards by its kk/ru title (issue 14):
 * Sveltia's relation to the projects collection, offline on its test-repo backend seeded with the
 * demo's awards and projects. The demo's diploma that names `turkistan/sayram-clean-river` shows
 * «Таза Сайрамсу · Чистая Сайрамсу» chosen; choosing «Аулалық код үйірмесі» for the first award
 * saves `project: shymkent/coding-club` (the id CONTENT-MODEL.md's award names, not a title or the
 * bare slug), and the saved file passes `npm run validate`.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AWARDS, awardItem, editorWithProjects, openAwards2026, readRepository as read, revealed, useEditorServer, validateWith } from './editor-session.ts';

const editor = useEditorServer();

describe('the web editor: an award names its project', () => {
  it('picks the project by its title and saves its id; the saved file validates', { timeout: 240_000 }, async () => {
    const { page, outside, errors } = await editorWithProjects(editor.browser, editor.url);
    await openAwards2026(page);

    // The first award names no project: "(none)" and the four demo projects by their kk/ru titles.
    const first = awardItem(page, 0);
    const coding = await revealed(page, first.getByRole('radio', { name: 'Аулалық код үйірмесі · Дворовый кружок программирования' }));
    const projectRadios = first.getByRole('radiogroup', { name: /Жоба · Проект/ }).getByRole('radio');
    expect(await projectRadios.count()).toBe(5);
    expect(await first.getByRole('radio', { name: /Жоқ/ }).isChecked()).toBe(true);

    // The second (the diploma for turkistan/sayram-clean-river) shows that project chosen, by its title.
    const second = awardItem(page, 1);
    const sayram = await revealed(page, second.getByRole('radio', { name: 'Таза Сайрамсу · Чистая Сайрамсу' }));
    expect(await sayram.isChecked()).toBe(true);

    const before = await read(page, AWARDS);
    await coding.scrollIntoViewIfNeeded();
    await coding.check();
    await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await expect.poll(() => read(page, AWARDS), { timeout: 30_000 }).not.toBe(before);
    // The rules ran on the awards list and found nothing (a list held as the entry's root field).
    expect(await page.locator('#myn-rules').isVisible()).toBe(false);

    const saved = await read(page, AWARDS);
    const awards = parse(saved) as { id: string; project?: string }[];
    expect(awards.find((award) => award.id === '2026-000001')?.project).toBe('shymkent/coding-club');
    expect(awards.find((award) => award.id === '2026-000002')?.project).toBe('turkistan/sayram-clean-river');
    // Nothing else of the file changed its meaning.
    const original = parse(before) as { id: string; project?: string }[];
    expect(awards.map(({ project: _, ...rest }) => rest)).toEqual(original.map(({ project: _, ...rest }) => rest));

    const result = validateWith({ 'awards/2026.yaml': saved });
    expect(result.output).not.toMatch(/awards\/2026\.yaml/);
    expect(result.status, result.output).toBe(0);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
