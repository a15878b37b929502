/**
 * The per-event "add to calendar" files (`/events/<year>/<slug>/event.ics` and its `/ru/` twin),
 * written in one plain pass at the end of `astro build` (the `astro:build:done` hook in
 * astro.config.mjs) instead of 10,000 endpoints through Astro's page pipeline, which rendered
 * each of them as a request, a Response and a stream on every build. The bytes are those the
 * endpoint wrote (`eventCalendarText`, which `astro dev`'s endpoint still serves): the same
 * reader, schemas and calendar functions; DTSTAMP is the build's "now".
 *
 * Only the files the calendar prints from are read — the events, the geography (place names) and
 * the regions' files (the curator's e-mail as organiser) — not the rosters or the awards. A file
 * already in the output with the same bytes is left as it is.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { classify, type FileKind } from '../content/layout.ts';
import { listContent, readSourceFile, type ContentTree } from '../content/load.ts';
import type { Content } from '../content/model.ts';
import { assembleContent, parseFile } from '../rules/schema.ts';
import { SITE_LOCALES } from '../i18n/locales.ts';
import { localizedUrl } from '../i18n/urls.ts';
import { eventCalendarText, type SiteAddress } from './event-calendar.ts';
import { organizerPlace, type SiteEvent } from './events.ts';
import type { OrganizerPlaces } from './organizer.ts';
import { paths } from './paths.ts';

export interface EventCalendarFilesOptions extends SiteAddress {
  /** The built site's folder (Astro's outDir). */
  outDir: string;
  contentDir: string;
  /** The build's "now" (`buildNow()`): every file's DTSTAMP. */
  now: Date;
}

/** The kinds of content file a calendar entry prints from. */
const CALENDAR_SOURCES: ReadonlySet<FileKind | undefined> = new Set<FileKind>(['event', 'geography', 'region']);

/** The events, geography and regions' files, read and parsed by the build's own reader and schemas. */
function loadCalendarContent(contentDir: string): Content {
  const entries = listContent(contentDir).filter((entry) => CALENDAR_SOURCES.has(classify(entry.path)?.kind));
  const tree: ContentTree = { root: contentDir, files: entries.map((entry) => readSourceFile(contentDir, entry.path, undefined, entry.type)) };
  return assembleContent(tree, tree.files.map(parseFile));
}

/** The regions and their cities/districts as `organizerOf` reads them. */
function organizerPlaces(content: Content): OrganizerPlaces {
  return {
    region: (id) => {
      const geo = content.geography.get(id)?.data;
      return geo && { id, geo, representation: content.regions.get(id)?.data };
    },
    unit: (region, unit) => {
      const geo = content.geography.get(region)?.data.units.find((u) => u.id === unit);
      return geo && { id: unit, geo };
    },
  };
}

/**
 * Writes every event's calendar file in both languages under `outDir`; returns how many files
 * there are and how many were written (the others already held the same bytes).
 */
export function writeEventCalendarFiles(options: EventCalendarFilesOptions): { files: number; written: number } {
  const content = loadCalendarContent(options.contentDir);
  const places = organizerPlaces(content);
  const address = { site: options.site, base: options.base };
  let files = 0;
  let written = 0;
  for (const entry of content.events) {
    const event: SiteEvent = { id: entry.id, data: entry.data, ...organizerPlace(entry.data.organizer) };
    for (const locale of SITE_LOCALES) {
      const path = join(options.outDir, localizedUrl(paths.eventCalendar(event.id), locale));
      const bytes = Buffer.from(eventCalendarText(event, places, locale, address, options.now));
      files++;
      if (writeChanged(path, bytes)) written++;
    }
  }
  return { files, written };
}

/**
 * Writes `bytes` to `path` unless the file already holds exactly them; returns whether it wrote.
 * A new file is created exclusively, so a fresh output folder costs one open per file and no
 * look-up first (a failed `stat` throws, and on this scale the throws cost more than the writes);
 * the event's folder is made only when it is missing (its page made it already).
 */
function writeChanged(path: string, bytes: Buffer): boolean {
  try {
    writeFileSync(path, bytes, { flag: 'wx' });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (readFileSync(path).equals(bytes)) return false;
      writeFileSync(path, bytes);
      return true;
    }
    if (code !== 'ENOENT') throw error;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes, { flag: 'wx' });
    return true;
  }
}
