/**
 * What a family reads on the built demo site (issue 10, "wrong or misleading"): coverage as the
 * content files give it, on the map, its legend and the region pages; no action offered by a
 * cancelled or past event, and a rescheduled one leading to its new date; a city's district
 * without rural places; one public name per member across the site, the PR comment, the
 * Ministry's list and a certificate; and no typographic fault on any page. Imported by
 * dist.test.ts, so it runs on that file's one build (TEST_SITE).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { certificateOf } from '../../src/certificates/certificate.ts';
import { renderProblems, runCheckPr } from '../../src/pr/check.ts';
import { formatSummary } from '../../src/pr/summary.ts';
import { ministryList } from '../../src/reports/ministry-list.ts';
import { seasonReadiness } from '../../src/reports/readiness.ts';
import { memberPlaces } from '../../src/site/member-places.ts';
import { validateDirectory } from '../../src/validator/validate.ts';
import { TEST_SITE, builtFiles, readBuilt } from './built-site.ts';
import { typographyFaults } from './typography.ts';

const LANGS = ['', 'ru/'] as const;
const load = (path: string) => yaml.load(readFileSync(join(TEST_SITE.content, path), 'utf8')) as Record<string, unknown>;

/**
 * Each region's level worked out here from the YAML files, independently of src/content/coverage.ts:
 * cities/districts with a representation file that has members, out of the geography's.
 */
function expectedCoverage(): Map<string, { level: string; covered: number; units: number }> {
  const out = new Map<string, { level: string; covered: number; units: number }>();
  for (const file of readdirSync(join(TEST_SITE.content, 'geography'))) {
    const geo = load(`geography/${file}`) as { id: string; units: { id: string }[] };
    const folder = join(TEST_SITE.content, 'representations', geo.id);
    const files = existsSync(folder) ? readdirSync(folder) : [];
    const membersIn = (name: string) => (files.includes(name) ? ((load(`representations/${geo.id}/${name}`) as { members: unknown[] }).members.length) : 0);
    const covered = geo.units.filter((unit) => membersIn(`${unit.id}.yaml`) > 0).length;
    const anyone = membersIn('region.yaml') > 0 || covered > 0;
    const level = !anyone ? 'none' : covered === geo.units.length ? 'full' : covered * 2 >= geo.units.length ? 'partial' : 'started';
    out.set(geo.id, { level, covered, units: geo.units.length });
  }
  return out;
}

function expectedLevels(): Map<string, string> {
  return new Map([...expectedCoverage()].map(([region, { level }]) => [region, level]));
}

