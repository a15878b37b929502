/**
 * Children's projects on the built demo site (issue 14): the list, its filters and a project's
 * page in kk and ru, the team by the public-name function (Sayram's clean-river team has a
 * `hidden` invented member: counted, never named, anywhere in dist/), the results with their
 * events linked, the national event it was presented at, the representation linked, projects on
 * region and event pages, the /stats/ charts' CSV, the sitemap, and the last gate on a project
 * page. Imported by dist.test.ts, so it runs on that file's one build (TEST_SITE).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { projectSchema } from '../../src/content/schema.ts';
import { checkPublishedOutput } from '../../src/published/output-gate.ts';
import { publicName } from '../../src/site/members.ts';
import { TEST_SITE, builtFiles, contentMembers, readBuilt } from './built-site.ts';

const LANGS = ['', 'ru/'] as const;
const SAYRAM = 'turkistan/sayram-clean-river';
const b = TEST_SITE.base;
const projects = () =>
  loadContent(TEST_SITE.content)
    .files.filter((f) => f.place?.kind === 'project')
    .map((f) => ({ id: `${f.place!.region}/${f.place!.slug}`, data: projectSchema.parse(f.data) }));
const member = (id: string) => contentMembers().find((m) => m.id === id)!;
/** The page's text without tags, spaces collapsed. */
const textOf = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('children’s projects', () => {
  it('has the list, a page per project and every filter value’s page, in both languages', () => {
    const files = new Set(builtFiles());
    const all = projects();
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const lang of LANGS) {
      expect(files.has(`${lang}projects/index.html`)).toBe(true);
      for (const project of all) expect(files.has(`${lang}projects/${project.id}/index.html`), project.id).toBe(true);
      for (const path of ['region/turkistan', 'region/abai', 'topic/ecology', 'stage/idea', 'stage/running', 'stage/done']) {
        expect(files.has(`${lang}projects/${path}/index.html`), path).toBe(true);
      }
      const list = readBuilt(`${lang}projects/index.html`);
      for (const project of all) expect(list).toContain(`href="${b}${lang}projects/${project.id}/"`);
      // The main navigation leads to the list.
      expect(readBuilt(`${lang}index.html`)).toContain(`href="${b}${lang}projects/"`);
    }
  });

  it('filter pages list only their value’s projects, with counts in the filter bar, and no script', () => {
    const all = projects();
    for (const lang of LANGS) {
      for (const stage of ['idea', 'running', 'done']) {
        const html = readBuilt(`${lang}projects/stage/${stage}/index.html`);
        const listed = [...html.matchAll(/data-project="([^"]+)"/g)].map((m) => m[1]).sort();
        expect(listed, stage).toEqual(all.filter((p) => p.data.stage === stage).map((p) => p.id).sort());
        const count = new RegExp(`data-project-filter="stage=${stage}"[^>]*>[^<]*<span data-filter-count>\\((\\d+)\\)`).exec(html)?.[1];
        expect(Number(count), `${stage}: its count`).toBe(listed.length);
        expect(html, 'no script on a filter page').not.toMatch(/<script(?![^>]*application\/ld\+json)/);
      }
    }
  });

  it('names the team only as consent allows: the hidden member is counted, never named, anywhere in dist/', () => {
    const project = projects().find((p) => p.id === SAYRAM)!;
    const team = project.data.team.map(member);
    const hidden = team.filter((m) => m.consent.name === 'hidden');
    expect(hidden.length, 'the demo project has a hidden member').toBe(1);
    for (const lang of LANGS) {
      const html = readBuilt(`${lang}projects/${SAYRAM}/index.html`);
      const teamHtml = /<dd id="project-team"[^>]*>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '';
      for (const m of team.filter((x) => x.consent.name !== 'hidden')) expect(teamHtml, m.id).toContain(publicName(m)!);
      expect(html).toContain('data-hidden-members="1"');
      expect(textOf(teamHtml)).toContain(lang ? 'и ещё 1 ребёнок (имя не публикуется)' : 'және тағы 1 бала (аттары жарияланбайды)');
    }
    // Neither the given name nor the roster's form of the hidden member, on any page, feed or index file.
    const given = hidden[0]!.name.split(' ')[0]!;
    const leaks = builtFiles()
      .filter((f) => /\.(html|xml|ics|json|csv|txt)$/.test(f))
      .filter((f) => readFileSync(join(TEST_SITE.dir, f), 'utf8').includes(given));
    expect(leaks).toEqual([]);
  });

  it('shows stage, seasons, topics, the representation linked, results with their events, the body and where it was presented', () => {
    for (const lang of LANGS) {
      const html = readBuilt(`${lang}projects/${SAYRAM}/index.html`);
      expect(html).toContain(`href="${b}${lang}regions/turkistan/sayram/" id="project-runner"`);
      expect(html).toContain(`href="${b}${lang}projects/topic/ecology/"`);
      expect(html).toMatch(/id="project-seasons">2026</);
      expect(textOf(html)).toContain(lang ? 'Завершён' : 'Аяқталды');
      expect(html).toMatch(/data-result="children_involved"><span class="figure"><strong>46</);
      expect(html).toMatch(/data-result="people_helped"><span class="figure"><strong>1[\s\u00a0]200</);
      expect(html).toContain(`href="${b}${lang}events/2026/sayram-clean-river/" data-project-event="2026/sayram-clean-river"`);
      // The body (its own language, kk) with its "how to repeat it" section.
      expect(html).toContain('Қалай қайталауға болады');
      expect(html.includes('id="body-in-other"')).toBe(lang === 'ru/');
      // JSON-LD: who runs it, never the team.
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
      expect(ld['@type']).toBe('CreativeWork');
      expect(JSON.stringify(ld)).not.toContain('Аружан');
    }
    const esil = readBuilt('ru/projects/astana/esil-book-swap/index.html');
    expect(esil).toContain(`href="${b}ru/events/2027/reading-marathon/" data-promoted-event="2027/reading-marathon"`);
  });

  it('shows projects on the region and city/district pages that run them, and on the events they list', () => {
    for (const lang of LANGS) {
      const region = readBuilt(`${lang}regions/turkistan/index.html`);
      expect(region).toMatch(/id="region-projects"[\s\S]*data-project="turkistan\/sayram-clean-river"/);
      expect(region).toContain(`href="${b}${lang}projects/region/turkistan/" data-region-projects`);
      expect(readBuilt(`${lang}regions/turkistan/sayram/index.html`)).toMatch(/id="unit-projects"[\s\S]*data-project="turkistan\/sayram-clean-river"/);
      expect(readBuilt(`${lang}regions/abai/index.html`)).toContain('data-project-list-empty');
      const event = readBuilt(`${lang}events/2026/sayram-clean-river/index.html`);
      expect(event).toMatch(/id="event-project-list"[\s\S]*href="[^"]*projects\/turkistan\/sayram-clean-river\/"/);
      const national = readBuilt(`${lang}events/2027/reading-marathon/index.html`);
      expect(national).toMatch(/id="event-promoted-list"[\s\S]*data-project="astana\/esil-book-swap"/);
    }
  });

  it('counts projects by stage and by region on /stats/, with each chart’s CSV', () => {
    const all = projects();
    const stages = readBuilt('stats/project-stages.csv').trim().split(/\r?\n/).slice(1).map((l) => Number(l.split(',')[1]));
    expect(stages).toEqual(['idea', 'running', 'done'].map((s) => all.filter((p) => p.data.stage === s).length));
    const regions = readBuilt('ru/stats/project-regions.csv').trim().split(/\r?\n/);
    expect(regions[0]).toContain('Регион');
    const turkistan = regions.find((l) => l.startsWith('Туркестанская'))!;
    expect(Number(turkistan.split(',')[1])).toBe(all.filter((p) => p.id.startsWith('turkistan/')).length);
    expect(readBuilt('stats/index.html')).toContain('data-chart="project-regions"');
  });

  it('lists project pages in the sitemap', () => {
    const sitemap = builtFiles().filter((f) => /^sitemap-\d+\.xml$/.test(f)).map(readBuilt).join('');
    expect(sitemap).toContain(`<loc>${TEST_SITE.site}${b}projects/${SAYRAM}/</loc>`);
    expect(sitemap).toContain(`<loc>${TEST_SITE.site}${b}ru/projects/</loc>`);
  });

  it('the last gate reads project pages: a hidden name slipped into one is refused, naming the project file', () => {
    const hidden = projects().find((p) => p.id === SAYRAM)!.data.team.map(member).find((m) => m.consent.name === 'hidden')!;
    const dir = mkdtempSync(join(tmpdir(), 'myn-jasa-projects-gate-'));
    const page = `projects/${SAYRAM}/index.html`;
    mkdirSync(dirname(join(dir, page)), { recursive: true });
    cpSync(join(TEST_SITE.dir, page), join(dir, page));
    expect(checkPublishedOutput({ outDir: dir, contentDir: TEST_SITE.content, base: b })).toEqual([]);
    writeFileSync(join(dir, page), readBuilt(page).replace('</h1>', ` ${hidden.name}</h1>`));
    const findings = checkPublishedOutput({ outDir: dir, contentDir: TEST_SITE.content, base: b });
    expect(findings.map((f) => [f.output, f.sources[0]])).toEqual([[page, `content/projects/${SAYRAM}.mdx`]]);
  });
});

describe('projects in the search index', () => {
  it('gives project and event pages a kind the results show and pagefind can filter by, in each language', () => {
    for (const lang of LANGS) {
      expect(readBuilt(`${lang}projects/${SAYRAM}/index.html`)).toMatch(/data-pagefind-filter="kind:project" data-pagefind-meta="kind:(Жоба|Проект)"/);
      expect(readBuilt(`${lang}events/2026/sayram-clean-river/index.html`)).toContain('data-pagefind-filter="kind:event"');
    }
    // pagefind wrote a filter index per language: the kind survived the index's preparation (src/search/index-html.ts).
    const filters = builtFiles().filter((f) => /^pagefind\/filter\/[^/]+\.pf_filter$/.test(f));
    expect(filters.length).toBeGreaterThanOrEqual(2);
  });
});
