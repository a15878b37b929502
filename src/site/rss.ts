/** An RSS 2.0 feed, written by hand (a handful of elements, escaped). */

export interface FeedItem {
  title: string;
  /** Absolute URL; also the item's permanent guid. */
  link: string;
  description: string;
  categories?: string[];
  /** pubDate: for an event, its start (see rss.xml.ts). */
  published: Date;
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the site (in the feed's language) and of the feed itself. */
  link: string;
  self: string;
  language: string;
  /** lastBuildDate: the build's "today" (BUILD_NOW), so the same build gives the same bytes. */
  built: Date;
  items: readonly FeedItem[];
}

/** RFC 822 date-time as RSS 2.0 wants it (`Wed, 25 Nov 2026 07:00:00 GMT`). */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The whole feed document. */
export function rssFeed(feed: Feed): string {
  const e = escapeXml;
  const items = feed.items.map(
    (item) =>
      `<item><title>${e(item.title)}</title><link>${e(item.link)}</link><guid isPermaLink="true">${e(item.link)}</guid>` +
      `<description>${e(item.description)}</description><pubDate>${rfc822(item.published)}</pubDate>` +
      `${(item.categories ?? []).map((c) => `<category>${e(c)}</category>`).join('')}</item>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' +
    `<title>${e(feed.title)}</title><link>${e(feed.link)}</link><description>${e(feed.description)}</description>` +
    `<language>${e(feed.language)}</language><lastBuildDate>${rfc822(feed.built)}</lastBuildDate><atom:link href="${e(feed.self)}" rel="self" type="application/rss+xml"/>` +
    items.join('') +
    '</channel></rss>\n'
  );
}
