/**
 * "Add to calendar" as a visitor uses it: the button on an event page downloads an .ics file,
 * which is read here as a calendar app would (RFC 5545: CRLF lines, folding, one VEVENT with UID,
 * DTSTAMP, UTC times equal to the frontmatter's instants, the title, the page's URL). The
 * subscriptions (/events.ics, a region's) hold one VEVENT per upcoming event and per event that
 * ended in the last 30 days.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../site/ics-reader.ts';
import { builtNow, demoPath, inCalendarAt, localized, upcomingAt, LOCALES } from './content.ts';
import { expectNoErrors, useSite } from './session.ts';

const site = useSite();

/** `20270107T050000Z` → the instant; only UTC is accepted (the site writes every time in UTC). */
function utc(value: string | undefined): number {
  const match = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(value ?? '');
  expect(match, `not a UTC date-time: ${value}`).not.toBeNull();
  const [, y, mo, d, h, mi, s] = match!;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}

/** A TEXT value as written before escaping (RFC 5545 §3.3.11). */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The event id (`2027/slug`) an entry's URL points to. */
function eventIdOf(url: string | undefined): string {
  const match = /\/events\/(\d{4}\/[^/]+)\/$/.exec(new URL(url ?? '').pathname);
  expect(match, `not an event page: ${url}`).not.toBeNull();
  return match![1]!;
}

describe('add to calendar', () => {
  for (const locale of LOCALES) {
    it(`${locale}: the event page's button downloads the event as one VEVENT`, async () => {
      const { event, eventPage } = demoPath();
      const session = await site.open({ acceptDownloads: true });
      const { page } = session;
      await page.goto(session.url(localized(eventPage, locale)));
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#add-to-calendar').click()]);
      expect(download.suggestedFilename()).toBe(`${event.slug}.ics`);
      const text = readFileSync((await download.path())!, 'utf8');

      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
      const { calendar, events } = parseIcs(text);
      expect(calendar.get('VERSION')).toBe('2.0');
      expect(calendar.get('PRODID')).toBeTruthy();
      expect(events).toHaveLength(1);
      const entry = events[0]!;
      expect(entry.get('UID')).toMatch(/^\S+@\S+$/);
      expect(utc(entry.get('DTSTAMP'))).toBe(builtNow().getTime());
      expect(utc(entry.get('DTSTART'))).toBe(event.data.start.getTime());
      expect(utc(entry.get('DTEND'))).toBe(event.data.end.getTime());
      expect(unescapeText(entry.get('SUMMARY')!)).toBe(event.title[locale]);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(entry.get('URL')).toBe(canonical);
      if (event.data.online) expect(unescapeText(entry.get('LOCATION') ?? entry.get('DESCRIPTION')!)).toContain(event.data.online.url);
      // The page's machine-readable time and the calendar agree.
      expect(new Date((await page.locator('dl.facts time[datetime]').first().getAttribute('datetime'))!).getTime()).toBe(utc(entry.get('DTSTART')));
      expectNoErrors(session, `${locale} add to calendar`);
    });
  }

  it('the UID is the same in both languages, so a calendar never holds the event twice', async () => {
    const { eventPage } = demoPath();
    const session = await site.open();
    const uids = [];
    for (const locale of LOCALES) {
      const response = await session.page.request.get(session.url(localized(`${eventPage}event.ics`, locale)));
      expect(response.status()).toBe(200);
      uids.push(parseIcs(await response.text()).events[0]!.get('UID'));
    }
    expect(uids[0]).toBe(uids[1]);
  });
});

describe('calendar subscriptions', () => {
  const now = () => builtNow();

  for (const locale of LOCALES) {
    it(`${locale}: /events.ics holds one VEVENT per upcoming or recent (30 days) event, at the frontmatter's times`, async () => {
      const session = await site.open();
      // The link a visitor follows: the events list's "subscribe" button.
      await session.page.goto(session.url(localized('/events/', locale)));
      const href = await session.page.locator('a[data-calendar="all"]').getAttribute('href');
      expect(href).toBe(localized('/events.ics', locale));
      const response = await session.page.request.get(session.url(href!));
      const { calendar, events } = parseIcs(await response.text());
      expect(calendar.get('X-WR-CALNAME')).toBeTruthy();

      const upcoming = inCalendarAt(now());
      expect(upcomingAt(now()).length).toBeGreaterThan(0);
      expect(upcoming.length).toBeGreaterThan(upcomingAt(now()).length);
      const byId = new Map(events.map((entry) => [eventIdOf(entry.get('URL')), entry]));
      expect(byId.size, 'one VEVENT per event').toBe(events.length);
      expect([...byId.keys()].sort()).toEqual(upcoming.map((e) => e.id).sort());
      expect(new Set(events.map((entry) => entry.get('UID'))).size).toBe(events.length);
      for (const event of upcoming) {
        const entry = byId.get(event.id)!;
        expect(utc(entry.get('DTSTART')), event.id).toBe(event.data.start.getTime());
        expect(utc(entry.get('DTEND')), event.id).toBe(event.data.end.getTime());
        expect(unescapeText(entry.get('SUMMARY')!), event.id).toBe(event.title[locale]);
        expect(entry.get('STATUS'), event.id).toBe(event.data.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
      }
      expectNoErrors(session, `${locale} /events.ics`);
    });
  }

  it("a region's calendar holds the region's upcoming and recent events (its districts' included) and the national ones", async () => {
    const { region, regionPage, event } = demoPath();
    const session = await site.open();
    await session.page.goto(session.url(regionPage));
    const href = await session.page.locator('a[data-calendar="region"]').first().getAttribute('href');
    const { events } = parseIcs(await (await session.page.request.get(session.url(href!))).text());
    const expected = inCalendarAt(now()).filter((e) => e.region === region || e.region === 'national').map((e) => e.id).sort();
    expect(expected).toContain(event.id);
    expect(expected.length).toBeLessThan(inCalendarAt(now()).length);
    expect(events.map((entry) => eventIdOf(entry.get('URL'))).sort()).toEqual(expected);
  });
});
