/**
 * Rule family `translations`: an event in both languages. Its title and summary are locale maps in
 * `<slug>.mdx`; its body is in the language `lang:` names, and its Russian body may live beside it
 * in `<slug>.ru.mdx` (Sveltia CMS's i18n `multiple_files`, the default locale kk left out of the
 * name). That file is part of the event, never an event of its own: it holds only a body, belongs
 * to an event file of the same folder and slug, and is the body's other language.
 *
 * A title or summary missing in one language is a warning here and an error for an event a pull
 * request adds (`check:pr` raises the severity: src/pr/check.ts), so new events arrive complete
 * while the existing ones are not blocked.
 */
import { eventId } from '../content/layout.ts';
import type { SourceFile } from '../content/load.ts';
import { SITE_LOCALES } from '../content/locales.ts';
import type { Finding, Params, Rule, RuleFamily } from './types.ts';

/** The event fields whose two languages rule `event-translation-missing` checks. */
export const EVENT_TEXTS: ReadonlySet<string> = new Set(['title', 'summary']);

const LANGUAGE = {
  kk: { kk: 'қазақша (kk:)', ru: 'на казахском (kk:)', en: 'Kazakh (kk:)' },
  ru: { kk: 'орысша (ru:)', ru: 'на русском (ru:)', en: 'Russian (ru:)' },
} as const;
const language = (x: Params, lang: 'kk' | 'ru' | 'en') => LANGUAGE[x['locale'] === 'kk' ? 'kk' : 'ru'][lang];

export const rules: Rule[] = [
  {
    id: 'event-translation-missing',
    severity: 'warning',
    messages: {
      kk: (x) => `${x['path']}: ${language(x, 'kk')} мәтін жоқ. Іс-шара беті екі тілде көрсетіледі — ${x['path']} өрісіне ${x['locale']}: жолын қосыңыз. Жаңа іс-шара онсыз pull request тексеруінен өтпейді.`,
      ru: (x) => `${x['path']}: нет текста ${language(x, 'ru')}. Страница мероприятия показывается на двух языках — добавьте в ${x['path']} строку ${x['locale']}:. Новое мероприятие без неё не пройдёт проверку pull request.`,
      en: (x) => `${x['path']}: the ${language(x, 'en')} text is missing. The event's page is shown in both languages — add a ${x['locale']}: line to ${x['path']}. A new event without it fails the pull-request check.`,
    },
  },
  {
    id: 'event-translation-fields',
    severity: 'error',
    messages: {
      kk: (x) => `«${x['key']}» өрісі бұл файлға жазылмайды: <slug>.ru.mdx тек іс-шара сипаттамасының орысша мәтінін сақтайды. Өрісті ${x['event']} іс-шарасының негізгі файлына (<slug>.mdx) көшіріңіз де, мұнда --- жолдарын және олардың арасын өшіріңіз.`,
      ru: (x) => `Поле «${x['key']}» в этом файле не пишется: <slug>.ru.mdx хранит только русский текст описания мероприятия. Перенесите поле в основной файл мероприятия ${x['event']} (<slug>.mdx), а здесь удалите строки --- и всё между ними.`,
      en: (x) => `The field «${x['key']}» does not belong in this file: <slug>.ru.mdx holds only the Russian text of the event's description. Move the field to the event's main file (${x['event']}, <slug>.mdx) and remove the --- lines and everything between them here.`,
    },
  },
  {
    id: 'event-translation-orphan',
    severity: 'error',
    messages: {
      kk: (x) => `Бұл — ${x['event']} іс-шарасы сипаттамасының орысша мәтіні, бірақ ${x['expected']} іс-шара файлы жоқ. Файл атын өз іс-шарасының атымен сәйкестендіріңіз (<slug>.ru.mdx) немесе алдымен іс-шараның өз файлын жасаңыз.`,
      ru: (x) => `Это русский текст описания мероприятия ${x['event']}, но файла мероприятия ${x['expected']} нет. Назовите файл по его мероприятию (<slug>.ru.mdx) или сначала создайте файл самого мероприятия.`,
      en: (x) => `This is the Russian description of the event ${x['event']}, but there is no event file ${x['expected']}. Name it after its event (<slug>.ru.mdx) or create the event's own file first.`,
    },
  },
  {
    id: 'event-translation-same-language',
    severity: 'error',
    messages: {
      kk: (x) => `${x['event']} іс-шарасының негізгі сипаттамасы орысша жазылған (lang: ru), сондықтан орысша екінші мәтін артық. Негізгі файлға қазақша мәтінді жазып, lang: kk қойыңыз, ал орысша мәтінді осында қалдырыңыз; немесе бұл файлды өшіріңіз.`,
      ru: (x) => `Основное описание мероприятия ${x['event']} написано на русском (lang: ru), поэтому второй русский текст лишний. Напишите в основном файле казахский текст и укажите lang: kk, а русский оставьте здесь; или удалите этот файл.`,
      en: (x) => `The main description of ${x['event']} is already in Russian (lang: ru), so a second Russian text is one too many. Write the Kazakh text in the main file with lang: kk and keep the Russian one here, or delete this file.`,
    },
  },
  {
    id: 'event-translation-duplicate',
    severity: 'error',
    messages: {
      kk: (x) => `${x['event']} іс-шарасының орысша мәтіні ${x['first']} файлында да бар: бір тілге бір ғана файл болады. Біреуін өшіріңіз.`,
      ru: (x) => `Русский текст мероприятия ${x['event']} уже есть в файле ${x['first']}: на каждый язык — только один файл. Удалите один из них.`,
      en: (x) => `The Russian text of ${x['event']} is also in ${x['first']}: one file per language. Delete one of them.`,
    },
  },
];

