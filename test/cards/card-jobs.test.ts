import { describe, expect, it } from 'vitest';
import { allCardJobs, eventCardJobs } from '../../src/cards/card-jobs.ts';
import { EVENT_CARD_KINDS, type EventCard } from '../../src/cards/card.ts';
import { cardKindsFor, PROMOTION_DAYS } from '../../src/cards/paths.ts';
import { loadContent } from '../../src/content/load.ts';
import { parseContent } from '../../src/rules/schema.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';

const SITE = 'https://example.kz/';
/** Before the fixture event (12 June 2027) and after it. */
const BEFORE = new Date('2027-06-01T12:00:00+05:00');
const AFTER = new Date('2027-06-13T00:00:00+05:00');

function contentWith(edit?: (tree: ReturnType<typeof fixtureTree>) => void) {
  const tree = fixtureTree();
  edit?.(tree);
  const { content } = parseContent(loadContent(tree.root));
  return content;
}

const cardsOf = (content: ReturnType<typeof contentWith>) => eventCardJobs(content.events[0]!, content.geography, SITE, BEFORE).map((job) => job.card as EventCard);

describe('event cards from content', () => {
  it('makes og, square and story in kk and ru at the documented paths', () => {
    const jobs = eventCardJobs(contentWith().events[0]!, contentWith().geography, SITE, BEFORE);
    expect(jobs.map((job) => job.out)).toEqual([
      'cards/events/2027/test-reading/og-kk.png',
      'cards/events/2027/test-reading/square-kk.png',
      'cards/events/2027/test-reading/story-kk.png',
      'cards/events/2027/test-reading/og-ru.png',
      'cards/events/2027/test-reading/square-ru.png',
      'cards/events/2027/test-reading/story-ru.png',
    ]);
  });

  it('keeps only the og card of a past event, from the end of its last day in Astana time', () => {
    const content = contentWith();
    const outs = (now: Date) => eventCardJobs(content.events[0]!, content.geography, SITE, now).map((job) => job.out);
    // The event ends on 12 June 2027 at 16:30 +05:00: it stays upcoming until that day is over.
    expect(outs(new Date('2027-06-12T23:59:00+05:00'))).toHaveLength(6);
    expect(outs(AFTER)).toEqual(['cards/events/2027/test-reading/og-kk.png', 'cards/events/2027/test-reading/og-ru.png']);
    expect(cardKindsFor(content.events[0]!, AFTER)).toEqual(['og']);
    expect(cardKindsFor(content.events[0]!, BEFORE)).toEqual(EVENT_CARD_KINDS);
  });

  it('gives square and story only from six weeks before the start (PROMOTION_DAYS)', () => {
    const event = contentWith().events[0]!;
    // 12 June 2027: 42 days after 1 May, 43 after 30 April.
    expect(cardKindsFor(event, new Date('2027-04-30T23:00:00+05:00'))).toEqual(['og']);
    expect(cardKindsFor(event, new Date('2027-05-01T00:30:00+05:00'))).toEqual(EVENT_CARD_KINDS);
    expect(PROMOTION_DAYS).toBe(42);
  });

  it('prints each language’s title, time, organiser by name, the online badge and the page address', () => {
    const [kk, , , ru] = cardsOf(contentWith());
    expect(kk).toMatchObject({
      title: 'Сынақ оқу кеші',
      when: '12 маусым, сенбі · 15:00–16:30 · Астана уақытымен',
      organizer: 'Жезқазған қаласы, Ұлытау облысы',
      badge: 'ОНЛАЙН',
      url: 'example.kz/events/2027/test-reading',
    });
    expect(ru).toMatchObject({ title: 'Тестовый вечер чтения', when: '12 июня, суббота · 15:00–16:30 · по времени Астаны', badge: 'ОНЛАЙН', url: 'example.kz/ru/events/2027/test-reading' });
    expect(kk!.cancelled).toBeUndefined();
  });

  it('uses the other language’s title when one is missing', () => {
    const cards = cardsOf(contentWith((tree) => tree.replace('events/2027/test-reading.mdx', /title: .*/, 'title: { kk: "Тек қазақша атау" }')));
    expect(cards.map((card) => card.title)).toEqual(Array(6).fill('Тек қазақша атау'));
  });

  it('shows the place and no badge for offline, both and a hybrid badge for hybrid', () => {
    const offline = cardsOf(
      contentWith((tree) => {
        tree.replace('events/2027/test-reading.mdx', 'format: online', 'format: offline\nplace: { kk: "Мектеп кітапханасы", ru: "Школьная библиотека" }');
        tree.replace('events/2027/test-reading.mdx', /online: .*\n/, '');
      }),
    );
    expect(offline[0]).toMatchObject({ place: 'Мектеп кітапханасы' });
    expect(offline[0]!.badge).toBeUndefined();
    const hybrid = cardsOf(contentWith((tree) => tree.replace('events/2027/test-reading.mdx', 'format: online', 'format: hybrid\nplace: { kk: "Мектеп", ru: "Школа" }')));
    expect(hybrid[0]).toMatchObject({ place: 'Мектеп', badge: 'ОНЛАЙН + ОФЛАЙН' });
  });

  it('says a cancelled event does not take place, in each language', () => {
    const cards = cardsOf(contentWith((tree) => tree.replace('events/2027/test-reading.mdx', 'status: planned', 'status: cancelled')));
    expect(cards.map((card) => card.cancelled)).toEqual(['ӨТПЕЙДІ', 'ӨТПЕЙДІ', 'ӨТПЕЙДІ', 'ОТМЕНЕНО', 'ОТМЕНЕНО', 'ОТМЕНЕНО']);
  });

  it('adds a card per region and the site card', () => {
    const outs = allCardJobs(contentWith(), SITE, BEFORE).map((job) => job.out);
    expect(outs).toEqual(expect.arrayContaining(['cards/regions/ulytau-kk.png', 'cards/regions/ulytau-ru.png', 'cards/site-kk.png', 'cards/site-ru.png']));
  });
});
