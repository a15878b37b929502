import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventFile } from '../../src/scaffold/event-file.ts';
import { slugify } from '../../src/scaffold/slug.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';

const SCRIPT = join(import.meta.dirname, '../../scripts/new-event.ts');
const NOW = '2027-06-01T10:00:00+05:00';
const ANSWERS: Record<string, string> = {
  'title-kk': 'Таза өзен: акция',
  'title-ru': 'Акция «Чистая река»',
  'summary-kk': 'Өзен жағасын бірге тазалаймыз, қолғап береміз.',
  'summary-ru': 'Вместе убираем берег реки; перчатки дадим.',
  start: '2027-06-20 10:00',
  end: '12:30',
  format: 'hybrid',
  platform: 'youtube',
  url: 'https://youtube.example.kz/live/1',
  'place-kk': 'Кеңгір су қоймасы',
  'place-ru': 'Кенгирское водохранилище',
  organizer: 'ulytau/zhezkazgan',
  topics: 'ecology, reading',
  'registration-url': 'https://forms.example.kz/river',
  'registration-deadline': '2027-06-18',
};
/** The flags of ANSWERS with some answers changed (or left out when undefined). */
const flags = (changes: Record<string, string | undefined> = {}) =>
  Object.entries({ ...ANSWERS, ...changes }).flatMap(([k, v]) => (v === undefined ? [] : [`--${k}`, v]));

function newEvent(cwd: string, args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, '--content', 'content', '--now', NOW, ...args], { cwd, encoding: 'utf8' });
}

describe('npm run new:event', () => {
  it('writes a valid event from flags, in events/<year>/<slug>.mdx', () => {
    const tree = fixtureTree();
    const run = newEvent(dirname(tree.root), flags());
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('content/events/2027/taza-ozen-aktsiya.mdx');
    expect(tree.read('events/2027/taza-ozen-aktsiya.mdx')).toBe(`---
title: { kk: "Таза өзен: акция", ru: "Акция «Чистая река»" }
summary: { kk: "Өзен жағасын бірге тазалаймыз, қолғап береміз.", ru: "Вместе убираем берег реки; перчатки дадим." }
start: 2027-06-20T10:00:00+05:00
end: 2027-06-20T12:30:00+05:00
format: hybrid
online: { platform: youtube, url: "https://youtube.example.kz/live/1" }
place: { kk: Кеңгір су қоймасы, ru: Кенгирское водохранилище }
organizer: ulytau/zhezkazgan
audience: { grades: [5, 11] }
topics: [ecology, reading]
registration: { url: "https://forms.example.kz/river", deadline: 2027-06-18 }
status: planned
lang: kk
---
Өзен жағасын бірге тазалаймыз, қолғап береміз.
`);
    expect(tree.validate(new Date(NOW))).toEqual([]);
  });

  it('lists the missing flags when it cannot ask (no terminal), and writes nothing', () => {
    const tree = fixtureTree();
    const run = newEvent(dirname(tree.root), ['--title-kk', 'Кездесу']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--summary-kk');
    // Both languages are asked for, whatever the body's language.
    expect(run.stderr).toContain('--title-ru');
    expect(run.stderr).toContain('--summary-ru');
    expect(run.stderr).toContain('--start');
    expect(run.stderr).toContain('--organizer');
    expect(run.stderr).not.toContain('--title-kk');
  });

  it('refuses to write an event that would not pass validate, and says why', () => {
    const tree = fixtureTree();
    const run = newEvent(dirname(tree.root), flags({ organizer: 'nowhere' }));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/events\/2027\/taza-ozen-aktsiya\.mdx:\d+:\d+ .*organizer/);
    expect(existsSync(join(tree.root, 'events/2027/taza-ozen-aktsiya.mdx'))).toBe(false);
  });

  it('does not overwrite an event with the same slug', () => {
    const tree = fixtureTree();
    const run = newEvent(dirname(tree.root), flags({ slug: 'test-reading' }));
    expect([run.status, run.stderr]).toEqual([2, expect.stringContaining('events/2027/test-reading.mdx')]);
  });

  it('warns (and still writes) when the event starts sooner than event_lead_days', () => {
    const tree = fixtureTree();
    const run = newEvent(dirname(tree.root), flags({ start: '2027-06-02 10:00', 'registration-deadline': '2027-06-01' }));
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('кемінде 3 күн');
    expect(run.stderr).toContain('не позже чем за 3 дн.');
  });
});

describe('event file building', () => {
  it('reads times as Kazakhstan time unless an offset is given, and a bare end time on the start day', () => {
    const base = { title: { kk: 'Түнгі кездесу' }, summary: { kk: 'Қысқаша.' }, format: 'online' as const, platform: 'zoom', url: 'https://z.example.kz', organizer: 'national', grades: [5, 11] as [number, number], topics: ['reading'], lang: 'kk' as const };
    const file = buildEventFile({ ...base, start: '2027-12-31T23:30', end: '2028-01-01 00:30' });
    expect(file.relative).toBe('events/2027/tungi-kezdesu.mdx');
    expect(file.text).toContain('start: 2027-12-31T23:30:00+05:00\nend: 2028-01-01T00:30:00+05:00\n');
    expect(buildEventFile({ ...base, start: '2028-01-01T02:00:00Z', end: '03:00' }).relative).toBe('events/2028/tungi-kezdesu.mdx');
    expect(() => buildEventFile({ ...base, start: 'ертең', end: '12:00' })).toThrow(/start/);
  });

  it('makes slugs from Kazakh and Russian titles', () => {
    expect(slugify('Кітап оқу марафоны')).toBe('kitap-oku-marafony');
    expect(slugify('Шаңырақ: «Жүз жыл» — 2027')).toBe('shanyrak-zhuz-zhyl-2027');
    expect(slugify('Щедрый вторник, ёлка и подъезд')).toBe('shchedryy-vtornik-yolka-i-podezd');
  });
});
