/**
 * The identity, the event cards on their pages, the region page's tables and /stats/, checked on
 * dist.test.ts's one build of the demo (imported there): what a parent sees, read from the built
 * files and compared with the content files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAVICON_FILE, TOUCH_ICON_FILE, faviconSvg } from '../../src/identity/icons.ts';
import { sunSvg } from '../../src/identity/mark.ts';
import { STATS_CHARTS } from '../../src/site/stats-charts.ts';
import { TEST_SITE, contentEvents, contentMembers, readBuilt } from './built-site.ts';

const LANGS = ['', 'ru/'] as const;
const builtPath = (src: string) => join(TEST_SITE.dir, decodeURI(src).slice(TEST_SITE.base.length));

describe('the identity on every page', () => {
  it('shows the sun in the header and links the favicon and the touch icon, both built from the mark', () => {
    for (const lang of LANGS) {
      for (const page of ['index.html', 'regions/index.html', 'stats/index.html', 'events/2027/summer-eco-camp/index.html']) {
        const html = readBuilt(`${lang}${page}`);
        expect(html, page).toContain(sunSvg());
        expect(html).toContain(`<link rel="icon" href="${TEST_SITE.base}${FAVICON_FILE}" type="image/svg+xml">`);
        expect(html).toContain(`<link rel="apple-touch-icon" href="${TEST_SITE.base}${TOUCH_ICON_FILE}">`);
        expect(html).toContain('<meta name="theme-color" content="#0b3c5d">');
      }
    }
    expect(readFileSync(join(TEST_SITE.dir, FAVICON_FILE), 'utf8')).toBe(faviconSvg());
    expect(existsSync(join(TEST_SITE.dir, TOUCH_ICON_FILE))).toBe(true);
  });
});

describe("an event page shows the event's own card", () => {
  it('as a lazy image with its size and the og card alternative text, whose file is in the build', () => {
    for (const { id } of contentEvents()) {
      for (const lang of LANGS) {
        const html = readBuilt(`${lang}events/${id}/index.html`);
        const img = /<img class="event-card" src="([^"]+)" alt="([^"]+)" width="1200" height="630" loading="lazy" decoding="async" data-card-image="og">/.exec(html);
        expect(img, `${lang}${id}`).not.toBeNull();
        expect(existsSync(builtPath(img![1]!)), `${img![1]} exists`).toBe(true);
        expect(html).toContain(`<meta property="og:image:alt" content="${img![2]}">`);
      }
    }
  });
});

describe('the region page', () => {
  it('lists its people once by role and who heads what in the table of cities and districts, stacked on a phone', () => {
    for (const lang of LANGS) {
      const html = readBuilt(`${lang}regions/turkistan/index.html`);
      const roster = html.match(/<table data-roster>[\s\S]*?<\/thead>/)![0];
      expect(roster.match(/<th /g), 'name and role only').toHaveLength(2);
      expect(html).toMatch(/<div class="stacked">\s*<table id="unit-list">/);
      expect(html.match(/<td data-label="[^"]+">/g)!.length).toBeGreaterThanOrEqual(2 * 17);
    }
  });
});

describe('/stats/', () => {
  it('draws six charts in both languages, each with its table and its CSV in the same language', () => {
    for (const lang of LANGS) {
      const html = readBuilt(`${lang}stats/index.html`);
      for (const chart of STATS_CHARTS) {
        const section = new RegExp(`<section class="chart" id="chart-${chart}"[\\s\\S]*?</section>`).exec(html)?.[0];
        expect(section, chart).toBeDefined();
        expect(section).toMatch(/<div class="chart-drawing" data-pagefind-ignore><svg [^>]*aria-hidden="true"/);
        const rows = section!.match(/<tr>/g)!.length - 1;
        const csv = readBuilt(`${lang}stats/${chart}.csv`);
        expect(csv.startsWith('\uFEFF'), `${chart}.csv BOM`).toBe(true);
        expect(csv.trim().split('\r\n'), `${lang}${chart}.csv rows`).toHaveLength(rows + 1);
        expect(section).toContain(`href="${TEST_SITE.base}${lang}stats/${chart}.csv"`);
      }
      expect(readBuilt(`${lang}stats/members.csv`).split('\r\n')[0]).toMatch(lang ? /Регион/ : /Өңір/);
    }
  });

  it("counts the content's members and held events' participants", () => {
    const members = readBuilt('stats/members.csv').trim().split('\r\n').slice(1).map((line) => Number(line.split(',').at(-1)));
    expect(members.reduce((a, b) => a + b, 0)).toBe(contentMembers().length);
    const held = contentEvents().filter((e) => e.data.status === 'held' && e.id.startsWith('2026/') && e.data.start >= new Date('2026-06-01T00:00:00+05:00') && e.data.start < new Date('2026-09-01T00:00:00+05:00'));
    const weeks = readBuilt('ru/stats/participants.csv').trim().split('\r\n').slice(1).map((line) => Number(line.split(',')[1]));
    expect(weeks.reduce((a, b) => a + b, 0)).toBe(held.reduce((sum, e) => sum + (e.data.results?.participants ?? 0), 0));
  });
});
