/**
 * What the browser tests expect, read from the sources rather than from the site: the events'
 * frontmatter (js-yaml, as the build reads it, typed by the content schema) and the build's
 * "today" (the DTSTAMP of the built `/events.ics`, which is the build's BUILD_NOW). Deciding
 * "upcoming" here is deliberately a few lines of its own, so the site's logic is checked, not repeated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { eventSchema, type EventData } from '../../src/content/schema.ts';
import { CALENDAR_KEEP_DAYS } from '../../src/site/event-calendar.ts';
import { DIST } from './harness.ts';

export type Locale = 'kk' | 'ru';
export const LOCALES: readonly Locale[] = ['kk', 'ru'];

/** An event of the content: its frontmatter (typed by the content schema) and where it lives. */
export interface EventSource {
  /** `<year>/<slug>`, the event's address under /events/. */
  id: string;
  slug: string;
  data: EventData;
  /** The title in each site language, falling back to the other as the site does. */
  title: Record<Locale, string>;
  /** The organiser's region, `national` for national events (as `data-region` says). */
  region: string;
}

const CONTENT = join(import.meta.dirname, '../../content');

/** Every event of the demo content. */
export function readEvents(): EventSource[] {
  const root = join(CONTENT, 'events');
  return readdirSync(root).flatMap((year) =>
    readdirSync(join(root, year))
      // An event's Russian body (`<slug>.ru.mdx`) is part of its event, not an event of its own.
      .filter((name) => /\.mdx?$/.test(name) && !/\.ru\.mdx?$/.test(name))
      .map((name) => readEvent(join(root, year, name), year, name.replace(/\.mdx?$/, ''))),
  );
}

function readEvent(file: string, year: string, slug: string): EventSource {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
  if (front === undefined) throw new Error(`${file}: no frontmatter`);
  const data = eventSchema.parse(yaml.load(front));
  const title = (locale: Locale) => data.title[locale] ?? data.title.kk ?? data.title.ru ?? data.title.en!;
  return {
    id: `${year}/${slug}`,
    slug,
    data,
    title: { kk: title('kk'), ru: title('ru') },
    region: data.organizer === 'national' ? 'national' : data.organizer.split('/')[0]!,
  };
}

export function eventById(id: string): EventSource {
  const event = readEvents().find((e) => e.id === id);
  if (!event) throw new Error(`No event ${id} in content/events`);
  return event;
}

/** The calendar day in Astana time (UTC+5, no daylight saving). */
export function astanaDay(instant: Date): string {
  return new Date(instant.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
}

/** The "now" the built site was made with: the DTSTAMP of `/events.ics`. */
export function builtNow(): Date {
  const calendar = join(DIST, 'events.ics');
  if (!existsSync(calendar)) throw new Error(`No built site in ${DIST}: run \`BUILD_NOW=2026-11-25T12:00:00+05:00 npm run build\` first.`);
  const stamp = /^DTSTAMP:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z\r?$/m.exec(readFileSync(calendar, 'utf8'));
  if (!stamp) throw new Error('dist/events.ics has no DTSTAMP: rebuild the site with `npm run build`');
  const [, y, mo, d, h, mi, s] = stamp;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}

/** Events still listed as upcoming on the built site: not over before today (Astana time). */
export function upcomingAt(now: Date): EventSource[] {
  return readEvents().filter((e) => astanaDay(e.data.end) >= astanaDay(now));
}

/** The events a calendar feed holds on `now`: the upcoming ones and those that ended in the last CALENDAR_KEEP_DAYS days. */
export function inCalendarAt(now: Date): EventSource[] {
  const since = new Date(now.getTime() - CALENDAR_KEEP_DAYS * 86_400_000);
  return readEvents().filter((e) => astanaDay(e.data.end) >= astanaDay(since));
}

/** A site path in a language: kk at the root, ru under /ru/. */
export function localized(path: string, locale: Locale): string {
  return locale === 'kk' ? path : `/ru${path}`;
}

/** Words of the demo event's title to search for: Kazakh with its own letters (ә, ң, і), Russian. */
export const SEARCH_WORDS: Record<Locale, string> = { kk: 'жәрмеңкесі', ru: 'ярмарка' };

/**
 * The walk through every level: Turkistan region → Sayram district → its winter science fair.
 * Fails early, with the command to run, when `dist/` was built on a day after the event (the
 * tests need the demo content's "today", BUILD_NOW=2026-11-25T12:00:00+05:00).
 */
export function demoPath() {
  const event = eventById('2027/sayram-winter-science-fair');
  const now = builtNow();
  if (astanaDay(event.data.end) < astanaDay(now)) {
    throw new Error(
      `dist/ was built for ${now.toISOString()}, after ${event.id} ended; build it for the demo content's today: ` +
        '`BUILD_NOW=2026-11-25T12:00:00+05:00 npm run build`',
    );
  }
  return {
    region: 'turkistan',
    unit: 'sayram',
    event,
    home: '/',
    regionPage: '/regions/turkistan/',
    unitPage: '/regions/turkistan/sayram/',
    eventPage: `/events/${event.id}/`,
    events: '/events/',
    search: '/search/',
  };
}

/** Per region (geography id): its cities/districts whose own representation file lists a member, and all of them. */
export function unitCoverage(): Map<string, { covered: number; units: number }> {
  const out = new Map<string, { covered: number; units: number }>();
  for (const file of readdirSync(join(CONTENT, 'geography'))) {
    const geo = yaml.load(readFileSync(join(CONTENT, 'geography', file), 'utf8')) as { id: string; units: { id: string }[] };
    const covered = geo.units.filter((unit) => {
      const path = join(CONTENT, 'representations', geo.id, `${unit.id}.yaml`);
      return existsSync(path) && ((yaml.load(readFileSync(path, 'utf8')) as { members: unknown[] }).members.length > 0);
    }).length;
    out.set(geo.id, { covered, units: geo.units.length });
  }
  return out;
}

/** Per region: the children in all its representation files (regional, city/district, rural). */
export function membersByRegion(): Map<string, number> {
  const out = new Map<string, number>();
  const root = join(CONTENT, 'representations');
  for (const region of readdirSync(root)) {
    let count = 0;
    for (const file of readdirSync(join(root, region))) {
      const rep = yaml.load(readFileSync(join(root, region, file), 'utf8')) as { members: unknown[]; rural?: { members: unknown[] }[] };
      count += rep.members.length + (rep.rural ?? []).reduce((sum, r) => sum + r.members.length, 0);
    }
    out.set(region, count);
  }
  return out;
}
