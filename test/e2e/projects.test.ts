/**
 * Children's projects in the real browser (issue 14): the list links every project, a filter
 * works with JavaScript switched off (its links lead to pre-rendered pages), and a project's page
 * in kk and ru shows its team by consent (the demo's hidden member counted, never named), links
 * who runs it, and its twin in the other language. The expected projects are read from the
 * content files, not from the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { localized } from './content.ts';
import { expectNoErrors, PHONE, useSite } from './session.ts';

const site = useSite();
const CONTENT = join(import.meta.dirname, '../../content');

interface ProjectSource {
  id: string;
  stage: string;
  team: string[];
}

/** The demo's projects from their frontmatter. */
function readProjects(): ProjectSource[] {
  const root = join(CONTENT, 'projects');
  return readdirSync(root).flatMap((region) =>
    readdirSync(join(root, region)).map((file) => {
      const front = readFileSync(join(root, region, file), 'utf8').split(/^---$/m)[1]!;
      const data = yaml.load(front) as { stage: string; team: string[] };
      return { id: `${region}/${file.replace(/\.mdx?$/, '')}`, stage: data.stage, team: data.team };
    }),
  );
}

/** Every member's name and consent, by id, from the rosters. */
function readMembers(): Map<string, { name: string; consent: string }> {
  const members = new Map<string, { name: string; consent: string }>();
  const root = join(CONTENT, 'representations');
  type Roster = { members?: { id: string; name: string; consent: { name: string } }[]; rural?: { members: Roster['members'] }[] };
  for (const region of readdirSync(root)) {
    for (const file of readdirSync(join(root, region))) {
      const data = yaml.load(readFileSync(join(root, region, file), 'utf8')) as Roster;
      for (const m of [...(data.members ?? []), ...(data.rural ?? []).flatMap((r) => r.members ?? [])]) members.set(m.id, { name: m.name, consent: m.consent.name });
    }
  }
  return members;
}

const listed = (page: import('playwright-core').Page) =>
  page.locator('#project-list [data-project]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset['project']!).sort());

describe('the projects list', () => {
  for (const locale of ['kk', 'ru'] as const) {
    it(`${locale}: lists every project, reached from the main navigation, and leads to its page`, async () => {
      const session = await site.open(locale === 'ru' ? { locale: 'ru-RU' } : {});
      const { page } = session;
      await page.goto(session.url(localized('/', locale)));
      await page.locator(`.main-nav a[href="${localized('/projects/', locale)}"]`).click();
      await page.waitForURL(session.url(localized('/projects/', locale)));
      const all = readProjects().map((p) => p.id).sort();
      expect(await listed(page)).toEqual(all);
      await page.locator(`#project-list [data-project="turkistan/sayram-clean-river"] h2 a`).click();
      await page.waitForURL(session.url(localized('/projects/turkistan/sayram-clean-river/', locale)));
      expectNoErrors(session, page.url());
    });
  }
});

describe('a projects filter without JavaScript', () => {
  for (const locale of ['kk', 'ru'] as const) {
    it(`${locale}: the stage link lists exactly that stage's projects, with its count`, async () => {
      const session = await site.open({ javaScriptEnabled: false, ...PHONE });
      const { page } = session;
      await page.goto(session.url(localized('/projects/', locale)));
      await page.locator('#project-filters > summary').click();
      await page.locator('a[data-project-filter="stage=running"]').click();
      await page.waitForURL(session.url(localized('/projects/stage/running/', locale)));
      const want = readProjects().filter((p) => p.stage === 'running').map((p) => p.id).sort();
      expect(want.length, 'the filter narrows the demo list').toBeGreaterThan(0);
      expect(want.length).toBeLessThan(readProjects().length);
      expect(await listed(page)).toEqual(want);
      expect(await page.locator('a[data-project-filter="stage=running"]').getAttribute('aria-current')).toBe('page');
      expect(await page.locator('#project-count').innerText()).toMatch(new RegExp(`(^|\\D)${want.length}(\\D|$)`));
      // Back to all projects by the reset link.
      await page.locator('a[data-project-filter-reset]').click();
      await page.waitForURL(session.url(localized('/projects/', locale)));
      expectNoErrors(session, page.url());
    });
  }
});

describe("a project's page", () => {
  const project = () => readProjects().find((p) => p.id === 'turkistan/sayram-clean-river')!;
  for (const locale of ['kk', 'ru'] as const) {
    it(`${locale}: the team by consent (a hidden member counted, never named), who runs it linked, the twin page`, async () => {
      const session = await site.open({ ...(locale === 'ru' ? { locale: 'ru-RU' } : {}), ...PHONE });
      const { page } = session;
      const path = localized('/projects/turkistan/sayram-clean-river/', locale);
      await page.goto(session.url(path));
      const members = readMembers();
      const team = project().team.map((id) => members.get(id)!);
      const hidden = team.filter((m) => m.consent === 'hidden');
      expect(hidden.length, 'the demo project has a hidden member').toBe(1);
      const teamText = await page.locator('#project-team').innerText();
      for (const m of team.filter((x) => x.consent !== 'hidden')) expect(teamText).toContain(m.consent === 'full' ? m.name : `${m.name.split(' ')[0]} ${m.name.split(' ')[1]![0]}.`);
      expect(teamText).toContain(locale === 'kk' ? 'және тағы 1 бала' : 'и ещё 1 ребёнок');
      const pageText = await page.locator('body').innerText();
      expect(pageText).not.toContain(hidden[0]!.name.split(' ')[0]!);
      // The "how to repeat it" section of the body is on the page.
      expect(await page.locator('#project-body h2').allInnerTexts()).toContain('Қалай қайталауға болады');
      // The page has no script at all.
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      // The language switch leads to the same project in the other language.
      const other = locale === 'kk' ? 'ru' : 'kk';
      expect(await page.locator('#lang-switch').getAttribute('href')).toBe(localized('/projects/turkistan/sayram-clean-river/', other));
      // Who runs it: the district's page.
      await page.locator('#project-runner').click();
      await page.waitForURL(session.url(localized('/regions/turkistan/sayram/', locale)));
      expect(await page.locator('#unit-projects [data-project="turkistan/sayram-clean-river"]').count()).toBe(1);
      expectNoErrors(session, page.url());
    });
  }
});

describe('projects in the search', () => {
  // A word of the project's title in each language; the Kazakh one typed with a case ending (сайрамсуға, "to the Sairamsu").
  const cases = [
    { locale: 'kk' as const, query: 'сайрамсуға', kind: 'Жоба' },
    { locale: 'ru' as const, query: 'Сайрамсу', kind: 'Проект' },
  ];
  for (const { locale, query, kind } of cases) {
    it(`${locale}: finds the project's page, labelled as a project`, async () => {
      const session = await site.open(locale === 'ru' ? { locale: 'ru-RU' } : {});
      const { page } = session;
      await page.goto(session.url(`${localized('/search/', locale)}?q=${encodeURIComponent(query)}`));
      const target = localized('/projects/turkistan/sayram-clean-river/', locale);
      const link = page.locator(`#search .search-result-link[href$="${target}"]`);
      await link.first().waitFor({ timeout: 15_000 });
      // `has` is matched inside the title, so the inner locator names no ancestor (#search) of it.
      const title = page.locator('#search .search-result-title').filter({ has: page.locator(`.search-result-link[href$="${target}"]`) });
      expect(await title.locator('.search-kind').innerText()).toBe(kind);
      expectNoErrors(session, page.url());
    });
  }
});
