/**
 * A region's calendar: its own upcoming events and the national ones, which its children can join
 * too, and those of them that ended in the last 30 days.
 */
import type { APIRoute } from 'astro';
import { pick, localeFromParam, localeParams } from '../../../../i18n/locales.ts';
import { useTranslations } from '../../../../i18n/translate.ts';
import { calendarFeedKey } from '../../../../site/cache-keys.ts';
import { regionCalendarEvents } from '../../../../site/calendar-feeds.ts';
import { calendarEventOf } from '../../../../site/event-calendar.ts';
import { icsCalendar } from '../../../../site/ics.ts';
import { buildNow } from '../../../../site/now.ts';
import { calendarResponse } from '../../../../site/responses.ts';
import { siteContent, type EventView, type RegionView } from '../../../../site/site-content.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  const now = buildNow();
  return localeParams().flatMap(({ params }) =>
    content.regions.map((region) => {
      const events = regionCalendarEvents(content, region, now);
      return { params: { ...params, region: region.id }, props: { region, events, now }, cacheKey: calendarFeedKey(content, events, now) };
    }),
  );
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const { region, events, now } = props as { region: RegionView; events: EventView[]; now: Date };
  const locale = localeFromParam(params.lang);
  const t = useTranslations(locale);
  const content = await siteContent();
  const address = { site: site!, base: import.meta.env.BASE_URL };
  const entries = events.map((event) => calendarEventOf(event, content, locale, address));
  return calendarResponse(icsCalendar({ name: `${t('site.name')} — ${pick(region.geo.name, locale)}`, events: entries, stamp: now }));
};
