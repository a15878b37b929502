/**
 * The built site, checked as a whole: links, language twins, privacy, the event page budget,
 * metadata, feeds, the sitemap, upcoming vs archive at a pinned "today", filters, the certificate
 * check pages and the search index. One build (see built-site.ts) serves every test here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { projectCardKinds, type ProjectCardFacts } from '../../src/cards/paths.ts';
import { loadContent } from '../../src/content/load.ts';
import { checkPublishedOutput, publishingRules } from '../../src/published/output-gate.ts';
import { addDays } from '../../src/season/calendar.ts';
import { CALENDAR_KEEP_DAYS } from '../../src/site/event-calendar.ts';
import { parseIcs } from './ics-reader.ts';
import { TEST_SITE, buildTestSite, builtFiles, contentEvents, contentMembers, fileOfPath, readBuilt } from './built-site.ts';
// Coverage, event actions, names and typography, checked on this file's one build.
import './dist-family.ts';
// The identity, event cards, region tables and /stats/.
import './dist-identity.ts';
import './event-bodies.ts';
// Children's projects: list, filters, a project's page, its team's consent.
import './dist-projects.ts';

let files: string[];
let fileSet: Set<string>;
let pages: string[];

beforeAll(() => {
  buildTestSite();
  files = builtFiles();
  fileSet = new Set(files);
  // The site's pages: not the web editor's app page (admin/, its own CSP and no language twin; test/e2e/editor.test.ts).
  pages = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !f.startsWith('admin/'));
}, 300_000);

const origin = new URL(TEST_SITE.site).origin;
const pageUrl = (file: string) => new URL(TEST_SITE.base + file.replace(/index\.html$/, ''), origin);
const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const attr = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => decode(m[1]!));
/** ISO day in Astana time. */
const astanaDay = (d: Date) => new Date(d.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
const today = astanaDay(new Date(TEST_SITE.now));

describe('the built site', () => {
  it('has every page of the site map in both languages', () => {
    for (const path of ['index.html', 'regions/index.html', 'regions/turkistan/index.html', 'regions/turkistan/sayram/index.html',
      'events/index.html', 'events/archive/index.html', 'events/format/online/index.html', 'about/index.html', 'join/index.html',
      'stats/index.html', 'search/index.html', 'events.ics', 'regions/turkistan/events.ics', 'rss.xml']) {
      expect(fileSet.has(path), path).toBe(true);
      expect(fileSet.has(`ru/${path}`), `ru/${path}`).toBe(true);
    }
    expect(fileSet.has('404.html')).toBe(true);
    expect(fileSet.has('ru/404.html')).toBe(true);
    expect(fileSet.has('sitemap-index.xml')).toBe(true);
  });

  it('has no broken internal links, sources, anchors or metadata URLs', () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set(attr(readBuilt(file), /\sid="([^"]+)"/g)));
      return ids.get(file)!;
    };
    for (const page of pages) {
      const html = readBuilt(page);
      const urls = [
        ...attr(html, /\s(?:href|src|action)="([^"]*)"/g),
        ...attr(html, /<meta (?:property|name)="(?:og:image|og:url|twitter:image)" content="([^"]*)"/g),
      ];
      for (const value of urls) {
        const url = new URL(value, pageUrl(page));
        if (url.origin !== origin) continue;
        const target = fileOfPath(url.pathname);
        if (!target || !fileSet.has(target)) {
          broken.push(`${page} → ${value}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) broken.push(`${page} → ${value} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page its twin in the other language, and the language switch leads to it', () => {
    for (const page of pages.filter((p) => !/(^|\/)404(\/index)?\.html$/.test(p))) {
      const twin = page.startsWith('ru/') ? page.slice(3) : `ru/${page}`;
      expect(fileSet.has(twin), twin).toBe(true);
      const [switchHref] = attr(readBuilt(page), /id="lang-switch"[^>]*href="([^"]+)"|href="([^"]+)"[^>]*id="lang-switch"/g);
      const href = switchHref ?? readBuilt(page).match(/<a[^>]*id="lang-switch"[^>]*>/)![0].match(/href="([^"]+)"/)![1];
      expect(fileOfPath(new URL(href!, pageUrl(page)).pathname), page).toBe(twin);
    }
  });

  it('passes the last gate: no IIN, phone, e-mail or hidden name in pages, feeds, data files or the search index, and every page has its CSP', () => {
    // The production gate (src/published/output-gate.ts), run on the test build as build:site runs it before publishing.
    const rules = publishingRules(loadContent(TEST_SITE.content));
    expect(rules.hiddenNames.size, 'the demo content has hidden members to look for').toBeGreaterThan(0);
    expect(files.some((f) => f.endsWith('.pf_fragment')), 'the search index is scanned too').toBe(true);
    expect(checkPublishedOutput({ outDir: TEST_SITE.dir, contentDir: TEST_SITE.content, base: TEST_SITE.base })).toEqual([]);
  });

  it('gives every page a Content-Security-Policy, first in <head>, that lets exactly its own inline scripts run', () => {
    for (const page of pages) {
      const html = readBuilt(page);
      const meta = html.match(/<head>\s*<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
      expect(meta, page).not.toBeNull();
      const policy = meta![1]!;
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "'wasm-unsafe-eval'"]) expect(policy, page).toContain(directive);
      expect(policy, page).not.toContain('unsafe-inline');
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      const hashes = [...policy.match(/script-src ([^;]*)/)![1]!.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]);
      expect(hashes.sort(), page).toEqual([...new Set(inline.map((code) => `sha256-${createHash('sha256').update(code).digest('base64')}`))].sort());
    }
    // The search page's script is bundled from src/search/client.ts (an Astro module script).
    expect(readBuilt('search/index.html')).toMatch(/<script type="module" src="[^"]+\.js"><\/script>/);
  });

  it('keeps every event page under 30 KB of HTML and CSS compressed', () => {
    const eventPages = pages.filter((p) => /^(ru\/)?events\/\d{4}\/[^/]+\/index\.html$/.test(p));
    expect(eventPages.length).toBe(contentEvents().length * 2);
    for (const page of eventPages) {
      const html = readBuilt(page);
      const css = attr(html, /<link rel="stylesheet" href="([^"]+)"/g).map((href) => readBuilt(fileOfPath(new URL(href, pageUrl(page)).pathname)!));
      const size = [html, ...css].reduce((sum, text) => sum + gzipSync(text).length, 0);
      expect(size, page).toBeLessThan(30 * 1024);
      expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")[^>]*>/);
    }
  });
});

