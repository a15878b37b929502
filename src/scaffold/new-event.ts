/** The questions of `npm run new:event` and how their answers become an event file. */
import type { Content } from '../content/model.ts';
import { EVENT_FORMATS, SITE_LOCALES, type SiteLocale } from '../content/schema.ts';
import { buildEventFile, type EventAnswers } from './event-file.ts';
import type { NewFile } from './new-file.ts';
import { list, type Answers, type Question } from './questions.ts';

const oneOf = (values: readonly string[]) => (v: string) => (values.includes(v) ? undefined : `${values.join(' | ')}`);
const needsOnline = (a: Answers) => a['format'] !== 'offline';
const needsPlace = (a: Answers) => a['format'] !== 'online';

/**
 * The questions, in the order they are asked; defaults come from the content (language, grades).
 * Title and summary are asked in both languages: the event's page is shown in both, and check:pr
 * refuses a new event without them (rule `event-translation-missing`).
 */
export function eventQuestions(content: Content): Question[] {
  const movement = content.movement?.data;
  const topics = Object.keys(movement?.topics ?? {});
  return [
    { flag: 'lang', label: { kk: 'Мәтін тілі (kk/ru)', ru: 'Язык текста (kk/ru)' }, default: () => (movement?.default_locale === 'ru' ? 'ru' : 'kk'), check: oneOf(SITE_LOCALES) },
    { flag: 'title-kk', label: { kk: 'Атауы қазақша', ru: 'Название на казахском' }, required: true },
    { flag: 'title-ru', label: { kk: 'Атауы орысша', ru: 'Название на русском' }, required: true },
    { flag: 'summary-kk', label: { kk: 'Қысқаша сипаттама қазақша (200 таңбаға дейін)', ru: 'Краткое описание на казахском (до 200 знаков)' }, required: true },
    { flag: 'summary-ru', label: { kk: 'Қысқаша сипаттама орысша (200 таңбаға дейін)', ru: 'Краткое описание на русском (до 200 знаков)' }, required: true },
    { flag: 'start', label: { kk: 'Басталуы (2027-06-12 15:00)', ru: 'Начало (2027-06-12 15:00)' }, required: true },
    { flag: 'end', label: { kk: 'Аяқталуы (16:30 немесе 2027-06-13 16:30)', ru: 'Окончание (16:30 или 2027-06-13 16:30)' }, required: true },
    { flag: 'format', label: { kk: 'Түрі (online/offline/hybrid)', ru: 'Формат (online/offline/hybrid)' }, default: () => 'online', check: oneOf(EVENT_FORMATS) },
    { flag: 'platform', label: { kk: 'Платформа (zoom, youtube…)', ru: 'Платформа (zoom, youtube…)' }, required: true, when: needsOnline },
    { flag: 'url', label: { kk: 'Қосылу сілтемесі (https://…)', ru: 'Ссылка для подключения (https://…)' }, required: true, when: needsOnline },
    { flag: 'place-kk', label: { kk: 'Өтетін орны қазақша', ru: 'Место на казахском' }, required: (a) => a['lang'] === 'kk', when: needsPlace },
    { flag: 'place-ru', label: { kk: 'Өтетін орны орысша', ru: 'Место на русском' }, required: (a) => a['lang'] === 'ru', when: needsPlace },
    { flag: 'organizer', label: { kk: 'Ұйымдастырушы (national, өңір немесе өңір/аудан)', ru: 'Организатор (national, регион или регион/район)' }, required: true },
    { flag: 'grades', label: { kk: 'Сыныптар (5-11)', ru: 'Классы (5-11)' }, default: () => (movement ? movement.rules.member_grades.join('-') : '5-11'), check: (v) => (/^\d{1,2}-\d{1,2}$/.test(v) ? undefined : '5-11') },
    { flag: 'topics', label: { kk: `Тақырыптар (${topics.join(', ')})`, ru: `Темы (${topics.join(', ')})` }, required: true },
    { flag: 'registration-url', label: { kk: 'Тіркеу сілтемесі (міндетті емес)', ru: 'Ссылка на регистрацию (необязательно)' } },
    { flag: 'registration-deadline', label: { kk: 'Тіркеу аяқталатын күн (2027-06-10)', ru: 'Регистрация до (2027-06-10)' }, required: true, when: (a) => Boolean(a['registration-url']) },
    { flag: 'slug', label: { kk: 'Файл атауы (латынша, бос қалдырсаңыз атаудан жасалады)', ru: 'Имя файла (латиницей; пусто — из названия)' } },
  ];
}

/** Turns the answers into the event file. */
export function eventFromAnswers(a: Answers): NewFile & { start: Date } {
  const pick = (prefix: string) => Object.fromEntries(SITE_LOCALES.filter((l) => a[`${prefix}-${l}`]).map((l) => [l, a[`${prefix}-${l}`]!])) as Partial<Record<SiteLocale, string>>;
  const [from, to] = a['grades']!.split('-').map(Number) as [number, number];
  const answers: EventAnswers = {
    title: pick('title'),
    summary: pick('summary'),
    start: a['start']!,
    end: a['end']!,
    format: a['format'] as EventAnswers['format'],
    ...(a['platform'] && { platform: a['platform'] }),
    ...(a['url'] && { url: a['url'] }),
    ...(a['format'] !== 'online' && { place: pick('place') }),
    organizer: a['organizer']!,
    grades: [from, to],
    topics: list(a['topics']),
    ...(a['registration-url'] && { registration: { url: a['registration-url'], deadline: a['registration-deadline']! } }),
    lang: a['lang'] as SiteLocale,
    ...(a['slug'] && { slug: a['slug'] }),
  };
  return buildEventFile(answers);
}
