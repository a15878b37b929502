/**
 * Project cards (issue 14) through the real card build: which kinds and languages a project gets,
 * what a card prints, the PNG bytes themselves (size, the frame's background under real text), and
 * the cache (nothing rendered when nothing changed; one project's edit renders only its cards).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildCards, loadCardContent } from '../../src/cards/build-cards.ts';
import { CARD_SIZES, type ProjectCard } from '../../src/cards/card.ts';
import { projectCard, projectCardJobs } from '../../src/cards/card-jobs.ts';
import { cardFonts } from '../../src/cards/fonts.ts';
import { projectCardKinds, projectPageCards } from '../../src/cards/paths.ts';
import { renderCardPng } from '../../src/cards/render-card.ts';
import { kindBackground } from '../../src/cards/templates/event.ts';
import { cardLayers } from '../../src/cards/templates/index.ts';
import { projectCardElement } from '../../src/cards/templates/project.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { decode } from './pixels.ts';

const SITE = 'https://example.kz/';

/** A finished project of the fixture's season (2027), written in Kazakh, run by the Kengir village. */
const DONE = `---
title: { kk: "Таза Кеңгір", ru: "Чистый Кенгир" }
summary: { kk: "Балалар өзен жағасын тазалады.", ru: "Дети очистили берег реки." }
representation: ulytau/zhezkazgan/kengir
topics: [ecology]
seasons: [2026, 2027]
stage: done
results: { children_involved: 12, people_helped: 300, events_held: 1, events: [2027/test-reading] }
team: [test-lala-l]
lang: kk
---
Біз өзен жағасын тазаладық.

## Қалай қайталауға болады

1. Әкімдіктен рұқсат алыңыз.
`;

/** An idea of the city's representation: og cards only. */
const IDEA = `---
title: { kk: "Аула кітапханасы", ru: "Дворовая библиотека" }
summary: { kk: "Кітап алмасу сөресі.", ru: "Полка обмена книгами." }
representation: ulytau/zhezkazgan
topics: [reading]
seasons: [2027]
stage: idea
results: { children_involved: 2, people_helped: 0, events_held: 0 }
team: [test-iliyas-i, test-kamila-k]
lang: ru
---
Идея.

## Как повторить

1. Поставьте полку.
`;

function withProjects() {
  const tree = fixtureTree();
  tree.write('projects/ulytau/clean-kengir.mdx', DONE);
  tree.write('projects/ulytau/yard-library.mdx', IDEA);
  return tree;
}

describe('which cards a project has', () => {
  it('og in kk and ru always; square and story only for a finished project of the current season, in its language', () => {
    const done = { stage: 'done', seasons: [2026, 2027], lang: 'kk' } as const;
    expect(projectCardKinds(done, 2027)).toEqual([
      { kind: 'og', locale: 'kk' },
      { kind: 'og', locale: 'ru' },
      { kind: 'square', locale: 'kk' },
      { kind: 'story', locale: 'kk' },
    ]);
    expect(projectCardKinds(done, 2028)).toEqual([{ kind: 'og', locale: 'kk' }, { kind: 'og', locale: 'ru' }]);
    expect(projectCardKinds({ ...done, stage: 'running' }, 2027)).toEqual([{ kind: 'og', locale: 'kk' }, { kind: 'og', locale: 'ru' }]);
    expect(projectCardKinds({ ...done, stage: 'idea' }, 2027)).toHaveLength(2);
    expect(projectCardKinds(done, undefined)).toHaveLength(2);
  });

  it("gives a page its own language's og card and the project's square and story", () => {
    const done = { stage: 'done', seasons: [2027], lang: 'ru' } as const;
    expect(projectPageCards(done, 2027, 'kk')).toEqual([
      { kind: 'og', locale: 'kk' },
      { kind: 'square', locale: 'ru' },
      { kind: 'story', locale: 'ru' },
    ]);
    expect(projectPageCards(done, 2026, 'ru')).toEqual([{ kind: 'og', locale: 'ru' }]);
  });

  it('builds exactly those cards, under cards/projects/<region>/<slug>/', () => {
    const content = loadCardContent(withProjects().root);
    expect(content.projects.flatMap((project) => projectCardJobs(project, content, SITE)).map((job) => job.out).sort()).toEqual([
      'cards/projects/ulytau/clean-kengir/og-kk.png',
      'cards/projects/ulytau/clean-kengir/og-ru.png',
      'cards/projects/ulytau/clean-kengir/square-kk.png',
      'cards/projects/ulytau/clean-kengir/story-kk.png',
      'cards/projects/ulytau/yard-library/og-kk.png',
      'cards/projects/ulytau/yard-library/og-ru.png',
    ]);
  });
});