describe('metadata', () => {
  it('gives every page a language, a title, a canonical URL, hreflang twins, Open Graph and Twitter tags', () => {
    for (const page of pages) {
      const html = readBuilt(page);
      expect(html, page).toMatch(/<html lang="(kk|ru)"/);
      expect(html.match(/<html lang="(kk|ru)"/)![1], page).toBe(page.startsWith('ru/') ? 'ru' : 'kk');
      for (const tag of ['<title>', 'rel="canonical"', 'hreflang="kk-KZ"', 'hreflang="ru-KZ"', 'property="og:title"', 'property="og:image"',
        'property="og:description"', 'name="twitter:card"', 'name="description"']) expect(html, `${page}: ${tag}`).toContain(tag);
      const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)![1]!;
      expect(canonical.startsWith(`${TEST_SITE.site}${TEST_SITE.base}`), page).toBe(true);
    }
  });

  it('describes each event in JSON-LD with its attendance mode and, when remote, a VirtualLocation', () => {
    const modes = { online: 'OnlineEventAttendanceMode', offline: 'OfflineEventAttendanceMode', hybrid: 'MixedEventAttendanceMode' };
    for (const event of contentEvents()) {
      const html = readBuilt(`events/${event.id}/index.html`);
      const json = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
      expect(json['@type']).toBe('Event');
      expect(json.eventAttendanceMode).toBe(`https://schema.org/${modes[event.data.format]}`);
      expect(new Date(json.startDate).getTime()).toBe(event.data.start.getTime());
      const locations = [json.location].flat();
      expect(locations.some((l: { '@type': string }) => l['@type'] === 'VirtualLocation')).toBe(event.data.format !== 'offline');
      expect(html).toContain(`property="og:image" content="${TEST_SITE.site}${TEST_SITE.base}cards/events/${event.id}/og-kk.png"`);
      expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00">/);
    }
  });

  it('lists pages in the sitemap with their hreflang alternates, without the 404 and check pages', () => {
    const sitemap = files.filter((f) => /^sitemap-\d+\.xml$/.test(f)).map(readBuilt).join('');
    expect(sitemap).toContain(`<loc>${TEST_SITE.site}${TEST_SITE.base}regions/turkistan/</loc>`);
    expect(sitemap).toMatch(/hreflang="ru-KZ" href="[^"]*\/ru\/regions\/turkistan\/"/);
    expect(sitemap).not.toMatch(/\/404\/|\/verify\//);
  });
});

