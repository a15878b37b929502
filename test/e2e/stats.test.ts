/**
 * /stats/ in the real browser, kk and ru: eight charts (two of them children's projects, by stage and by region), each an SVG drawn at build time with its
 * data table and CSV, the figures equal to what the content files say (counted here from the
 * YAML and the events' frontmatter, not by the site's code), readable on a 360 px phone, and each
 * bar leading to what it counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astanaDay, localized, LOCALES, membersByRegion, readEvents, unitCoverage } from './content.ts';
import { PHONE, useSite } from './session.ts';

const site = useSite();
const CHARTS = ['coverage', 'members', 'events', 'participants', 'followers', 'reach', 'project-stages', 'project-regions'];

/** The rows of a chart's table as text cells, and the first cell's link (a region's page ends with its id). */
async function tableOf(page: import('playwright-core').Page, chart: string) {
  return page.locator(`table[data-chart-table="${chart}"] tbody tr`).evaluateAll((rows) =>
    rows.map((tr) => ({ cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()), href: tr.querySelector('a')!.getAttribute('href')! })),
  );
}

const numberOf = (text: string) => Number(text.replace(/\s/g, ''));
const regionOf = (href: string) => /\/regions\/([^/]+)\//.exec(href)?.[1];

describe('/stats/ as pictures', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every chart has its SVG, its table and its CSV, and the SVG's links are the table's`, async () => {
      const { page, url } = await site.open(PHONE);
      await page.goto(url(localized('/stats/', locale)));
      expect(await page.locator('section[data-chart]').evaluateAll((s) => s.map((el) => el.getAttribute('data-chart')))).toEqual(CHARTS);
      for (const chart of CHARTS) {
        const section = page.locator(`section[data-chart="${chart}"]`);
        expect(await section.locator('.chart-drawing svg').count(), `${chart}: svg`).toBe(1);
        const rows = await tableOf(page, chart);
        expect(rows.length, `${chart}: table rows`).toBeGreaterThan(0);
        const svgLinks = await section.locator('.chart-drawing svg a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        expect(new Set(svgLinks), `${chart}: the drawing links where the table does`).toEqual(new Set(rows.map((r) => r.href)));
        const csvHref = await section.locator('a[data-csv]').getAttribute('href');
        const response = await page.request.get(url(csvHref!));
        expect(response.headers()['content-type']).toContain('text/csv');
        const csv = (await response.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
        expect(csv.length - 1, `${chart}: CSV rows`).toBe(rows.length);
      }
      // Readable at 360 px: the drawing fits the screen and its labels are at least 10 px high.
      const drawing = await page.locator('section[data-chart="coverage"] svg').evaluate((svg) => ({
        width: svg.getBoundingClientRect().width,
        label: svg.querySelector('text')!.getBoundingClientRect().height,
      }));
      expect(drawing.width).toBeLessThanOrEqual(360);
      expect(drawing.label).toBeGreaterThanOrEqual(10);
    });

    it(`${locale}: the figures are the content's`, async () => {
      const { page, url } = await site.open(PHONE);
      await page.goto(url(localized('/stats/', locale)));

      const coverage = unitCoverage();
      const coverageRows = await tableOf(page, 'coverage');
      expect(coverageRows).toHaveLength(20);
      for (const row of coverageRows) {
        const expected = coverage.get(regionOf(row.href)!)!;
        expect([numberOf(row.cells[1]!), numberOf(row.cells[2]!)], row.cells[0]).toEqual([expected.covered, expected.units]);
      }

      const members = membersByRegion();
      for (const row of await tableOf(page, 'members')) expect(numberOf(row.cells[1]!), row.cells[0]).toBe(members.get(regionOf(row.href)!) ?? 0);

      // Events per month: planned (not cancelled) and held, over the two seasons the chart covers.
      const events = readEvents().filter((e) => e.data.status !== 'cancelled');
      const months = new Map<string, { planned: number; held: number }>();
      for (const e of events) {
        const month = astanaDay(e.data.start).slice(0, 7);
        const figures = months.get(month) ?? { planned: 0, held: 0 };
        figures.planned++;
        if (e.data.status === 'held') figures.held++;
        months.set(month, figures);
      }
      const csv = (await (await page.request.get(url(localized('/stats/events.csv', locale)))).text()).replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
      const drawn = new Map(csv.map((line) => line.split(',')).map(([month, planned, held]) => [month!, { planned: Number(planned), held: Number(held) }]));
      for (const [month, figures] of months) expect(drawn.get(month), month).toEqual(figures);
      for (const [month, figures] of drawn) if (!months.has(month)) expect(figures, month).toEqual({ planned: 0, held: 0 });

      // Participants of the events held in the summer of 2026 (the demo's latest summer with results).
      const summer = readEvents().filter((e) => e.data.status === 'held' && astanaDay(e.data.start) >= '2026-06-01' && astanaDay(e.data.start) <= '2026-08-31');
      const total = summer.reduce((sum, e) => sum + (e.data.results?.participants ?? 0), 0);
      const participants = await tableOf(page, 'participants');
      expect(participants.reduce((sum, row) => sum + numberOf(row.cells[1]!), 0)).toBe(total);
      expect(numberOf((await page.locator('section[data-chart="participants"] > p').first().textContent())!.match(/[\d\s]+(?=\.?$)/)![0])).toBe(total);
    });

    it(`${locale}: projects by stage and by region are the content's`, async () => {
      const { page, url } = await site.open(PHONE);
      await page.goto(url(localized('/stats/', locale)));
      // Read from the project files' frontmatter: the region is the folder, the stage a field.
      const root = join(import.meta.dirname, '../../content/projects');
      const projects = readdirSync(root).flatMap((region) =>
        readdirSync(join(root, region)).map((file) => ({ region, stage: /^stage:\s*(\w+)/m.exec(readFileSync(join(root, region, file), 'utf8'))![1]! })),
      );
      const stages = await tableOf(page, 'project-stages');
      expect(stages.map((row) => [/\/projects\/stage\/(\w+)\//.exec(row.href)![1], numberOf(row.cells[1]!)])).toEqual(
        ['idea', 'running', 'done'].map((stage) => [stage, projects.filter((p) => p.stage === stage).length]),
      );
      const regions = await tableOf(page, 'project-regions');
      expect(regions).toHaveLength(20);
      for (const row of regions) {
        const region = /\/projects\/region\/([^/]+)\//.exec(row.href)![1]!;
        expect(numberOf(row.cells[1]!), region).toBe(projects.filter((p) => p.region === region).length);
      }
      expect(numberOf(await page.locator('[data-stat="projects"] strong').innerText())).toBe(projects.length);
    });
  }
});
