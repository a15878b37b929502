/**
 * The calendar of all upcoming events and those that ended in the last 30 days (so they stay in
 * subscribers' calendars), to subscribe to (rebuilt with the site daily).
 */
import type { APIRoute } from 'astro';
import { localeFromParam, localeParams } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { calendarFeedKey } from '../../site/cache-keys.ts';
import { siteCalendarEvents } from '../../site/calendar-feeds.ts';
import { calendarEventOf } from '../../site/event-calendar.ts';
import { icsCalendar } from '../../site/ics.ts';
import { buildNow } from '../../site/now.ts';
import { calendarResponse } from '../../site/responses.ts';
import { siteContent, type EventView } from '../../site/site-content.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  const now = buildNow();
  const events = siteCalendarEvents(content, now);
  return localeParams().map(({ params }) => ({ params, props: { events, now }, cacheKey: calendarFeedKey(content, events, now) }));
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const { events, now } = props as { events: EventView[]; now: Date };
  const locale = localeFromParam(params.lang);
  const t = useTranslations(locale);
  const content = await siteContent();
  const address = { site: site!, base: import.meta.env.BASE_URL };
  const entries = events.map((event) => calendarEventOf(event, content, locale, address));
  return calendarResponse(icsCalendar({ name: `${t('site.name')} — ${t('events.title')}`, events: entries, stamp: now }));
};
