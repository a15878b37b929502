/**
 * "Add to calendar": one event as an iCalendar file, in the page's language, under `astro dev`.
 * A build writes these files in one plain pass after the pages instead (the `astro:build:done`
 * hook, src/site/event-calendar-files.ts) with the same `eventCalendarText`, so here no path is
 * generated for a build.
 */
import type { APIRoute } from 'astro';
import { localeFromParam, localeParams } from '../../../../../i18n/locales.ts';
import { eventCalendarText } from '../../../../../site/event-calendar.ts';
import { buildNow } from '../../../../../site/now.ts';
import { siteContent, type EventView } from '../../../../../site/site-content.ts';
import { calendarResponse } from '../../../../../site/responses.ts';

export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  const content = await siteContent();
  return localeParams().flatMap(({ params }) =>
    content.events.map((event) => ({ params: { ...params, year: String(event.year), slug: event.slug }, props: { event } })),
  );
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const { event } = props as { event: EventView };
  const address = { site: site!, base: import.meta.env.BASE_URL };
  return calendarResponse(eventCalendarText(event, await siteContent(), localeFromParam(params.lang), address, buildNow()));
};
