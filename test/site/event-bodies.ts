/**
 * Event bodies in both languages on the built demo site (issue 10, "both languages for real"):
 * each event page shows the body in its own language when the event has one (the event file's
 * body in `lang:`, or `<slug>.ru.mdx`), and says plainly when only the other language exists.
 * What a page should show is worked out here from the content files themselves. Imported by
 * dist.test.ts, so it runs on that file's one build (TEST_SITE).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_SITE, builtFiles, contentEvents, readBuilt } from './built-site.ts';

const NOTE = { kk: 'Бұл іс-шараның сипаттамасы тек орыс тілінде бар.', ru: 'Описание этого мероприятия есть только на казахском языке.' };

/** The `<div class="body" lang="…">` of an event page: its language and its text without tags. */
function bodyOf(html: string): { lang: string; text: string } {
  const match = /<div class="body"[^>]*lang="(kk|ru)"[^>]*>([\s\S]*?)<\/div>\s*(?:<ul class="actions"|<\/article>)/.exec(html);
  expect(match, 'event body').not.toBeNull();
  return { lang: match![1]!, text: match![2]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

/** The first words of a body file's text (after any frontmatter), read from the content file as written. */
function firstWords(path: string, count = 6): string {
  const text = readFileSync(join(TEST_SITE.content, path), 'utf8');
  return text.replace(/^---\n[\s\S]*?\n---\n/, '').trim().split(/\s+/).slice(0, count).join(' ');
}

describe('event pages show the body in their language', () => {
  const events = contentEvents();
  const translated = new Set(events.map((e) => e.id).filter((id) => existsSync(join(TEST_SITE.content, 'events', `${id}.ru.mdx`)) || existsSync(join(TEST_SITE.content, 'events', `${id}.ru.md`))));

  it('the demo gives the eco camp and the other 2027 events with practical instructions a Russian body', () => {
    for (const id of ['2027/summer-eco-camp', '2027/ulytau-mountain-hike', '2027/national-volunteer-forum', '2027/reading-marathon', '2027/sayram-winter-science-fair']) expect(translated.has(id), id).toBe(true);
  });

  it('on every event page: its own language when the event has it, else the other with a plain note', () => {
    expect(events.length).toBeGreaterThan(10);
    for (const { id, data } of events) {
      for (const locale of ['kk', 'ru'] as const) {
        const html = readBuilt(`${locale === 'ru' ? 'ru/' : ''}events/${id}/index.html`);
        const has = data.lang === locale || (locale === 'ru' && translated.has(id));
        const body = bodyOf(html);
        expect([id, locale, body.lang]).toEqual([id, locale, has ? locale : data.lang]);
        expect(html.includes(NOTE[locale]), `${id} ${locale}: note`).toBe(!has);
      }
    }
  });

  it('prints the Russian file’s own text on the Russian page and the event file’s on the Kazakh one', () => {
    const ru = bodyOf(readBuilt('ru/events/2027/summer-eco-camp/index.html')).text;
    const kk = bodyOf(readBuilt('events/2027/summer-eco-camp/index.html')).text;
    expect(ru).toContain(firstWords('events/2027/summer-eco-camp.ru.mdx'));
    expect(ru).toContain('Что взять с собой');
    expect(ru).not.toContain('Не алу керек');
    expect(kk).toContain(firstWords('events/2027/summer-eco-camp.mdx'));
    expect(kk).toContain('Не алу керек');
  });

  it('never makes a page, a card or a calendar entry of the Russian file itself', () => {
    const files = builtFiles();
    expect(files.filter((f) => /\.ru(\/|\.|$)/.test(f.replace(/^ru\//, '')) && f.includes('events/'))).toEqual([]);
    const calendar = readBuilt('events.ics');
    expect(calendar.match(/^BEGIN:VEVENT/gm)?.length ?? 0).toBeLessThanOrEqual(events.length);
  });
});
