/**
 * A new event file from a few answers: the path (`events/<year>/<slug>.mdx`, year and slug from
 * the start date and the title) and the text, in the same layout as CONTENT-MODEL.md's example.
 */
import { EVENT_FORMATS, SITE_LOCALES, type SiteLocale } from '../content/schema.ts';
import { KZ_OFFSET, kazakhstanDate } from '../season/calendar.ts';
import { AnswerError, type NewFile } from './new-file.ts';
import { slugify } from './slug.ts';
import { flow, PlainDate } from './yaml-text.ts';

export interface EventAnswers {
  title: Partial<Record<SiteLocale, string>>;
  summary: Partial<Record<SiteLocale, string>>;
  /** `2027-06-12 15:00`, `2027-06-12T15:00` or a full ISO date-time; Kazakhstan time unless an offset is given. */
  start: string;
  /** Like `start`, or only `16:30` on the start's day. */
  end: string;
  format: (typeof EVENT_FORMATS)[number];
  platform?: string;
  url?: string;
  place?: Partial<Record<SiteLocale, string>>;
  organizer: string;
  grades: [number, number];
  topics: string[];
  registration?: { url: string; deadline: string };
  lang: SiteLocale;
  slug?: string;
}

/** Builds the event's path and text; throws `AnswerError` for an answer that cannot make a date or a slug. */
export function buildEventFile(a: EventAnswers): NewFile & { start: Date } {
  const start = dateTime(a.start, undefined, 'start');
  const end = dateTime(a.end, start.slice(0, 10), 'end');
  const slug = a.slug ?? slugify(a.title[a.lang] ?? Object.values(a.title).find(Boolean) ?? '');
  if (!slug) {
    throw new AnswerError({
      kk: '--slug: атауда файл атын жасайтын әріп жоқ. Файл атын латынша --slug арқылы беріңіз (мысалы --slug taza-ozen).',
      ru: '--slug: в названии нет букв, из которых можно составить имя файла. Задайте имя файла латиницей через --slug (например --slug taza-ozen).',
    });
  }
  const year = kazakhstanDate(new Date(start)).slice(0, 4);
  const localeMap = (m: Partial<Record<SiteLocale, string>>) => Object.fromEntries(SITE_LOCALES.filter((l) => m[l]).map((l) => [l, m[l]!]));
  const lines = [
    '---',
    `title: ${flow(localeMap(a.title))}`,
    `summary: ${flow(localeMap(a.summary))}`,
    `start: ${start}`,
    `end: ${end}`,
    `format: ${a.format}`,
    ...(a.format !== 'offline' ? [`online: ${flow({ platform: a.platform ?? '', url: a.url ?? '' })}`] : []),
    ...(a.format !== 'online' && a.place ? [`place: ${flow(localeMap(a.place))}`] : []),
    `organizer: ${a.organizer}`,
    `audience: ${flow({ grades: a.grades })}`,
    `topics: ${flow(a.topics)}`,
    ...(a.registration ? [`registration: ${flow({ url: a.registration.url, deadline: new PlainDate(a.registration.deadline) })}`] : []),
    'status: planned',
    `lang: ${a.lang}`,
    '---',
    a.summary[a.lang] ?? '',
    '',
  ];
  return { relative: `events/${year}/${slug}.mdx`, text: lines.join('\n'), start: new Date(start) };
}

/** `2027-06-12T15:00:00+05:00` from what a person types; `day` completes a bare `HH:MM`. */
function dateTime(input: string, day: string | undefined, field: string): string {
  const text = input.trim().replace(' ', 'T');
  const withDay = /^\d{1,2}:\d{2}$/.test(text) && day ? `${day}T${text.padStart(5, '0')}` : text;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/.exec(withDay);
  if (!m) {
    throw new AnswerError({
      kk: `--${field}: күн мен уақыт осылай жазылады: 2027-06-12 15:00${field === 'end' ? ' (немесе тек уақыт: 16:30)' : ''}.`,
      ru: `--${field}: дата и время пишутся так: 2027-06-12 15:00${field === 'end' ? ' (или только время: 16:30)' : ''}.`,
    });
  }
  const value = `${m[1]}T${m[2]}${m[3] ?? ':00'}${m[4] ?? KZ_OFFSET}`;
  if (Number.isNaN(new Date(value).getTime())) {
    throw new AnswerError({ kk: `--${field}: мұндай күн не уақыт жоқ (${m[1]} ${m[2]}); күнтізбе бойынша тексеріңіз.`, ru: `--${field}: такой даты или времени нет (${m[1]} ${m[2]}); проверьте по календарю.` });
  }
  return value;
}