describe('events at the pinned "today"', () => {
  const ids = (file: string) => attr(readBuilt(file), /data-event="([^"]+)"/g);

  it('lists upcoming events soonest first and the rest in the archive', () => {
    const events = contentEvents();
    const upcoming = events.filter((e) => astanaDay(e.data.end) >= today).sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
    expect(upcoming.length).toBeGreaterThan(0);
    expect(ids('events/index.html')).toEqual(upcoming.map((e) => e.id));
    expect(ids('ru/events/archive/index.html').sort()).toEqual(events.filter((e) => astanaDay(e.data.end) < today).map((e) => e.id).sort());
  });

  it('pre-renders filter pages that list only matching upcoming events', () => {
    const upcoming = contentEvents().filter((e) => astanaDay(e.data.end) >= today);
    expect(ids('events/format/online/index.html').sort()).toEqual(upcoming.filter((e) => e.data.format === 'online').map((e) => e.id).sort());
    expect(ids('ru/events/topic/reading/index.html').sort()).toEqual(upcoming.filter((e) => e.data.topics.includes('reading')).map((e) => e.id).sort());
    const grade7 = upcoming.filter((e) => e.data.audience.grades[0] <= 7 && e.data.audience.grades[1] >= 7);
    expect(ids('events/grade/7/index.html').sort()).toEqual(grade7.map((e) => e.id).sort());
  });
});

