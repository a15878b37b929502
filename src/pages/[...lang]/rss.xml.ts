/** The events feed: upcoming events, then the latest held ones. */
import type { APIRoute } from 'astro';
import { pick, localeFromParam, localeParams, LOCALE_TAGS } from '../../i18n/locales.ts';
import { formatEventDate } from '../../i18n/dates.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { absoluteUrl, localizedUrl } from '../../i18n/urls.ts';
import { buildNow } from '../../site/now.ts';
import { paths } from '../../site/paths.ts';
import { rssResponse } from '../../site/responses.ts';
import { rssFeed } from '../../site/rss.ts';
import { siteContent } from '../../site/site-content.ts';

const RECENT_PAST = 20;

export const getStaticPaths = () => localeParams().map(({ params }) => ({ params }));

export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeFromParam(params.lang);
  const t = useTranslations(locale);
  const content = await siteContent();
  const now = buildNow();
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => absoluteUrl(localizedUrl(path, locale, base), site!);
  const events = [...content.upcoming, ...content.archive.slice(0, RECENT_PAST)];
  const items = events.map((event) => {
    const when = formatEventDate(event.data.start, event.data.end, locale, now);
    return {
      title: pick(event.data.title, locale),
      link: url(paths.event(event.id)),
      description: `${when.date}, ${when.time} (${t('event.astanaTime')}) · ${t(`format.${event.data.format}`)}. ${pick(event.data.summary, locale)}`,
      categories: event.data.topics.map((topic) => pick(content.movement.topics[topic], locale) || topic),
    };
  });
  return rssResponse(
    rssFeed({
      title: `${t('site.name')} — ${t('nav.events')}`,
      description: t('site.description'),
      link: url(paths.home()),
      self: url(paths.rss()),
      language: LOCALE_TAGS[locale],
      items,
    }),
  );
};