describe('coverage on the map and the region pages', () => {
  it('colours every region by its cities/districts with a representation, as the content files give them', () => {
    const expected = expectedLevels();
    expect(expected.size).toBe(20);
    // The demo's two regions with one city/district representation each are not "all covered".
    expect(expected.get('abai')).toBe('started');
    expect(expected.get('zhetisu')).toBe('started');
    for (const lang of LANGS) {
      const map = readBuilt(`${lang}regions/index.html`);
      const drawn = new Map([...map.matchAll(/data-region="([^"]+)" data-level="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
      expect(drawn).toEqual(expected);
      for (const [region, level] of expected) {
        expect(readBuilt(`${lang}regions/${region}/index.html`), `${lang}${region}`).toContain(`data-coverage="${level}"`);
      }
    }
  });

  it('lists in the legend exactly the levels the map shows, each with its number of regions', () => {
    const expected = [...expectedLevels().values()];
    for (const lang of LANGS) {
      const map = readBuilt(`${lang}regions/index.html`);
      const legend = [...map.matchAll(/data-legend="([^"]+)">[^(]*\((\d+)/g)].map((m) => [m[1]!, Number(m[2])] as const);
      expect(legend.map(([level]) => level).sort()).toEqual([...new Set(expected)].sort());
      for (const [level, count] of legend) expect(count, `${lang} ${level}`).toBe(expected.filter((l) => l === level).length);
    }
  });

  it('gives `npm run status` the same figures', async () => {
    const { content, problems } = await validateDirectory(TEST_SITE.content, { now: new Date(TEST_SITE.now) });
    const status = new Map(seasonReadiness(content, problems, new Date(TEST_SITE.now)).regions.map((r) => [r.region, r.unitsStaffed]));
    for (const [region, { covered, units }] of expectedCoverage()) expect(status.get(region), region).toEqual({ done: covered, total: units });
  });

  it('states the figures on the region page: 1 of 12 in Abai', () => {
    expect(readBuilt('ru/regions/abai/index.html')).toContain('<span data-coverage-units>Города и районы с представительством: 1 из 12</span>');
    expect(readBuilt('regions/abai/index.html')).toContain('<span data-coverage-units>Өкілдігі бар қала мен аудандар: 1 / 12</span>');
  });
});

describe('event pages invite only the actions that still make sense', () => {
  const actions = ['id="add-to-calendar"', 'id="share-links"', 'id="event-cards"', 'data-share=', 'data-card='];

  it('a cancelled, rescheduled event: no calendar, share or cards, its og card kept, a link to the new date', () => {
    for (const lang of LANGS) {
      const html = readBuilt(`${lang}events/2026/ulytau-mountain-hike/index.html`);
      for (const action of actions) expect(html, `${lang}: ${action}`).not.toContain(action);
      expect(html).toMatch(/<meta property="og:image" content="[^"]*\/cards\/events\/2026\/ulytau-mountain-hike\/og-(kk|ru)\.png"/);
      const link = html.match(/<p class="note rescheduled" id="rescheduled-to">([\s\S]*?)<\/p>/)?.[1];
      expect(link, lang).toContain(`href="${TEST_SITE.base}${lang}events/2027/ulytau-mountain-hike/"`);
      expect(link).toContain(lang ? 'новая дата — 10 июля 2027 г., суббота' : 'жаңа күні — 2027 ж. 10 шілде, сенбі');
      // The note comes before the summary: the first thing read after the title.
      expect(html.indexOf('id="rescheduled-to"')).toBeLessThan(html.indexOf('class="lead"'));
    }
  });

  it('a past event: no calendar, share or cards; an upcoming one keeps them', () => {
    for (const lang of LANGS) {
      const past = readBuilt(`${lang}events/2026/reading-marathon/index.html`);
      expect(past).toContain('data-upcoming="false"');
      for (const action of actions) expect(past, `${lang}: ${action}`).not.toContain(action);
      const upcoming = readBuilt(`${lang}events/2027/ulytau-mountain-hike/index.html`);
      expect(upcoming).toContain('data-upcoming="true"');
      for (const action of actions.slice(0, 3)) expect(upcoming, `${lang}: ${action}`).toContain(action);
    }
  });
});

describe("a city's district", () => {
  it('says nothing about rural representations and has no empty duties column', () => {
    for (const lang of LANGS) {
      const html = readBuilt(`${lang}regions/astana/esil/index.html`);
      expect(html).toContain('data-roster');
      expect(html).not.toContain('id="rural"');
      expect(html).not.toMatch(/Сельских представительств|Ауылдық өкілдіктер/);
      expect(html.match(/<table data-roster>[\s\S]*?<\/thead>/)![0].match(/<th /g)).toHaveLength(2);
    }
    // A district with rural representations keeps both.
    const sayram = readBuilt('ru/regions/turkistan/sayram/index.html');
    expect(sayram).toContain('id="rural"');
    expect(sayram).toContain('<th scope="col">Координирует</th>');
  });
});

describe("one public name per member, whatever shows it", () => {
  const REGION = 'representations/turkistan/region.yaml';
  /** Two regional members of the demo: consent `full` and consent `initial`. */
  const MEMBERS = { 'alikhan-demouly': 'Әлихан Демоұлы', 'nazerke-a-tur': 'Назерке Ә.' } as const;

  it('the region page, the PR comment, the Ministry list and a certificate print the same name', async () => {
    const page = readBuilt('ru/regions/turkistan/index.html');
    for (const name of Object.values(MEMBERS)) expect(page).toContain(`<td translate="no">${name}</td>`);

    // A pull request that adds the two members to the demo: its comment names them.
    const dir = mkdtempSync(join(tmpdir(), 'myn-jasa-names-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
    git('init', '-q', '-b', 'main');
    cpSync(TEST_SITE.content, join(dir, 'content'), { recursive: true });
    const full = readFileSync(join(dir, 'content', REGION), 'utf8');
    let base = full;
    for (const id of Object.keys(MEMBERS)) base = base.replace(new RegExp(`  - id: ${id}\\n(?:    .*\\n)*`), '');
    expect(base).not.toBe(full);
    writeFileSync(join(dir, 'content', REGION), base);
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'change');
    writeFileSync(join(dir, 'content', REGION), full);
    git('commit', '-q', '-am', 'add two members');
    const cwd = process.cwd();
    process.chdir(dir);
    let comment: string;
    try {
      const result = await runCheckPr({ base: 'main', contentDir: 'content', now: new Date(TEST_SITE.now) });
      comment = formatSummary(result, { render: (locale) => renderProblems(result.located, locale) });
    } finally {
      process.chdir(cwd);
    }
    expect(comment).toMatch(new RegExp(`\\+2 [^:]+: ${Object.values(MEMBERS).join(', ')}`));

    const { content } = await validateDirectory(TEST_SITE.content, { now: new Date(TEST_SITE.now) });
    const ministry = ministryList(content).regions.find((r) => r.region === 'turkistan')!.representation!.members.map((m) => m.name);
    for (const name of Object.values(MEMBERS)) expect(ministry).toContain(name);

    const roster = memberPlaces(
      [...content.regions].map(([region, { data }]) => ({ region, data })),
      content.units.map((u) => ({ region: u.region, unit: u.unit, data: u.data })),
    );
    const award = content.awards.flatMap((a) => a.data).find((a) => a.member === 'nazerke-a-tur')!;
    expect(certificateOf(award, content, roster, new Map(), TEST_SITE.site).recipient).toBe(MEMBERS['nazerke-a-tur']);
  });
});

describe('typography of every built page', () => {
  it('has no double full stop, no word glued to a dash, no lower-case heading, no list with two date formats', () => {
    const pages = builtFiles().filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    expect(pages.filter((p) => p.startsWith('ru/')).length).toBeGreaterThan(100);
    const faults = pages.flatMap((page) => typographyFaults(readBuilt(page)).map((fault) => `${page}: ${fault.kind}: ${fault.excerpt}`));
    expect(faults).toEqual([]);
  });
});
