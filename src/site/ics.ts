/**
 * iCalendar (RFC 5545) files for "add to calendar" and calendar subscriptions, written by hand:
 * the format is small, and owning it keeps the output exact (CRLF line ends, 75-octet folding,
 * UTC times) without another dependency.
 */

export interface CalendarEvent {
  /** Globally unique and stable across builds, so calendar apps update instead of duplicating. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string | undefined;
  /** The event page. */
  url: string;
  /** A place, or the join link of a remote event. */
  location?: string | undefined;
  cancelled?: boolean | undefined;
  /**
   * Who organises it (ORGANIZER, which iTIP requires of a published event): the organiser's name,
   * and as its address an e-mail the movement publishes, else the organiser's page.
   */
  organizer: { name: string; email?: string | undefined; url: string };
  /** The language of the texts (RFC 5545 LANGUAGE parameter). */
  language?: string | undefined;
}

export interface Calendar {
  /** Shown by calendar apps as the subscription's name (X-WR-CALNAME). */
  name: string;
  events: readonly CalendarEvent[];
  /** DTSTAMP of every event: the build time, so the same build gives the same bytes. */
  stamp: Date;
}

const PRODID = '-//Myn Jasa//Public site//KK';
const MAX_OCTETS = 75;

/** `20260612T100000Z`: times are written in UTC, which every calendar converts to local time. */
export function icsDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 §3.1), each continuation
 * starting with a space, never splitting a UTF-8 character (Kazakh letters take 2 octets).
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let from = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const code = line.codePointAt(i)!;
    const units = code > 0xffff ? 2 : 1;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(line.slice(from, i));
      from = i;
      octets = 0;
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(from));
  return parts.join('\r\n ');
}

/**
 * A parameter value (RFC 5545 §3.2): always quoted, so `:`, `;` and `,` in a name are safe; a
 * quoted value cannot hold `"` or control characters, so those are dropped.
 */
export function paramValue(text: string): string {
  return `"${text.replace(/["\p{Cc}]/gu, '')}"`;
}

/** ORGANIZER: `CN` the organiser's name; the address `mailto:` when an e-mail is published, else the page. */
export function organizerLine(organizer: CalendarEvent['organizer']): string {
  return `ORGANIZER;CN=${paramValue(organizer.name)}:${organizer.email ? `mailto:${organizer.email}` : organizer.url}`;
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const lang = event.language ? `;LANGUAGE=${event.language}` : '';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsDateTime(stamp)}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(event.end)}`,
    `SUMMARY${lang}:${escapeText(event.summary)}`,
    organizerLine(event.organizer),
  ];
  if (event.description) lines.push(`DESCRIPTION${lang}:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION${lang}:${escapeText(event.location)}`);
  lines.push(`URL:${event.url}`, `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

/** A whole VCALENDAR with CRLF line ends, as a string. */
export function icsCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
