/** "Add to calendar": one event as an iCalendar file, in the page's language. */
import type { APIRoute } from 'astro';
import { localeFromParam, localeParams } from '../../../../../i18n/locales.ts';
import { calendarEventOf } from '../../../../../site/event-calendar.ts';
import { icsCalendar } from '../../../../../site/ics.ts';
import { buildNow } from '../../../../../site/now.ts';
import { siteContent, type EventView } from '../../../../../site/site-content.ts';
import { calendarResponse } from '../../../../../site/responses.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  return localeParams().flatMap(({ params }) =>
    content.events.map((event) => ({ params: { ...params, year: String(event.year), slug: event.slug }, props: { event } })),
  );
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const { event } = props as { event: EventView };
  const locale = localeFromParam(params.lang);
  const entry = calendarEventOf(event, await siteContent(), locale, { site: site!, base: import.meta.env.BASE_URL });
  return calendarResponse(icsCalendar({ name: entry.summary, events: [entry], stamp: buildNow() }));
};
