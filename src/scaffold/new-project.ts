/**
 * The questions of `npm run new:project` and how their answers become a project file
 * (`projects/<region>/<slug>.mdx`). The text is written by the same writer as the web editor's
 * (src/cms/file-text.ts), so a project added here or in the editor looks the same in a diff.
 */
import { frontmatterFileText } from '../cms/file-text.ts';
import type { Content } from '../content/model.ts';
import { PROJECT_STAGES, REPRESENTATION_ID, SITE_LOCALES, type ProjectData, type SiteLocale } from '../content/schema.ts';
import { HOW_TO_REPEAT_HEADINGS } from '../rules/projects.ts';
import { kazakhstanDate } from '../season/calendar.ts';
import { AnswerError, type NewFile } from './new-file.ts';
import { list, type Answers, type Question } from './questions.ts';
import { slugify } from './slug.ts';

const oneOf = (values: readonly string[]) => (v: string) => (values.includes(v) ? undefined : values.join(' | '));
const count = (v: string) => (/^\d+$/.test(v) ? undefined : '0, 1, 2 …');

/**
 * The questions, in the order they are asked. Title and summary in both languages (the project's
 * page and its cards are shown in both); the body, in the text's language, is the summary and the
 * steps another representation follows to repeat the project.
 */
export function projectQuestions(content: Content): Question[] {
  const movement = content.movement?.data;
  const topics = Object.keys(movement?.topics ?? {});
  return [
    { flag: 'lang', label: { kk: 'Мәтін тілі (kk/ru)', ru: 'Язык текста (kk/ru)' }, default: () => (movement?.default_locale === 'ru' ? 'ru' : 'kk'), check: oneOf(SITE_LOCALES) },
    { flag: 'title-kk', label: { kk: 'Атауы қазақша', ru: 'Название на казахском' }, required: true },
    { flag: 'title-ru', label: { kk: 'Атауы орысша', ru: 'Название на русском' }, required: true },
    { flag: 'summary-kk', label: { kk: 'Қысқаша сипаттама қазақша (200 таңбаға дейін)', ru: 'Краткое описание на казахском (до 200 знаков)' }, required: true },
    { flag: 'summary-ru', label: { kk: 'Қысқаша сипаттама орысша (200 таңбаға дейін)', ru: 'Краткое описание на русском (до 200 знаков)' }, required: true },
    {
      flag: 'representation',
      label: { kk: 'Өкілдік (өңір, өңір/аудан немесе өңір/аудан/ауыл)', ru: 'Представительство (регион, регион/район или регион/район/село)' },
      required: true,
      check: (v) => (REPRESENTATION_ID.test(v) ? undefined : 'turkistan, turkistan/sayram, turkistan/sayram/aksukent'),
    },
    { flag: 'topics', label: { kk: `Тақырыптар (${topics.join(', ')})`, ru: `Темы (${topics.join(', ')})` }, required: true },
    { flag: 'seasons', label: { kk: 'Маусымдар, жылдар (2026 немесе 2025, 2026)', ru: 'Сезоны, годы (2026 или 2025, 2026)' }, default: () => kazakhstanDate(new Date()).slice(0, 4), check: (v) => (list(v).every((y) => /^\d{4}$/.test(y)) ? undefined : '2026, 2027') },
    { flag: 'stage', label: { kk: 'Кезеңі (idea — идея, running — жүріп жатыр, done — аяқталды)', ru: 'Стадия (idea — идея, running — идёт, done — завершён)' }, default: () => 'running', check: oneOf(PROJECT_STAGES) },
    { flag: 'children', label: { kk: 'Қатысқан балалар саны', ru: 'Сколько детей участвовало' }, default: () => '0', check: count },
    { flag: 'helped', label: { kk: 'Көмек алған адамдар саны', ru: 'Скольким людям помогли' }, default: () => '0', check: count },
    { flag: 'events-held', label: { kk: 'Өткізілген іс-шаралар саны', ru: 'Сколько проведено мероприятий' }, default: () => '0', check: count },
    { flag: 'events', label: { kk: 'Жобаның іс-шаралары, <жыл>/<slug> (міндетті емес)', ru: 'Мероприятия проекта, <год>/<slug> (необязательно)' } },
    { flag: 'team', label: { kk: 'Команда: мүшелердің id-лері, үтір арқылы', ru: 'Команда: id участников через запятую' }, required: true },
    {
      flag: 'steps',
      label: { kk: 'Қалай қайталауға болады: қадамдар, нүктелі үтір (;) арқылы, мәтін тілінде', ru: 'Как повторить: шаги через точку с запятой (;), на языке текста' },
      required: true,
    },
    { flag: 'slug', label: { kk: 'Файл атауы (латынша, бос қалдырсаңыз атаудан жасалады)', ru: 'Имя файла (латиницей; пусто — из названия)' } },
  ];
}

/** Turns the answers into the project file; throws `AnswerError` when the title gives no file name. */
export function projectFromAnswers(a: Answers): NewFile {
  const lang = a['lang'] as SiteLocale;
  const pick = (prefix: string) => Object.fromEntries(SITE_LOCALES.filter((l) => a[`${prefix}-${l}`]).map((l) => [l, a[`${prefix}-${l}`]!])) as Record<SiteLocale, string>;
  const title = pick('title');
  const summary = pick('summary');
  const slug = a['slug'] || slugify(title[lang] ?? Object.values(title).find(Boolean) ?? '');
  if (!slug) {
    throw new AnswerError({
      kk: '--slug: атауда файл атын жасайтын әріп жоқ. Файл атын латынша --slug арқылы беріңіз (мысалы --slug taza-ozen).',
      ru: '--slug: в названии нет букв, из которых можно составить имя файла. Задайте имя файла латиницей через --slug (например --slug taza-ozen).',
    });
  }
  const representation = a['representation']!;
  const events = list(a['events']);
  const data: ProjectData = {
    title,
    summary,
    representation,
    topics: list(a['topics']),
    seasons: list(a['seasons']).map(Number),
    stage: a['stage'] as ProjectData['stage'],
    results: { children_involved: Number(a['children']), people_helped: Number(a['helped']), events_held: Number(a['events-held']), ...(events.length && { events }) },
    team: list(a['team']),
    lang,
  };
  const steps = (a['steps'] ?? '').split(';').map((s) => s.trim()).filter(Boolean);
  const body = [summary[lang] ?? '', '', `## ${HOW_TO_REPEAT_HEADINGS[lang]}`, '', ...steps.map((step, i) => `${i + 1}. ${step}`)].join('\n');
  const region = representation.split('/')[0]!;
  return { relative: `projects/${region}/${slug}.mdx`, text: frontmatterFileText('project', { ...data, body }) };
}
