import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCards } from '../../src/cards/build-cards.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';

const SECOND_EVENT = `---
title: { kk: "Сынақ жорығы", ru: "Тестовый поход" }
summary: { kk: "Тауға жорық.", ru: "Поход в горы." }
start: 2027-07-02T09:00:00+05:00
end: 2027-07-02T18:00:00+05:00
format: offline
place: { kk: "Ұлытау тауы", ru: "Гора Улытау" }
organizer: ulytau
audience: { grades: [7, 11] }
topics: [ecology]
status: planned
lang: kk
---
Жорық.
`;

/** Before both fixture events (12 June and 2 July 2027). */
const BEFORE = new Date('2027-06-01T12:00:00+05:00');

describe('the card cache', () => {
  it('renders everything once, nothing on a rebuild, and only the edited event’s cards after an edit', async () => {
    const tree = fixtureTree();
    tree.write('events/2027/test-hike.md', SECOND_EVENT);
    const work = mkdtempSync(join(tmpdir(), 'myn-jasa-cards-'));
    const options = { contentDir: tree.root, outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), site: 'https://example.kz/', workers: 2, now: BEFORE };
    const out = (path: string) => join(options.outDir, 'cards', path);

    // 2 events × 3 kinds × 2 languages + 1 region × 2 + the site × 2.
    const first = await buildCards(options);
    expect(first).toMatchObject({ cards: 16, rendered: 16, fromCache: 0 });
    for (const kind of ['og', 'square', 'story']) for (const locale of ['kk', 'ru']) statSync(out(`events/2027/test-reading/${kind}-${locale}.png`));
    statSync(out('regions/ulytau-kk.png'));
    statSync(out('site-ru.png'));

    const second = await buildCards(options);
    expect(second).toMatchObject({ rendered: 0, fromCache: 16, pruned: 0 });
    // Taken from the cache as a hard link (no bytes copied), replacing the card already there.
    const cachedFiles = readdirSync(options.cacheDir, { recursive: true }).map(String).filter((p) => p.endsWith('.png'));
    const siteCard = statSync(out('site-ru.png'));
    expect(cachedFiles.some((p) => statSync(join(options.cacheDir, p)).ino === siteCard.ino)).toBe(true);
    expect(siteCard.nlink).toBe(2);
    expect(readdirSync(options.outDir, { recursive: true }).map(String).filter((p) => p.endsWith('.tmp'))).toEqual([]);

    // A title edited in both languages: that event's 3 kinds × 2 languages, nothing else.
    const hikeBefore = readFileSync(out('events/2027/test-hike/og-ru.png'));
    const readingBefore = readFileSync(out('events/2027/test-reading/og-ru.png'));
    tree.replace('events/2027/test-hike.md', 'title: { kk: "Сынақ жорығы", ru: "Тестовый поход" }', 'title: { kk: "Сынақ жорығы 2", ru: "Тестовый поход 2" }');
    const afterEdit = await buildCards(options);
    expect(afterEdit).toMatchObject({ rendered: 6, fromCache: 10, pruned: 6 });
    expect(readFileSync(out('events/2027/test-hike/og-ru.png')).equals(hikeBefore)).toBe(false);
    expect(readFileSync(out('events/2027/test-reading/og-ru.png')).equals(readingBefore)).toBe(true);

    // A change to one language's title: the 3 cards of that language.
    tree.replace('events/2027/test-hike.md', 'ru: "Тестовый поход 2"', 'ru: "Тестовый поход 3"');
    expect(await buildCards(options)).toMatchObject({ rendered: 3, fromCache: 13 });

    // The next daily build after the reading evening (12 June): its og cards come from the
    // cache, its square and story cards are no longer built, and nothing is rendered.
    const later = { ...options, outDir: join(work, 'dist-later'), now: new Date('2027-06-20T12:00:00+05:00') };
    expect(await buildCards(later)).toMatchObject({ cards: 12, rendered: 0, fromCache: 12, pruned: 4 });
    const laterOut = (path: string) => join(later.outDir, 'cards', path);
    expect(readFileSync(laterOut('events/2027/test-reading/og-ru.png')).equals(readingBefore)).toBe(true);
    expect(existsSync(laterOut('events/2027/test-reading/story-kk.png'))).toBe(false);
    expect(existsSync(laterOut('events/2027/test-hike/story-kk.png'))).toBe(true);
  });

  it('renders the same images in-process and in workers', async () => {
    const tree = fixtureTree();
    const work = mkdtempSync(join(tmpdir(), 'myn-jasa-cards-'));
    const base = { contentDir: tree.root, site: 'https://example.kz/', now: BEFORE };
    await buildCards({ ...base, outDir: join(work, 'a'), cacheDir: join(work, 'ca'), workers: 1 });
    await buildCards({ ...base, outDir: join(work, 'b'), cacheDir: join(work, 'cb'), workers: 2, inProcessBelow: 0 });
    const path = 'cards/events/2027/test-reading/story-kk.png';
    expect(readFileSync(join(work, 'a', path)).equals(readFileSync(join(work, 'b', path)))).toBe(true);
  });
});