describe('calendars and feeds', () => {
  it('publish every upcoming event (and those of the last 30 days) in /events.ics, in both languages, with stable UIDs', () => {
    const upcoming = contentEvents().filter((e) => astanaDay(e.data.end) >= addDays(today, -CALENDAR_KEEP_DAYS));
    const kk = parseIcs(readBuilt('events.ics'));
    const ru = parseIcs(readBuilt('ru/events.ics'));
    expect(kk.events).toHaveLength(upcoming.length);
    expect(ru.events.map((e) => e.get('UID'))).toEqual(kk.events.map((e) => e.get('UID')));
    for (const event of kk.events) {
      expect(event.get('DTSTART')).toMatch(/^\d{8}T\d{6}Z$/);
      expect(event.get('URL')!.startsWith(`${TEST_SITE.site}${TEST_SITE.base}events/`)).toBe(true);
      expect(event.get('LOCATION') ?? '').not.toBe('');
    }
  });

  it('gives each event its own .ics and each region its calendar', () => {
    const [event] = contentEvents();
    const single = parseIcs(readBuilt(`events/${event!.id}/event.ics`));
    expect(single.events).toHaveLength(1);
    expect(single.events[0]!.get('DTSTART')).toBe(event!.data.start.toISOString().replace(/[-:]|\.\d{3}/g, ''));
    for (const file of files.filter((f) => /^(ru\/)?regions\/[^/]+\/events\.ics$/.test(f))) parseIcs(readBuilt(file));
  });

  it('writes an RSS feed whose items link to event pages', () => {
    const rss = readBuilt('rss.xml');
    expect(rss.startsWith('<?xml')).toBe(true);
    const links = [...rss.matchAll(/<item><title>[^<]+<\/title><link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(fileSet.has(fileOfPath(new URL(link).pathname)!), link).toBe(true);
  });
});

describe('certificate check pages', () => {
  it('exist for every award in both languages, and never name a hidden recipient', () => {
    const hidden = new Set(contentMembers().filter((m) => m.consent.name === 'hidden').map((m) => m.id));
    const awards = readFileSync(join(TEST_SITE.content, 'awards/2026.yaml'), 'utf8');
    const entries = [...awards.matchAll(/- id: "?(\d{4}-\d{6})"?\n\s+member: ([a-z0-9-]+)/g)].map((m) => ({ id: m[1]!, member: m[2]! }));
    expect(entries.length).toBeGreaterThan(0);
    for (const { id, member } of entries) {
      for (const prefix of ['', 'ru/']) {
        const html = readBuilt(`${prefix}verify/${id}/index.html`);
        expect(html).toContain('id="verify-genuine"');
        expect(html).toContain(`data-recipient="${hidden.has(member) ? 'hidden' : 'named'}"`);
      }
    }
    expect(fileSet.has('verify/2026-999999/index.html')).toBe(false);
  });

  it('show the project an award names, by its title in the page’s language (linking its page once project pages are built)', () => {
    for (const [prefix, title] of [['', 'Таза Сайрамсу'], ['ru/', 'Чистая Сайрамсу']] as const) {
      const html = readBuilt(`${prefix}verify/2026-000002/index.html`);
      const link = `<a href="${TEST_SITE.base}${prefix}projects/turkistan/sayram-clean-river/">${title}</a>`;
      const shown = fileSet.has(`${prefix}projects/turkistan/sayram-clean-river/index.html`) ? link : title;
      expect(html).toContain(`<dd data-project="turkistan/sayram-clean-river">${shown}</dd>`);
    }
    expect(readBuilt('verify/2026-000001/index.html')).not.toContain('data-project');
  });
});

describe('project cards', () => {
  it('are built for every project in the kinds and languages projectCardKinds gives it, as PNGs of their size', async () => {
    const content = loadContent(TEST_SITE.content);
    const season = Number(/^season: (\d{4})/m.exec(readFileSync(join(TEST_SITE.content, 'movement.yaml'), 'utf8'))![1]);
    const projects = content.files.filter((f) => f.place?.kind === 'project');
    expect(projects.length).toBeGreaterThan(0);
    for (const file of projects) {
      const id = `${file.place!.region}/${file.place!.slug}`;
      const data = file.data as ProjectCardFacts;
      const expected = projectCardKinds(data, season).map(({ kind, locale }) => `cards/projects/${id}/${kind}-${locale}.png`);
      expect(expected).toContain(`cards/projects/${id}/og-ru.png`);
      expect(files.filter((f) => f.startsWith(`cards/projects/${id}/`)).sort(), id).toEqual(expected.sort());
      const meta = await sharp(join(TEST_SITE.dir, `cards/projects/${id}/og-kk.png`)).metadata();
      expect({ width: meta.width, height: meta.height }).toEqual({ width: 1200, height: 630 });
    }
  });
});

describe('search', () => {
  it('indexes the Kazakh and the Russian pages separately', () => {
    const entry = JSON.parse(readBuilt('pagefind/pagefind-entry.json'));
    expect(Object.keys(entry.languages).sort()).toEqual(['kk', 'ru']);
    expect(entry.languages.kk.page_count).toBeGreaterThan(0);
    expect(existsSync(join(TEST_SITE.dir, 'pagefind/pagefind-ui.js'))).toBe(true);
  });
});
