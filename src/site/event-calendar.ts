/**
 * Events as calendar entries, in one language: what the per-event .ics, the per-region and
 * the whole-site calendar feeds contain (upcoming events and those of the last 30 days).
 */
import { pick, type SiteLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { absoluteUrl, localizedUrl } from '../i18n/urls.ts';
import type { SiteEvent } from './events.ts';
import { icsCalendar, type CalendarEvent } from './ics.ts';
import { addDays, kazakhstanDate } from '../season/calendar.ts';
import { organizerOf, type OrganizerPlaces } from './organizer.ts';
import { paths } from './paths.ts';
import { platformName } from './platforms.ts';

export interface SiteAddress {
  site: URL | string;
  base: string;
}

/** One event as a calendar entry; the UID is the same in both languages, so calendars never duplicate it. */
export function calendarEventOf(event: SiteEvent, content: OrganizerPlaces, locale: SiteLocale, address: SiteAddress): CalendarEvent {
  const t = useTranslations(locale);
  const organizer = organizerOf(event, content, locale, t);
  const organizerName = organizer.within ? `${organizer.name}, ${organizer.within}` : organizer.name;
  const { data } = event;
  const url = absoluteUrl(localizedUrl(paths.event(event.id), locale, address.base), address.site);
  const place = data.place ? pick(data.place, locale) : undefined;
  const join = data.online?.url;
  const description = [
    pick(data.summary, locale),
    join && `${t('event.joinLink', { platform: platformName(data.online!.platform) })}: ${join}`,
    data.registration && `${t('event.registration')}: ${data.registration.url}`,
    url,
  ].filter(Boolean);
  return {
    uid: `${event.id.replace('/', '-')}@${new URL(address.site).hostname}`,
    start: data.start,
    end: data.end,
    summary: pick(data.title, locale),
    description: description.join('\n\n'),
    url,
    location: [place, join].filter(Boolean).join(' · ') || undefined,
    cancelled: data.status === 'cancelled',
    organizer: { name: organizerName, email: organizer.email, url: absoluteUrl(localizedUrl(organizer.path, locale, address.base), address.site) },
    language: locale,
  };
}

/**
 * One event's "add to calendar" file (`paths.eventCalendar`) in one language; `now` is the build's
 * "now", every VEVENT's DTSTAMP, so the same build gives the same bytes.
 */
export function eventCalendarText(event: SiteEvent, content: OrganizerPlaces, locale: SiteLocale, address: SiteAddress, now: Date): string {
  const entry = calendarEventOf(event, content, locale, address);
  return icsCalendar({ name: entry.summary, events: [entry], stamp: now });
}

/**
 * How long a subscribed calendar keeps an event after it ends: a feed that dropped it the day after
 * would make it vanish from subscribers' calendars. Bounded, so a feed never grows with the archive.
 */
export const CALENDAR_KEEP_DAYS = 30;

/**
 * The past events a calendar feed still carries: those that ended within the last
 * CALENDAR_KEEP_DAYS days (Astana days, as "upcoming" is decided), in the archive's order.
 */
export function recentlyEnded<E extends SiteEvent>(archive: readonly E[], now: Date): E[] {
  const since = addDays(kazakhstanDate(now), -CALENDAR_KEEP_DAYS);
  return archive.filter((event) => kazakhstanDate(event.data.end) >= since);
}
