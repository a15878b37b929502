/**
 * What outside clients read from the built demo site: the RSS feeds (parsed as XML), the calendar
 * feeds (parsed as iCalendar), each event page's JSON-LD, the share previews' image alt texts and
 * robots.txt. One build of the pages (no cards: only their addresses are read) serves every test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_STRINGS } from '../../src/cards/strings.ts';
import { loadContent } from '../../src/content/load.ts';
import { geoRegionSchema, regionRepresentationSchema, type EventData } from '../../src/content/schema.ts';
import { addDays, kazakhstanDate } from '../../src/season/calendar.ts';
import { CALENDAR_KEEP_DAYS, recentlyEnded } from '../../src/site/event-calendar.ts';
import { archivedEvents } from '../../src/site/events.ts';
import { parseIcs } from './ics-reader.ts';
import { TEST_SITE, buildSite, contentEvents } from './built-site.ts';
import { childText, childrenNamed, parseXml } from './xml-reader.ts';

const DIST = resolve('.cache/test-site/feeds-dist');
const SITE_ROOT = new URL(TEST_SITE.base, TEST_SITE.site).href;
const NOW = new Date(TEST_SITE.now);
const LOCALES = ['kk', 'ru'] as const;
const prefix = (locale: 'kk' | 'ru') => (locale === 'kk' ? '' : 'ru/');
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

const events = contentEvents();
const eventById = new Map(events.map((e) => [e.id, e.data]));
const files = loadContent(TEST_SITE.content).files;
const geography = new Map(files.filter((f) => f.place?.kind === 'geography').map((f) => { const g = geoRegionSchema.parse(f.data); return [g.id, g]; }));
const curatorEmail = new Map(
  files.filter((f) => f.place?.kind === 'region').map((f) => { const r = regionRepresentationSchema.parse(f.data); return [r.region, r.curator?.email]; }),
);
const upcomingOrRecent = (data: EventData) => kazakhstanDate(data.end) >= addDays(kazakhstanDate(NOW), -CALENDAR_KEEP_DAYS);

beforeAll(() => {
  buildSite({ outDir: DIST, contentDir: TEST_SITE.content, base: TEST_SITE.base, complete: false });
}, 600_000);

describe('RSS feeds', () => {
  it.each(LOCALES)('%s: well-formed XML; lastBuildDate is the build\'s today; every item has its event\'s start as pubDate', (locale) => {
    const channel = childrenNamed(parseXml(read(`${prefix(locale)}rss.xml`)), 'channel')[0]!;
    expect(childText(channel, 'lastBuildDate')).toBe(NOW.toUTCString());
    const items = childrenNamed(channel, 'item');
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      const id = /\/events\/(\d{4}\/[^/]+)\/$/.exec(childText(item, 'link')!)![1]!;
      const pubDate = childText(item, 'pubDate')!;
      expect(pubDate, id).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(new Date(pubDate).getTime(), id).toBe(eventById.get(id)!.start.getTime());
    }
  });
});

describe('calendar feeds', () => {
  const organizers = (text: string) => {
    const { events: entries, params } = parseIcs(text);
    return entries.map((entry, i) => ({ uid: entry.get('UID')!, address: entry.get('ORGANIZER'), params: params[i]!.get('ORGANIZER') }));
  };
  const idOf = (uid: string) => uid.replace(/@.*/, '').replace(/^(\d{4})-/, '$1/');

  it('keep the upcoming events and those that ended in the last 30 days, and no older ones', () => {
    const expected = events.filter((e) => upcomingOrRecent(e.data)).map((e) => e.id).sort();
    // The demo has both kinds of past event at this "today", so the window is really tested.
    expect(expected).toContain('2026/autumn-kindness-week');
    expect(events.filter((e) => !upcomingOrRecent(e.data)).length).toBeGreaterThan(3);
    for (const locale of LOCALES) expect(organizers(read(`${prefix(locale)}events.ics`)).map((o) => idOf(o.uid)).sort()).toEqual(expected);
    // A region's feed: its own and the national events, by the same window.
    const turkistan = events.filter((e) => upcomingOrRecent(e.data) && (e.data.organizer === 'national' || e.data.organizer.startsWith('turkistan'))).map((e) => e.id).sort();
    expect(organizers(read('regions/turkistan/events.ics')).map((o) => idOf(o.uid)).sort()).toEqual(turkistan);
  });

  it('name every organiser: CN its name, the address the curator\'s published e-mail or else the organiser\'s page', () => {
    const calendars = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ics'));
    expect(calendars.length).toBeGreaterThan(40);
    let mailto = 0;
    for (const file of calendars) {
      for (const organizer of organizers(read(file))) {
        const data = eventById.get(idOf(organizer.uid))!;
        expect(organizer.params, `${file} ${organizer.uid}`).toMatch(/^CN="[^"]+"$/);
        const region = data.organizer === 'national' ? undefined : data.organizer.split('/')[0]!;
        const email = region ? curatorEmail.get(region) : undefined;
        if (email) {
          expect(organizer.address, `${file} ${organizer.uid}`).toBe(`mailto:${email}`);
          mailto++;
        } else {
          expect(organizer.address, `${file} ${organizer.uid}`).toMatch(new RegExp(`^${SITE_ROOT}(ru/)?(about|regions/${region})/$`));
        }
      }
    }
    expect(mailto).toBeGreaterThan(0);
  });

  it('recentlyEnded keeps an event ended exactly 30 Astana days ago and drops one ended 31 days ago', () => {
    const week = events.find((e) => e.id === '2026/autumn-kindness-week')!;
    const end = kazakhstanDate(week.data.end);
    const at = (day: string) => recentlyEnded(archivedEvents(events, new Date(`${day}T23:30:00+05:00`)), new Date(`${day}T23:30:00+05:00`)).map((e) => e.id);
    expect(at(addDays(end, 30))).toContain(week.id);
    expect(at(addDays(end, 31))).not.toContain(week.id);
  });
});