describe('what a project card prints', () => {
  const content = loadCardContent(withProjects().root);
  const [done, idea] = ['ulytau/clean-kengir', 'ulytau/yard-library'].map((id) => content.projects.find((p) => p.id === id)!);

  it('the stage, the seasons, one result large and the others below, the village by its roster name, the page address', () => {
    expect(projectCard(done!, content, SITE, 'og', 'kk')).toEqual({
      template: 'project',
      kind: 'og',
      locale: 'kk',
      kicker: 'Балалар жобасы · 2026–2027',
      stage: 'АЯҚТАЛДЫ',
      stageTone: 'done',
      title: 'Таза Кеңгір',
      figure: { value: '300', label: 'адамға көмектесті' },
      figures: '12 бала қатысты · 1 іс-шара өтті',
      runBy: 'Кеңгір, Жезқазған қаласы, Ұлытау облысы',
      url: 'example.kz/projects/ulytau/clean-kengir',
    });
    expect(projectCard(done!, content, SITE, 'og', 'ru')).toMatchObject({
      kicker: 'Детский проект · 2026–2027',
      stage: 'ЗАВЕРШЁН',
      title: 'Чистый Кенгир',
      figure: { value: '300', label: 'человек получили помощь' },
      figures: '12 детей участвовали · 1 мероприятие проведено',
      runBy: 'Кенгир, город Жезказган, область Ұлытау',
      url: 'example.kz/ru/projects/ulytau/clean-kengir',
    });
  });

  it("an idea's figure is the children involved (no one helped yet), in Russian plural forms", () => {
    expect(projectCard(idea!, content, SITE, 'og', 'ru')).toMatchObject({ stage: 'ИДЕЯ', figure: { value: '2', label: 'ребёнка участвовали' }, figures: '', runBy: 'город Жезказган, область Ұлытау' });
  });
});

/** How many pixels of `png` differ from the plain frame of its kind (navy, corner sun, mark) by more than a blend step. */
async function pixelsOverFrame(png: Buffer, kind: ProjectCard['kind']): Promise<number> {
  const frame = await satori(kindBackground(kind) as never, { ...CARD_SIZES[kind], fonts: cardFonts() });
  const reference = await sharp(Buffer.from(frame)).removeAlpha().raw().toBuffer();
  const card = await decode(png);
  let differ = 0;
  for (let p = 0; p < card.width * card.height; p++) {
    const channels = [0, 1, 2].map((c) => Math.abs(card.data[p * card.channels + c]! - reference[p * 3 + c]!));
    if (Math.max(...channels) > 40) differ++;
  }
  return differ;
}