export const family: RuleFamily = { name: 'translations', rules, checkFile, check: ({ content }) => translationFindings(content.tree.files, () => content.events) };

/** Per file: an event's title and summary in both languages; a translation holds only a body. */
function checkFile(file: SourceFile): Finding[] {
  const data = file.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  if (file.place?.kind === 'event-translation') {
    const event = eventId(file.place);
    return Object.keys(record).map((key) => ({ rule: 'event-translation-fields', file, path: [key], at: 'key' as const, params: { key, event } }));
  }
  if (file.place?.kind !== 'event') return [];
  const findings: Finding[] = [];
  for (const field of EVENT_TEXTS) {
    const map = record[field];
    // A missing field, an empty map or a wrong type is the schema's to report.
    if (!map || typeof map !== 'object' || Array.isArray(map) || !Object.values(map).some((text) => typeof text === 'string' && text.trim())) continue;
    for (const locale of SITE_LOCALES) {
      if (!(map as Record<string, unknown>)[locale]) findings.push({ rule: 'event-translation-missing', file, path: [field], at: 'key', params: { path: field, locale } });
    }
  }
  return findings;
}

/** Each translation belongs to one event file, in the language its body is not already in, once. */
function translationFindings(files: readonly SourceFile[], events: () => readonly { id: string; data: { lang: string } }[]): Finding[] {
  const eventFiles = new Set(files.filter((f) => f.place?.kind === 'event').map((f) => eventId(f.place!)));
  // The events only once a translation needs one: a tree without translations reads no event (the validate cache then keeps this verdict across event edits);
  // and then only the languages of the events translated (the validate cache decodes an event's facts as they are read: 5,000 langs cost ≈ 13 ms).
  let byId: Map<string, { data: { lang: string } }> | undefined;
  const langOf = (event: string) => (byId ??= new Map(events().map((e) => [e.id, e]))).get(event)?.data.lang;
  const seen = new Map<string, SourceFile>();
  const findings: Finding[] = [];
  for (const file of files) {
    if (file.place?.kind !== 'event-translation') continue;
    const event = eventId(file.place);
    const at = { line: 1, column: 1 };
    const first = seen.get(`${event}.${file.place.locale}`);
    if (first) {
      findings.push({ rule: 'event-translation-duplicate', file, position: at, params: { event, first: first.path } });
      continue;
    }
    seen.set(`${event}.${file.place.locale}`, file);
    if (!eventFiles.has(event)) {
      findings.push({ rule: 'event-translation-orphan', file, position: at, params: { event, expected: file.path.replace(/\.ru\.(mdx?)$/, '.$1') } });
    } else if (langOf(event) === file.place.locale) {
      findings.push({ rule: 'event-translation-same-language', file, position: at, params: { event } });
    }
  }
  return findings;
}
