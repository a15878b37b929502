/**
 * Filtering the upcoming events. With JavaScript, the form on /events/ narrows the list in place
 * (combining format, region, topic and grade), says how many are left and keeps the choice in the
 * address's #fragment. Without it, the filter links lead to pre-rendered pages that list exactly
 * the matching events. What "matching" means is read from the events' frontmatter.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtNow, localized, upcomingAt, type EventSource } from './content.ts';
import { expectNoErrors, useSite } from './session.ts';

const site = useSite();

type Choice = Partial<Record<'format' | 'region' | 'topic' | 'grade', string>>;

function matches(event: EventSource, choice: Choice): boolean {
  return (
    (!choice.format || event.data.format === choice.format) &&
    (!choice.region || event.region === choice.region) &&
    (!choice.topic || event.data.topics.includes(choice.topic)) &&
    (!choice.grade || (Number(choice.grade) >= event.data.audience.grades[0] && Number(choice.grade) <= event.data.audience.grades[1]))
  );
}

/** The ids the built site should list for a choice; a choice must narrow the list, else its test proves nothing. */
function expected(choice: Choice): string[] {
  const upcoming = upcomingAt(builtNow());
  const ids = upcoming.filter((event) => matches(event, choice)).map((event) => event.id);
  expect(ids.length, `${JSON.stringify(choice)} matches no upcoming event of the demo content`).toBeGreaterThan(0);
  expect(ids.length, `${JSON.stringify(choice)} matches every upcoming event`).toBeLessThan(upcoming.length);
  return ids.sort();
}

/** The events of #event-list as the visitor sees them: [shown, hidden] ids. */
async function listed(page: Page): Promise<[string[], string[]]> {
  const items = await page.locator('#event-list [data-event]').evaluateAll((nodes) =>
    nodes.map((node) => ({ id: (node as HTMLElement).dataset['event']!, shown: (node as HTMLElement).checkVisibility() })),
  );
  return [items.filter((i) => i.shown).map((i) => i.id).sort(), items.filter((i) => !i.shown).map((i) => i.id).sort()];
}

describe('filters with JavaScript (the form on /events/)', () => {
  it('format, then region, then topic instead: only matching events stay, the count follows', async () => {
    const session = await site.open();
    const { page } = session;
    await page.goto(session.url('/events/'));
    const all = upcomingAt(builtNow()).map((e) => e.id).sort();
    expect((await listed(page))[0]).toEqual(all);
    await expect.poll(() => page.locator('#event-filter-form').isHidden()).toBe(true); // inside the closed <details>
    await page.locator('#event-filters > summary').click();
    await expect.poll(() => page.locator('#event-filter-form').isVisible()).toBe(true);
    expect(await page.locator('#event-filter-links').isVisible()).toBe(false);
    expect(await page.locator('#event-filter-count').isVisible()).toBe(false);

    const check = async (choice: Choice) => {
      const [shown, hidden] = await listed(page);
      const want = expected(choice);
      expect(shown, JSON.stringify(choice)).toEqual(want);
      expect(hidden.length).toBe(all.length - want.length);
      await expect.poll(() => page.locator('#event-filter-count').innerText()).toMatch(new RegExp(`(^|\\D)${want.length}(\\D|$)`));
      expect(Object.fromEntries(new URLSearchParams(new URL(page.url()).hash.slice(1)))).toEqual(choice);
    };

    await page.locator('#filter-format').selectOption('online');
    await check({ format: 'online' });
    await page.locator('#filter-region').selectOption('turkistan');
    await check({ format: 'online', region: 'turkistan' });
    await page.locator('#filter-region').selectOption('');
    await page.locator('#filter-topic').selectOption('reading');
    await check({ format: 'online', topic: 'reading' });
    await page.locator('#filter-grade').selectOption('9');
    await check({ format: 'online', topic: 'reading', grade: '9' });

    // A shared address opens with the same filters applied.
    await page.goto(session.url('/events/#format=online&topic=reading'));
    await page.reload();
    expect(await page.locator('#filter-format').inputValue()).toBe('online');
    expect((await listed(page))[0]).toEqual(expected({ format: 'online', topic: 'reading' }));

    // Back to "all": everything is listed again and the count is gone.
    await page.locator('#filter-format').selectOption('');
    await page.locator('#filter-topic').selectOption('');
    expect((await listed(page))[0]).toEqual(all);
    expect(await page.locator('#event-filter-count').isVisible()).toBe(false);
    expectNoErrors(session, '/events/ with filters');
  });

  it('ru: the same form filters the Russian list', async () => {
    const session = await site.open({ locale: 'ru-RU' });
    const { page } = session;
    await page.goto(session.url('/ru/events/'));
    await page.locator('#event-filters > summary').click();
    await page.locator('#filter-format').selectOption('hybrid');
    expect((await listed(page))[0]).toEqual(expected({ format: 'hybrid' }));
    expectNoErrors(session, '/ru/events/ with filters');
  });
});

describe('filters without JavaScript (pre-rendered pages)', () => {
  const cases: [label: string, link: string, choice: Choice][] = [
    ['format', 'format=online', { format: 'online' }],
    ['region', 'region=turkistan', { region: 'turkistan' }],
    ['topic', 'topic=science', { topic: 'science' }],
    ['grade', 'grade=11', { grade: '11' }],
  ];
  for (const [label, link, choice] of cases) {
    for (const locale of ['kk', 'ru'] as const) {
      it(`${locale}: the ${label} link lists exactly the matching events`, async () => {
        const session = await site.open({ javaScriptEnabled: false });
        const { page } = session;
        await page.goto(session.url(localized('/events/', locale)));
        // Without the script, the form stays hidden and the links are the filters.
        await page.locator('#event-filters > summary').click();
        expect(await page.locator('#event-filter-form').isVisible()).toBe(false);
        await page.locator(`a[data-filter-link="${link}"]`).click();
        const [dimension, value] = link.split('=') as [string, string];
        await page.waitForURL(session.url(localized(`/events/${dimension}/${value}/`, locale)));
        expect(await page.locator(`[data-filter-link="${link}"]`).getAttribute('aria-current')).toBe('page');
        const want = expected(choice);
        const items = await page.locator('#event-list [data-event]').evaluateAll((nodes) => nodes.map((node) => ({ ...(node as HTMLElement).dataset })));
        expect(items.map((item) => item['event']).sort()).toEqual(want);
        for (const item of items) {
          if (choice.format) expect(item['format']).toBe(choice.format);
          if (choice.region) expect(item['region']).toBe(choice.region);
          if (choice.topic) expect(item['topics']!.split(' ')).toContain(choice.topic);
        }
        expect(await page.locator('#event-filter-count').innerText()).toMatch(new RegExp(`(^|\\D)${want.length}(\\D|$)`));
        expectNoErrors(session, page.url());
      });
    }
  }
});
