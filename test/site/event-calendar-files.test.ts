/**
 * The per-event calendar files written after the pages (src/site/event-calendar-files.ts): one
 * file per event and language at the event page's `event.ics`, read from a real content tree on
 * disk as a calendar app reads it; a rebuild into the same folder leaves the files whose bytes
 * did not change untouched and rewrites only the edited event's two files.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEventCalendarFiles } from '../../src/site/event-calendar-files.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { parseIcs } from './ics-reader.ts';

const EVENT = 'events/2027/test-reading.mdx';
const now = new Date('2027-03-01T12:00:00+05:00');
const site = 'https://example.org';

function setUp() {
  const tree = fixtureTree();
  tree.write('events/2027/second-reading.mdx', tree.read(EVENT).replace('organizer: ulytau/zhezkazgan', 'organizer: national'));
  const outDir = mkdtempSync(join(tmpdir(), 'myn-jasa-ics-'));
  const write = () => writeEventCalendarFiles({ outDir, contentDir: tree.root, site, base: '/sub/', now });
  return { tree, outDir, write };
}

describe('per-event calendar files', () => {
  it('writes one VEVENT per event and language where the event page links it, with the organiser and the build time', () => {
    const { outDir, write } = setUp();
    expect(write()).toEqual({ files: 4, written: 4 });
    for (const [path, lang, title] of [
      ['events/2027/test-reading/event.ics', 'kk', 'Сынақ оқу кеші'],
      ['ru/events/2027/test-reading/event.ics', 'ru', 'Тестовый вечер чтения'],
    ] as const) {
      const { calendar, events, params } = parseIcs(readFileSync(join(outDir, path), 'utf8'));
      expect(calendar.get('X-WR-CALNAME')).toBe(title);
      expect(events).toHaveLength(1);
      const entry = events[0]!;
      expect(entry.get('UID')).toBe('2027-test-reading@example.org');
      expect(entry.get('DTSTAMP')).toBe('20270301T070000Z');
      expect(entry.get('DTSTART')).toBe('20270612T100000Z');
      expect(entry.get('SUMMARY')).toBe(title);
      expect(params[0]!.get('SUMMARY')).toBe(`LANGUAGE=${lang}`);
      // A city's event: the region curator's published e-mail is the organiser's address.
      expect(entry.get('ORGANIZER')).toBe('mailto:info@ulytau-bilim.example.kz');
      expect(entry.get('URL')).toBe(`${site}/sub/${lang === 'ru' ? 'ru/' : ''}events/2027/test-reading/`);
    }
    const national = parseIcs(readFileSync(join(outDir, 'events/2027/second-reading/event.ics'), 'utf8')).events[0]!;
    expect(national.get('ORGANIZER')).toBe(`${site}/sub/about/`);
  });

  it('leaves a file with the same bytes as it is, and rewrites only what the edit changed', () => {
    const { tree, outDir, write } = setUp();
    write();
    const mtime = (path: string) => statSync(join(outDir, path)).mtimeMs;
    const before = { ru: mtime('ru/events/2027/test-reading/event.ics'), other: mtime('events/2027/second-reading/event.ics') };
    expect(write()).toEqual({ files: 4, written: 0 });
    // The Kazakh title only: the Kazakh file is rewritten, the Russian one says the same as before.
    tree.replace(EVENT, 'Сынақ оқу кеші', 'Өзгертілген оқу кеші');
    expect(write()).toEqual({ files: 4, written: 1 });
    expect(readFileSync(join(outDir, 'events/2027/test-reading/event.ics'), 'utf8')).toContain('SUMMARY;LANGUAGE=kk:Өзгертілген оқу кеші');
    expect(mtime('ru/events/2027/test-reading/event.ics')).toBe(before.ru);
    expect(mtime('events/2027/second-reading/event.ics')).toBe(before.other);
  });
});
