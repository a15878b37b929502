/**
 * Filtering the upcoming events. Every filter value has its own pre-rendered, paginated page
 * (`/events/region/turkistan/`); without JavaScript the filters are links to them, with it one
 * select leads to the same pages, so a filtered view never downloads more than one small page.
 * What "matching" means is read from the events' frontmatter: a region's filter lists the
 * region's own events and the national ones, which its children can join too.
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
    (!choice.region || event.region === choice.region || event.region === 'national') &&
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

/** The ids of the events #event-list shows. */
async function listed(page: Page): Promise<string[]> {
  const items = await page.locator('#event-list [data-event]').evaluateAll((nodes) =>
    nodes.filter((node) => (node as HTMLElement).checkVisibility()).map((node) => (node as HTMLElement).dataset['event']!),
  );
  return items.sort();
}

/** Chooses `dimension=value` in the filter select and presses "Show". */
async function choose(page: Page, filter: string): Promise<void> {
  const option = page.locator(`#event-filter-choice option[data-filter-value="${filter}"]`);
  await page.locator('#event-filter-choice').selectOption(await option.getAttribute('value'));
  await page.locator('#event-filter-form button[type="submit"]').click();
}

describe('filters with JavaScript (the select leads to the static filter pages)', () => {
  it('format, then region (with the national events), then all again', async () => {
    const session = await site.open();
    const { page } = session;
    await page.goto(session.url('/events/'));
    const all = upcomingAt(builtNow()).map((e) => e.id).sort();
    expect(await listed(page)).toEqual(all);
    await expect.poll(() => page.locator('#event-filter-form').isHidden()).toBe(true); // inside the closed <details>
    await page.locator('#event-filters > summary').click();
    await expect.poll(() => page.locator('#event-filter-form').isVisible()).toBe(true);
    expect(await page.locator('#event-filter-links').isVisible()).toBe(false);

    await choose(page, 'format=online');
    await page.waitForURL(session.url('/events/format/online/'));
    expect(await listed(page)).toEqual(expected({ format: 'online' }));
    // The page opens with its own value chosen, so the next choice starts from it.
    expect(await page.locator('#event-filter-choice option:checked').getAttribute('data-filter-value')).toBe('format=online');

    await choose(page, 'region=turkistan');
    await page.waitForURL(session.url('/events/region/turkistan/'));
    const want = expected({ region: 'turkistan' });
    const national = upcomingAt(builtNow()).filter((e) => e.region === 'national').map((e) => e.id);
    expect(national.length, 'the demo content has upcoming national events').toBeGreaterThan(0);
    expect(want).toEqual(expect.arrayContaining(national));
    expect(await listed(page)).toEqual(want);
    await expect.poll(() => page.locator('#event-filter-count').innerText()).toMatch(new RegExp(`(^|\\D)${want.length}(\\D|$)`));

    await page.locator('#event-filter-choice').selectOption({ index: 0 });
    await page.locator('#event-filter-form button[type="submit"]').click();
    await page.waitForURL(session.url('/events/'));
    expect(await listed(page)).toEqual(all);
    expectNoErrors(session, '/events/ with filters');
  });

  it('an address shared from the in-place filter (#format=online) opens that filter\'s page', async () => {
    const session = await site.open();
    const { page } = session;
    await page.goto(session.url('/events/#format=online&topic=reading'));
    await page.waitForURL(session.url('/events/format/online/'));
    expect(await listed(page)).toEqual(expected({ format: 'online' }));
    expectNoErrors(session, '/events/#format=online');
  });

  it('ru: the same select leads to the Russian filter pages', async () => {
    const session = await site.open({ locale: 'ru-RU' });
    const { page } = session;
    await page.goto(session.url('/ru/events/'));
    await page.locator('#event-filters > summary').click();
    await choose(page, 'format=hybrid');
    await page.waitForURL(session.url('/ru/events/format/hybrid/'));
    expect(await listed(page)).toEqual(expected({ format: 'hybrid' }));
    await choose(page, 'region=turkistan');
    await page.waitForURL(session.url('/ru/events/region/turkistan/'));
    expect(await listed(page)).toEqual(expected({ region: 'turkistan' }));
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
          if (choice.region) expect([choice.region, 'national']).toContain(item['region']);
          if (choice.topic) expect(item['topics']!.split(' ')).toContain(choice.topic);
        }
        expect(await page.locator('#event-filter-count').innerText()).toMatch(new RegExp(`(^|\\D)${want.length}(\\D|$)`));
        expectNoErrors(session, page.url());
      });
    }
  }
});