describe('project card images', () => {
  const card = (kind: ProjectCard['kind']): ProjectCard => ({
    template: 'project',
    kind,
    locale: 'kk',
    kicker: 'Балалар жобасы · 2027',
    stage: 'АЯҚТАЛДЫ',
    stageTone: 'done',
    title: 'Таза Кеңгір: өзен жағасын бүкіл ауылмен бірге тазалау',
    figure: { value: '300', label: 'адамға көмектесті' },
    figures: '12 бала қатысты · 1 іс-шара өтті',
    runBy: 'Кеңгір, Жезқазған қаласы, Ұлытау облысы',
    url: 'example.kz/projects/ulytau/clean-kengir',
  });

  it.each(['og', 'square', 'story'] as const)('%s: a palette PNG of its size, with the texts over the shared frame', async (kind) => {
    const png = await renderCardPng(card(kind));
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', ...CARD_SIZES[kind], isPalette: true });
    // The texts: several percent of the card differ from the bare frame (a blank foreground would be 0).
    const { width, height } = CARD_SIZES[kind];
    expect((await pixelsOverFrame(png, kind)) / (width * height)).toBeGreaterThan(0.02);
    // The sun-gold figure is there: pixels of the sun's colour below the title.
    const raw = await decode(png);
    let gold = 0;
    for (let y = Math.round(height * 0.45); y < height; y++) {
      for (let x = 0; x < width / 2; x++) {
        const i = (y * width + x) * raw.channels;
        if (raw.data[i] === 0xf9 && raw.data[i + 1] === 0xc8 && raw.data[i + 2] === 0x0e) gold++;
      }
    }
    expect(gold).toBeGreaterThan(500);
  });

  it('shares its background layer with the event cards of its kind and looks like the card drawn in one piece', async () => {
    const layers = cardLayers(card('og'));
    expect(layers.background!.key).toBe(cardLayers({ template: 'event', kind: 'og', locale: 'ru', title: 'x', when: 'y', organizer: 'z', url: 'u' }).background!.key);
    const whole = await satori(projectCardElement(card('og'), 'all') as never, { ...CARD_SIZES.og, fonts: cardFonts() });
    const reference = await sharp(Buffer.from(whole)).removeAlpha().raw().toBuffer();
    const layered = await decode(await renderCardPng(card('og')));
    let far = 0;
    for (let p = 0; p < layered.width * layered.height; p++) {
      for (let c = 0; c < 3; c++) if (Math.abs(layered.data[p * layered.channels + c]! - reference[p * 3 + c]!) > 20) far++;
    }
    expect(far / reference.length).toBeLessThan(0.001);
  });
});

describe('the card cache with projects', () => {
  it('renders nothing when nothing changed, and only the edited project’s cards after an edit', async () => {
    const tree = withProjects();
    const work = mkdtempSync(join(tmpdir(), 'myn-jasa-project-cards-'));
    const options = { contentDir: tree.root, outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), site: SITE, workers: 2, now: new Date('2027-06-01T12:00:00+05:00') };
    const out = (path: string) => join(options.outDir, 'cards/projects/ulytau', path);

    // The fixture's 10 cards (1 event × 3 × 2, region × 2, site × 2) and the projects' 4 + 2.
    expect(await buildCards(options)).toMatchObject({ cards: 16, rendered: 16, fromCache: 0 });
    for (const path of ['clean-kengir/og-kk.png', 'clean-kengir/og-ru.png', 'clean-kengir/square-kk.png', 'clean-kengir/story-kk.png', 'yard-library/og-ru.png']) {
      expect((await sharp(out(path)).metadata()).format).toBe('png');
    }
    expect(existsSync(out('clean-kengir/story-ru.png'))).toBe(false);
    expect(await buildCards(options)).toMatchObject({ rendered: 0, fromCache: 16 });

    // One project's result changes: its 4 cards, nothing else.
    const ideaBefore = readFileSync(out('yard-library/og-kk.png'));
    const doneBefore = readFileSync(out('clean-kengir/story-kk.png'));
    tree.replace('projects/ulytau/clean-kengir.mdx', 'people_helped: 300', 'people_helped: 340');
    expect(await buildCards(options)).toMatchObject({ rendered: 4, fromCache: 12, pruned: 4 });
    expect(readFileSync(out('clean-kengir/story-kk.png')).equals(doneBefore)).toBe(false);
    expect(readFileSync(out('yard-library/og-kk.png')).equals(ideaBefore)).toBe(true);

    // The idea's Russian title only: its Russian og card.
    tree.replace('projects/ulytau/yard-library.mdx', 'ru: "Дворовая библиотека"', 'ru: "Библиотека во дворе"');
    expect(await buildCards(options)).toMatchObject({ rendered: 1, fromCache: 15 });
  });
});
