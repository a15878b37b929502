import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar, icsDateTime, organizerLine } from '../../src/site/ics.ts';
import { parseIcs } from './ics-reader.ts';

const UTC = /^\d{8}T\d{6}Z$/;

describe('iCalendar files', () => {
  const title = 'Кітап оқу марафоны: саяхат туралы кітаптар, бірге оқимыз; жазғы демалыстың басында';
  const text = icsCalendar({
    name: '«Мың жаса!» — Іс-шаралар',
    stamp: new Date('2026-11-25T07:00:00Z'),
    events: [
      {
        uid: '2027-reading-marathon@example.org',
        start: new Date('2027-06-11T15:00:00+05:00'),
        end: new Date('2027-06-11T16:30:00+05:00'),
        summary: title,
        description: 'Бірінші жол\nЕкінші жол',
        url: 'https://example.org/events/2027/reading-marathon/',
        location: 'https://zoom.example.kz/j/1',
        language: 'kk',
        organizer: { name: 'Ұлытау облысы: "Мың жаса!"; өкілдік, ортақ', url: 'https://example.org/regions/ulytau/' },
      },
    ],
  });

  it('have the required properties, times in UTC, CRLF lines of at most 75 octets', () => {
    const { calendar, events } = parseIcs(text);
    expect(calendar.get('VERSION')).toBe('2.0');
    expect(calendar.get('PRODID')).toBeTruthy();
    const [event] = events;
    for (const prop of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'URL', 'LOCATION']) expect(event!.has(prop), prop).toBe(true);
    expect(event!.get('DTSTART')).toBe('20270611T100000Z');
    expect(event!.get('DTEND')).toMatch(UTC);
    expect(event!.get('DTSTAMP')).toMatch(UTC);
  });

  it('fold long Kazakh lines without splitting a letter, and unfold to the escaped text', () => {
    const { events } = parseIcs(text);
    expect(events[0]!.get('SUMMARY')).toBe(escapeText(title));
    expect(events[0]!.get('DESCRIPTION')).toBe('Бірінші жол\\nЕкінші жол');
    expect(foldLine(`SUMMARY:${title}`)).toContain('\r\n ');
  });

  it('name the organiser (iTIP wants ORGANIZER): CN quoted, `"` dropped; the page as the address without a published e-mail', () => {
    const { events, params } = parseIcs(text);
    expect(params[0]!.get('ORGANIZER')).toBe('CN="Ұлытау облысы: Мың жаса!; өкілдік, ортақ"');
    expect(events[0]!.get('ORGANIZER')).toBe('https://example.org/regions/ulytau/');
    expect(organizerLine({ name: 'Ұлытау облысы', email: 'info@example.kz', url: 'https://example.org/regions/ulytau/' })).toBe('ORGANIZER;CN="Ұлытау облысы":mailto:info@example.kz');
  });

  it('escape commas, semicolons and backslashes', () => {
    expect(escapeText('a,b;c\\d')).toBe('a\\,b\\;c\\\\d');
    expect(icsDateTime(new Date('2026-06-12T15:00:00+05:00'))).toBe('20260612T100000Z');
  });
});
