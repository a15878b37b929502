import { describe, expect, it } from 'vitest';
import type { EventData } from '../../src/content/schema.ts';
import { archivedEvents, isUpcoming, matchesFilter, organizerPlace, upcomingEvents, type SiteEvent } from '../../src/site/events.ts';
import { kazakhstanDate } from '../../src/season/calendar.ts';
import { buildNow } from '../../src/site/now.ts';

function event(id: string, start: string, end: string, extra: Partial<EventData> = {}): SiteEvent {
  const data = {
    title: { kk: id },
    summary: { kk: id },
    start: new Date(start),
    end: new Date(end),
    format: 'online',
    organizer: 'national',
    audience: { grades: [5, 9] },
    topics: ['reading'],
    status: 'planned',
    lang: 'kk',
    ...extra,
  } as EventData;
  return { id, data, ...organizerPlace(data.organizer) };
}

describe('upcoming and archive', () => {
  const now = new Date('2026-11-25T12:00:00+05:00');
  const thisMorning = event('2026/this-morning', '2026-11-25T09:00:00+05:00', '2026-11-25T10:00:00+05:00');
  const lastNight = event('2026/last-night', '2026-11-24T22:00:00+05:00', '2026-11-24T23:30:00+05:00');
  const tomorrow = event('2026/tomorrow', '2026-11-26T15:00:00+05:00', '2026-11-26T16:00:00+05:00');

  it('keeps today’s events (Astana time) upcoming all day; yesterday’s are archived', () => {
    expect(isUpcoming(thisMorning, now)).toBe(true);
    expect(isUpcoming(lastNight, now)).toBe(false);
    expect(upcomingEvents([tomorrow, lastNight, thisMorning], now).map((e) => e.id)).toEqual(['2026/this-morning', '2026/tomorrow']);
    expect(archivedEvents([tomorrow, lastNight, thisMorning], now).map((e) => e.id)).toEqual(['2026/last-night']);
  });

  it('reads the day in Astana time whatever the zone of the instant', () => {
    expect(kazakhstanDate(new Date('2026-11-24T19:30:00Z'))).toBe('2026-11-25');
    expect(kazakhstanDate(new Date('2026-11-24T18:59:59Z'))).toBe('2026-11-24');
  });

  it('takes "now" from BUILD_NOW', () => {
    expect(buildNow({ BUILD_NOW: '2026-11-25T12:00:00+05:00' }).toISOString()).toBe('2026-11-25T07:00:00.000Z');
    expect(() => buildNow({ BUILD_NOW: 'tomorrow' })).toThrow(/BUILD_NOW/);
  });
});

describe('filters', () => {
  const e = event('2027/x', '2027-06-11T15:00:00+05:00', '2027-06-11T16:00:00+05:00', {
    format: 'hybrid',
    organizer: 'turkistan/sayram',
    topics: ['ecology', 'science'],
    audience: { grades: [7, 10] },
  });

  it('match format, region (of a unit organiser), topic and grade range', () => {
    expect(matchesFilter(e, 'format', 'hybrid')).toBe(true);
    expect(matchesFilter(e, 'format', 'online')).toBe(false);
    expect(matchesFilter(e, 'region', 'turkistan')).toBe(true);
    expect(matchesFilter(e, 'topic', 'science')).toBe(true);
    expect(matchesFilter(e, 'topic', 'reading')).toBe(false);
    expect(matchesFilter(e, 'grade', '7')).toBe(true);
    expect(matchesFilter(e, 'grade', '10')).toBe(true);
    expect(matchesFilter(e, 'grade', '6')).toBe(false);
  });

  it('count a national event as open to every region, and a region\'s event only under its own', () => {
    const national = event('2027/n', '2027-06-11T15:00:00+05:00', '2027-06-11T16:00:00+05:00');
    expect(matchesFilter(national, 'region', 'turkistan')).toBe(true);
    expect(matchesFilter(national, 'region', 'abai')).toBe(true);
    expect(matchesFilter(e, 'region', 'abai')).toBe(false);
  });
});