describe('event pages\' JSON-LD', () => {
  const jsonLd = (file: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(read(file))![1]!) as Record<string, any>;
  const places = (ld: Record<string, any>) => [ld['location']].flat() as Record<string, any>[];

  it('give every event its status, organiser, card and location (Place with a Kazakhstan address, VirtualLocation)', () => {
    for (const locale of LOCALES) {
      for (const { id, data } of events) {
        const ld = jsonLd(`${prefix(locale)}events/${id}/index.html`);
        expect(ld['@type'], id).toBe('Event');
        expect(ld['eventStatus'], id).toBe(data.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled');
        expect(ld['organizer'], id).toMatchObject({ '@type': 'Organization', name: expect.any(String), url: expect.stringMatching(/^http/) });
        expect(ld['image'], id).toEqual([`${SITE_ROOT}cards/events/${id}/og-${locale}.png`]);
        const virtual = places(ld).find((p) => p['@type'] === 'VirtualLocation');
        const place = places(ld).find((p) => p['@type'] === 'Place');
        expect(virtual?.['url'], id).toBe(data.online?.url);
        expect(Boolean(place), id).toBe(data.format !== 'online');
        if (place) {
          expect(place['address'], id).toMatchObject({ '@type': 'PostalAddress', streetAddress: data.place![locale], addressCountry: 'KZ' });
          if (data.organizer !== 'national') expect(place['address']['addressRegion'], id).toBe(geography.get(data.organizer.split('/')[0]!)!.name[locale]);
        }
      }
    }
  });

  it('read the locality from the organising district, or from the place\'s text, never the region\'s centre by guess', () => {
    const turkistan = geography.get('turkistan')!;
    const astana = geography.get('astana')!;
    const unitName = (region: typeof turkistan, unit: string, locale: 'kk' | 'ru') => region.units.find((u) => u.id === unit)!.name[locale];
    for (const locale of LOCALES) {
      const address = (id: string) => places(jsonLd(`${prefix(locale)}events/${id}/index.html`)).find((p) => p['@type'] === 'Place')!['address'];
      // A regional camp in a district: that district (its name is in the place), not the regional capital.
      expect(address('2027/summer-eco-camp')).toMatchObject({ addressLocality: unitName(turkistan, 'tulkubas', locale), addressRegion: turkistan.name[locale] });
      // A city district's event: the district of the city of republican significance.
      expect(address('2027/astana-winter-games')).toMatchObject({ addressLocality: unitName(astana, 'baikonyr', locale), addressRegion: astana.name[locale] });
      // National events: the city their place's text names (a city of republican significance is its own region).
      expect(address('2027/national-volunteer-forum')).toMatchObject({ addressLocality: unitName(turkistan, 'turkistan', locale), addressRegion: turkistan.name[locale] });
      expect(address('2026/volunteer-day')).toMatchObject({ addressLocality: astana.name[locale], addressRegion: astana.name[locale] });
    }
  });
});

describe('share previews', () => {
  const pages = () =>
    readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const meta = (html: string, key: string) => {
    const found = [...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)].find((m) => m[1] === key);
    return found && decode(found[2]!);
  };

  it('carry og:image:alt and twitter:image:alt, the same text, on every page with a card, in the page\'s language', () => {
    const all = pages().filter((page) => !page.startsWith('pagefind/'));
    expect(all.length).toBeGreaterThan(100);
    for (const page of all) {
      const html = read(page);
      if (!meta(html, 'og:image')) continue;
      const alt = meta(html, 'og:image:alt');
      expect(alt, page).toBeTruthy();
      expect(meta(html, 'twitter:image:alt'), page).toBe(alt);
    }
    expect(meta(read('index.html'), 'og:image:alt')).toContain(CARD_STRINGS.kk.tagline);
    expect(meta(read('ru/index.html'), 'og:image:alt')).toContain(CARD_STRINGS.ru.tagline);
    for (const locale of LOCALES) {
      const region = meta(read(`${prefix(locale)}regions/turkistan/sayram/index.html`), 'og:image:alt')!;
      expect(region).toContain(geography.get('turkistan')!.name[locale]);
      expect(region).toContain(CARD_STRINGS[locale].regionSubtitle);
      const camp = meta(read(`${prefix(locale)}events/2027/summer-eco-camp/index.html`), 'og:image:alt')!;
      expect(camp).toContain(CARD_STRINGS[locale].astanaTime);
      expect(camp).toContain(eventById.get('2027/summer-eco-camp')!.title[locale]);
    }
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap by its absolute address under the base path', () => {
    const lines = read('robots.txt').split('\n');
    expect(lines).toContain('User-agent: *');
    const sitemap = lines.find((line) => line.startsWith('Sitemap: '))!.slice('Sitemap: '.length);
    expect(sitemap).toBe(`${SITE_ROOT}sitemap-index.xml`);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('a build without the cards step', () => {
  it("shows no event card image that would not load (the cards are rendered only by build:site)", () => {
    const page = read('events/2027/summer-eco-camp/index.html');
    expect(page).toContain('og:image');
    expect(page).not.toContain('data-card-image');
    expect(existsSync(join(DIST, 'cards'))).toBe(false);
  });
});
