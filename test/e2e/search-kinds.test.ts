/**
 * The search page's kind choice in a real browser (issue 14): a word found on an event, a project
 * and a place page is narrowed to projects only by the «Жоба» / «Проект» radio (pagefind's `kind`
 * filter), each choice shows the query's count of its kind, the address keeps `?kind=` so a reload
 * or a shared link keeps the choice; without JavaScript the choice is not offered (there is no
 * search to narrow) and the page links the lists of each kind instead.
 */
import { describe, expect, it } from 'vitest';
import { localized, type Locale } from './content.ts';
import { expectNoErrors, PHONE, useSite, type OpenPage } from './session.ts';

const site = useSite();

/** The demo's Есіл district: its page, its book swap event and project all name it. */
const WORD: Record<Locale, string> = { kk: 'есіл', ru: 'есиль' };
const LABELS: Record<Locale, { all: string; event: string; project: string; representation: string }> = {
  kk: { all: 'Барлығы', event: 'Іс-шара', project: 'Жоба', representation: 'Өкілдік' },
  ru: { all: 'Всё', event: 'Мероприятие', project: 'Проект', representation: 'Представительство' },
};

/** The results' paths and kind labels once pagefind has answered for `word` (every result shown). */
async function results(session: OpenPage, word: string): Promise<{ path: string; kind: string }[]> {
  const { page } = session;
  const message = page.locator('#search .search-message');
  await expect.poll(() => message.innerText(), { timeout: 15_000 }).toMatch(new RegExp(`«${word}».*\\d|\\d.*«${word}»`));
  const expected = Number((await message.innerText()).match(/\d+/)![0]);
  // "More" until every result is shown, so the list is the whole answer, not its first five.
  await expect
    .poll(
      async () => {
        const more = page.locator('#search .search-more');
        if (await more.isVisible()) await more.click();
        return page.locator('#search .search-result').count();
      },
      { timeout: 15_000 },
    )
    .toBe(expected);
  return page.locator('#search .search-result').evaluateAll((items) =>
    items.map((item) => ({
      path: new URL((item.querySelector('a.search-result-link') as HTMLAnchorElement).href).pathname,
      kind: item.querySelector('.search-kind')?.textContent ?? '',
    })),
  );
}

/** The count a choice shows, `(N)` → N. */
async function countOf(session: OpenPage, label: string): Promise<number> {
  const text = await session.page.locator('.search-kind-choice', { hasText: label }).locator('.search-kind-count').innerText();
  expect(text).toMatch(/^\(\d+\)$/);
  return Number(text.slice(1, -1));
}

describe('search: the kind choice', () => {
  for (const locale of ['kk', 'ru'] as const) {
    it(`${locale}: «${LABELS[locale].project}» shows only the projects the word finds, and the address keeps it`, { timeout: 60_000 }, async () => {
      const labels = LABELS[locale];
      const word = WORD[locale];
      const session = await site.open(locale === 'ru' ? { locale: 'ru-RU' } : {});
      const { page } = session;
      await page.goto(session.url(localized('/search/', locale) + '?q=' + encodeURIComponent(word)));

      // A labelled radio group, "all" chosen first.
      const group = page.getByRole('group', { name: locale === 'kk' ? 'Не іздейміз' : 'Что ищем' });
      await group.waitFor({ state: 'visible', timeout: 15_000 }); // shown by the script
      expect(await group.getByRole('radio', { name: labels.all }).isChecked()).toBe(true);

      const all = await results(session, word);
      const projects = all.filter((result) => result.path.startsWith(localized('/projects/', locale)));
      // The word finds more than projects, or choosing "project" would prove nothing.
      expect(projects.length).toBeGreaterThan(0);
      expect(all.length).toBeGreaterThan(projects.length);
      expect(await countOf(session, labels.all)).toBe(all.length);
      expect(await countOf(session, labels.project)).toBe(projects.length);
      expect(await countOf(session, labels.event)).toBe(all.filter((result) => result.kind === labels.event).length);

      // Chosen by the keyboard: Tab into the group lands on the checked radio, arrows move the choice.
      await group.getByRole('radio', { name: labels.all }).focus();
      await page.keyboard.press('ArrowRight'); // event
      await page.keyboard.press('ArrowRight'); // project
      expect(await group.getByRole('radio', { name: labels.project }).isChecked()).toBe(true);
      await expect.poll(() => page.locator('#search .search-kind').allInnerTexts(), { timeout: 15_000 }).toEqual(projects.map(() => labels.project));
      const narrowed = await results(session, word);
      expect(narrowed.map((result) => result.path).sort()).toEqual(projects.map((result) => result.path).sort());
      expect(new URL(page.url()).searchParams.get('kind')).toBe('project');
      expect(new URL(page.url()).searchParams.get('q')).toBe(word);

      // A reload (or the shared address) keeps the choice.
      await page.reload();
      expect(await group.getByRole('radio', { name: labels.project }).isChecked()).toBe(true);
      expect((await results(session, word)).map((result) => result.path).sort()).toEqual(projects.map((result) => result.path).sort());

      // The places: region and city/district pages only.
      await group.getByRole('radio', { name: labels.representation }).check();
      await expect.poll(() => new URL(page.url()).searchParams.get('kind'), { timeout: 15_000 }).toBe('representation');
      await expect.poll(() => page.locator('#search .search-kind').allInnerTexts(), { timeout: 15_000 }).not.toContain(labels.project);
      const places = await results(session, word);
      expect(places.length).toBeGreaterThan(0);
      for (const place of places) {
        expect(place.path).toMatch(new RegExp(`^${localized('/regions/', locale)}[a-z0-9-]+/`));
        expect(place.kind).toBe(labels.representation);
      }

      // Back to all: the address forgets the kind.
      await group.getByRole('radio', { name: labels.all }).check();
      await expect.poll(() => new URL(page.url()).searchParams.has('kind'), { timeout: 15_000 }).toBe(false);
      expect((await results(session, word)).length).toBe(all.length);
      expectNoErrors(session, `the ${locale} kind choice`);
    });
  }

  it('without JavaScript: no choice to make, the lists of each kind linked instead', async () => {
    const session = await site.open({ javaScriptEnabled: false, ...PHONE });
    const { page } = session;
    await page.goto(session.url('/search/?q=kitap&kind=project'));
    expect(await page.locator('fieldset.search-kinds').isVisible()).toBe(false);
    const lists = await page.locator('ul.search-lists a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(lists).toEqual(['/events/', '/projects/', '/regions/']);
    await page.locator('ul.search-lists a', { hasText: 'Жобалар' }).click();
    await page.waitForURL(session.url('/projects/'));
    expectNoErrors(session, 'the search page without JavaScript');
  });
});
