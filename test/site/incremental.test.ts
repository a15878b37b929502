/**
 * Astro's incremental build with the pages' cache keys (src/site/cache-keys.ts): a rebuild with
 * the cache kept restores the event, certificate-check and events-list pages whose content did
 * not change, renders again the ones that did (the edited event's page and every list page
 * showing it), and a page whose "today" facts changed (an event that has
 * ended) is rendered again too — so a restored page is never stale. Region and city/district pages
 * are keyed by their own files and the events they list: an edit of a city's roster renders that
 * city's page and its region's (the unit table counts members) again, not its neighbours'.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { buildEnv, withBuildLock } from './built-site.ts';

const outDir = resolve('.cache/test-site/incremental-dist');
const EVENT = 'events/2027/test-reading.mdx';

/** Builds the pages into a fresh outDir with one Astro cache kept across builds; returns Astro's log. */
function build(contentDir: string, now: string): string {
  rmSync(outDir, { recursive: true, force: true });
  let log = '';
  withBuildLock(() => {
    log = execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      // One page at a time, so each page's log line says whether it was restored.
      env: { ...buildEnv({ outDir, contentDir, base: '/', now }), ASTRO_CACHE_DIR: `${outDir}-kept-cache`, PAGES_CONCURRENCY: '1' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  });
  return log;
}
const KENGIR = 'projects/ulytau/clean-kengir.mdx';
const CLUB = 'projects/ulytau/reading-club.mdx';
const project = (title: string, representation: string, team: string, results: string) => `---
title: { kk: "${title}", ru: "${title}" }
summary: { kk: "Балалардың жобасы.", ru: "Проект детей." }
representation: ${representation}
topics: [reading]
seasons: [2027]
stage: running
results: { children_involved: 5, people_helped: 20, ${results} }
team: ${team}
lang: kk
---
Біз кітап оқимыз.

## Қалай қайталауға болады

1. Кітапхана табыңыз.
`;
const restored = (log: string) => log.split('\n').filter((line) => /\((?:restored|cached)\)/.test(line));
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

let tree: ReturnType<typeof fixtureTree>;
let logs: { first: string; unchanged: string; edited: string; later: string; roster: string; consent: string };
/** Project pages as the builds after the event edit and after the consent edit wrote them. */
let projectPages: { kengir: string; club: string };
/** List pages as the build after the edit wrote them. */
let editedLists: { events: string; reading: string };
/** Region and city pages as the builds after the event edit and after the roster edit wrote them. */
let placePages: { region: string; city: string; rosterRegion: string; rosterCity: string };
/** The site's calendar as the build after the event edit wrote it. */
let editedCalendar: string;

beforeAll(() => {
  rmSync(`${outDir}-kept-cache`, { recursive: true, force: true });
  tree = fixtureTree();
  // A second event under another topic: its topic's list page does not show the edited event.
  tree.write('events/2027/second-reading.mdx', tree.read(EVENT).replace('topics: [reading]', 'topics: [ecology]'));
  // Two projects: one run by Zhezkazgan's Kengir village (named by zhezkazgan.yaml) that lists the
  // edited event; one run by the region, whose team is on region.yaml.
  tree.write(KENGIR, project('Таза Кеңгір', 'ulytau/zhezkazgan/kengir', '[test-lala-l]', 'events_held: 1, events: [2027/test-reading]'));
  tree.write(CLUB, project('Кітап клубы', 'ulytau', '[test-bek-b, test-gul-g]', 'events_held: 0'));
  const before = '2027-03-01T12:00:00+05:00';
  const first = build(tree.root, before);
  const unchanged = build(tree.root, before);
  tree.replace(EVENT, 'Сынақ оқу кеші', 'Өзгертілген оқу кеші');
  const edited = build(tree.root, before);
  editedLists = { events: page('events'), reading: page('events/topic/reading') };
  const region = page('regions/ulytau');
  const city = page('regions/ulytau/zhezkazgan');
  editedCalendar = readFileSync(join(outDir, 'events.ics'), 'utf8');
  projectPages = { kengir: page('projects/ulytau/clean-kengir'), club: page('projects/ulytau/reading-club') };
  // After the event's day: it moves to the past, its page must say so.
  const later = build(tree.root, '2027-06-20T12:00:00+05:00');
  // A rural representation of Zhezkazgan gets a second member (same day as `later`).
  tree.replace('representations/ulytau/zhezkazgan.yaml', /(  - id: talap\n    members:\n)/, '$1      - { id: test-olzhas-o, name: Олжас О., grade: 6, role: member, consent: { name: initial, photo: false } }\n');
  const roster = build(tree.root, '2027-06-20T12:00:00+05:00');
  placePages = { region, city, rosterRegion: page('regions/ulytau'), rosterCity: page('regions/ulytau/zhezkazgan') };
  // A team member's guardian withdraws the name: `initial` → `hidden` (region.yaml).
  tree.replace('representations/ulytau/region.yaml', 'name: Бек Б., grade: 8, role: member, heads: [karazhal], consent: { name: initial', 'name: Бек Б., grade: 8, role: member, heads: [karazhal], consent: { name: hidden');
  const consent = build(tree.root, '2027-06-20T12:00:00+05:00');
  projectPages.club = page('projects/ulytau/reading-club');
  logs = { first, unchanged, edited, later, roster, consent };
}, 600_000);

describe('incremental build', () => {
  it('renders every page the first time', () => {
    expect(restored(logs.first)).toEqual([]);
  });

  it('restores the event and check pages when nothing changed', () => {
    const lines = restored(logs.unchanged);
    expect(lines.some((line) => line.includes('/events/2027/test-reading/'))).toBe(true);
    expect(lines.some((line) => line.includes('/ru/events/2027/test-reading/'))).toBe(true);
  });

  it('renders the edited event again, in both languages, and shows the edit', () => {
    const lines = restored(logs.edited);
    // The fixture's one award names the edited event: its check page shows the title, so it is rendered again.
    expect(restored(logs.unchanged).some((line) => line.includes('/verify/'))).toBe(true);
    expect(lines.some((line) => line.includes('/verify/'))).toBe(false);
    expect(lines.some((line) => line.includes('/events/2027/test-reading/'))).toBe(false);
    expect(lines.some((line) => line.includes('/events/2027/second-reading/'))).toBe(true);
    expect(lines.some((line) => line.includes('/ru/events/2027/second-reading/'))).toBe(true);
    expect(page('events/2027/test-reading')).toContain('Өзгертілген оқу кеші');
  });

  it('restores the list pages when nothing changed', () => {
    const lines = restored(logs.unchanged);
    for (const path of ['/events/index.html', '/ru/events/index.html', '/events/topic/reading/', '/events/topic/ecology/']) {
      expect(lines.some((line) => line.includes(path)), path).toBe(true);
    }
  });

  it('renders again the list pages that show the edited event, and only those', () => {
    const lines = restored(logs.edited);
    for (const path of ['/events/index.html', '/ru/events/index.html', '/events/topic/reading/', '/ru/events/topic/reading/']) {
      expect(lines.some((line) => line.includes(path)), path).toBe(false);
    }
    expect(lines.some((line) => line.includes('/events/topic/ecology/'))).toBe(true);
    expect(editedLists.events).toContain('Өзгертілген оқу кеші');
    expect(editedLists.reading).toContain('Өзгертілген оқу кеші');
  });

  it('renders an event again when "today" moves it to the past', () => {
    expect(restored(logs.later).some((line) => line.includes('/events/2027/test-reading/'))).toBe(false);
    expect(page('events/2027/test-reading')).toMatch(/data-upcoming="false"/);
  });

  it('restores the region and city/district pages when nothing changed', () => {
    const lines = restored(logs.unchanged);
    for (const path of ['/regions/ulytau/index.html', '/ru/regions/ulytau/index.html', '/regions/ulytau/zhezkazgan/', '/regions/ulytau/karazhal/']) {
      expect(lines.some((line) => line.includes(path)), path).toBe(true);
    }
  });

  it('renders the region and city pages that list the edited event again, with the edit', () => {
    const lines = restored(logs.edited);
    for (const path of ['/regions/ulytau/index.html', '/ru/regions/ulytau/index.html', '/regions/ulytau/zhezkazgan/', '/ru/regions/ulytau/zhezkazgan/']) {
      expect(lines.some((line) => line.includes(path)), path).toBe(false);
    }
    expect(placePages.region).toContain('Өзгертілген оқу кеші');
    expect(placePages.city).toContain('Өзгертілген оқу кеші');
  });

  it("renders a city's page and its region's page again after a roster edit, and restores the other cities' pages", () => {
    const lines = restored(logs.roster);
    for (const path of ['/regions/ulytau/index.html', '/ru/regions/ulytau/index.html', '/regions/ulytau/zhezkazgan/', '/ru/regions/ulytau/zhezkazgan/']) {
      expect(lines.some((line) => line.includes(path)), path).toBe(false);
    }
    for (const path of ['/regions/ulytau/karazhal/', '/ru/regions/ulytau/satbayev/']) {
      expect(lines.some((line) => line.includes(path)), path).toBe(true);
    }
    expect(placePages.rosterCity).toContain('Олжас О.');
    expect(placePages.city).not.toContain('Олжас О.');
    const count = (html: string) => /<tr data-unit="zhezkazgan">.*?<\/tr>/s.exec(html)?.[0];
    expect(count(placePages.rosterRegion)).not.toBe(count(placePages.region));
  });

  it('restores the calendar subscriptions when nothing changed, and renders those carrying an edited event again', () => {
    const feeds = ['/events.ics', '/ru/events.ics', '/regions/ulytau/events.ics', '/ru/regions/ulytau/events.ics'];
    for (const path of feeds) expect(restored(logs.unchanged).some((line) => line.includes(path)), path).toBe(true);
    for (const path of feeds) expect(restored(logs.edited).some((line) => line.includes(path)), path).toBe(false);
    expect(editedCalendar).toContain('Өзгертілген оқу кеші');
    // Another day: every VEVENT's DTSTAMP is the build's time, so the feeds are written again.
    for (const path of feeds) expect(restored(logs.later).some((line) => line.includes(path)), path).toBe(false);
    // A city's roster is not in any calendar.
    for (const path of feeds) expect(restored(logs.roster).some((line) => line.includes(path)), path).toBe(true);
  });

  it('restores the project pages and lists when nothing changed', () => {
    const lines = restored(logs.unchanged);
    for (const path of ['/projects/ulytau/clean-kengir/', '/ru/projects/ulytau/reading-club/', '/projects/index.html', '/ru/projects/topic/reading/']) {
      expect(lines.some((line) => line.includes(path)), path).toBe(true);
    }
  });

  it("renders a project's page again when an event it lists changes, and restores the others", () => {
    const lines = restored(logs.edited);
    for (const path of ['/projects/ulytau/clean-kengir/', '/ru/projects/ulytau/clean-kengir/']) expect(lines.some((line) => line.includes(path)), path).toBe(false);
    // The lists show no event titles; the other project lists no event.
    for (const path of ['/projects/ulytau/reading-club/', '/projects/index.html']) expect(lines.some((line) => line.includes(path)), path).toBe(true);
    expect(projectPages.kengir).toContain('Өзгертілген оқу кеші');
  });

  it("renders a project's page again when the file naming its village changes, not a project run elsewhere", () => {
    const lines = restored(logs.roster);
    expect(lines.some((line) => line.includes('/projects/ulytau/clean-kengir/'))).toBe(false);
    expect(lines.some((line) => line.includes('/projects/ulytau/reading-club/'))).toBe(true);
  });

  it("renders a project's page again when a team member's public name changes: a hidden member is counted, never named", () => {
    const lines = restored(logs.consent);
    for (const path of ['/projects/ulytau/reading-club/', '/ru/projects/ulytau/reading-club/']) expect(lines.some((line) => line.includes(path)), path).toBe(false);
    expect(lines.some((line) => line.includes('/projects/ulytau/clean-kengir/'))).toBe(true);
    expect(projectPages.club).not.toContain('Бек Б.');
    expect(projectPages.club).toContain('data-hidden-members="1"');
  });
});
