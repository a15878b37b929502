/**
 * A parent's walk in both languages: home → the region on the map (kk) or in the regions list
 * (ru) → its district → the district's event, which says when (machine-readable, Astana time)
 * and how to join. Every page on the way loads without console errors or failed requests.
 */
import { describe, expect, it } from 'vitest';
import { astanaDay, builtNow, demoPath, localized, upcomingAt, LOCALES, type Locale } from './content.ts';
import { expectNoErrors, useSite, type OpenPage } from './session.ts';

const site = useSite();

async function follow(session: OpenPage, click: () => Promise<void>, path: string): Promise<void> {
  await click();
  await session.page.waitForURL(session.url(path));
  expect(await session.page.locator('html').getAttribute('lang')).toBe(session.path().startsWith('/ru/') ? 'ru' : 'kk');
}

async function checkEventPage(session: OpenPage, locale: Locale): Promise<void> {
  const { event } = demoPath();
  const { page } = session;
  await expect.poll(() => page.locator('h1').innerText()).toBe(event.title[locale]);

  // The time: machine-readable with an explicit offset, the same instant as the frontmatter.
  const datetime = await page.locator('dl.facts time[datetime]').first().getAttribute('datetime');
  expect(datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\+05:00|Z)$/);
  expect(new Date(datetime!).getTime()).toBe(event.data.start.getTime());

  // How to join: the link of the online part, the registration while it is open.
  if (event.data.online) expect(await page.locator('#join-link').getAttribute('href')).toBe(event.data.online.url);
  else await expect.poll(() => page.locator('#join-link').count()).toBe(0);
  const registrationOpen = event.data.registration && event.data.registration.deadline >= astanaDay(builtNow()); // a YYYY-MM-DD day
  if (registrationOpen) expect(await page.locator('#registration-link').getAttribute('href')).toBe(event.data.registration!.url);
  else await expect.poll(() => page.locator('#registration-link').count()).toBe(0);
  expect(await page.locator('#add-to-calendar').getAttribute('href')).toBe(localized(`/events/${event.id}/event.ics`, locale));
  expect(await page.locator('#organizer-link').getAttribute('href')).toBe(localized(demoPath().unitPage, locale));
}

describe('home → region → district → event', () => {
  it('kk: through the map', async () => {
    const path = demoPath();
    const session = await site.open();
    const { page } = session;
    await page.goto(session.url(path.home));
    await follow(session, () => page.locator(`#region-map a[data-region="${path.region}"]`).click(), path.regionPage);
    expect(await page.locator('#unit-list tr[data-unit]').count()).toBeGreaterThan(1);
    await follow(session, () => page.locator(`#unit-list tr[data-unit="${path.unit}"] a`).click(), path.unitPage);
    await follow(session, () => page.locator(`#unit-events [data-event="${path.event.id}"] a`).click(), path.eventPage);
    await checkEventPage(session, 'kk');
    expectNoErrors(session, 'the kk walk');
  });

  it('ru: through the regions list', async () => {
    const path = demoPath();
    const session = await site.open({ locale: 'ru-RU' });
    const { page } = session;
    await page.goto(session.url(localized(path.home, 'ru')));
    await follow(session, () => page.locator(`.main-nav a[href="/ru/regions/"]`).click(), '/ru/regions/');
    await follow(session, () => page.locator(`#region-map a[data-region="${path.region}"]`).click(), localized(path.regionPage, 'ru'));
    // The region page lists the district's event among the region's own.
    expect(await page.locator(`#region-events [data-event="${path.event.id}"]`).count()).toBe(1);
    await follow(session, () => page.locator(`#unit-list tr[data-unit="${path.unit}"] a`).click(), localized(path.unitPage, 'ru'));
    await follow(session, () => page.locator(`#unit-events [data-event="${path.event.id}"] a`).click(), localized(path.eventPage, 'ru'));
    await checkEventPage(session, 'ru');
    expectNoErrors(session, 'the ru walk');
  });

  it('the home page lists the next remote events, each linking to its page', async () => {
    const session = await site.open();
    const { page } = session;
    await page.goto(session.url('/'));
    const items = page.locator('#next-remote-events [data-event]');
    expect(await items.count()).toBeGreaterThan(0);
    const formats = await items.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset['format']));
    expect(formats.every((format) => format === 'online' || format === 'hybrid'), formats.join()).toBe(true);
    const first = await items.first().getAttribute('data-event');
    await follow(session, () => items.first().locator('a').first().click(), `/events/${first}/`);
    expectNoErrors(session, 'home → next event');
  });

  it('an event with open registration links to it from its page, in both languages', async () => {
    const today = astanaDay(builtNow());
    const event = upcomingAt(builtNow()).find((e) => e.data.registration && e.data.registration.deadline >= today && e.data.status !== 'cancelled');
    expect(event, 'the demo content has an upcoming event with open registration').toBeDefined();
    const session = await site.open();
    for (const locale of LOCALES) {
      await session.page.goto(session.url(localized(`/events/${event!.id}/`, locale)));
      expect(await session.page.locator('#registration-link').getAttribute('href')).toBe(event!.data.registration!.url);
      expect(await session.page.locator('#registration-link').isVisible()).toBe(true);
    }
    expectNoErrors(session, `/events/${event!.id}/`);
  });
});
